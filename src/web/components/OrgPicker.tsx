import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganizationSummary } from '../../common/contracts/organizations.ts'
import { useOrganizationSearch } from '../features/organizations/api.ts'
import { formatNumber } from './format.ts'
import { useLabels } from './labels.ts'
import { RemoteSelect } from './RemoteSelect.tsx'

/** Picks an active organization by name or code (`GET /organizations?q=`), within what the user may see. */
export function OrgPicker(props: {
  label?: string
  value: string | null
  onChange: (id: string | null, org: OrganizationSummary | null) => void
  selected?: OrganizationSummary | null
  /** Organizations that may not be chosen (the unit itself, its own subtree root…). */
  excludeIds?: readonly string[]
  description?: ReactNode
  error?: ReactNode
  required?: boolean
  placeholder?: string
  'data-testid'?: string
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const { excludeIds = [], ...rest } = props
  return (
    <RemoteSelect<OrganizationSummary>
      {...rest}
      label={props.label ?? t('org.pickerLabel')}
      placeholder={props.placeholder ?? t('org.pickerPlaceholder')}
      nothingFound={t('org.pickerNothing')}
      useSearch={useOrganizationSearch}
      exclude={(org) => org.status !== 'active' || excludeIds.includes(org.id)}
      toOption={(org) => ({
        value: org.id,
        label: org.name,
        description: `${labels.orgKind(org.kind)} · ${org.code} · ${t('common.people', { n: formatNumber(org.subtreePeopleCount) })}`,
      })}
    />
  )
}
