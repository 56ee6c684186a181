// Year-end evaluations: query keys, a unit's evaluations for a cycle (with the quota where the unit decides), and the
// steps — the cell's collective review, the decision (over the quota only with a written justification), annulment.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  AnnulBody, DecideBody, Evaluation, EvaluationList as EvaluationListSchema, ReviewBody,
} from '../../../common/contracts/evaluations.ts'
import { api, isApiError } from '../../api/client.ts'
import { commitmentKeys } from '../commitments/api.ts'

export type { Evaluation }
export type EvaluationList = z.infer<typeof EvaluationListSchema>
export type QuotaUse = NonNullable<EvaluationList['quota']>
export type ReviewInput = z.input<typeof ReviewBody>
export type DecideInput = z.input<typeof DecideBody>
export type AnnulInput = z.input<typeof AnnulBody>

export const evaluationKeys = {
  all: ['evaluations'] as const,
  units: () => [...evaluationKeys.all, 'unit'] as const,
  unit: (orgId: string, cycleId: string) => [...evaluationKeys.units(), orgId, cycleId] as const,
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
