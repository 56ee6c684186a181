// Where the inspection pages live and who is offered them (kept apart from the pages so that the menu loads none of
// their code). The server decides every read and every step.
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'
import { highestUnit } from '../../components/grants.ts'

export const INSPECTIONS_PATH = '/kiem-tra-giam-sat'
export const inspectionPath = (id: string) => `${INSPECTIONS_PATH}/${id}`

/** The roles that read programmes and visits (the server's inspections policy) — and the inspected unit's answerers. */
const ROLES: readonly Role[] = ['admin', 'inspector', 'office', 'secretary', 'leader']

export const canUseInspections = (me: MeResponse) => me.grants.some((g) => ROLES.includes(g.role))

/** My highest unit among the grants that read inspections. */
export function defaultInspectionUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  return highestUnit(grants, ROLES)
}
