// Who is offered the dashboard and where it opens. The server decides every read (a 403 shows as an error); these only
// choose what to offer: the entry points, the default unit, and which breadcrumbs to link.
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { OrgKind, Role } from '../../../common/contracts/enums.ts'

/** The roles that read a unit's commitments and evaluations over its subtree (the summaries' policy). */
export const DASHBOARD_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']

/** How high a kind of unit sits in the tree: grants carry the kind, not the path. */
const LEVEL: Record<OrgKind, number> = { province: 0, commune: 1, ward: 1, agency: 1, grassroots: 2, cell: 3 }

const reads = (g: GrantView) => DASHBOARD_ROLES.includes(g.role)

export function canUseDashboard(me: MeResponse): boolean {
  return me.grants.some(reads)
}

/** My highest unit among the grants that read it: the first of the highest level, in the order of my grants. */
export function defaultUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  let best: GrantView | null = null
  for (const g of grants.filter(reads)) {
    if (!best || LEVEL[g.organization.kind] < LEVEL[best.organization.kind]) best = g
  }
  return best?.organization ?? null
}

/**
 * The ancestors (root first) whose dashboard a breadcrumb may link to: reached by a grant that reads — on the ancestor
 * itself, or over its subtree from it or above it. The others show as plain text (the server would refuse them).
 */
export function readableAncestors(grants: readonly GrantView[], ancestors: readonly { id: string }[]): Set<string> {
  const mine = grants.filter(reads)
  if (mine.some((g) => g.role === 'admin')) return new Set(ancestors.map((a) => a.id))
  const readable = new Set<string>()
  const above = new Set<string>()
  for (const a of ancestors) {
    above.add(a.id)
    if (mine.some((g) => g.organization.id === a.id || (g.scope === 'subtree' && above.has(g.organization.id)))) readable.add(a.id)
  }
  return readable
}
