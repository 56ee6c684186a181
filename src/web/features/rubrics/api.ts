// Scoring rubrics of nominations: query keys, the list (without content), one rubric, new versions, draft edits and
// publishing.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { CreateRubricBody, Rubric, RubricList, UpdateRubricBody } from '../../../common/contracts/rubrics.ts'
import { api } from '../../api/client.ts'

export type { Rubric, RubricList }
export type RubricSummary = RubricList['items'][number]

export const rubricKeys = {
  all: ['nomination-rubrics'] as const,
  list: () => [...rubricKeys.all, 'list'] as const,
  detail: (id: string) => [...rubricKeys.all, 'detail', id] as const,
}

export function useRubrics() {
  return useQuery({
    queryKey: rubricKeys.list(),
    queryFn: ({ signal }) => api.get<RubricList>('/nomination-rubrics', undefined, signal),
  })
}

export function useRubric(id: string) {
  return useQuery({
    queryKey: rubricKeys.detail(id),
    queryFn: ({ signal }) => api.get<Rubric>(`/nomination-rubrics/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

function useAfterRubricChange() {
  const queryClient = useQueryClient()
  return (rubric: Rubric) => {
    queryClient.setQueryData(rubricKeys.detail(rubric.id), rubric)
    void queryClient.invalidateQueries({ queryKey: rubricKeys.list() })
  }
}

/** A new version: `copyFromId` of an existing rubric, with its own code, name and dates; starts as a draft. */
export function useCreateRubricMutation() {
  const after = useAfterRubricChange()
  return useMutation({
    mutationFn: (input: CreateRubricBody) => api.post<Rubric>('/nomination-rubrics', input),
    onSuccess: after,
  })
}

/** Drafts only: the whole `content` is sent at once, with any changed name, source or dates. */
export function useUpdateRubricMutation(id: string) {
  const after = useAfterRubricChange()
  return useMutation({
    mutationFn: (input: UpdateRubricBody) => api.patch<Rubric>(`/nomination-rubrics/${id}`, input),
    onSuccess: after,
  })
}

export function usePublishRubricMutation(id: string) {
  const after = useAfterRubricChange()
  return useMutation({
    mutationFn: () => api.post<Rubric>(`/nomination-rubrics/${id}/publish`, {}),
    onSuccess: after,
  })
}
