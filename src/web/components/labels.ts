// Labels of the closed vocabularies, from the i18n catalogues, and option lists for selects.
import { useTranslation } from 'react-i18next'
import type { Gender, GrantScope, LeadershipTier, OrgKind, OrgStatus, PlacementEndReason, Role } from '../../common/contracts/enums.ts'

// The vocabularies in display order. Typed against the contracts, so a new value there fails the build here.
export const ORG_KIND_VALUES: readonly OrgKind[] = ['province', 'commune', 'ward', 'agency', 'grassroots', 'cell']
export const ROLE_VALUES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector', 'member', 'admin']
export const SCOPE_VALUES: readonly GrantScope[] = ['subtree', 'unit']
export const TIER_VALUES: readonly LeadershipTier[] = ['none', 'cell', 'grassroots', 'upper', 'province']
export const GENDER_VALUES: readonly Gender[] = ['male', 'female', 'other']
export const END_REASON_VALUES: readonly PlacementEndReason[] = ['transfer', 'merge', 'left', 'correction']

export function useLabels() {
  const { t } = useTranslation()
  const labels = {
    orgKind: (v: OrgKind) => t(`orgKind.${v}`),
    orgStatus: (v: OrgStatus) => t(`orgStatus.${v}`),
    role: (v: Role) => t(`role.${v}`),
    scope: (v: GrantScope) => t(`scope.${v}`),
    tier: (v: LeadershipTier) => t(`tier.${v}`),
    gender: (v: Gender) => t(`gender.${v}`),
    endReason: (v: PlacementEndReason) => t(`endReason.${v}`),
  }
  const options = <V extends string>(values: readonly V[], label: (v: V) => string) => values.map((value) => ({ value, label: label(value) }))
  return { ...labels, options }
}
