// Labels of the closed vocabularies, from the i18n catalogues, and option lists for selects.
import { useTranslation } from 'react-i18next'
import type { CycleStatus, CycleStep, THEME_SCOPES } from '../../common/contracts/cycles.ts'
import type { Gender, GrantScope, LeadershipTier, OrgKind, OrgStatus, PlacementEndReason, Role } from '../../common/contracts/enums.ts'
import type { CONDITION_KINDS, QUOTA_SCOPES, RatingLevel, RULE_SET_STATUSES, SubjectGroup } from '../../common/contracts/rules.ts'

export type ThemeScope = (typeof THEME_SCOPES)[number]
export type RuleSetStatus = (typeof RULE_SET_STATUSES)[number]
export type ConditionKind = (typeof CONDITION_KINDS)[number]
export type QuotaScope = (typeof QUOTA_SCOPES)[number]

// The vocabularies in display order. Typed against the contracts, so a new value there fails the build here.
export const ORG_KIND_VALUES: readonly OrgKind[] = ['province', 'commune', 'ward', 'agency', 'grassroots', 'cell']
export const ROLE_VALUES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector', 'member', 'admin']
export const SCOPE_VALUES: readonly GrantScope[] = ['subtree', 'unit']
export const TIER_VALUES: readonly LeadershipTier[] = ['none', 'cell', 'grassroots', 'upper', 'province']
export const GENDER_VALUES: readonly Gender[] = ['male', 'female', 'other']
export const END_REASON_VALUES: readonly PlacementEndReason[] = ['transfer', 'merge', 'left', 'correction']
export const THEME_SCOPE_VALUES: readonly ThemeScope[] = ['term', 'year']
export const SUBJECT_GROUP_VALUES: readonly SubjectGroup[] = ['collective', 'leader', 'individual', 'outside']
export const QUOTA_SCOPE_VALUES: readonly QuotaScope[] = ['grassroots', 'unit']

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
    cycleStatus: (v: CycleStatus) => t(`cycleStatus.${v}`),
    cycleStep: (v: CycleStep) => t(`cycles.step.${v}`),
    themeScope: (v: ThemeScope) => t(`themeScope.${v}`),
    ruleSetStatus: (v: RuleSetStatus) => t(`ruleSetStatus.${v}`),
    subjectGroup: (v: SubjectGroup) => t(`subjectGroup.${v}`),
    ratingLevel: (v: RatingLevel) => t(`ratingLevel.${v}`),
    conditionKind: (v: ConditionKind) => t(`conditionKind.${v}`),
    quotaScope: (v: QuotaScope) => t(`quotaScope.${v}`),
  }
  const options = <V extends string>(values: readonly V[], label: (v: V) => string) => values.map((value) => ({ value, label: label(value) }))
  return { ...labels, options }
}
