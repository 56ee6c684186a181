// What can be done with a story besides writing it: publish it (unsaved changes are saved first) or take it down,
// delete a draft, download the Word file for the press, and open it on the public site once published.
import { Button, Group } from '@mantine/core'
import { IconExternalLink, IconFileTypeDocx, IconSpeakerphone, IconTrash, IconWorldOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useDeleteStoryMutation, usePublishMutation, type StoryDetail } from '../api.ts'
import { publicStoryPath, STORIES_PATH, storyDocxUrl } from '../paths.ts'

type Asking = 'publish' | 'unpublish' | 'delete' | null

export function StoryActions({ story, saveFirst }: {
  story: StoryDetail
  /** Saves unsaved changes (resolves at once when there are none); publishing waits for it. */
  saveFirst: () => Promise<unknown>
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const publish = usePublishMutation(story.id)
  const remove = useDeleteStoryMutation(story.id)
  const [asking, setAsking] = useState<Asking>(null)
  const [saveError, setSaveError] = useState<unknown>(null)
  const close = () => {
    setAsking(null)
    setSaveError(null)
    publish.reset()
    remove.reset()
  }

  async function onPublish() {
    try {
      await saveFirst()
    } catch (error) {
      setSaveError(error)
      return
    }
    publish.mutate(true, notifyAndClose(t('stories.editor.published'), close))
  }

  const a = story.abilities
  return (
    <>
      <Group gap="sm">
        {a.publish && (
          <Button leftSection={<IconSpeakerphone size={20} aria-hidden />} onClick={() => setAsking('publish')}>
            {t('stories.editor.publish')}
          </Button>
        )}
        {a.unpublish && (
          <Button variant="default" leftSection={<IconWorldOff size={20} aria-hidden />} onClick={() => setAsking('unpublish')}>
            {t('stories.editor.unpublish')}
          </Button>
        )}
        <Button component="a" href={storyDocxUrl(story.id)} download variant="default" leftSection={<IconFileTypeDocx size={20} aria-hidden />} title={t('stories.editor.wordHint')}>
          {t('stories.editor.word')}
        </Button>
        {story.status === 'published' && (
          <Button component={Link} to={publicStoryPath(story.id)} target="_blank" variant="subtle" leftSection={<IconExternalLink size={20} aria-hidden />}>
            {t('stories.editor.publicLink')}
          </Button>
        )}
        {a.delete && (
          <Button variant="outline" color="red.9" leftSection={<IconTrash size={20} aria-hidden />} onClick={() => setAsking('delete')}>
            {t('stories.editor.delete')}
          </Button>
        )}
      </Group>
      {asking === 'publish' && (
        <ConfirmModal
          title={t('stories.editor.publishTitle')} message={t('stories.editor.publishMessage')} confirmLabel={t('stories.editor.publish')} danger={false}
          onConfirm={() => void onPublish()} onClose={close} loading={publish.isPending} error={saveError ?? publish.error}
        />
      )}
      {asking === 'unpublish' && (
        <ConfirmModal
          title={t('stories.editor.unpublishTitle')} message={t('stories.editor.unpublishMessage')} confirmLabel={t('stories.editor.unpublish')}
          onConfirm={() => publish.mutate(false, notifyAndClose(t('stories.editor.unpublished'), close))} onClose={close} loading={publish.isPending} error={publish.error}
        />
      )}
      {asking === 'delete' && (
        <ConfirmModal
          title={t('stories.editor.deleteTitle')} message={t('stories.editor.deleteMessage')} confirmLabel={t('stories.editor.delete')}
          onConfirm={() => remove.mutate(undefined, notifyAndClose(t('stories.editor.deleted'), () => void navigate(`${STORIES_PATH}?org=${story.organization.id}`)))}
          onClose={close} loading={remove.isPending} error={remove.error}
        />
      )}
    </>
  )
}
