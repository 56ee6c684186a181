// The handling units' feedback API: query keys, the keyset-paged inbox of a unit's subtree, one case, and the steps
// (acknowledge, draft the answer, approve and publish it), plus entering a case on a citizen's behalf.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { FeedbackCase, FeedbackChannel, FeedbackPage as FeedbackPageSchema, FeedbackStatus } from '../../../common/contracts/feedback.ts'
import { api } from '../../api/client.ts'
import type { FeedbackReceipt, FeedbackSubmission } from './publicApi.ts'

export type { FeedbackCase }
export type FeedbackPage = z.infer<typeof FeedbackPageSchema>
export type FeedbackListItem = FeedbackPage['items'][number]
export type Channel = z.infer<typeof FeedbackChannel>
export type EnteredChannel = Exclude<Channel, 'web'>
export const ENTERED_CHANNEL_VALUES: readonly EnteredChannel[] = ['phone', 'in_person', 'dialogue', 'mail']

export interface InboxFilter {
  org: string
  status: FeedbackStatus | null
  overdue: boolean
}

export const feedbackKeys = {
  all: ['feedback'] as const,
  lists: () => [...feedbackKeys.all, 'list'] as const,
  list: (f: InboxFilter) => [...feedbackKeys.lists(), f.org, f.status ?? '', f.overdue] as const,
  detail: (id: string) => [...feedbackKeys.all, 'detail', id] as const,
}

/** A unit's inbox over its subtree, newest first, 30 a page. */
export function useFeedbackInbox(filter: InboxFilter) {
  return useInfiniteQuery({
    queryKey: feedbackKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<FeedbackPage>('/feedback', { org: filter.org, status: filter.status, overdue: filter.overdue ? 'true' : undefined, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(filter.org),
  })
}

export function useFeedbackCase(id: string) {
  return useQuery({
    queryKey: feedbackKeys.detail(id),
    queryFn: ({ signal }) => api.get<FeedbackCase>(`/feedback/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

function useAfterStep(id: string) {
  const queryClient = useQueryClient()
  return async () => {
    await queryClient.invalidateQueries({ queryKey: feedbackKeys.detail(id) })
    void queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() })
  }
}

export function useAcknowledgeMutation(id: string) {
  const after = useAfterStep(id)
  return useMutation({ mutationFn: () => api.post<{ ok: true }>(`/feedback/${id}/acknowledge`, {}), onSuccess: after })
}

export function useDraftAnswerMutation(id: string) {
  const after = useAfterStep(id)
  return useMutation({ mutationFn: (text: string) => api.put<{ ok: true }>(`/feedback/${id}/answer`, { text }), onSuccess: after })
}

export function useApproveAnswerMutation(id: string) {
  const after = useAfterStep(id)
  return useMutation({ mutationFn: () => api.post<{ ok: true }>(`/feedback/${id}/approve`, {}), onSuccess: after })
}

/** An office enters a case received by phone, in person, at a dialogue or by mail; answers the code to read out. */
export function useEnterFeedbackMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: FeedbackSubmission & { channel: EnteredChannel }) => api.post<FeedbackReceipt>('/feedback', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() }),
  })
}
