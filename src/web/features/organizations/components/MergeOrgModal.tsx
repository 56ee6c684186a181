import { Alert, Button, Checkbox, Group, Stack, TextInput } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organization, OrganizationSummary } from '../../../../common/contracts/organizations.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { formatNumber } from '../../../components/format.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useMergeOrganizationMutation } from '../api.ts'

const FIELDS = ['intoId', 'effectiveDate'] as const

/** Merging closes the unit: the explanation says what moves, and an explicit confirmation is required. */
export function MergeOrgModal({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useMergeOrganizationMutation(org.id)
  const [into, setInto] = useState<OrganizationSummary | null>(null)
  const [effectiveDate, setEffectiveDate] = useState('')
  const [understood, setUnderstood] = useState(false)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!into || !understood) return
    mutation.mutate(
      { intoId: into.id, effectiveDate: optionalText(effectiveDate) },
      {
        onSuccess: () => {
          notifySuccess(t('org.merge.done', { name: org.name, into: into.name }))
          onClose()
        },
      },
    )
  }

  return (
    <AppModal opened onClose={onClose} title={t('org.merge.title', { name: org.name })}>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <Alert color="blue" variant="light" role="note" icon={<IconInfoCircle aria-hidden />}>
            {t('org.merge.explain', { name: org.name, people: formatNumber(org.peopleCount), units: formatNumber(org.childCount) })}
          </Alert>
          <FormError error={mutation.error} fields={FIELDS} />
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
          <TextInput
            type="date"
            label={t('common.effectiveDate')}
            description={t('common.effectiveDateHint')}
            value={effectiveDate}
            onChange={(e) => setEffectiveDate(e.currentTarget.value)}
            error={fieldError(mutation.error, 'effectiveDate')}
          />
          {into && (
            <Checkbox
              label={t('org.merge.confirmLabel', { name: org.name, into: into.name })}
              checked={understood}
              onChange={(e) => setUnderstood(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending} disabled={!into || !understood}>
              {t('org.merge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
