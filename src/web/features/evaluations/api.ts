// Year-end evaluations: query keys, a unit's evaluations for a cycle (with the quota where the unit decides), and the
// steps — the cell's collective review, the decision (over the quota only with a written justification; several at
// once, all or none), annulment — and the organizations' own ratings on the collective frame.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  CollectiveAnnulBody, CollectiveDecideBody, CollectiveEvaluation, CollectiveOverview as CollectiveOverviewSchema, CollectiveSelfAssessmentBody,
} from '../../../common/contracts/collective.ts'
import type {
  AnnulBody, DecideBatchBody, DecideBody, Evaluation, EvaluationList as EvaluationListSchema, ReviewBody,
} from '../../../common/contracts/evaluations.ts'
import { api, isApiError } from '../../api/client.ts'
import { commitmentKeys } from '../commitments/api.ts'

export type { Evaluation }
export type EvaluationList = z.infer<typeof EvaluationListSchema>
export type QuotaUse = NonNullable<EvaluationList['quota']>
export type ReviewInput = z.input<typeof ReviewBody>
export type DecideInput = z.input<typeof DecideBody>
export type AnnulInput = z.input<typeof AnnulBody>
export type DecideBatchInput = z.input<typeof DecideBatchBody>
export type { CollectiveEvaluation }
export type CollectiveOverview = z.infer<typeof CollectiveOverviewSchema>
export type CollectiveSelfAssessmentInput = z.input<typeof CollectiveSelfAssessmentBody>
export type CollectiveDecideInput = z.input<typeof CollectiveDecideBody>
export type CollectiveAnnulInput = z.input<typeof CollectiveAnnulBody>

// Under `evaluations` too (as the dashboard's summaries and quota use are), so every step refreshes them all.
export const evaluationKeys = {
  all: ['evaluations'] as const,
  units: () => [...evaluationKeys.all, 'unit'] as const,
  unit: (orgId: string, cycleId: string) => [...evaluationKeys.units(), orgId, cycleId] as const,
  organizations: (orgId: string, cycleId: string) => [...evaluationKeys.all, 'organizations', orgId, cycleId] as const,
}

/** The evaluations of a unit's subtree; refused (403) to accounts without a role that reads them there. */
export function useEvaluations(orgId: string, cycleId: string | undefined, { enabled = true } = {}) {
  return useQuery({
    queryKey: evaluationKeys.unit(orgId, cycleId ?? ''),
    queryFn: ({ signal }) => api.get<EvaluationList>('/evaluations', { org: orgId, cycle: cycleId }, signal),
    enabled: enabled && Boolean(orgId && cycleId),
  })
}

/** The quota's numbers when a decision was refused for going past it (409 with `allowed` in the details). */
export function quotaRefusal(error: unknown): { allowed: number } | null {
  if (!isApiError(error) || error.status !== 409) return null
  const allowed = (error.details as { allowed?: unknown } | null)?.allowed
  return typeof allowed === 'number' ? { allowed } : null
}

/** A unit's own rating and its direct sub-units' ratings; refused (403) to accounts without a role that reads them. */
export function useCollectiveOverview(orgId: string, cycleId: string) {
  return useQuery({
    queryKey: evaluationKeys.organizations(orgId, cycleId),
    queryFn: ({ signal }) => api.get<CollectiveOverview>('/organization-evaluations', { org: orgId, cycle: cycleId }, signal),
    enabled: Boolean(orgId && cycleId),
  })
}

/** After any step, every list of evaluations is read again (the quota's numbers change with each decision). */
function useAfterEvaluationChange() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: evaluationKeys.all })
    void queryClient.invalidateQueries({ queryKey: commitmentKeys.all })
  }
}

export function useReviewMutation() {
  const after = useAfterEvaluationChange()
  return useMutation({
    mutationFn: (input: ReviewInput) => api.post<Evaluation>('/evaluations/review', input),
    onSuccess: after,
  })
}

export function useDecideMutation(id: string) {
  const after = useAfterEvaluationChange()
  return useMutation({
    mutationFn: (input: DecideInput) => api.post<Evaluation>(`/evaluations/${id}/decide`, input),
    onSuccess: after,
  })
}

export function useAnnulMutation(id: string) {
  const after = useAfterEvaluationChange()
  return useMutation({
    mutationFn: (input: AnnulInput) => api.post<Evaluation>(`/evaluations/${id}/annul`, input),
    onSuccess: after,
  })
}

/** Several decisions at once, all or none: a refusal (409 over the quota) names the scope and the numbers. */
export function useDecideBatchMutation() {
  const after = useAfterEvaluationChange()
  return useMutation({
    mutationFn: (input: DecideBatchInput) => api.post<{ items: Evaluation[] }>('/evaluations/decide-batch', input),
    onSuccess: after,
  })
}

/** The organization's self-assessment on the collective frame (written again until decided). */
export function useCollectiveSelfAssessMutation() {
  const after = useAfterEvaluationChange()
  return useMutation({
    mutationFn: (input: CollectiveSelfAssessmentInput) => api.put<CollectiveEvaluation>('/organization-evaluations/self-assessment', input),
    onSuccess: after,
  })
}

export function useCollectiveDecideMutation(id: string) {
  const after = useAfterEvaluationChange()
  return useMutation({
    mutationFn: (input: CollectiveDecideInput) => api.post<CollectiveEvaluation>(`/organization-evaluations/${id}/decide`, input),
    onSuccess: after,
  })
}

export function useCollectiveAnnulMutation(id: string) {
  const after = useAfterEvaluationChange()
  return useMutation({
    mutationFn: (input: CollectiveAnnulInput) => api.post<CollectiveEvaluation>(`/organization-evaluations/${id}/annul`, input),
    onSuccess: after,
  })
}
