// Routing a case: an office above both units sends it to another unit ("Chuyển đơn vị xử lý"), and the handling unit
// sends a misrouted case back ("Trả lại (giao nhầm)"), each with a reason. The server decides; its refusal shows in
// the dialog. After a return the reader may no longer see the case, so the page goes back to the inbox.
import { Button, Group, Text, Textarea } from '@mantine/core'
import { IconArrowBackUp, IconArrowsExchange } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { MeResponse } from '../../../../common/contracts/auth.ts'
import { useMe } from '../../../api/session.tsx'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useReturnMutation, useTransferMutation, type FeedbackCase } from '../api.ts'
import { canRouteFeedback, FEEDBACK_INBOX_PATH } from '../paths.ts'

const REASON_MIN = 5
const REASON_MAX = 1000

/** Which routing steps to offer: re-routing while the case is open (offices), returning when the reader handles it. */
export function routingAbilities(item: FeedbackCase, me: MeResponse) {
  const open = item.status !== 'answered' && item.status !== 'closed'
  return { transfer: open && canRouteFeedback(me), return: item.abilities.acknowledge || item.abilities.answer }
}

function ReasonField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error: string | undefined }) {
  const { t } = useTranslation()
  return (
    <Textarea
      label={t('feedback.routing.reason')}
      description={t('feedback.routing.reasonHint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      required
      autosize
      minRows={3}
      maxRows={10}
      maxLength={REASON_MAX}
      error={error}
      errorProps={{ role: 'alert' }}
    />
  )
}

function TransferModal({ item, onClose }: { item: FeedbackCase; onClose: () => void }) {
  const { t } = useTranslation()
  const transfer = useTransferMutation(item.id)
  const [orgId, setOrgId] = useState<string | null>(null)
  const [unitName, setUnitName] = useState('')
  const [reason, setReason] = useState('')
  const [problems, setProblems] = useState<{ orgId?: string; reason?: string }>({})

  function onSubmit() {
    const text = reason.trim()
    const next = {
      orgId: orgId ? undefined : t('feedback.routing.chooseUnit'),
      reason: text.length < REASON_MIN ? t('feedback.routing.reasonTooShort') : undefined,
    }
    setProblems(next)
    if (!orgId || next.reason) return
    transfer.mutate(
      { orgId, reason: text },
      {
        onSuccess: () => {
          notifySuccess(t('feedback.routing.transferred', { unit: unitName }))
          onClose()
        },
      },
    )
  }

  return (
    <FormModal
      title={t('feedback.routing.transferTitle', { reference: item.reference })}
      intro={<Text>{t('feedback.routing.transferIntro', { unit: item.handler.name })}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={transfer.isPending}
      error={transfer.error}
      fields={['orgId', 'reason']}
      submitLabel={t('feedback.routing.transferSubmit')}
    >
      <OrgPicker
        label={t('feedback.routing.target')}
        placeholder={t('feedback.inbox.unitPlaceholder')}
        value={orgId}
        excludeIds={[item.handler.id]}
        required
        onChange={(id, org) => {
          setOrgId(id)
          setUnitName(org?.name ?? '')
        }}
        error={problems.orgId ?? fieldError(transfer.error, 'orgId')}
      />
      <ReasonField value={reason} onChange={setReason} error={problems.reason ?? fieldError(transfer.error, 'reason')} />
    </FormModal>
  )
}

function ReturnModal({ item, onClose }: { item: FeedbackCase; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const giveBack = useReturnMutation(item.id)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | undefined>()

  function onSubmit() {
    const text = reason.trim()
    if (text.length < REASON_MIN) return setProblem(t('feedback.routing.reasonTooShort'))
    setProblem(undefined)
    giveBack.mutate(text, {
      onSuccess: () => {
        notifySuccess(t('feedback.routing.returned', { reference: item.reference }))
        onClose()
        void navigate(FEEDBACK_INBOX_PATH)
      },
    })
  }

  return (
    <FormModal
      title={t('feedback.routing.returnTitle', { reference: item.reference })}
      intro={<Text>{t('feedback.routing.returnIntro')}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={giveBack.isPending}
      error={giveBack.error}
      fields={['reason']}
      submitLabel={t('feedback.routing.returnSubmit')}
    >
      <ReasonField value={reason} onChange={setReason} error={problem ?? fieldError(giveBack.error, 'reason')} />
    </FormModal>
  )
}

export function RoutingActions({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation()
  const me = useMe()
  const can = routingAbilities(item, me)
  const [open, setOpen] = useState<'transfer' | 'return' | null>(null)
  if (!can.transfer && !can.return) return null
  const close = () => setOpen(null)
  return (
    <>
      <Group gap="sm">
        {can.transfer && (
          <Button variant="outline" leftSection={<IconArrowsExchange size={20} aria-hidden />} onClick={() => setOpen('transfer')}>
            {t('feedback.routing.transfer')}
          </Button>
        )}
        {can.return && (
          <Button variant="default" leftSection={<IconArrowBackUp size={20} aria-hidden />} onClick={() => setOpen('return')}>
            {t('feedback.routing.return')}
          </Button>
        )}
      </Group>
      {open === 'transfer' && <TransferModal item={item} onClose={close} />}
      {open === 'return' && <ReturnModal item={item} onClose={close} />}
    </>
  )
}
