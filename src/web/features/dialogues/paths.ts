// Where the reception and dialogue pages live and who is offered them. Kept apart from the pages so that the menu
// loads none of their code. The server decides every read and every step (a 403 shows as an error).
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { OrgKind, Role } from '../../../common/contracts/enums.ts'

export const DIALOGUES_PATH = '/tiep-dan-doi-thoai'
/** The promises tracker: open promises over my subtree, overdue ones flagged. */
export const PROMISES_PATH = '/tiep-dan-doi-thoai/loi-hua'
export const dialoguePath = (id: string) => `${DIALOGUES_PATH}/${id}`

/** The roles that read sessions and promises (the server's dialogues policy: list/read). */
export const DIALOGUE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']
/** The roles that schedule and record sessions (the server checks the unit). */
const MANAGE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader']

/** How high a kind of unit sits in the tree: grants carry the kind, not the path. */
const LEVEL: Record<OrgKind, number> = { province: 0, commune: 1, ward: 1, agency: 1, grassroots: 2, cell: 3 }

export function canUseDialogues(me: MeResponse): boolean {
  return me.grants.some((g) => DIALOGUE_ROLES.includes(g.role))
}

export function canScheduleDialogues(me: MeResponse): boolean {
  return me.grants.some((g) => MANAGE_ROLES.includes(g.role))
}

/** The default unit of the pages: my highest unit among the grants that read sessions, first in my grants' order. */
export function defaultDialogueUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  let best: GrantView | null = null
  for (const g of grants.filter((x) => DIALOGUE_ROLES.includes(x.role))) {
    if (!best || LEVEL[g.organization.kind] < LEVEL[best.organization.kind]) best = g
  }
  return best?.organization ?? null
}
