// Nominations, commendation decisions and recognitions: query keys, the inbox (keyset pages) and a model's
// nominations, one nomination, nominating, reviewing and every step; the decisions over a subtree, one decision,
// issuing one and annulling one; the recognitions of a subtree for a year.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  AnnulCommendationBody, CommendationDetail, CommendationListItem, CreateCommendationBody, CreateNominationBody, NominationBox, NominationDetail, NominationEvent,
  NominationLevelReviews, NominationListItem, NominationPage, NominationStatus, RecognitionPage, RecognizedMember, RecognizedOrganization, ReviewBody,
} from '../../../common/contracts/nominations.ts'
import { NOMINATION_STATUSES } from '../../../common/contracts/models.base.ts'
import { api } from '../../api/client.ts'
import { modelKeys } from '../models/api.ts'

export type {
  CommendationDetail, CommendationListItem, NominationBox, NominationDetail, NominationEvent, NominationLevelReviews, NominationListItem, NominationStatus,
  RecognizedMember, RecognizedOrganization,
}
export const STATUS_VALUES: readonly NominationStatus[] = NOMINATION_STATUSES

export interface InboxFilter {
  box: NominationBox
  /** The level whose box it is; none: my own grants. */
  org?: string
  year: number | null
  status: NominationStatus | null
}

export const nominationKeys = {
  all: ['nominations'] as const,
  lists: () => [...nominationKeys.all, 'list'] as const,
  list: (f: InboxFilter) => [...nominationKeys.lists(), f.box, f.org ?? '', f.year ?? '', f.status ?? ''] as const,
  model: (modelId: string) => [...nominationKeys.lists(), 'model', modelId] as const,
  detail: (id: string) => [...nominationKeys.all, 'detail', id] as const,
  commendations: () => ['commendations'] as const,
  commendationList: (org: string, year: number | null) => [...nominationKeys.commendations(), 'list', org, year ?? ''] as const,
  commendation: (id: string) => [...nominationKeys.commendations(), 'detail', id] as const,
  recognitions: (org: string, year: number) => ['recognitions', org, year] as const,
}

export function useNominations(filter: InboxFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: nominationKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<NominationPage>('/nominations', { box: filter.box, org: filter.org, year: filter.year, status: filter.status, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  })
}

/** A model's nominations (newest first, 100 at most) and the units I may nominate it as. */
export function useModelNominations(modelId: string) {
  return useQuery({
    queryKey: nominationKeys.model(modelId),
    queryFn: ({ signal }) => api.get<NominationPage>('/nominations', { model: modelId, limit: 100 }, signal),
    enabled: Boolean(modelId),
  })
}

export function useNomination(id: string) {
  return useQuery({
    queryKey: nominationKeys.detail(id),
    queryFn: ({ signal }) => api.get<NominationDetail>(`/nominations/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

/** After a step: the page is the server's answer; the lists and the decisions are stale. */
function useAfterStep() {
  const queryClient = useQueryClient()
  return (detail: NominationDetail) => {
    queryClient.setQueryData(nominationKeys.detail(detail.id), detail)
    void queryClient.invalidateQueries({ queryKey: nominationKeys.lists() })
  }
}

export function useNominateMutation() {
  const after = useAfterStep()
  return useMutation({ mutationFn: (input: CreateNominationBody) => api.post<NominationDetail>('/nominations', input), onSuccess: after })
}

export function useReviewMutation(id: string) {
  const after = useAfterStep()
  return useMutation({ mutationFn: (input: ReviewBody) => api.put<NominationDetail>(`/nominations/${id}/review`, input), onSuccess: after })
}

export type Step = 'forward' | 'return' | 'decline' | 'resubmit' | 'withdraw'

/** A step with its body: a reason (return, decline), an optional note (resubmit, withdraw), nothing (forward). */
export function useStepMutation(id: string, step: Step) {
  const after = useAfterStep()
  return useMutation({
    mutationFn: (text: string | undefined) => {
      const body = step === 'return' || step === 'decline' ? { reason: text } : step === 'forward' ? {} : text ? { note: text } : {}
      return api.post<NominationDetail>(`/nominations/${id}/${step}`, body)
    },
    onSuccess: after,
  })
}

export function useCommendations(org: string, year: number | null) {
  return useQuery({
    queryKey: nominationKeys.commendationList(org, year),
    queryFn: ({ signal }) => api.get<{ items: CommendationListItem[] }>('/commendations', { org, year }, signal),
    enabled: Boolean(org),
  })
}

export function useCommendation(id: string | null) {
  return useQuery({
    queryKey: nominationKeys.commendation(id ?? ''),
    queryFn: ({ signal }) => api.get<CommendationDetail>(`/commendations/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

export function useIssueCommendationMutation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateCommendationBody) => api.post<CommendationDetail>('/commendations', input),
    onSuccess: (detail) => {
      queryClient.setQueryData(nominationKeys.commendation(detail.id), detail)
      void queryClient.invalidateQueries({ queryKey: nominationKeys.commendations() })
      void queryClient.invalidateQueries({ queryKey: nominationKeys.all })
      void queryClient.invalidateQueries({ queryKey: modelKeys.all })
    },
  })
}

/**
 * Annul a decision: its nominations go back for review at the issuing level, its models lose this commendation
 * (and may leave the showcase), so the nominations and the models are stale too.
 */
export function useAnnulCommendationMutation(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: AnnulCommendationBody) => api.post<CommendationDetail>(`/commendations/${id}/annul`, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(nominationKeys.commendation(detail.id), detail)
      void queryClient.invalidateQueries({ queryKey: nominationKeys.commendations() })
      void queryClient.invalidateQueries({ queryKey: nominationKeys.all })
      void queryClient.invalidateQueries({ queryKey: modelKeys.all })
    },
  })
}

export function useRecognitions(org: string, year: number) {
  return useInfiniteQuery({
    queryKey: nominationKeys.recognitions(org, year),
    queryFn: ({ pageParam, signal }) => api.get<RecognitionPage>('/recognitions', { org, year, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(org),
  })
}
