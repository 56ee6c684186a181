// Whether a unit's page shows the "Xếp loại" tab: from the year-end review on, for accounts the server lets read the
// unit's evaluations (a 403 hides it); plain members are not even asked.
import { isApiError } from '../../api/client.ts'
import { useMe } from '../../api/session.tsx'
import { useCurrentCycle } from '../cycles/api.ts'
import { useEvaluations } from './api.ts'

export function useEvaluationsTab(orgId: string, requested: boolean) {
  const me = useMe()
  const cycle = useCurrentCycle()
  const yearEnd = cycle.data?.status === 'yearend_review' || cycle.data?.status === 'closed'
  const worthAsking = yearEnd && me.grants.some((g) => g.role !== 'member')
  const query = useEvaluations(orgId, cycle.data?.id, { enabled: worthAsking })
  const forbidden = isApiError(query.error) && query.error.status === 403
  const show = worthAsking && !forbidden && (query.data !== undefined || query.error !== null || requested)
  return { show, cycle: cycle.data ?? null, query }
}
