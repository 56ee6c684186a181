// The story's fields as the editor writes them: title, byline, lead, body (the shared rich-text editor, the same
// subset the server keeps), tags and the model it is about. The server's refusals show next to their fields.
import { Stack, Text, Textarea, TagsInput, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { STORY_LIMITS } from '../../../../common/contracts/stories.ts'
import { fieldError } from '../../../components/forms.ts'
import { RichTextEditor } from '../../../components/RichTextEditor.tsx'
import { formatNumber } from '../../../components/format.ts'
import { textLength, uniqueTags, type StoryDraft } from '../draft.ts'
import { ModelPicker } from './ModelPicker.tsx'

export function StoryForm({ draft, onChange, org, error }: {
  draft: StoryDraft
  onChange: (patch: Partial<StoryDraft>) => void
  /** The story's unit (its models are offered). */
  org: string
  /** The last save's failure. */
  error: unknown
}) {
  const { t } = useTranslation()
  const L = STORY_LIMITS
  return (
    <Stack gap="md">
      <TextInput label={t('stories.editor.heading')} value={draft.title} onChange={(e) => onChange({ title: e.currentTarget.value })} required maxLength={L.titleMax} error={fieldError(error, 'title')} />
      <TextInput label={t('stories.editor.byline')} description={t('stories.editor.bylineHint')} value={draft.byline} onChange={(e) => onChange({ byline: e.currentTarget.value })} maxLength={L.bylineMax} error={fieldError(error, 'byline')} />
      <Textarea
        label={t('stories.editor.lead')} description={t('stories.editor.leadHint')} value={draft.lead} onChange={(e) => onChange({ lead: e.currentTarget.value })}
        required maxLength={L.leadMax} autosize minRows={3} error={fieldError(error, 'lead')}
      />
      <Stack gap={4}>
        <RichTextEditor label={t('stories.editor.body')} value={draft.body} onChange={(body) => onChange({ body })} error={fieldError(error, 'body')} minHeight={320} />
        <Text size="sm" c="gray.7" aria-live="polite">{t('stories.editor.bodyCount', { count: formatNumber(textLength(draft.body)) })}</Text>
      </Stack>
      <TagsInput
        label={t('stories.editor.tags')} description={t('stories.editor.tagsHint')} value={draft.tags} onChange={(tags) => onChange({ tags: uniqueTags(tags) })}
        maxTags={L.tagsMax} splitChars={[',', ';']} clearable error={fieldError(error, 'tags') ?? tagError(error)}
      />
      <ModelPicker org={org} value={draft.model?.id ?? null} selected={draft.model} onChange={(model) => onChange({ model })} error={fieldError(error, 'modelId')} />
    </Stack>
  )
}

/** A refusal of one tag ("tags.3") shown under the tags. */
function tagError(error: unknown): string | undefined {
  for (let i = 0; i < STORY_LIMITS.tagsMax; i++) {
    const message = fieldError(error, `tags.${i}`)
    if (message) return message
  }
  return undefined
}
