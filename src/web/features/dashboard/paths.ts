// The dashboard's address, for links from anywhere (home, menu, a unit's page, the dashboard itself). Kept apart from
// the page so that linking to it loads none of the charts' code.
export const DASHBOARD_PATH = '/tong-hop'

/** `/tong-hop?org=…&cycle=…`; without them the page picks my highest unit and the current cycle. */
export function dashboardPath(org?: string | null, cycle?: string | null): string {
  const search = new URLSearchParams()
  if (org) search.set('org', org)
  if (cycle) search.set('cycle', cycle)
  const qs = search.toString()
  return qs ? `${DASHBOARD_PATH}?${qs}` : DASHBOARD_PATH
}
