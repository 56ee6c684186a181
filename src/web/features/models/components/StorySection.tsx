// "Câu chuyện": the story as the server returned it (sanitized), and for the editors the rich-text editor (tiptap,
// loaded with this page only). What is saved is what the server kept; its answer replaces what was typed.
import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { RichTextEditor } from '../../../components/RichTextEditor.tsx'
import { RichTextView } from '../../../components/RichTextView.tsx'
import { useUpdateModelMutation, type ModelDetail } from '../api.ts'

export function StorySection({ model }: { model: ModelDetail }) {
  const { t } = useTranslation()
  const mutation = useUpdateModelMutation(model.id)
  const [editing, setEditing] = useState(false)
  const [html, setHtml] = useState(model.story)

  function start() {
    setHtml(model.story)
    mutation.reset()
    setEditing(true)
  }

  function save() {
    mutation.mutate({ story: html }, {
      onSuccess: () => {
        notifySuccess(t('models.story.saved'))
        setEditing(false)
      },
    })
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="model-story-title">
      <Group justify="space-between" align="center">
        <Title order={2} id="model-story-title">
          {t('models.story.title')}
        </Title>
        {model.abilities.edit && !editing && (
          <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={start}>
            {model.story ? t('models.story.edit') : t('models.story.write')}
          </Button>
        )}
      </Group>
      {editing ? (
        <Stack gap="sm">
          <FormError error={mutation.error} fields={['story']} />
          <RichTextEditor label={t('models.story.label')} description={t('models.story.hint')} value={html} onChange={setHtml} error={fieldError(mutation.error, 'story')} minHeight={260} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
            <Button loading={mutation.isPending} onClick={save}>
              {t('models.story.save')}
            </Button>
          </Group>
        </Stack>
      ) : model.story ? (
        <RichTextView html={model.story} />
      ) : (
        <Text c="dimmed">{t('models.story.empty')}</Text>
      )}
    </Stack>
  )
}
