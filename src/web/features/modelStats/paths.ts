// Where the dashboard of models and nominations lives and who is offered it. Kept apart from the page so that menus and
// other pages (the models' list) can link to it without loading its code. The server decides every read (a 403 shows
// as an error).
import type { GrantView, MeResponse } from '../../../common/contracts/auth.ts'
import type { Role } from '../../../common/contracts/enums.ts'
import { highestUnit } from '../../components/grants.ts'

/** "Tổng hợp gương điển hình": `/guong-dien-hinh/tong-hop?org=&year=`. */
export const MODEL_STATS_PATH = '/guong-dien-hinh/tong-hop'

/** The roles that read the dashboard (the server's policy: office, secretary, leader, inspector; admin). */
export const MODEL_STATS_ROLES: readonly Role[] = ['admin', 'office', 'secretary', 'leader', 'inspector']


export function canUseModelStats(me: MeResponse): boolean {
  return me.grants.some((g) => MODEL_STATS_ROLES.includes(g.role))
}

/** My highest unit among the grants that read the dashboard. */
export function defaultStatsUnit(grants: readonly GrantView[]): GrantView['organization'] | null {
  return highestUnit(grants, MODEL_STATS_ROLES)
}

/** The dashboard of a unit for a year; without them the page opens my highest unit and the current cycle's year. */
export function modelStatsPath(org?: string | null, year?: number | null): string {
  const search = new URLSearchParams()
  if (org) search.set('org', org)
  if (year) search.set('year', String(year))
  const qs = search.toString()
  return qs ? `${MODEL_STATS_PATH}?${qs}` : MODEL_STATS_PATH
}

/** The Excel workbook of the same figures (same origin, the session cookie): five sheets. */
export function modelStatsXlsxUrl(org: string, year: number): string {
  return `/api/v1/models/summary.xlsx?${new URLSearchParams({ org, year: String(year) }).toString()}`
}

/** A year from the address: a whole number in the server's range, else none (the current cycle's). */
export function yearParam(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null
  const year = Number(value)
  return year >= 1900 && year <= 2199 ? year : null
}
