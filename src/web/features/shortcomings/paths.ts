// Where the shortcoming pages live and who is offered them. Kept apart from the pages so that the menu and other pages
// (a feedback case) load none of their code. The server decides every read and every step (a 403 shows as an error).
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'
import { highestUnit } from '../../components/grants.ts'

/** The register over my subtree: "Hạn chế, khuyết điểm". */
export const SHORTCOMINGS_PATH = '/han-che-khuyet-diem'
/** A member's own: "Hạn chế của tôi". */
export const MY_SHORTCOMINGS_PATH = '/han-che-khuyet-diem/cua-toi'
export const shortcomingPath = (id: string) => `${SHORTCOMINGS_PATH}/${id}`

/** The roles that read the register (the server's shortcomings policy: list/read). */
export const SHORTCOMING_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']
/** The roles that record shortcomings (the server checks the unit). */
const RAISE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']

export function canUseShortcomings(me: MeResponse): boolean {
  return me.grants.some((g) => SHORTCOMING_ROLES.includes(g.role))
}

export function canRaiseShortcomings(me: MeResponse): boolean {
  return me.grants.some((g) => RAISE_ROLES.includes(g.role))
}

/** The default unit of the register: my highest unit among the grants that read it. */
export function defaultShortcomingUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  return highestUnit(grants, SHORTCOMING_ROLES)
}

/** An evidence file of a step, for those who may read the shortcoming (cookie session). */
export const evidenceUrl = (shortcomingId: string, evidenceId: string) => `/api/v1/shortcomings/${shortcomingId}/evidence/${evidenceId}`
