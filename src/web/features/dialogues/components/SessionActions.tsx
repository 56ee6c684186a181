// The steps a planned session allows (its `abilities`): change the schedule, mark it held with the minutes' summary
// and the attendance (from its day on), or cancel it, saying why.
import { Button, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconCalendarCheck, IconCalendarOff, IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../../common/dates.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { formatDate } from '../../../components/format.ts'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useCancelDialogueMutation, useHoldDialogueMutation, type DialogueSession } from '../api.ts'
import { EditSessionModal } from './SessionFormModal.tsx'

function HoldModal({ session, onClose }: { session: DialogueSession; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useHoldDialogueMutation(session.id)
  const [summary, setSummary] = useState('')
  const [attendance, setAttendance] = useState<number | string>('')
  const [problem, setProblem] = useState<{ summary?: string; attendance?: string }>({})

  function onSubmit() {
    const found = {
      summary: summary.trim().length < 10 ? t('dialogues.session.summaryTooShort') : undefined,
      attendance: typeof attendance !== 'number' ? t('common.required') : undefined,
    }
    setProblem(found)
    if (found.summary || found.attendance || typeof attendance !== 'number') return
    mutation.mutate({ summary: summary.trim(), attendance }, notifyAndClose(t('dialogues.session.held'), onClose))
  }

  return (
    <FormModal title={t('dialogues.session.holdTitle')} intro={<Text>{t('dialogues.session.holdIntro')}</Text>} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['summary', 'attendance']} submitLabel={t('dialogues.session.hold')}>
      <Textarea label={t('dialogues.session.summary')} description={t('dialogues.session.summaryHint')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} autosize minRows={4} maxRows={14} maxLength={10000} required error={problem.summary ?? fieldError(mutation.error, 'summary')} errorProps={{ role: 'alert' }} data-autofocus />
      <NumberInput label={t('dialogues.session.attendance')} min={0} max={100000} allowDecimal={false} allowNegative={false} maw="14rem" value={attendance} onChange={setAttendance} required error={problem.attendance ?? fieldError(mutation.error, 'attendance')} errorProps={{ role: 'alert' }} />
    </FormModal>
  )
}

function CancelModal({ session, onClose }: { session: DialogueSession; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useCancelDialogueMutation(session.id)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  function onSubmit() {
    if (reason.trim().length < 5) return setProblem(t('dialogues.session.reasonTooShort'))
    setProblem(null)
    mutation.mutate(reason.trim(), notifyAndClose(t('dialogues.session.cancelled'), onClose))
  }

  return (
    <FormModal title={t('dialogues.session.cancelTitle')} onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['reason']} submitLabel={t('dialogues.session.cancelConfirm')} submitColor="red">
      <Textarea label={t('dialogues.session.reason')} description={t('dialogues.session.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} maxLength={1000} required error={problem ?? fieldError(mutation.error, 'reason')} errorProps={{ role: 'alert' }} data-autofocus />
    </FormModal>
  )
}

type Open = 'edit' | 'hold' | 'cancel' | null

export function SessionActions({ session }: { session: DialogueSession }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Open>(null)
  const { abilities } = session
  if (!abilities.edit && !abilities.hold && !abilities.cancel) return null
  const close = () => setOpen(null)
  return (
    <Stack gap="xs" component="section" aria-labelledby="dialogue-actions-title">
      <Title order={2} id="dialogue-actions-title">
        {t('dialogues.session.actions')}
      </Title>
      <Group gap="sm">
        {abilities.hold && (
          <Button color="teal" leftSection={<IconCalendarCheck size={20} aria-hidden />} onClick={() => setOpen('hold')}>
            {t('dialogues.session.hold')}
          </Button>
        )}
        {abilities.edit && (
          <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setOpen('edit')}>
            {t('dialogues.session.edit')}
          </Button>
        )}
        {abilities.cancel && (
          <Button variant="outline" color="red" leftSection={<IconCalendarOff size={20} aria-hidden />} onClick={() => setOpen('cancel')}>
            {t('dialogues.session.cancel')}
          </Button>
        )}
      </Group>
      {abilities.edit && !abilities.hold && session.heldOn > todayIso() && <Text size="sm">{t('dialogues.session.notYet', { date: formatDate(session.heldOn) })}</Text>}
      {open === 'edit' && <EditSessionModal session={session} onClose={close} />}
      {open === 'hold' && <HoldModal session={session} onClose={close} />}
      {open === 'cancel' && <CancelModal session={session} onClose={close} />}
    </Stack>
  )
}
