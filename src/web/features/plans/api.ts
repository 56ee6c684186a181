// Plans: query keys, a unit's board for a cycle, one item with its record, the hand-downs addressed to a unit, the
// reporting periods, the dashboard and who has not reported, candidates and links to commitment items; and every step
// (plan, items, progress updates with evidence, hand down, accept, decline, withdraw, periods, reminders, links).
// After any change every plan query is stale: roll-ups run through the whole subtree.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  AcceptResult, CreatePeriodBody, CreatePlanBody, CreatePlanItemBody, HandDownBody, HandDownInbox, HandDownStatus, NotReportedReport, PeriodList, PlanBoard, PlanItemDetail,
  PlanLinks, PlanSummary, PlanUpdateBody, RemindBody, UpdatePeriodBody, UpdatePlanBody, UpdatePlanItemBody,
} from '../../../common/contracts/plans.ts'
import type { z } from 'zod'
import type { CommitmentCandidates } from '../../../common/contracts/plans.ts'
import { api, sendForm } from '../../api/client.ts'

export type { HandDownInbox, HandDownStatus, NotReportedReport, PeriodList, PlanBoard, PlanItemDetail, PlanLinks, PlanSummary }
export type { HandDown, HandDownInboxItem, PlanItem, PlanItemKind, PlanStatus, PlanUpdate, ReportingPeriod, RollupMode } from '../../../common/contracts/plans.ts'
export type Candidates = z.infer<typeof CommitmentCandidates>

export const planKeys = {
  all: ['plans'] as const,
  board: (org: string, cycle: string | null) => [...planKeys.all, 'board', org, cycle ?? ''] as const,
  item: (id: string) => [...planKeys.all, 'item', id] as const,
  periods: (cycle: string) => [...planKeys.all, 'periods', cycle] as const,
  handDowns: (org: string, status: HandDownStatus) => [...planKeys.all, 'hand-downs', org, status] as const,
  summary: (org: string, cycle: string | null) => [...planKeys.all, 'summary', org, cycle ?? ''] as const,
  notReported: (org: string, period: string) => [...planKeys.all, 'not-reported', org, period] as const,
  candidates: (item: string, q: string) => [...planKeys.all, 'candidates', item, q] as const,
  links: (commitment: string) => [...planKeys.all, 'links', commitment] as const,
}

/** A unit's board for a cycle (default: the current one). */
export function usePlanBoard(org: string, cycle: string | null) {
  return useQuery({
    queryKey: planKeys.board(org, cycle),
    queryFn: ({ signal }) => api.get<PlanBoard>('/plans', { org, cycle }, signal),
    enabled: Boolean(org),
  })
}

export function usePlanItem(id: string) {
  return useQuery({ queryKey: planKeys.item(id), queryFn: ({ signal }) => api.get<PlanItemDetail>(`/plan-items/${id}`, undefined, signal), enabled: Boolean(id) })
}

export function usePeriods(cycle: string | null | undefined) {
  return useQuery({
    queryKey: planKeys.periods(cycle ?? ''),
    queryFn: ({ signal }) => api.get<PeriodList>('/reporting-periods', { cycle }, signal),
    enabled: Boolean(cycle),
  })
}

export function useHandDowns(org: string, status: HandDownStatus) {
  return useQuery({
    queryKey: planKeys.handDowns(org, status),
    queryFn: ({ signal }) => api.get<HandDownInbox>('/plan-assignments', { org, status }, signal),
    enabled: Boolean(org),
  })
}

export function usePlanSummary(org: string, cycle: string | null) {
  return useQuery({ queryKey: planKeys.summary(org, cycle), queryFn: ({ signal }) => api.get<PlanSummary>('/plans/summary', { org, cycle }, signal), enabled: Boolean(org) })
}

export function useNotReported(org: string, period: string | null) {
  return useQuery({
    queryKey: planKeys.notReported(org, period ?? ''),
    queryFn: ({ signal }) => api.get<NotReportedReport>('/plans/not-reported', { org, period }, signal),
    enabled: Boolean(org && period),
  })
}

export function useCommitmentCandidates(itemId: string, q: string) {
  return useQuery({
    queryKey: planKeys.candidates(itemId, q),
    queryFn: ({ signal }) => api.get<Candidates>(`/plan-items/${itemId}/commitment-candidates`, { q }, signal),
  })
}

/** The plan items a member's commitment serves (none is common: the section then stays hidden). */
export function usePlanLinks(commitmentId: string) {
  return useQuery({ queryKey: planKeys.links(commitmentId), queryFn: ({ signal }) => api.get<PlanLinks>('/plan-links', { commitment: commitmentId }, signal), retry: false })
}

