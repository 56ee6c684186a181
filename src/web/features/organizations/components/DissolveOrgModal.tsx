import { Alert, Checkbox, Textarea } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../common/contracts/organizations.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useDissolveOrganizationMutation } from '../api.ts'
import { EffectiveDateInput } from './OrgFields.tsx'

const FIELDS = ['effectiveDate', 'reason'] as const

export function DissolveOrgModal({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useDissolveOrganizationMutation(org.id)
  const [effectiveDate, setEffectiveDate] = useState('')
  const [reason, setReason] = useState('')
  const [confirmed, setConfirmed] = useState(false)

  function onSubmit() {
    if (!confirmed) return
    const body = { effectiveDate: optionalText(effectiveDate), reason: optionalText(reason) }
    mutation.mutate(body, notifyAndClose(t('org.dissolve.done', { name: org.name }), onClose))
  }

  return (
    <FormModal
      title={t('org.dissolve.title', { name: org.name })}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      intro={
        <Alert color="red" variant="light" role="note" icon={<IconAlertTriangle aria-hidden />}>
          {t('org.dissolve.explain')}
        </Alert>
      }
      submitLabel={t('org.dissolve.submit')}
      submitColor="red"
      submitDisabled={!confirmed}
    >
      <EffectiveDateInput value={effectiveDate} onChange={(e) => setEffectiveDate(e.currentTarget.value)} error={fieldError(mutation.error, 'effectiveDate')} />
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
    </FormModal>
  )
}
