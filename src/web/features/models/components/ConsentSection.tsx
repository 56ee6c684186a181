// "Sự đồng ý công khai thông tin cá nhân" (a person only): what the public page shows with and without it, who recorded
// it, when and how; recording it (the unit's editors) and withdrawing it (the editors, or the person themself, at any
// time — the public page stops naming them at once).
import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../../common/dates.ts'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { FormModal } from '../../../components/FormModal.tsx'
import { formatDate } from '../../../components/format.ts'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useConsentMutation, useWithdrawConsentMutation, type ModelDetail } from '../api.ts'

function RecordModal({ model, onClose }: { model: ModelDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useConsentMutation(model.id)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  function onSubmit() {
    if (note.trim().length < 5) return setProblem(t('models.consent.noteTooShort'))
    setProblem(null)
    mutation.mutate({ note: note.trim() }, notifyAndClose(t('models.consent.recorded'), onClose))
  }
  return (
    <FormModal title={t('models.consent.recordTitle')} intro={<Text>{t('models.consent.recordIntro', { name: model.person?.fullName ?? '' })}</Text>} onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['note']} submitLabel={t('models.consent.record')}>
      <Textarea label={t('models.consent.note')} description={t('models.consent.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxRows={6} maxLength={500} required error={problem ?? fieldError(mutation.error, 'note')} errorProps={{ role: 'alert' }} data-autofocus />
    </FormModal>
  )
}

export function ConsentSection({ model }: { model: ModelDetail }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<'record' | 'withdraw' | null>(null)
  const withdraw = useWithdrawConsentMutation(model.id)
  if (model.kind !== 'person') return null
  const consent = model.consent
  const close = () => {
    withdraw.reset()
    setOpen(null)
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="model-consent-title">
      <Title order={2} id="model-consent-title">
        {t('models.consent.title')}
      </Title>
      {consent ? (
        <Alert color="teal.9" variant="outline" icon={<IconShieldCheck aria-hidden />} title={t('models.consent.given')}>
          <Stack gap={4}>
            <Text>{t('models.consent.givenExplain')}</Text>
            <Text size="sm">
              {consent.recordedBy
                ? t('models.consent.recordedOnBy', { date: formatDate(todayIso(new Date(consent.recordedAt))), by: consent.recordedBy })
                : t('models.consent.recordedOn', { date: formatDate(todayIso(new Date(consent.recordedAt))) })}
            </Text>
            {consent.note && <Text size="sm">{t('models.consent.noteShown', { note: consent.note })}</Text>}
          </Stack>
        </Alert>
      ) : (
        <Alert color="#9a3412" variant="outline" icon={<IconShieldX aria-hidden />} title={t('models.consent.missing')}>
          <Text>{t('models.consent.missingExplain')}</Text>
        </Alert>
      )}
      <Group gap="sm">
        {model.abilities.recordConsent && (
          <Button variant={consent ? 'default' : 'filled'} leftSection={<IconShieldCheck size={20} aria-hidden />} onClick={() => setOpen('record')}>
            {consent ? t('models.consent.recordAgain') : t('models.consent.record')}
          </Button>
        )}
        {model.abilities.withdrawConsent && (
          <Button variant="outline" color="red.9" leftSection={<IconShieldX size={20} aria-hidden />} onClick={() => setOpen('withdraw')}>
            {t('models.consent.withdraw')}
          </Button>
        )}
      </Group>
      {open === 'record' && <RecordModal model={model} onClose={close} />}
      {open === 'withdraw' && (
        <ConfirmModal
          title={t('models.consent.withdrawTitle')}
          message={t('models.consent.withdrawMessage')}
          confirmLabel={t('models.consent.withdraw')}
          onConfirm={() => withdraw.mutate(undefined, notifyAndClose(t('models.consent.withdrawn'), close))}
          onClose={close}
          loading={withdraw.isPending}
          error={withdraw.error}
        />
      )}
    </Stack>
  )
}
