// A higher level annuls a decided rating — a member's or an organization's — with its reason (at least 10 characters),
// so it can be decided again.
import { Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RatingLevel } from '../../../../common/contracts/rules.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useAnnulMutation, useCollectiveAnnulMutation, type AnnulInput, type CollectiveEvaluation, type Evaluation } from '../api.ts'

function AnnulDialog<T>({ title, level, done, mutation, onClose }: {
  title: string
  level: RatingLevel | null
  /** The notification once annulled. */
  done: string
  mutation: { mutate: (input: AnnulInput, options: { onSuccess: (result: T) => void }) => void; isPending: boolean; error: unknown }
  onClose: () => void
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const [reason, setReason] = useState('')
  const [tooShort, setTooShort] = useState(false)
  function onSubmit() {
    const text = reason.trim()
    setTooShort(text.length < 10)
    if (text.length < 10) return
    mutation.mutate({ reason: text }, notifyAndClose<T>(done, onClose))
  }
  return (
    <FormModal
      title={title}
      intro={<Text>{t('evaluations.annul.intro', { level: level ? labels.ratingLevel(level) : '' })}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['reason']}
      submitLabel={t('evaluations.annul.action')}
      cancelLabel={t('common.close')}
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

export function AnnulModal({ evaluation, onClose }: { evaluation: Evaluation; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useAnnulMutation(evaluation.id)
  const name = evaluation.person.fullName
  return (
    <AnnulDialog title={t('evaluations.annul.titleFor', { name })} level={evaluation.decidedLevel} done={t('evaluations.annul.done', { name })} mutation={mutation} onClose={onClose} />
  )
}

export function CollectiveAnnulModal({ evaluation, onClose }: { evaluation: CollectiveEvaluation; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useCollectiveAnnulMutation(evaluation.id)
  const name = evaluation.organization.name
  return (
    <AnnulDialog
      title={t('evaluations.collective.annul.titleFor', { name })}
      level={evaluation.decidedLevel}
      done={t('evaluations.collective.annul.done', { name })}
      mutation={mutation}
      onClose={onClose}
    />
  )
}
