// Who reads the dashboard of models and nominations (deny by default): the offices, secretaries, leaders and
// inspectors of the unit or of a level above it, and administrators. Members do not.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, type OrgRef } from '../../lib/authz.ts'

export const SUMMARY_ROLES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']

export const modelStatsPolicy = {
  /** The figures, the units that nominated nothing and the Excel workbook over a unit's subtree. */
  summary: (actor: Actor, org: OrgRef) => hasRole(actor, SUMMARY_ROLES, org),
}
