// Choosing among my grants: grants carry the unit's kind, not its path, so "highest" is by kind.
import type { GrantView } from '../../common/contracts/auth.ts'
import type { OrgKind, Role } from '../../common/contracts/enums.ts'

/** How high a kind of unit sits in the tree (0 = the province). */
export const KIND_LEVEL: Record<OrgKind, number> = { province: 0, commune: 1, ward: 1, agency: 1, grassroots: 2, cell: 3 }

/** My highest unit among the grants with one of these roles: the first of the highest level, in my grants' order. */
export function highestUnit(grants: readonly GrantView[], roles: readonly Role[]): GrantView['organization'] | null {
  let best: GrantView | null = null
  for (const g of grants) {
    if (roles.includes(g.role) && (!best || KIND_LEVEL[g.organization.kind] < KIND_LEVEL[best.organization.kind])) best = g
  }
  return best?.organization ?? null
}
