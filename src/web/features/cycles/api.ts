// Yearly cycles: query keys, the list, the current cycle (for everyone's home page), one cycle, and its changes.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  CreateCycleBody, Cycle, CycleList as CycleListSchema, CycleStep, UpdateCycleBody,
} from '../../../common/contracts/cycles.ts'
import { api, isApiError } from '../../api/client.ts'
import { ruleSetKeys } from '../rules/api.ts'

export type CycleList = z.infer<typeof CycleListSchema>
export type CreateCycleInput = z.input<typeof CreateCycleBody>
export type UpdateCycleInput = z.input<typeof UpdateCycleBody>

export const cycleKeys = {
  all: ['cycles'] as const,
  list: () => [...cycleKeys.all, 'list'] as const,
  current: () => [...cycleKeys.all, 'current'] as const,
  detail: (id: string) => [...cycleKeys.all, 'detail', id] as const,
}

/** Newest year first. */
export function useCycles() {
  return useQuery({
    queryKey: cycleKeys.list(),
    queryFn: ({ signal }) => api.get<CycleList>('/cycles', undefined, signal),
  })
}

/** The newest cycle not closed (else the newest); null when there is no cycle at all. */
export function useCurrentCycle() {
  return useQuery({
    queryKey: cycleKeys.current(),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<Cycle>('/cycles/current', undefined, signal)
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null
        throw error
      }
    },
  })
}

export function useCycle(id: string) {
  return useQuery({
    queryKey: cycleKeys.detail(id),
    queryFn: ({ signal }) => api.get<Cycle>(`/cycles/${id}`, undefined, signal),
  })
}

/** After a change: this cycle's data at once; the lists, the current cycle and the rule sets (their `usedByCycles`) later. */
function useAfterCycleChange() {
  const queryClient = useQueryClient()
  return (cycle: Cycle) => {
    queryClient.setQueryData(cycleKeys.detail(cycle.id), cycle)
    void queryClient.invalidateQueries({ queryKey: cycleKeys.list() })
    void queryClient.invalidateQueries({ queryKey: cycleKeys.current() })
    void queryClient.invalidateQueries({ queryKey: ruleSetKeys.all })
  }
}

export function useCreateCycleMutation() {
  const after = useAfterCycleChange()
  return useMutation({
    mutationFn: (input: CreateCycleInput) => api.post<Cycle>('/cycles', input),
    onSuccess: after,
  })
}

export function useUpdateCycleMutation(id: string) {
  const after = useAfterCycleChange()
  return useMutation({
    mutationFn: (input: UpdateCycleInput) => api.patch<Cycle>(`/cycles/${id}`, input),
    onSuccess: after,
  })
}

/** One workflow step (open registration, start, begin the year-end review, close), each its own endpoint. */
export function useCycleStepMutation(id: string) {
  const after = useAfterCycleChange()
  return useMutation({
    mutationFn: (step: CycleStep) => api.post<Cycle>(`/cycles/${id}/${step}`, {}),
    onSuccess: after,
  })
}
