// Drawing up (or changing) a level's programme for a year: its title and document number ("05-CTr/UBKT").
import { TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useSaveProgrammeMutation, type ProgrammeView } from '../api.ts'

export function ProgrammeModal({ orgId, year, programme, onClose }: { orgId: string; year: number; programme: ProgrammeView['programme']; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useSaveProgrammeMutation(programme)
  const [title, setTitle] = useState(programme?.title ?? t('inspections.programme.defaultTitle', { year }))
  const [documentNumber, setDocumentNumber] = useState(programme?.documentNumber ?? '')
  return (
    <FormModal
      title={t(programme ? 'inspections.programme.edit' : 'inspections.programme.create')}
      onClose={onClose}
      onSubmit={() => mutation.mutate({ orgId, year, title: title.trim(), documentNumber: documentNumber.trim() || null }, notifyAndClose(t('inspections.programme.saved'), onClose))}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['title', 'documentNumber']}
    >
      <TextInput label={t('inspections.programme.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required minLength={5} maxLength={300} error={fieldError(mutation.error, 'title')} data-autofocus />
      <TextInput label={t('inspections.programme.documentNumber')} description={t('inspections.programme.documentNumberHint')} value={documentNumber} onChange={(e) => setDocumentNumber(e.currentTarget.value)} maxLength={60} error={fieldError(mutation.error, 'documentNumber')} />
    </FormModal>
  )
}
