// Who is offered the dashboard and where it opens. The server decides every read (a 403 shows as an error); these only
// choose what to offer: the entry points, the default unit, and which breadcrumbs to link.
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'
import { highestUnit } from '../../components/grants.ts'

/** The roles that read a unit's commitments and evaluations over its subtree (the summaries' policy). */
export const DASHBOARD_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']

const reads = (g: GrantView) => DASHBOARD_ROLES.includes(g.role)

export function canUseDashboard(me: MeResponse): boolean {
  return me.grants.some(reads)
}

/** My highest unit among the grants that read it: the first of the highest level, in the order of my grants. */
export function defaultUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  return highestUnit(grants, DASHBOARD_ROLES)
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
