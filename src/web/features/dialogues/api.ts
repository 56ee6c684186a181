// Receptions and dialogues: query keys, the keyset-paged sessions of a subtree and its monthly compliance, one session
// with its questions and promises, the promises tracker, and every step (schedule, change, hold, cancel, questions,
// taking one in as a feedback case, promises and their progress reports).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  ComplianceReport, CreateDialogueBody, CreatePromiseBody, DialogueListItem, DialogueKind, DialoguePromise, DialoguePromiseDetail, DialogueQuestion,
  DialogueSession, DialogueStatus, PromiseReportBody, PromiseStatus, QuestionBody, TakeInBody, TakeInReceipt, UpdateDialogueBody, UpdatePromiseBody,
} from '../../../common/contracts/dialogues.ts'
import { api } from '../../api/client.ts'

export type { ComplianceReport, DialogueKind, DialogueListItem, DialoguePromise, DialoguePromiseDetail, DialogueQuestion, DialogueSession, DialogueStatus, PromiseStatus, TakeInReceipt }

/** In display order (typed against the contracts). */
export const KIND_VALUES: readonly DialogueKind[] = ['reception', 'ad_hoc', 'dialogue']
export const STATUS_VALUES: readonly DialogueStatus[] = ['planned', 'held', 'cancelled']
export const PROMISE_STATUS_VALUES: readonly PromiseStatus[] = ['open', 'done', 'dropped']

interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface SessionFilter {
  org: string
  from?: string
  to?: string
  status: DialogueStatus | null
}

export interface PromiseFilter {
  org: string
  status: PromiseStatus | null
  overdue: boolean
}

export const dialogueKeys = {
  all: ['dialogues'] as const,
  lists: () => [...dialogueKeys.all, 'list'] as const,
  list: (f: SessionFilter) => [...dialogueKeys.lists(), f.org, f.from ?? '', f.to ?? '', f.status ?? ''] as const,
  detail: (id: string) => [...dialogueKeys.all, 'detail', id] as const,
  compliances: () => [...dialogueKeys.all, 'compliance'] as const,
  compliance: (org: string, month: string) => [...dialogueKeys.compliances(), org, month] as const,
  promises: () => [...dialogueKeys.all, 'promises'] as const,
  promiseList: (f: PromiseFilter) => [...dialogueKeys.promises(), 'list', f.org, f.status ?? '', f.overdue] as const,
  promise: (id: string) => [...dialogueKeys.promises(), 'detail', id] as const,
}

