// Whether a unit's page shows the "Cam kết" tab: the roster request decides (a 403 hides it). A plain member, who
// holds no role that reads rosters, is not even asked about; the server alone says yes for everyone else.
import { isApiError } from '../../../api/client.ts'
import { useMe } from '../../../api/session.tsx'
import { useCurrentCycle } from '../../cycles/api.ts'
import { useUnitCommitments } from '../api.ts'

export function useCommitmentsTab(orgId: string, requested: boolean) {
  const me = useMe()
  const cycle = useCurrentCycle()
  const worthAsking = me.grants.some((g) => g.role !== 'member')
  const query = useUnitCommitments(orgId, cycle.data?.id, { enabled: worthAsking })
  const forbidden = isApiError(query.error) && query.error.status === 403
  // Shown once the answer is known, or at once when the address asks for it (the tab then shows the loading state).
  const show = worthAsking && Boolean(cycle.data) && !forbidden && (query.data !== undefined || query.error !== null || requested)
  return { show, year: cycle.data?.year ?? 0, cycleId: cycle.data?.id ?? null, query }
}
