// Declining a hand-down: the reason the superior will read (at least 5 characters).
import { Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useDeclineMutation, type HandDownInboxItem } from '../api.ts'

export function DeclineModal({ handDown, onClose }: { handDown: HandDownInboxItem; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useDeclineMutation()
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  function submit() {
    if (reason.trim().length < 5) return setProblem(t('plans.inbox.reasonTooShort'))
    setProblem(undefined)
    mutation.mutate({ id: handDown.id, reason: reason.trim() }, notifyAndClose(t('plans.inbox.declined'), onClose))
  }
  return (
    <FormModal
      title={t('plans.inbox.declineTitle')}
      intro={<Text fw={500} style={{ overflowWrap: 'anywhere' }}>{handDown.item.title}</Text>}
      onClose={onClose}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['reason']}
      submitLabel={t('plans.inbox.decline')}
      submitColor="red"
    >
      <Textarea label={t('plans.inbox.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} maxRows={8} maxLength={1000} required error={problem ?? fieldError(mutation.error, 'reason')} errorProps={{ role: 'alert' }} data-autofocus />
    </FormModal>
  )
}
