import { Alert, Button, Checkbox, Group, Stack, TextInput, Textarea } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useDissolveOrganizationMutation } from '../api.ts'

const FIELDS = ['effectiveDate', 'reason'] as const

export function DissolveOrgModal({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useDissolveOrganizationMutation(org.id)
  const [effectiveDate, setEffectiveDate] = useState('')
  const [reason, setReason] = useState('')
  const [confirmed, setConfirmed] = useState(false)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!confirmed) return
    mutation.mutate(
      { effectiveDate: optionalText(effectiveDate), reason: optionalText(reason) },
      {
        onSuccess: () => {
          notifySuccess(t('org.dissolve.done', { name: org.name }))
          onClose()
        },
      },
    )
  }

  return (
    <AppModal opened onClose={onClose} title={t('org.dissolve.title', { name: org.name })}>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <Alert color="red" variant="light" role="note" icon={<IconAlertTriangle aria-hidden />}>
            {t('org.dissolve.explain')}
          </Alert>
          <FormError error={mutation.error} fields={FIELDS} />
          <TextInput
            type="date"
            label={t('common.effectiveDate')}
            description={t('common.effectiveDateHint')}
            value={effectiveDate}
            onChange={(e) => setEffectiveDate(e.currentTarget.value)}
            error={fieldError(mutation.error, 'effectiveDate')}
          />
          <Textarea
            label={t('org.dissolve.reason')}
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(mutation.error, 'reason')}
          />
          <Checkbox label={t('org.dissolve.confirmLabel', { name: org.name })} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending} disabled={!confirmed}>
              {t('org.dissolve.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