/** Sessions of a unit's subtree, latest date first, 30 a page. */
export function useDialogues(filter: SessionFilter) {
  return useInfiniteQuery({
    queryKey: dialogueKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<DialogueListItem>>('/dialogues', { org: filter.org, from: filter.from, to: filter.to, status: filter.status, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(filter.org),
  })
}

export function useDialogue(id: string) {
  return useQuery({
    queryKey: dialogueKeys.detail(id),
    queryFn: ({ signal }) => api.get<DialogueSession>(`/dialogues/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

/** Reception days owed, held and planned in a month: the unit and every province, commune and ward under it. */
export function useCompliance(org: string, month: string) {
  return useInfiniteQuery({
    queryKey: dialogueKeys.compliance(org, month),
    queryFn: ({ pageParam, signal }) => api.get<ComplianceReport>('/dialogues/compliance', { org, month, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(org),
  })
}

/** Promises owned by a unit's subtree, soonest due first, 30 a page. */
export function usePromises(filter: PromiseFilter) {
  return useInfiniteQuery({
    queryKey: dialogueKeys.promiseList(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<DialoguePromise>>('/dialogue-promises', { org: filter.org, status: filter.status, overdue: filter.overdue ? 'true' : undefined, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(filter.org),
  })
}

/** One promise with every progress report (the report dialog shows them). */
export function usePromise(id: string) {
  return useQuery({
    queryKey: dialogueKeys.promise(id),
    queryFn: ({ signal }) => api.get<DialoguePromiseDetail>(`/dialogue-promises/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

/** After any change: the session, the lists, the compliance and the promises are stale. */
function useAfterChange(sessionId?: string) {
  const queryClient = useQueryClient()
  return async () => {
    if (sessionId) await queryClient.invalidateQueries({ queryKey: dialogueKeys.detail(sessionId) })
    void queryClient.invalidateQueries({ queryKey: dialogueKeys.lists() })
    void queryClient.invalidateQueries({ queryKey: dialogueKeys.compliances() })
    void queryClient.invalidateQueries({ queryKey: dialogueKeys.promises() })
  }
}

export function useCreateDialogueMutation() {
  const after = useAfterChange()
  return useMutation({ mutationFn: (input: CreateDialogueBody) => api.post<DialogueSession>('/dialogues', input), onSuccess: after })
}

export function useUpdateDialogueMutation(id: string) {
  const after = useAfterChange(id)
  return useMutation({ mutationFn: (input: UpdateDialogueBody) => api.patch<{ ok: true }>(`/dialogues/${id}`, input), onSuccess: after })
}

export function useHoldDialogueMutation(id: string) {
  const after = useAfterChange(id)
  return useMutation({ mutationFn: (input: { summary: string; attendance: number }) => api.post<{ ok: true }>(`/dialogues/${id}/hold`, input), onSuccess: after })
}

export function useCancelDialogueMutation(id: string) {
  const after = useAfterChange(id)
  return useMutation({ mutationFn: (reason: string) => api.post<{ ok: true }>(`/dialogues/${id}/cancel`, { reason }), onSuccess: after })
}

export function useAddQuestionMutation(sessionId: string) {
  const after = useAfterChange(sessionId)
  return useMutation({ mutationFn: (input: QuestionBody) => api.post<DialogueQuestion>(`/dialogues/${sessionId}/questions`, input), onSuccess: after })
}

export function useUpdateQuestionMutation(sessionId: string, questionId: string) {
  const after = useAfterChange(sessionId)
  return useMutation({ mutationFn: (input: QuestionBody) => api.put<{ ok: true }>(`/dialogues/${sessionId}/questions/${questionId}`, input), onSuccess: after })
}

export function useDeleteQuestionMutation(sessionId: string) {
  const after = useAfterChange(sessionId)
  return useMutation({ mutationFn: (questionId: string) => api.delete<{ ok: true }>(`/dialogues/${sessionId}/questions/${questionId}`), onSuccess: after })
}

/**
 * Takes a question in as a feedback case. The session is refreshed only when the dialog closes (the caller's
 * `refresh`), so that the tracking code, shown once, stays on screen until then.
 */
export function useTakeInMutation(sessionId: string, questionId: string) {
  const after = useAfterChange(sessionId)
  const mutation = useMutation({ mutationFn: (input: TakeInBody) => api.post<TakeInReceipt>(`/dialogues/${sessionId}/questions/${questionId}/feedback`, input) })
  return { mutation, refresh: after }
}

export function useAddPromiseMutation(sessionId: string) {
  const after = useAfterChange(sessionId)
  return useMutation({ mutationFn: (input: CreatePromiseBody) => api.post<DialoguePromise>(`/dialogues/${sessionId}/promises`, input), onSuccess: after })
}

export function useUpdatePromiseMutation(promise: DialoguePromise) {
  const after = useAfterChange(promise.session.id)
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: UpdatePromiseBody) => api.patch<{ ok: true }>(`/dialogue-promises/${promise.id}`, input),
    onSuccess: async () => {
      await after()
      void queryClient.invalidateQueries({ queryKey: dialogueKeys.promise(promise.id) })
    },
  })
}

export function useReportPromiseMutation(promise: DialoguePromise) {
  const after = useAfterChange(promise.session.id)
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: PromiseReportBody) => api.post<DialoguePromiseDetail>(`/dialogue-promises/${promise.id}/reports`, input),
    onSuccess: async (detail) => {
      queryClient.setQueryData(dialogueKeys.promise(promise.id), detail)
      await after()
    },
  })
}