/** Every plan query is stale after a change (an item's progress moves its parents, plans and dashboards). */
function usePlanMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>, onData?: (result: TResult) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result) => {
      onData?.(result)
      await queryClient.invalidateQueries({ queryKey: planKeys.all })
    },
  })
}

function useSetItem() {
  const queryClient = useQueryClient()
  return (detail: PlanItemDetail) => queryClient.setQueryData(planKeys.item(detail.id), detail)
}

export const useCreatePlanMutation = () => usePlanMutation((input: CreatePlanBody) => api.post<PlanBoard>('/plans', input))
export const useUpdatePlanMutation = (id: string) => usePlanMutation((input: UpdatePlanBody) => api.patch<{ ok: true }>(`/plans/${id}`, input))
export const useCreateItemMutation = (planId: string) => usePlanMutation((input: CreatePlanItemBody) => api.post<PlanItemDetail>(`/plans/${planId}/items`, input))

export function useUpdateItemMutation(id: string) {
  const set = useSetItem()
  return usePlanMutation((input: UpdatePlanItemBody) => api.patch<PlanItemDetail>(`/plan-items/${id}`, input), set)
}

export const useDeleteItemMutation = (id: string) => usePlanMutation(() => api.delete<{ ok: true }>(`/plan-items/${id}`))

/** The multipart body: the fields as text, then the files (the server reads the percentage back as a number). */
export function updateFormData(input: PlanUpdateBody, files: File[]): FormData {
  const form = new FormData()
  form.append('progress', String(input.progress))
  form.append('status', input.status)
  form.append('note', input.note)
  if (input.periodId) form.append('periodId', input.periodId)
  for (const file of files) form.append('files', file, file.name)
  return form
}

/** A progress update, with evidence files when any are chosen (multipart), else JSON. */
export function useReportMutation(id: string) {
  const set = useSetItem()
  return usePlanMutation(({ input, files }: { input: PlanUpdateBody; files: File[] }) =>
    files.length ? sendForm<PlanItemDetail>(`/plan-items/${id}/updates`, updateFormData(input, files)) : api.post<PlanItemDetail>(`/plan-items/${id}/updates`, input), set)
}

export function useHandDownMutation(id: string) {
  const set = useSetItem()
  return usePlanMutation((input: HandDownBody) => api.post<PlanItemDetail>(`/plan-items/${id}/hand-downs`, input), set)
}

export const useAcceptMutation = () => usePlanMutation((assignmentId: string) => api.post<AcceptResult>(`/plan-assignments/${assignmentId}/accept`))
export const useDeclineMutation = () => usePlanMutation(({ id, reason }: { id: string; reason: string }) => api.post<{ ok: true }>(`/plan-assignments/${id}/decline`, { reason }))
export const useWithdrawMutation = () => usePlanMutation((assignmentId: string) => api.delete<{ ok: true }>(`/plan-assignments/${assignmentId}`))

export const useCreatePeriodMutation = () => usePlanMutation((input: CreatePeriodBody) => api.post<unknown>('/reporting-periods', input))
export const useDefaultPeriodsMutation = () => usePlanMutation((cycleId: string) => api.post<PeriodList>('/reporting-periods/defaults', { cycleId }))
export const useUpdatePeriodMutation = (id: string) => usePlanMutation((input: UpdatePeriodBody) => api.patch<{ ok: true }>(`/reporting-periods/${id}`, input))
export const useDeletePeriodMutation = () => usePlanMutation((id: string) => api.delete<{ ok: true }>(`/reporting-periods/${id}`))

export const useRemindMutation = () => usePlanMutation((input: RemindBody) => api.post<{ reminded: number; mailed: number }>('/plans/reminders', input))

export function useLinkMutation(itemId: string) {
  const set = useSetItem()
  return usePlanMutation((commitmentItemId: string) => api.post<PlanItemDetail>(`/plan-items/${itemId}/commitment-links`, { commitmentItemId }), set)
}

export function useUnlinkMutation(itemId: string) {
  const set = useSetItem()
  return usePlanMutation((commitmentItemId: string) => api.delete<PlanItemDetail>(`/plan-items/${itemId}/commitment-links/${commitmentItemId}`), set)
}

/** The same-origin addresses of the plan's files: Excel, the plan as issued, the review of a period. */
export const planExportUrl = (planId: string) => `/api/v1/exports/plan?plan=${planId}`
export const evidenceUrl = (id: string) => `/api/v1/plan-evidence/${id}`
