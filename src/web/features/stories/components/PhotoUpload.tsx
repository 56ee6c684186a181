// Adding a photo to a story: one at a time, chosen from the device and shrunk there first when large (as citizens'
// feedback does), with its caption and credit; the server checks it again by content and re-encodes it.
import { Button, FileButton, Group, Stack, Text, TextInput } from '@mantine/core'
import { IconPhotoPlus, IconUpload } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STORY_LIMITS, STORY_PHOTO_MAX_BYTES, STORY_PHOTO_TYPES } from '../../../../common/contracts/stories.ts'
import { FormError } from '../../../components/FormError.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { declaredType, formatFileSize, shrinkPhoto } from '../../feedback/attachments.ts'
import { useAddPhotoMutation } from '../api.ts'

const MB = STORY_PHOTO_MAX_BYTES / 1024 / 1024

export function PhotoUpload({ storyId }: { storyId: string }) {
  const { t } = useTranslation()
  const mutation = useAddPhotoMutation(storyId)
  const reset = useRef<() => void>(null)
  const [file, setFile] = useState<File | null>(null)
  const [caption, setCaption] = useState('')
  const [credit, setCredit] = useState('')
  const [preparing, setPreparing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function onPick(chosen: File | null) {
    reset.current?.()
    mutation.reset()
    setProblem(null)
    if (!chosen) return
    if (!(STORY_PHOTO_TYPES as readonly string[]).includes(declaredType(chosen))) {
      setProblem(t('stories.photos.refusedType', { name: chosen.name }))
      return
    }
    setPreparing(true)
    try {
      const shrunk = await shrinkPhoto(chosen)
      if (shrunk.size > STORY_PHOTO_MAX_BYTES) setProblem(t('stories.photos.refusedSize', { name: chosen.name, mb: MB }))
      else setFile(shrunk)
    } finally {
      setPreparing(false)
    }
  }

  function upload() {
    if (!file) return
    mutation.mutate({ file, caption, credit }, {
      onSuccess: () => {
        notifySuccess(t('stories.photos.added'))
        setFile(null)
        setCaption('')
        setCredit('')
      },
    })
  }

  return (
    <Stack gap="sm">
      <FileButton accept={STORY_PHOTO_TYPES.join(',')} onChange={(f) => void onPick(f)} resetRef={reset} disabled={preparing || mutation.isPending}>
        {(props) => (
          <Button {...props} variant="default" leftSection={<IconPhotoPlus size={20} aria-hidden />} style={{ alignSelf: 'flex-start' }} disabled={preparing || mutation.isPending}>
            {file ? t('stories.photos.chooseOther') : t('stories.photos.choose')}
          </Button>
        )}
      </FileButton>
      {preparing && <Text size="sm" role="status">{t('stories.photos.preparing')}</Text>}
      {problem && <Text size="sm" c="red.9" role="alert">{problem}</Text>}
      {file && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>{t('stories.photos.chosen', { name: file.name, size: formatFileSize(file.size) })}</Text>
          <FormError error={mutation.error} />
          <TextInput label={t('stories.photos.caption')} value={caption} onChange={(e) => setCaption(e.currentTarget.value)} maxLength={STORY_LIMITS.captionMax} />
          <TextInput label={t('stories.photos.credit')} description={t('stories.photos.creditHint')} value={credit} onChange={(e) => setCredit(e.currentTarget.value)} maxLength={STORY_LIMITS.creditMax} />
          <Group>
            <Button onClick={upload} loading={mutation.isPending} leftSection={<IconUpload size={20} aria-hidden />}>
              {t('stories.photos.upload')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  )
}
