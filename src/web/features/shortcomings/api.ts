// The register of shortcomings: query keys, the keyset-paged register of a subtree and its figures, my own, one
// shortcoming with its actions and timeline, and every step (record, plan an action, report progress with evidence,
// propose the closure with evidence, verify or refuse it, reopen). Steps with files go as multipart forms.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  ActionReportBody, AddActionBody, CreateShortcomingBody, ShortcomingAction, ShortcomingDetail, ShortcomingEvent, ShortcomingListItem, ShortcomingPage,
  ShortcomingSeverity, ShortcomingSource, ShortcomingStatus, ShortcomingSummary, SubjectKind,
} from '../../../common/contracts/shortcomings.ts'
import { api, sendForm } from '../../api/client.ts'
import { feedbackFormData } from '../feedback/attachments.ts'

export type { ShortcomingAction, ShortcomingDetail, ShortcomingEvent, ShortcomingListItem, ShortcomingSeverity, ShortcomingSource, ShortcomingStatus, ShortcomingSummary, SubjectKind }

/** In display order (typed against the contracts). */
export const STATUS_VALUES: readonly ShortcomingStatus[] = ['open', 'proposed', 'fixed']
export const SOURCE_VALUES: readonly ShortcomingSource[] = ['direct', 'review', 'org_review', 'inspection', 'feedback']
export const SEVERITY_VALUES: readonly ShortcomingSeverity[] = ['high', 'medium', 'low']
export const SUBJECT_VALUES: readonly SubjectKind[] = ['person', 'org']

export interface RegisterFilter {
  org: string
  status: ShortcomingStatus | null
  source: ShortcomingSource | null
  severity: ShortcomingSeverity | null
  subject: SubjectKind | null
  overdue: boolean
  /** Those recorded from one feedback case. */
  sourceId?: string
}

export const shortcomingKeys = {
  all: ['shortcomings'] as const,
  lists: () => [...shortcomingKeys.all, 'list'] as const,
  list: (f: RegisterFilter) => [...shortcomingKeys.lists(), f.org, f.status ?? '', f.source ?? '', f.severity ?? '', f.subject ?? '', f.overdue, f.sourceId ?? ''] as const,
  summaries: () => [...shortcomingKeys.all, 'summary'] as const,
  summary: (org: string) => [...shortcomingKeys.summaries(), org] as const,
  mine: () => [...shortcomingKeys.all, 'mine'] as const,
  detail: (id: string) => [...shortcomingKeys.all, 'detail', id] as const,
}

/** The filters as query parameters (also those of the Excel file). */
export function registerParams(f: RegisterFilter) {
  return { org: f.org, status: f.status, source: f.source, severity: f.severity, subject: f.subject, overdue: f.overdue ? 'true' : undefined, sourceId: f.sourceId }
}

/** The register of a unit's subtree, newest first, 30 a page. */
export function useShortcomings(filter: RegisterFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: shortcomingKeys.list(filter),
    queryFn: ({ pageParam, signal }) => api.get<ShortcomingPage>('/shortcomings', { ...registerParams(filter), cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: enabled && Boolean(filter.org),
  })
}

/** Open, awaiting verification, fixed and overdue over a subtree: in total, by source, severity and sub-unit. */
export function useShortcomingSummary(org: string) {
  return useQuery({
    queryKey: shortcomingKeys.summary(org),
    queryFn: ({ signal }) => api.get<ShortcomingSummary>('/shortcomings/summary', { org }, signal),
    enabled: Boolean(org),
  })
}

export function useMyShortcomings() {
  return useQuery({
    queryKey: shortcomingKeys.mine(),
    queryFn: ({ signal }) => api.get<{ items: ShortcomingListItem[] }>('/shortcomings/mine', undefined, signal),
  })
}

export function useShortcoming(id: string) {
  return useQuery({
    queryKey: shortcomingKeys.detail(id),
    queryFn: ({ signal }) => api.get<ShortcomingDetail>(`/shortcomings/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

/** After a step: the page is the server's answer; the lists, figures and my own are stale. */
function useAfterStep() {
  const queryClient = useQueryClient()
  return (detail: ShortcomingDetail) => {
    queryClient.setQueryData(shortcomingKeys.detail(detail.id), detail)
    void queryClient.invalidateQueries({ queryKey: shortcomingKeys.lists() })
    void queryClient.invalidateQueries({ queryKey: shortcomingKeys.summaries() })
    void queryClient.invalidateQueries({ queryKey: shortcomingKeys.mine() })
  }
}

/** JSON when no file goes with it, a multipart form otherwise (the same fields, then the files). */
function postWithFiles(path: string, fields: Record<string, string | number | undefined>, files: File[]) {
  if (files.length === 0) return api.post<ShortcomingDetail>(path, fields)
  const text = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))
  return sendForm<ShortcomingDetail>(path, feedbackFormData(text, files))
}

export function useCreateShortcomingMutation() {
  const after = useAfterStep()
  return useMutation({ mutationFn: (input: CreateShortcomingBody) => api.post<ShortcomingDetail>('/shortcomings', input), onSuccess: after })
}

export function useAddActionMutation(id: string) {
  const after = useAfterStep()
  return useMutation({ mutationFn: (input: AddActionBody) => api.post<ShortcomingDetail>(`/shortcomings/${id}/actions`, input), onSuccess: after })
}

export function useReportActionMutation(id: string, actionId: string) {
  const after = useAfterStep()
  return useMutation({
    mutationFn: ({ files, ...input }: ActionReportBody & { files: File[] }) => postWithFiles(`/shortcomings/${id}/actions/${actionId}/reports`, input, files),
    onSuccess: after,
  })
}

export function useProposeMutation(id: string) {
  const after = useAfterStep()
  return useMutation({ mutationFn: ({ note, files }: { note: string; files: File[] }) => postWithFiles(`/shortcomings/${id}/propose`, { note }, files), onSuccess: after })
}

export function useVerifyMutation(id: string) {
  const after = useAfterStep()
  return useMutation({ mutationFn: (note: string | undefined) => api.post<ShortcomingDetail>(`/shortcomings/${id}/verify`, note ? { note } : {}), onSuccess: after })
}

export function useRejectMutation(id: string) {
  const after = useAfterStep()
  return useMutation({ mutationFn: (reason: string) => api.post<ShortcomingDetail>(`/shortcomings/${id}/reject`, { reason }), onSuccess: after })
}

export function useReopenMutation(id: string) {
  const after = useAfterStep()
  return useMutation({ mutationFn: (reason: string) => api.post<ShortcomingDetail>(`/shortcomings/${id}/reopen`, { reason }), onSuccess: after })
}
