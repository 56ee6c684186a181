// The subtree dashboard ("Tổng hợp"): query keys and reads — commitments by status, evaluations by level, the quota's
// use per grassroots organization, and "who has not done it yet" a page at a time. All are maintained totals (one row
// per child) except the pending list, which is keyset-paged.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  CommitmentSummary as CommitmentSummarySchema, PendingPeople as PendingPeopleSchema, PendingStage,
} from '../../../common/contracts/commitments.ts'
import type { EvaluationSummary as EvaluationSummarySchema, QuotaUseList as QuotaUseListSchema } from '../../../common/contracts/evaluations.ts'
import { api } from '../../api/client.ts'
import { commitmentKeys } from '../commitments/api.ts'
import { evaluationKeys } from '../evaluations/api.ts'

export type { PendingStage }
export type CommitmentSummary = z.infer<typeof CommitmentSummarySchema>
export type CommitmentTotals = CommitmentSummary['organization']
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>
export type EvaluationTotals = EvaluationSummary['organization']
export type QuotaUseList = z.infer<typeof QuotaUseListSchema>
export type QuotaUseItem = QuotaUseList['items'][number]
export type PendingPeople = z.infer<typeof PendingPeopleSchema>
export type PendingPerson = PendingPeople['items'][number]

/** Small pages: a phone on a slow line gets the first names quickly, then "Xem thêm". */
export const PENDING_PAGE_SIZE = 20

// Under the commitments' and evaluations' own keys, so what refreshes those after a step refreshes these too.
export const dashboardKeys = {
  commitments: (org: string, cycle: string) => [...commitmentKeys.all, 'summary', org, cycle] as const,
  pending: (org: string, cycle: string, stage: PendingStage) => [...commitmentKeys.all, 'pending', org, cycle, stage] as const,
  evaluations: (org: string, cycle: string) => [...evaluationKeys.all, 'summary', org, cycle] as const,
  quota: (org: string, cycle: string) => [...evaluationKeys.all, 'quota-use', org, cycle] as const,
}

const params = (org: string, cycle: string) => ({ org, cycle })

/** Commitments by status over the unit and each active direct sub-unit (403 to accounts that may not read the unit). */
export function useCommitmentSummary(org: string, cycle: string) {
  return useQuery({
    queryKey: dashboardKeys.commitments(org, cycle),
    queryFn: ({ signal }) => api.get<CommitmentSummary>('/commitments/summary', params(org, cycle), signal),
    enabled: Boolean(org && cycle),
  })
}

/** Evaluations: not reviewed, waiting for a decision, decided by level, and the cells' proposals by level. */
export function useEvaluationSummary(org: string, cycle: string) {
  return useQuery({
    queryKey: dashboardKeys.evaluations(org, cycle),
    queryFn: ({ signal }) => api.get<EvaluationSummary>('/evaluations/summary', params(org, cycle), signal),
    enabled: Boolean(org && cycle),
  })
}

/** The quota of "Hoàn thành xuất sắc nhiệm vụ" in each grassroots organization over (or above) the unit, fullest first. */
export function useQuotaUse(org: string, cycle: string) {
  return useQuery({
    queryKey: dashboardKeys.quota(org, cycle),
    queryFn: ({ signal }) => api.get<QuotaUseList>('/evaluations/quota-use', params(org, cycle), signal),
    enabled: Boolean(org && cycle),
  })
}

/** People placed now in the subtree who have not done a stage yet, in name order. */
export function usePendingPeople(org: string, cycle: string, stage: PendingStage) {
  return useInfiniteQuery({
    queryKey: dashboardKeys.pending(org, cycle, stage),
    queryFn: ({ pageParam, signal }) =>
      api.get<PendingPeople>('/commitments/pending', { ...params(org, cycle), stage, cursor: pageParam ?? undefined, limit: PENDING_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(org && cycle),
  })
}
