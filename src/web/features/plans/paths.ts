// Where the plan pages live and who is offered them. Kept apart from the pages so that the menu loads none of their
// code. The server decides every read and every step (a 403 shows as an error; each answer carries its abilities).
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'
import { KIND_LEVEL } from '../../components/grants.ts'

export const PLANS_PATH = '/ke-hoach'
export const HAND_DOWNS_PATH = '/ke-hoach/nhan-giao'
export const PLAN_DASHBOARD_PATH = '/ke-hoach/tong-hop'
export const PERIODS_PATH = '/ke-hoach/ky-bao-cao'
export const planItemPath = (id: string) => `${PLANS_PATH}/nhiem-vu/${id}`

const withQuery = (path: string, params: Record<string, string | null | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])))
  const qs = search.toString()
  return qs ? `${path}?${qs}` : path
}
export const boardPath = (org: string, cycle?: string | null) => withQuery(PLANS_PATH, { org, cycle })
export const handDownsPath = (org: string) => withQuery(HAND_DOWNS_PATH, { org })
export const planDashboardPath = (org: string, cycle?: string | null, period?: string | null) => withQuery(PLAN_DASHBOARD_PATH, { org, cycle, period })
export const periodsPath = (cycle?: string | null) => withQuery(PERIODS_PATH, { cycle })

/** The roles that manage their own unit's plan (the server checks the unit). */
const MANAGE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader']
/** The roles that read a subtree's plans and its dashboard. */
const SUPERVISE_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']

/** Anyone with a role reads some plan (a member reads their own unit's). */
export function canUsePlans(me: MeResponse): boolean {
  return me.grants.length > 0
}

export function canSupervisePlans(me: MeResponse): boolean {
  return me.grants.some((g) => SUPERVISE_ROLES.includes(g.role))
}

export function canManagePlans(me: MeResponse): boolean {
  return me.grants.some((g) => MANAGE_ROLES.includes(g.role))
}

/** The root's office and administrators set the reporting periods (the server decides: the list says `manage`). */
export function mayOpenPeriods(me: MeResponse): boolean {
  return me.grants.some((g) => g.role === 'admin' || g.role === 'office')
}

/**
 * The default unit of the pages: my highest unit, preferring grants that manage or read a subtree (any of them ranks
 * above a member's grant, whatever its level); the first of the best, in my grants' order. Every grant counts.
 */
export function defaultPlanUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  let best: GrantView | null = null
  const rank = (g: GrantView) => KIND_LEVEL[g.organization.kind] + (SUPERVISE_ROLES.includes(g.role) ? 0 : 10)
  for (const g of grants) if (!best || rank(g) < rank(best)) best = g
  return best?.organization ?? null
}
