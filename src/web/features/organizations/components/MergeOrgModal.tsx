import { Alert, Checkbox } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization, OrganizationSummary } from '../../../../common/contracts/organizations.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { formatNumber } from '../../../components/format.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useMergeOrganizationMutation } from '../api.ts'
import { EffectiveDateInput } from './OrgFields.tsx'

const FIELDS = ['intoId', 'effectiveDate'] as const

/** Merging closes the unit: the explanation says what moves, and an explicit confirmation is required. */
export function MergeOrgModal({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useMergeOrganizationMutation(org.id)
  const [into, setInto] = useState<OrganizationSummary | null>(null)
  const [effectiveDate, setEffectiveDate] = useState('')
  const [understood, setUnderstood] = useState(false)

  function onSubmit() {
    if (!into || !understood) return
    const body = { intoId: into.id, effectiveDate: optionalText(effectiveDate) }
    mutation.mutate(body, notifyAndClose(t('org.merge.done', { name: org.name, into: into.name }), onClose))
  }

  return (
    <FormModal
      title={t('org.merge.title', { name: org.name })}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      intro={
        <Alert color="blue" variant="light" role="note" icon={<IconInfoCircle aria-hidden />}>
          {t('org.merge.explain', { name: org.name, people: formatNumber(org.peopleCount), units: formatNumber(org.childCount) })}
        </Alert>
      }
      submitLabel={t('org.merge.submit')}
      submitColor="red"
      submitDisabled={!into || !understood}
    >
      <OrgPicker
        label={t('org.merge.into')}
        required
        value={into?.id ?? null}
        selected={into}
        onChange={(_, picked) => {
          setInto(picked)
          setUnderstood(false)
        }}
        excludeIds={[org.id]}
        error={fieldError(mutation.error, 'intoId')}
        data-testid="merge-into-picker"
      />
      <EffectiveDateInput value={effectiveDate} onChange={(e) => setEffectiveDate(e.currentTarget.value)} error={fieldError(mutation.error, 'effectiveDate')} />
      {into && (
        <Checkbox
          label={t('org.merge.confirmLabel', { name: org.name, into: into.name })}
          checked={understood}
          onChange={(e) => setUnderstood(e.currentTarget.checked)}
        />
      )}
    </FormModal>
  )
}
