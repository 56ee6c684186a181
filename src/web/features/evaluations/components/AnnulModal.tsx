// A higher level annuls a decided rating, with its reason (at least 10 characters), so it can be decided again.
import { Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useAnnulMutation, type Evaluation } from '../api.ts'

export function AnnulModal({ evaluation, onClose }: { evaluation: Evaluation; onClose: () => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const mutation = useAnnulMutation(evaluation.id)
  const [reason, setReason] = useState('')
  const [tooShort, setTooShort] = useState(false)
  const name = evaluation.person.fullName
  function onSubmit() {
    const text = reason.trim()
    setTooShort(text.length < 10)
    if (text.length < 10) return
    mutation.mutate({ reason: text }, notifyAndClose(t('evaluations.annul.done', { name }), onClose))
  }
  return (
    <FormModal
      title={t('evaluations.annul.titleFor', { name })}
      intro={<Text>{t('evaluations.annul.intro', { level: evaluation.decidedLevel ? labels.ratingLevel(evaluation.decidedLevel) : '' })}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['reason']}
      submitLabel={t('evaluations.annul.action')}
      submitColor="red"
    >
      <Textarea
        label={t('evaluations.annul.reason')}
        description={t('evaluations.annul.reasonHint')}
        required
        autosize
        minRows={3}
        maxRows={8}
        maxLength={4000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={tooShort ? t('evaluations.annul.reasonHint') : fieldError(mutation.error, 'reason')}
        data-autofocus
      />
    </FormModal>
  )
}
