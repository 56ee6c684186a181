// Leaders' exemplary commitments (Quy định 213-QĐ/TW): query keys, the list a unit sees, one published commitment,
// and the steps (publish, unpublish, comment), each refreshing what it changed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  COMMENT_SOURCES, CommentBody, Exemplary as ExemplarySchema, ExemplaryList as ExemplaryListSchema, PUBLISH_SCOPES,
} from '../../../common/contracts/exemplary.ts'
import { todayIso } from '../../../common/dates.ts'
import { api, isApiError } from '../../api/client.ts'
import { formatDate } from '../../components/format.ts'

export type Exemplary = z.infer<typeof ExemplarySchema>
export type ExemplaryList = z.infer<typeof ExemplaryListSchema>
export type ExemplarySummary = ExemplaryList['items'][number]
export type ExemplaryComment = Exemplary['comments'][number]
export type PublishScope = (typeof PUBLISH_SCOPES)[number]
export type CommentSource = (typeof COMMENT_SOURCES)[number]
export type CommentInput = z.input<typeof CommentBody>

export const PUBLISH_SCOPE_VALUES: readonly PublishScope[] = ['subtree', 'public']
export const COMMENT_SOURCE_VALUES: readonly CommentSource[] = ['colleague', 'residence']
/** The four parts of a comment, in the order of the form (Quy định 213). */
export const COMMENT_PARTS = ['strengths', 'weaknesses', 'exemplary', 'suggestions'] as const
export type CommentPart = (typeof COMMENT_PARTS)[number]

export const exemplaryKeys = {
  all: ['exemplary'] as const,
  lists: () => [...exemplaryKeys.all, 'list'] as const,
  list: (orgId: string, cycleId: string) => [...exemplaryKeys.lists(), orgId, cycleId] as const,
  detail: (id: string) => [...exemplaryKeys.all, 'detail', id] as const,
}

/** A timestamp as its day in Vietnam, dd/mm/yyyy. */
export function formatDay(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : formatDate(todayIso(date))
}

/** The published exemplary commitments a unit sees for a cycle: its leaders' above it and those in its subtree. */
export function useExemplaryList(orgId: string | null, cycleId: string | undefined) {
  return useQuery({
    queryKey: exemplaryKeys.list(orgId ?? '', cycleId ?? ''),
    queryFn: ({ signal }) => api.get<ExemplaryList>('/exemplary', { org: orgId, cycle: cycleId }, signal),
    enabled: Boolean(orgId && cycleId),
  })
}

/** One exemplary commitment; null when it is not (or no longer) published (404). */
export function useExemplary(id: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: exemplaryKeys.detail(id),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<Exemplary>(`/exemplary/${id}`, undefined, signal)
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null
        throw error
      }
    },
    enabled: enabled && Boolean(id),
  })
}

/** After a change: this commitment at once, the lists (their scope and comment counts) later. */
function useAfterChange() {
  const queryClient = useQueryClient()
  return (id: string, data: Exemplary | null) => {
    queryClient.setQueryData(exemplaryKeys.detail(id), data)
    void queryClient.invalidateQueries({ queryKey: exemplaryKeys.lists() })
  }
}

/** Publishes my approved leader commitment (again, to change its scope). */
export function usePublishMutation(id: string) {
  const after = useAfterChange()
  return useMutation({
    mutationFn: (scope: PublishScope) => api.post<Exemplary>(`/exemplary/${id}/publish`, { scope }),
    onSuccess: (data) => after(id, data),
  })
}

export function useUnpublishMutation(id: string) {
  const after = useAfterChange()
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>(`/exemplary/${id}/unpublish`, {}),
    onSuccess: () => after(id, null),
  })
}

/** My comment (one per author: writing again replaces it). */
export function useCommentMutation(id: string) {
  const after = useAfterChange()
  return useMutation({
    mutationFn: (input: CommentInput) => api.put<Exemplary>(`/exemplary/${id}/comment`, input),
    onSuccess: (data) => after(id, data),
  })
}
