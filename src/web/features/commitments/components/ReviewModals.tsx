// The cell's decision on a submitted commitment: approve (an optional comment) or return it with what to fix.
import { Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useCommitmentStepMutation, type Commitment } from '../api.ts'

export function ApproveModal({ commitment, onClose }: { commitment: Commitment; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useCommitmentStepMutation(commitment.id)
  const [comment, setComment] = useState('')
  const name = commitment.person.fullName
  return (
    <FormModal
      title={t('commitments.approveTitle', { name })}
      intro={<Text>{t('commitments.approveIntro')}</Text>}
      onClose={onClose}
      onSubmit={() => mutation.mutate({ step: 'approve', comment: comment.trim() || undefined }, notifyAndClose(t('commitments.approvedDone', { name }), onClose))}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['comment']}
      submitLabel={t('commitments.approve')}
      submitColor="teal"
    >
      <Textarea
        label={t('commitments.approveComment')}
        description={t('common.optional')}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        error={fieldError(mutation.error, 'comment')}
        data-autofocus
      />
    </FormModal>
  )
}

export function ReturnModal({ commitment, onClose }: { commitment: Commitment; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useCommitmentStepMutation(commitment.id)
  const [comment, setComment] = useState('')
  const [tooShort, setTooShort] = useState(false)
  const name = commitment.person.fullName
  function onSubmit() {
    const text = comment.trim()
    setTooShort(text.length < 5)
    if (text.length < 5) return
    mutation.mutate({ step: 'return', comment: text }, notifyAndClose(t('commitments.returnedDone', { name }), onClose))
  }
  return (
    <FormModal
      title={t('commitments.returnTitle', { name })}
      intro={<Text>{t('commitments.returnIntro')}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['comment']}
      submitLabel={t('commitments.return')}
      submitColor="red"
    >
      <Textarea
        label={t('commitments.returnComment')}
        description={t('commitments.returnCommentHint')}
        required
        autosize
        minRows={3}
        maxRows={8}
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        error={tooShort ? t('commitments.returnCommentHint') : fieldError(mutation.error, 'comment')}
        data-autofocus
      />
    </FormModal>
  )
}
