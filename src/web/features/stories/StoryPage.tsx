// One story: the editor for those who may write it (title, byline, lead, body, tags, model; photos with captions and
// credits; a preview of the story as saved; publish or take down; delete a draft; the Word file for the press), and
// the story as its readers will see it for those who only read it.
import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { isApiError } from '../../api/client.ts'
import { BackLink } from '../../components/BackLink.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { FormError } from '../../components/FormError.tsx'
import { Loading } from '../../components/Loading.tsx'
import { notifySuccess } from '../../components/notify.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useStory, useUpdateStoryMutation, type StoryDetail } from './api.ts'
import { ArticleView } from './components/ArticleView.tsx'
import { StoryActions } from './components/StoryActions.tsx'
import { StoryForm } from './components/StoryForm.tsx'
import { StoryPhotos } from './components/StoryPhotos.tsx'
import { StoryStatusBadge } from './components/StoryStatusBadge.tsx'
import { changesOf, draftOf, type StoryDraft } from './draft.ts'
import { STORIES_PATH, storyPhotoUrl } from './paths.ts'

const FIELDS = ['title', 'byline', 'lead', 'body', 'tags', 'modelId'] as const

function Preview({ story, level = 2 }: { story: StoryDetail; level?: 1 | 2 }) {
  return (
    <ArticleView
      headingLevel={level}
      article={{ ...story, unitName: story.organization.name }}
      photoUrl={(photoId, thumb) => storyPhotoUrl(story.id, photoId, thumb)}
      model={story.model ? { title: story.model.title, href: `/guong-dien-hinh/${story.model.id}` } : null}
    />
  )
}

function Editor({ story }: { story: StoryDetail }) {
  const { t } = useTranslation()
  const update = useUpdateStoryMutation(story.id)
  const [draft, setDraft] = useState<StoryDraft>(() => draftOf(story))
  const [mode, setMode] = useState<'edit' | 'preview'>('edit')
  const changes = changesOf(draft, story)
  const dirty = Object.keys(changes).length > 0
  const save = () => (dirty ? update.mutateAsync(changes) : Promise.resolve(story))

  async function onSave() {
    try {
      await save()
      notifySuccess(t('stories.editor.saved'))
    } catch {
      // Shown by FormError and next to the fields.
    }
  }

  async function onMode(next: string) {
    if (next === 'preview' && dirty) {
      try {
        await save()
      } catch {
        return
      }
    }
    setMode(next === 'preview' ? 'preview' : 'edit')
  }

  return (
    <>
      <StoryActions story={story} saveFirst={save} />
      <SegmentedControl
        aria-label={t('stories.editor.mode')}
        value={mode}
        onChange={(v) => void onMode(v)}
        data={[{ value: 'edit', label: t('stories.editor.edit') }, { value: 'preview', label: t('stories.editor.preview') }]}
        style={{ alignSelf: 'flex-start' }}
      />
      {mode === 'preview' ? (
        <Stack gap="sm">
          <Text size="sm" c="gray.7">{t('stories.editor.previewNote')}</Text>
          <Preview story={story} />
        </Stack>
      ) : (
        <>
          <Stack gap="md" component="form" onSubmit={(e) => { e.preventDefault(); void onSave() }}>
            <FormError error={update.error} fields={FIELDS} />
            <StoryForm draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} org={story.organization.id} error={update.error} />
            <Group gap="sm">
              <Button type="submit" loading={update.isPending} disabled={!dirty} leftSection={<IconDeviceFloppy size={20} aria-hidden />}>
                {t('stories.editor.save')}
              </Button>
              {dirty && <Text size="sm" fw={500} role="status">{t('stories.editor.unsaved')}</Text>}
            </Group>
          </Stack>
          <StoryPhotos story={story} />
        </>
      )}
    </>
  )
}

export function StoryPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = useStory(id)
  const story = query.data
  usePageTitle(story?.title ?? t('stories.editor.pageTitle'))
  const back = <BackLink to={story ? `${STORIES_PATH}?org=${story.organization.id}` : STORIES_PATH}>{t('stories.editor.back')}</BackLink>

  if (query.isPending) return <Loading />
  if (query.error || !story) {
    const lasting = isApiError(query.error) && [403, 404, 422].includes(query.error.status)
    return (
      <>
        {back}
        <Title order={1}>{t('stories.editor.pageTitle')}</Title>
        {lasting ? <Text>{t('stories.editor.notFound')}</Text> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      </>
    )
  }
  if (!story.abilities.edit) {
    return (
      <>
        {back}
        <Group gap="xs"><StoryStatusBadge status={story.status} /><Text size="sm">{t('stories.editor.readOnly')}</Text></Group>
        <StoryActions story={story} saveFirst={() => Promise.resolve()} />
        <Preview story={story} level={1} />
      </>
    )
  }
  return (
    <>
      {back}
      <Stack gap={4}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>{story.title}</Title>
        <Group gap="xs">
          <StoryStatusBadge status={story.status} />
          <Text size="sm">{t('stories.editor.unit', { name: story.organization.name })}</Text>
        </Group>
      </Stack>
      {/* Keyed by the story: another story opened here starts from its own saved fields. */}
      <Editor key={story.id} story={story} />
    </>
  )
}
