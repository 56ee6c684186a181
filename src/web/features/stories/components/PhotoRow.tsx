// One photo of the story being edited: its small copy, its place, its caption and credit (saved with their own
// button), moved earlier or later, or deleted after a confirmation.
import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STORY_LIMITS } from '../../../../common/contracts/stories.ts'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { notifyAndClose, notifySuccess } from '../../../components/notify.ts'
import { useDeletePhotoMutation, useUpdatePhotoMutation, type StoryPhoto } from '../api.ts'
import { storyPhotoUrl } from '../paths.ts'

export function PhotoRow({ storyId, photo, n, total, canEdit }: { storyId: string; photo: StoryPhoto; n: number; total: number; canEdit: boolean }) {
  const { t } = useTranslation()
  const update = useUpdatePhotoMutation(storyId)
  const remove = useDeletePhotoMutation(storyId)
  const [caption, setCaption] = useState(photo.caption ?? '')
  const [credit, setCredit] = useState(photo.credit ?? '')
  const [confirming, setConfirming] = useState(false)
  const changed = caption.trim() !== (photo.caption ?? '') || credit.trim() !== (photo.credit ?? '')
  const move = (position: number) => update.mutate({ photoId: photo.id, position })
  const save = () => update.mutate({ photoId: photo.id, caption: caption.trim() || null, credit: credit.trim() || null }, { onSuccess: () => notifySuccess(t('stories.photos.savedText')) })

  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group align="flex-start" gap="md" wrap="wrap">
        <img
          src={storyPhotoUrl(storyId, photo.id, true)} alt={photo.caption ?? t('stories.photos.alt', { n })} loading="lazy" decoding="async"
          width={160} height={Math.round(160 * ((photo.height ?? 2) / (photo.width ?? 3)))}
          style={{ display: 'block', width: 160, height: 'auto', borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-gray-1)' }}
        />
        <Stack gap="xs" style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Text size="sm" fw={500}>{t('stories.photos.position', { n, total })}</Text>
          <FormError error={update.error} fields={['caption', 'credit']} />
          <TextInput label={t('stories.photos.caption')} value={caption} onChange={(e) => setCaption(e.currentTarget.value)} maxLength={STORY_LIMITS.captionMax} disabled={!canEdit} />
          <TextInput label={t('stories.photos.credit')} description={t('stories.photos.creditHint')} value={credit} onChange={(e) => setCredit(e.currentTarget.value)} maxLength={STORY_LIMITS.creditMax} disabled={!canEdit} />
          {canEdit && (
            <Group gap="xs">
              <Button variant="default" onClick={save} disabled={!changed} loading={update.isPending && changed}>
                {t('stories.photos.saveText')}
              </Button>
              <ActionIcon variant="default" size="input-sm" onClick={() => move(n - 2)} disabled={n === 1 || update.isPending} aria-label={t('stories.photos.moveUp', { n })}>
                <IconArrowUp size={20} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="default" size="input-sm" onClick={() => move(n)} disabled={n === total || update.isPending} aria-label={t('stories.photos.moveDown', { n })}>
                <IconArrowDown size={20} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="default" color="red.9" size="input-sm" onClick={() => setConfirming(true)} aria-label={t('stories.photos.remove', { n })}>
                <IconTrash size={20} aria-hidden color="var(--mantine-color-red-9)" />
              </ActionIcon>
            </Group>
          )}
        </Stack>
      </Group>
      {confirming && (
        <ConfirmModal
          title={t('stories.photos.removeTitle')}
          message={t('stories.photos.removeMessage')}
          confirmLabel={t('stories.photos.remove', { n })}
          onConfirm={() => remove.mutate(photo.id, notifyAndClose(t('stories.photos.removed'), () => setConfirming(false)))}
          onClose={() => setConfirming(false)}
          loading={remove.isPending}
          error={remove.error}
        />
      )}
    </Paper>
  )
}
