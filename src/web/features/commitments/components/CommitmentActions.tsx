// What the signed-in account may do now (the server's `abilities`), each behind a dialog, and the printable form.
import { Button, Group } from '@mantine/core'
import { IconArrowBackUp, IconCheck, IconLockOpen, IconPrinter, IconProgressCheck, IconSend } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useCommitmentStepMutation, type Commitment } from '../api.ts'
import { ProgressModal } from './ProgressModal.tsx'
import { ApproveModal, ReturnModal } from './ReviewModals.tsx'

type Open = 'approve' | 'return' | 'reopen' | 'submit' | 'progress' | null

export function CommitmentActions({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation()
  const { abilities } = commitment
  const step = useCommitmentStepMutation(commitment.id)
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)
  const show = (which: Open) => () => {
    step.reset()
    setOpen(which)
  }
  // While editing, submitting sits with the editor (it saves first).
  const submitHere = abilities.submit && !abilities.edit

  return (
    <>
      <Group gap="sm" role="group" aria-label={t('commitments.actions')}>
        {abilities.approve && (
          <Button color="teal" leftSection={<IconCheck size={20} aria-hidden />} onClick={show('approve')}>
            {t('commitments.approve')}
          </Button>
        )}
        {abilities.return && (
          <Button color="red" variant="outline" leftSection={<IconArrowBackUp size={20} aria-hidden />} onClick={show('return')}>
            {t('commitments.return')}
          </Button>
        )}
        {abilities.reportProgress && (
          <Button leftSection={<IconProgressCheck size={20} aria-hidden />} onClick={show('progress')}>
            {t('commitments.progress.report')}
          </Button>
        )}
        {submitHere && (
          <Button color="teal" leftSection={<IconSend size={20} aria-hidden />} onClick={show('submit')}>
            {t('commitments.submit')}
          </Button>
        )}
        {abilities.reopen && (
          <Button variant="default" leftSection={<IconLockOpen size={20} aria-hidden />} onClick={show('reopen')}>
            {t('commitments.reopen')}
          </Button>
        )}
        <Button component={Link} to={`/cam-ket/${commitment.id}/in`} variant="default" leftSection={<IconPrinter size={20} aria-hidden />}>
          {t('commitments.print')}
        </Button>
      </Group>
      {open === 'approve' && <ApproveModal commitment={commitment} onClose={close} />}
      {open === 'return' && <ReturnModal commitment={commitment} onClose={close} />}
      {open === 'progress' && <ProgressModal commitment={commitment} onClose={close} />}
      {(open === 'reopen' || open === 'submit') && (
        <ConfirmModal
          title={open === 'reopen' ? t('commitments.reopen') : t('commitments.submit')}
          message={open === 'reopen' ? t('commitments.reopenConfirm') : t('commitments.submitConfirm', { n: commitment.items.length })}
          confirmLabel={open === 'reopen' ? t('commitments.reopen') : t('commitments.submit')}
          danger={false}
          onConfirm={() => step.mutate({ step: open }, notifyAndClose(open === 'reopen' ? t('commitments.reopenedDone') : t('commitments.submittedDone'), close))}
          onClose={close}
          loading={step.isPending}
          error={step.error}
        />
      )}
    </>
  )
}
