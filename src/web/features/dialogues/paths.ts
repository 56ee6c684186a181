// Where the reception and dialogue pages live and who is offered them. Kept apart from the pages so that the menu
// loads none of their code. The server decides every read and every step (a 403 shows as an error).
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'
import { highestUnit } from '../../components/grants.ts'

export const DIALOGUES_PATH = '/tiep-dan-doi-thoai'
/** The promises tracker: open promises over my subtree, overdue ones flagged. */
export const PROMISES_PATH = '/tiep-dan-doi-thoai/loi-hua'
export const dialoguePath = (id: string) => `${DIALOGUES_PATH}/${id}`

/** The roles that read sessions and promises (the server's dialogues policy: list/read). */
export const DIALOGUE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']
/** The roles that schedule and record sessions (the server checks the unit). */
const MANAGE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader']

export function canUseDialogues(me: MeResponse): boolean {
  return me.grants.some((g) => DIALOGUE_ROLES.includes(g.role))
}

export function canScheduleDialogues(me: MeResponse): boolean {
  return me.grants.some((g) => MANAGE_ROLES.includes(g.role))
}

/** The default unit of the pages: my highest unit among the grants that read sessions, first in my grants' order. */
export function defaultDialogueUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  return highestUnit(grants, DIALOGUE_ROLES)
}
