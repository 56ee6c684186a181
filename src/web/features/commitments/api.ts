// Personal commitments: query keys, my commitment for a cycle, one commitment, a unit's roster, and the steps
// (open mine, replace the items, submit, approve, return, reopen), each refreshing what it changed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  Commitment, CommitmentArea, CommitmentItemInput, CommitmentStatus, ProgressBody, SelfAssessmentBody, UnitCommitments as UnitCommitmentsSchema,
} from '../../../common/contracts/commitments.ts'
import { api, isApiError } from '../../api/client.ts'

export type { Commitment, CommitmentArea, CommitmentItemInput, CommitmentStatus }
export type CommitmentEvent = Commitment['history'][number]
export type UnitCommitments = z.infer<typeof UnitCommitmentsSchema>
export type UnitCommitmentRow = UnitCommitments['items'][number]
export type CommitmentItem = Commitment['items'][number]
export type ItemResult = NonNullable<CommitmentItem['result']>
export type SelfAssessment = NonNullable<Commitment['selfAssessment']>
export type ProgressInput = z.input<typeof ProgressBody>
export type SelfAssessmentInput = z.input<typeof SelfAssessmentBody>

/** The steps after writing, each its own endpoint; approve takes an optional comment, return a required one. */
export type CommitmentStep = 'submit' | 'approve' | 'return' | 'reopen'

export const commitmentKeys = {
  all: ['commitments'] as const,
  mine: (cycleId: string) => [...commitmentKeys.all, 'mine', cycleId] as const,
  detail: (id: string) => [...commitmentKeys.all, 'detail', id] as const,
  units: () => [...commitmentKeys.all, 'unit'] as const,
  unit: (orgId: string, cycleId: string) => [...commitmentKeys.units(), orgId, cycleId] as const,
}

/** My commitment for the cycle; null when I have not opened one yet (404). */
export function useMyCommitment(cycleId: string | undefined) {
  return useQuery({
    queryKey: commitmentKeys.mine(cycleId ?? ''),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<Commitment>('/commitments/mine', { cycle: cycleId }, signal)
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null
        throw error
      }
    },
    enabled: Boolean(cycleId),
  })
}

export function useCommitment(id: string) {
  return useQuery({
    queryKey: commitmentKeys.detail(id),
    queryFn: ({ signal }) => api.get<Commitment>(`/commitments/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

/** Everyone placed in the unit now, with their commitment's status; refused (403) to accounts without a role over it. */
export function useUnitCommitments(orgId: string, cycleId: string | undefined, { enabled = true } = {}) {
  return useQuery({
    queryKey: commitmentKeys.unit(orgId, cycleId ?? ''),
    queryFn: ({ signal }) => api.get<UnitCommitments>('/commitments', { org: orgId, cycle: cycleId }, signal),
    enabled: enabled && Boolean(orgId && cycleId),
  })
}

/** After a change: this commitment at once (and my own, when it is mine); the rosters later. */
function useAfterCommitmentChange() {
  const queryClient = useQueryClient()
  return (commitment: Commitment) => {
    queryClient.setQueryData(commitmentKeys.detail(commitment.id), commitment)
    queryClient.setQueryData<Commitment | null>(commitmentKeys.mine(commitment.cycle.id), (old) => (old?.id === commitment.id ? commitment : old))
    void queryClient.invalidateQueries({ queryKey: commitmentKeys.units() })
  }
}

/** Opens my commitment for the cycle, as a draft in my current unit. */
export function useCreateMyCommitmentMutation() {
  const queryClient = useQueryClient()
  const after = useAfterCommitmentChange()
  return useMutation({
    mutationFn: (cycleId: string) => api.post<Commitment>('/commitments/mine', { cycleId }),
    onSuccess: (commitment) => {
      queryClient.setQueryData(commitmentKeys.mine(commitment.cycle.id), commitment)
      after(commitment)
    },
  })
}

/** Replaces all the items at once (a draft, or returned for changes). */
export function useSaveItemsMutation(id: string) {
  const after = useAfterCommitmentChange()
  return useMutation({
    mutationFn: (items: CommitmentItemInput[]) => api.put<Commitment>(`/commitments/${id}/items`, { items }),
    onSuccess: after,
  })
}

export function useCommitmentStepMutation(id: string) {
  const after = useAfterCommitmentChange()
  return useMutation({
    mutationFn: ({ step, comment }: { step: CommitmentStep; comment?: string }) =>
      api.post<Commitment>(`/commitments/${id}/${step}`, comment ? { comment } : {}),
    onSuccess: after,
  })
}

/** Mid-year progress: a percent and a note for the items reported (the others keep theirs). */
export function useReportProgressMutation(id: string) {
  const after = useAfterCommitmentChange()
  return useMutation({
    mutationFn: (input: ProgressInput) => api.put<Commitment>(`/commitments/${id}/progress`, input),
    onSuccess: after,
  })
}

/** The year-end self-assessment: every item's result, the points per criterion, the level and the conditions claimed. */
export function useSelfAssessMutation(id: string) {
  const after = useAfterCommitmentChange()
  return useMutation({
    mutationFn: (input: SelfAssessmentInput) => api.put<Commitment>(`/commitments/${id}/self-assessment`, input),
    onSuccess: after,
  })
}
