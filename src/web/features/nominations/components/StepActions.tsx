// "Xử lý hồ sơ": the steps the nomination's `abilities` allow, each behind a confirmation — "Chuyển lên cấp trên",
// "Trả lại" and "Không đề nghị" (with the reason), "Gửi lại" and "Rút hồ sơ" (with an optional note), and "Ra quyết
// định khen thưởng" (the decisions page, with this nomination chosen).
import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconArrowUp, IconAward, IconArrowBackUp, IconSend, IconX, IconLogout2 } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useStepMutation, type NominationDetail, type Step } from '../api.ts'
import { issuePath } from '../paths.ts'

const errorProps = { role: 'alert' }

/** Return and decline ask why (required); resubmit and withdraw take an optional note. */
function TextStepModal({ nomination, step, onClose }: { nomination: NominationDetail; step: Exclude<Step, 'forward'>; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useStepMutation(nomination.id, step)
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const required = step === 'return' || step === 'decline'
  const field = required ? 'reason' : 'note'
  const copy = {
    return: { title: 'returnTitle', intro: 'returnIntro', label: 'returnReason', done: 'returned', submit: 'return' },
    decline: { title: 'declineTitle', intro: 'declineIntro', label: 'declineReason', done: 'declined', submit: 'decline' },
    resubmit: { title: 'resubmitTitle', intro: 'resubmitIntro', label: 'resubmitNote', done: 'resubmitted', submit: 'resubmit' },
    withdraw: { title: 'withdrawTitle', intro: 'withdrawIntro', label: 'withdrawNote', done: 'withdrawn', submit: 'withdraw' },
  }[step]
  const k = (key: string) => t(`nominations.actions.${key}` as 'nominations.actions.return', { level: nomination.at.name })

  function onSubmit() {
    const value = text.trim()
    if ((required || value) && value.length < 5) return setProblem(t('nominations.actions.reasonTooShort'))
    setProblem(null)
    mutation.mutate(value || undefined, notifyAndClose(k(copy.done), onClose))
  }

  return (
    <FormModal title={k(copy.title)} intro={<Text>{k(copy.intro)}</Text>} onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={[field]} submitLabel={k(copy.submit)} submitColor={step === 'decline' || step === 'withdraw' ? 'red' : undefined}>
      <Textarea
        label={k(copy.label)}
        description={required ? undefined : t('common.optional')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={8}
        maxLength={2000}
        required={required}
        error={problem ?? fieldError(mutation.error, field)}
        errorProps={errorProps}
        data-autofocus
      />
    </FormModal>
  )
}

function ForwardModal({ nomination, onClose }: { nomination: NominationDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useStepMutation(nomination.id, 'forward')
  return (
    <ConfirmModal
      title={t('nominations.actions.forwardTitle')}
      message={t('nominations.actions.forwardConfirm', { level: nomination.at.name })}
      confirmLabel={t('nominations.actions.forward')}
      onConfirm={() => mutation.mutate(undefined, notifyAndClose(t('nominations.actions.forwarded'), onClose))}
      onClose={onClose}
      loading={mutation.isPending}
      error={mutation.error}
      danger={false}
    />
  )
}

export function StepActions({ nomination }: { nomination: NominationDetail }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Step | null>(null)
  const a = nomination.abilities
  const close = () => setOpen(null)
  const any = a.forward || a.return || a.decline || a.resubmit || a.withdraw || a.commend
  return (
    <Stack gap="xs" component="section" aria-labelledby="nomination-actions-title">
      <Title order={2} id="nomination-actions-title">
        {t('nominations.actions.title')}
      </Title>
      {!any && <Text>{t('nominations.actions.none')}</Text>}
      <Group gap="sm">
        {a.forward && <Button leftSection={<IconArrowUp size={20} aria-hidden />} onClick={() => setOpen('forward')}>{t('nominations.actions.forward')}</Button>}
        {a.commend && (
          <Button component={Link} to={issuePath(nomination.at.id, nomination.id, nomination.year)} color="teal" leftSection={<IconAward size={20} aria-hidden />}>
            {t('nominations.actions.commend')}
          </Button>
        )}
        {a.return && <Button variant="outline" leftSection={<IconArrowBackUp size={20} aria-hidden />} onClick={() => setOpen('return')}>{t('nominations.actions.return')}</Button>}
        {a.decline && <Button variant="outline" color="red.9" leftSection={<IconX size={20} aria-hidden />} onClick={() => setOpen('decline')}>{t('nominations.actions.decline')}</Button>}
        {a.resubmit && <Button leftSection={<IconSend size={20} aria-hidden />} onClick={() => setOpen('resubmit')}>{t('nominations.actions.resubmit')}</Button>}
        {a.withdraw && <Button variant="outline" color="red.9" leftSection={<IconLogout2 size={20} aria-hidden />} onClick={() => setOpen('withdraw')}>{t('nominations.actions.withdraw')}</Button>}
      </Group>
      {open === 'forward' && <ForwardModal nomination={nomination} onClose={close} />}
      {open && open !== 'forward' && <TextStepModal nomination={nomination} step={open} onClose={close} />}
    </Stack>
  )
}
