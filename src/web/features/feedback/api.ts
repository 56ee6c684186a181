// The handling units' feedback API: query keys, the keyset-paged inbox of a unit's subtree and its digest, one case
// and its likely duplicates, the steps (acknowledge, draft the answer, approve and publish it, re-route or return it,
// merge a duplicate), entering a case on a citizen's behalf, and the routing rules of a subtree's communes.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  FeedbackCase, FeedbackCategory, FeedbackChannel, FeedbackPage as FeedbackPageSchema, FeedbackRoutes as FeedbackRoutesSchema, FeedbackStatus,
  FeedbackSummary as FeedbackSummarySchema, PutCategoryBody, PutRouteBody, SimilarCases as SimilarCasesSchema,
} from '../../../common/contracts/feedback.ts'
import { api } from '../../api/client.ts'
import { postFeedback, type FeedbackSubmission, type SubmissionWithFiles } from './publicApi.ts'

export type { FeedbackCase }
export type FeedbackPage = z.infer<typeof FeedbackPageSchema>
export type FeedbackListItem = FeedbackPage['items'][number]
export type FeedbackSummary = z.infer<typeof FeedbackSummarySchema>
export type FeedbackRoute = z.infer<typeof FeedbackRoutesSchema>['items'][number]
export type RouteInput = z.infer<typeof PutRouteBody>
export type SimilarCase = z.infer<typeof SimilarCasesSchema>['items'][number]
/** A rule's topic that matches any topic. */
export const ANY_CATEGORY = '*'
export type Channel = z.infer<typeof FeedbackChannel>
export type EnteredChannel = Exclude<Channel, 'web'>
export const ENTERED_CHANNEL_VALUES: readonly EnteredChannel[] = ['phone', 'in_person', 'dialogue', 'mail']

export interface InboxFilter {
  org: string
  status: FeedbackStatus | null
  overdue: boolean
  /** Only overdue cases escalated to a level above their handler. */
  escalated: boolean
}

export const feedbackKeys = {
  all: ['feedback'] as const,
  lists: () => [...feedbackKeys.all, 'list'] as const,
  list: (f: InboxFilter) => [...feedbackKeys.lists(), f.org, f.status ?? '', f.overdue, f.escalated] as const,
  detail: (id: string) => [...feedbackKeys.all, 'detail', id] as const,
  summaries: () => [...feedbackKeys.all, 'summary'] as const,
  summary: (org: string) => [...feedbackKeys.summaries(), org] as const,
  routes: (org: string) => [...feedbackKeys.all, 'routes', org] as const,
  similarAll: () => [...feedbackKeys.all, 'similar'] as const,
  similar: (id: string) => [...feedbackKeys.similarAll(), id] as const,
}

/** A unit's inbox over its subtree, newest first, 30 a page. */
export function useFeedbackInbox(filter: InboxFilter) {
  return useInfiniteQuery({
    queryKey: feedbackKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<FeedbackPage>('/feedback', { org: filter.org, status: filter.status, overdue: filter.overdue ? 'true' : undefined, escalated: filter.escalated ? 'true' : undefined, cursor: pageParam ?? undefined }, signal),
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

/** Likely duplicates of a case (same commune, close text) that the reader may see, most alike first. */
export function useSimilarFeedback(id: string) {
  return useQuery({
    queryKey: feedbackKeys.similar(id),
    queryFn: ({ signal }) => api.get<{ items: SimilarCase[] }>(`/feedback/${id}/similar`, undefined, signal),
    enabled: Boolean(id),
  })
}

/** The digest of a unit's subtree: totals, by topic, by direct sub-unit. */
export function useFeedbackSummary(org: string) {
  return useQuery({
    queryKey: feedbackKeys.summary(org),
    queryFn: ({ signal }) => api.get<FeedbackSummary>('/feedback/summary', { org }, signal),
    enabled: Boolean(org),
  })
}

function useAfterStep(id: string) {
  const queryClient = useQueryClient()
  return async () => {
    await queryClient.invalidateQueries({ queryKey: feedbackKeys.detail(id) })
    void queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() })
    void queryClient.invalidateQueries({ queryKey: feedbackKeys.summaries() })
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

/** An office above both units sends the case to another unit, saying why. */
export function useTransferMutation(id: string) {
  const after = useAfterStep(id)
  return useMutation({ mutationFn: (input: { orgId: string; reason: string }) => api.post<{ ok: true }>(`/feedback/${id}/transfer`, input), onSuccess: after })
}

/**
 * The handling unit sends a misrouted case back (to the unit that passed it on, or the level above). The sender may
 * no longer see the case afterwards, so it is marked stale without a refetch: the page moves on to the inbox.
 */
export function useReturnMutation(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (reason: string) => api.post<{ ok: true }>(`/feedback/${id}/return`, { reason }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.detail(id), refetchType: 'none' })
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() })
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.summaries() })
    },
  })
}

/** Merges this case (the duplicate) into another: this one closes and its sender follows the other. */
export function useMergeMutation(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (intoId: string) => api.post<{ ok: true }>(`/feedback/${id}/merge`, { intoId }),
    onSuccess: async (_result, intoId) => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.detail(id) })
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.detail(intoId) })
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.similarAll() })
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() })
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.summaries() })
    },
  })
}

/** An office enters a case received by phone, in person, at a dialogue or by mail; answers the code to read out. */
export function useEnterFeedbackMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: SubmissionWithFiles<FeedbackSubmission & { channel: EnteredChannel }>) => postFeedback('/feedback', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.lists() })
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.summaries() })
    },
  })
}

/** The routing rules of the communes in a unit's subtree. */
export function useFeedbackRoutes(org: string) {
  return useQuery({
    queryKey: feedbackKeys.routes(org),
    queryFn: ({ signal }) => api.get<{ items: FeedbackRoute[] }>('/feedback-routes', { org }, signal),
    enabled: Boolean(org),
  })
}

function useAfterRouteChange() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: [...feedbackKeys.all, 'routes'] })
}

export function usePutRouteMutation() {
  const after = useAfterRouteChange()
  return useMutation({ mutationFn: (input: RouteInput) => api.put<{ ok: true }>('/feedback-routes', input), onSuccess: after })
}

export function useDeleteRouteMutation() {
  const after = useAfterRouteChange()
  return useMutation({
    mutationFn: (rule: { communeId: string; categoryId: string }) => api.delete<{ ok: true }>(`/feedback-routes?${new URLSearchParams(rule).toString()}`),
    onSuccess: after,
  })
}

export type FeedbackCategoryItem = z.infer<typeof FeedbackCategory>
export type PutCategoryInput = z.infer<typeof PutCategoryBody> & { id: string }

export const feedbackCategoryKeys = { all: ['feedback-categories'] as const }

export function useFeedbackCategories() {
  return useQuery({
    queryKey: feedbackCategoryKeys.all,
    queryFn: ({ signal }) => api.get<{ items: FeedbackCategoryItem[] }>('/feedback-categories', undefined, signal),
  })
}

export function usePutCategoryMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: PutCategoryInput) => api.put<FeedbackCategoryItem>(`/feedback-categories/${encodeURIComponent(id)}`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: feedbackCategoryKeys.all }),
  })
}
