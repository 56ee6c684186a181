// Where and as what a person serves: unit, position, committee tier, primary flag, dates.
import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { LeadershipTier } from '../../../../common/contracts/enums.ts'
import type { OrganizationSummary } from '../../../../common/contracts/organizations.ts'
import { todayIso } from '../../../../common/dates.ts'
import { fieldError } from '../../../components/forms.ts'
import { TIER_VALUES, useLabels } from '../../../components/labels.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import type { PlacementInput } from '../api.ts'

export interface PlacementFormValues {
  org: OrganizationSummary | null
  position: string
  leadershipTier: LeadershipTier
  isPrimary: boolean
  fromDate: string
  toDate: string
}

export const PLACEMENT_FIELDS = ['organizationId', 'position', 'leadershipTier', 'isPrimary', 'fromDate', 'toDate'] as const

/** The usual first position. It is data (stored as typed, in Vietnamese), not a UI label. */
const DEFAULT_POSITION = 'Đảng viên'

export function newPlacementForm(org: OrganizationSummary | null, isPrimary = true): PlacementFormValues {
  return { org, position: DEFAULT_POSITION, leadershipTier: 'none', isPrimary, fromDate: todayIso(), toDate: '' }
}

export function placementBody(v: PlacementFormValues): PlacementInput | null {
  if (!v.org) return null
  return {
    organizationId: v.org.id,
    position: v.position.trim(),
    leadershipTier: v.leadershipTier,
    isPrimary: v.isPrimary,
    fromDate: v.fromDate,
    ...(v.toDate ? { toDate: v.toDate } : {}),
  }
}

/** `prefix` maps server field paths: 'placement.' inside "Thêm người", '' for a placement of its own. */
export function PlacementFields({ values, onChange, error, prefix = '' }: {
  values: PlacementFormValues
  onChange: (values: PlacementFormValues) => void
  error: unknown
  prefix?: string
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const err = (path: string) => fieldError(error, `${prefix}${path}`)
  return (
    <>
      <OrgPicker
        label={t('placement.unit')}
        required
        value={values.org?.id ?? null}
        selected={values.org}
        onChange={(_, org) => onChange({ ...values, org })}
        error={err('organizationId')}
      />
      <TextInput
        label={t('placement.position')}
        description={t('placement.positionHint')}
        required
        value={values.position}
        onChange={(e) => onChange({ ...values, position: e.currentTarget.value })}
        error={err('position')}
      />
      <Select<LeadershipTier>
        label={t('placement.tier')}
        data={labels.options(TIER_VALUES, labels.tier)}
        value={values.leadershipTier}
        onChange={(tier) => onChange({ ...values, leadershipTier: tier ?? 'none' })}
        allowDeselect={false}
        error={err('leadershipTier')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput
          type="date"
          label={t('placement.fromDate')}
          required
          value={values.fromDate}
          onChange={(e) => onChange({ ...values, fromDate: e.currentTarget.value })}
          error={err('fromDate')}
        />
        <TextInput
          type="date"
          label={t('placement.toDate')}
          description={t('common.optional')}
          value={values.toDate}
          onChange={(e) => onChange({ ...values, toDate: e.currentTarget.value })}
          error={err('toDate')}
        />
      </SimpleGrid>
      <Checkbox label={t('placement.isPrimary')} checked={values.isPrimary} onChange={(e) => onChange({ ...values, isPrimary: e.currentTarget.checked })} />
    </>
  )
}
