// "Xác nhận khắc phục": the steps the page's `abilities` allow — the subject proposes the closure with what was done
// and evidence; the raising unit verifies it or refuses it (saying why), and reopens a fix that did not hold.
import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconCircleCheck, IconRefresh, IconSend, IconX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../../common/dates.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { formatDate } from '../../../components/format.ts'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { AttachmentPicker } from '../../feedback/components/AttachmentPicker.tsx'
import { useProposeMutation, useRejectMutation, useReopenMutation, useVerifyMutation, type ShortcomingDetail } from '../api.ts'

const errorProps = { role: 'alert' }

function ProposeModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useProposeMutation(id)
  const [note, setNote] = useState('')
  const [files, setFiles] = useState<File[]>([])
  const [preparing, setPreparing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  function onSubmit() {
    if (note.trim().length < 5) return setProblem(t('shortcomings.closure.noteTooShort'))
    setProblem(null)
    if (!preparing) mutation.mutate({ note: note.trim(), files }, notifyAndClose(t('shortcomings.closure.proposed'), onClose))
  }

  return (
    <FormModal title={t('shortcomings.closure.propose')} intro={<Text>{t('shortcomings.closure.proposeIntro')}</Text>} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['note', 'files']} submitLabel={t('shortcomings.closure.propose')} submitDisabled={preparing}>
      <Textarea label={t('shortcomings.closure.proposeNote')} description={t('shortcomings.closure.proposeHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} maxRows={10} maxLength={2000} required size="md" error={problem ?? fieldError(mutation.error, 'note')} errorProps={errorProps} data-autofocus />
      <AttachmentPicker files={files} onChange={setFiles} onPreparing={setPreparing} error={fieldError(mutation.error, 'files')} />
    </FormModal>
  )
}

function VerifyModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useVerifyMutation(id)
  const [note, setNote] = useState('')
  return (
    <FormModal title={t('shortcomings.closure.verify')} intro={<Text>{t('shortcomings.closure.verifyIntro')}</Text>} onClose={onClose} onSubmit={() => mutation.mutate(note.trim() || undefined, notifyAndClose(t('shortcomings.closure.verified'), onClose))} pending={mutation.isPending} error={mutation.error} fields={['note']} submitLabel={t('shortcomings.closure.verify')} submitColor="teal">
      <Textarea label={t('shortcomings.closure.verifyNote')} description={t('common.optional')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxRows={6} maxLength={2000} error={fieldError(mutation.error, 'note')} errorProps={errorProps} data-autofocus />
    </FormModal>
  )
}

/** Refusing a proposed closure, or reopening a fix: both ask why. */
function ReasonModal({ id, kind, onClose }: { id: string; kind: 'reject' | 'reopen'; onClose: () => void }) {
  const { t } = useTranslation()
  const reject = useRejectMutation(id)
  const reopen = useReopenMutation(id)
  const mutation = kind === 'reject' ? reject : reopen
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  function onSubmit() {
    if (reason.trim().length < 5) return setProblem(t('shortcomings.closure.reasonTooShort'))
    setProblem(null)
    mutation.mutate(reason.trim(), notifyAndClose(t(kind === 'reject' ? 'shortcomings.closure.rejected' : 'shortcomings.closure.reopened'), onClose))
  }

  return (
    <FormModal title={t(kind === 'reject' ? 'shortcomings.closure.rejectTitle' : 'shortcomings.closure.reopenTitle')} onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['reason']} submitLabel={t(kind === 'reject' ? 'shortcomings.closure.reject' : 'shortcomings.closure.reopen')} submitColor="red">
      <Textarea label={t(kind === 'reject' ? 'shortcomings.closure.rejectReason' : 'shortcomings.closure.reopenReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} maxRows={6} maxLength={2000} required error={problem ?? fieldError(mutation.error, 'reason')} errorProps={errorProps} data-autofocus />
    </FormModal>
  )
}

type Open = 'propose' | 'verify' | 'reject' | 'reopen' | null

export function ClosureSection({ shortcoming }: { shortcoming: ShortcomingDetail }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Open>(null)
  const { abilities, status } = shortcoming
  const close = () => setOpen(null)
  return (
    <Stack gap="xs" component="section" aria-labelledby="shortcoming-closure-title">
      <Title order={2} id="shortcoming-closure-title">
        {t('shortcomings.closure.title')}
      </Title>
      {status === 'proposed' && shortcoming.proposedAt && <Text>{t('shortcomings.closure.awaiting', { date: formatDate(todayIso(new Date(shortcoming.proposedAt))) })}</Text>}
      {status === 'fixed' && shortcoming.fixedAt && <Text>{t('shortcomings.closure.fixedOn', { date: formatDate(todayIso(new Date(shortcoming.fixedAt))) })}</Text>}
      <Group gap="sm">
        {abilities.propose && (
          <Button size="md" leftSection={<IconSend size={20} aria-hidden />} onClick={() => setOpen('propose')}>
            {t('shortcomings.closure.propose')}
          </Button>
        )}
        {abilities.verify && (
          <>
            <Button color="teal" leftSection={<IconCircleCheck size={20} aria-hidden />} onClick={() => setOpen('verify')}>
              {t('shortcomings.closure.verify')}
            </Button>
            <Button variant="outline" color="red" leftSection={<IconX size={20} aria-hidden />} onClick={() => setOpen('reject')}>
              {t('shortcomings.closure.reject')}
            </Button>
          </>
        )}
        {abilities.reopen && (
          <Button variant="outline" color="red" leftSection={<IconRefresh size={20} aria-hidden />} onClick={() => setOpen('reopen')}>
            {t('shortcomings.closure.reopen')}
          </Button>
        )}
      </Group>
      {!abilities.propose && !abilities.verify && !abilities.reopen && status === 'open' && <Text size="sm">{t('shortcomings.closure.nothing')}</Text>}
      {open === 'propose' && <ProposeModal id={shortcoming.id} onClose={close} />}
      {open === 'verify' && <VerifyModal id={shortcoming.id} onClose={close} />}
      {(open === 'reject' || open === 'reopen') && <ReasonModal id={shortcoming.id} kind={open} onClose={close} />}
    </Stack>
  )
}
