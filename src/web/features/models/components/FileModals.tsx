// Adding a photo or an evidence file (one at a time, with its caption and credit; a large photo is shrunk in the browser
// first, as citizens' feedback does, so a phone sends ~300 KB instead of 5 MB) and changing a file's caption and credit.
import { FileInput, Text, TextInput } from '@mantine/core'
import { IconPaperclip } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MODEL_MAX_FILE_BYTES, MODEL_MAX_FILES_PER_ROLE, MODEL_PHOTO_TYPES } from '../../../../common/contracts/models.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { ATTACHMENT_ACCEPT, attachmentProblem, declaredType, formatFileSize, shrinkPhoto } from '../../feedback/attachments.ts'
import { useUpdateFileMutation, useUploadFileMutation, type ModelFile, type ModelFileRole } from '../api.ts'

const errorProps = { role: 'alert' }
const MB = MODEL_MAX_FILE_BYTES / 1024 / 1024

export function UploadFileModal({ modelId, role, onClose }: { modelId: string; role: ModelFileRole; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUploadFileMutation(modelId)
  const [file, setFile] = useState<File | null>(null)
  const [caption, setCaption] = useState('')
  const [credit, setCredit] = useState('')
  const [preparing, setPreparing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function onPick(chosen: File | null) {
    setFile(null)
    setProblem(null)
    if (!chosen) return
    const photoOnly = role === 'photo' && !(MODEL_PHOTO_TYPES as readonly string[]).includes(declaredType(chosen))
    if (photoOnly || attachmentProblem(chosen, false) === 'type') return setProblem(t(role === 'photo' ? 'models.files.refusedPhotoType' : 'models.files.refusedType', { name: chosen.name }))
    setPreparing(true)
    try {
      const ready = await shrinkPhoto(chosen)
      if (attachmentProblem(ready, true)) return setProblem(t('models.files.refusedSize', { name: chosen.name, mb: MB }))
      setFile(ready)
    } finally {
      setPreparing(false)
    }
  }

  function onSubmit() {
    if (!file) return setProblem(problem ?? t('models.files.choose'))
    mutation.mutate({ file, role, caption, credit }, notifyAndClose(t('models.files.uploaded'), onClose))
  }

  return (
    <FormModal
      title={t(role === 'photo' ? 'models.files.addPhoto' : 'models.files.addEvidence')}
      intro={<Text size="sm">{t(role === 'photo' ? 'models.files.photoRules' : 'models.files.evidenceRules', { max: MODEL_MAX_FILES_PER_ROLE, mb: MB })}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['files', 'caption', 'credit']}
      submitLabel={t('models.files.upload')}
      submitDisabled={preparing}
    >
      <FileInput
        label={t(role === 'photo' ? 'models.files.photo' : 'models.files.file')}
        placeholder={t('models.files.choose')}
        // Mantine's placeholder grey falls short of 4.5:1 on white.
        styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        accept={role === 'photo' ? MODEL_PHOTO_TYPES.join(',') : ATTACHMENT_ACCEPT}
        leftSection={<IconPaperclip size={18} aria-hidden />}
        onChange={(f) => void onPick(f)}
        clearable
        required
        description={file ? t('models.files.ready', { name: file.name, size: formatFileSize(file.size) }) : undefined}
        error={problem ?? fieldError(mutation.error, 'files')}
        errorProps={errorProps}
        data-autofocus
      />
      {preparing && <Text size="sm" role="status">{t('models.files.preparing')}</Text>}
      <TextInput label={t('models.files.caption')} description={t('models.files.captionHint')} value={caption} onChange={(e) => setCaption(e.currentTarget.value)} maxLength={300} error={fieldError(mutation.error, 'caption')} errorProps={errorProps} />
      <TextInput label={t('models.files.credit')} description={t('models.files.creditHint')} value={credit} onChange={(e) => setCredit(e.currentTarget.value)} maxLength={120} error={fieldError(mutation.error, 'credit')} errorProps={errorProps} />
    </FormModal>
  )
}

export function EditFileModal({ modelId, file, onClose }: { modelId: string; file: ModelFile; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateFileMutation(modelId, file.id)
  const [caption, setCaption] = useState(file.caption ?? '')
  const [credit, setCredit] = useState(file.credit ?? '')
  return (
    <FormModal
      title={t('models.files.editTitle', { name: file.fileName })}
      onClose={onClose}
      onSubmit={() => mutation.mutate({ caption: caption.trim() || null, credit: credit.trim() || null }, notifyAndClose(t('common.saved'), onClose))}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['caption', 'credit']}
    >
      <TextInput label={t('models.files.caption')} description={t('models.files.captionHint')} value={caption} onChange={(e) => setCaption(e.currentTarget.value)} maxLength={300} error={fieldError(mutation.error, 'caption')} errorProps={errorProps} data-autofocus />
      <TextInput label={t('models.files.credit')} description={t('models.files.creditHint')} value={credit} onChange={(e) => setCredit(e.currentTarget.value)} maxLength={120} error={fieldError(mutation.error, 'credit')} errorProps={errorProps} />
    </FormModal>
  )
}
