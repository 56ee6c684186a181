// The public (no account) showcase API: the keyset-paged list with its search and filters, the filters' choices, one
// model, and sending a suggestion. Plain requests through the api client: public routes need no session or CSRF token.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import type { ModelArea, ModelKind } from '../../../../common/contracts/models.base.ts'
import type {
  PublicModel, PublicModelFilters, PublicModelList, PublicModelSummary, SuggestionReceipt as SuggestionReceiptSchema, SuggestionSubmission,
} from '../../../../common/contracts/showcase.ts'
import { api, isApiError } from '../../../api/client.ts'

export type { ModelArea, ModelKind, PublicModel, PublicModelSummary }
export type SuggestionReceipt = z.infer<typeof SuggestionReceiptSchema>

/** In display order (typed against the contracts). */
export const AREA_VALUES: readonly ModelArea[] = ['ideology', 'ethics', 'style']
export const KIND_VALUES: readonly ModelKind[] = ['person', 'collective', 'practice']

export interface ShowcaseFilter {
  q: string
  area: ModelArea | null
  year: number | null
  commune: string | null
}

export const showcaseKeys = {
  all: ['public-showcase'] as const,
  list: (f: ShowcaseFilter) => [...showcaseKeys.all, 'list', f.q, f.area ?? '', f.year ?? '', f.commune ?? ''] as const,
  filters: () => [...showcaseKeys.all, 'filters'] as const,
  detail: (id: string) => [...showcaseKeys.all, 'detail', id] as const,
}

/** Public models, newest commended first, 24 a page. */
export function useShowcaseList(f: ShowcaseFilter) {
  return useInfiniteQuery({
    queryKey: showcaseKeys.list(f),
    queryFn: ({ pageParam, signal }) =>
      api.get<PublicModelList>('/public/models', { q: f.q || undefined, area: f.area, year: f.year, commune: f.commune, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While a new search runs, the previous results stay (no flash of a spinner at each keystroke).
    placeholderData: keepPreviousData,
  })
}

/** The branches and years that have public models (changes rarely: kept for the visit). */
export function useShowcaseFilters() {
  return useQuery({
    queryKey: showcaseKeys.filters(),
    queryFn: ({ signal }) => api.get<PublicModelFilters>('/public/models/filters', undefined, signal),
    staleTime: 10 * 60_000,
  })
}

/** One public model; null when there is none to show (unknown, not public, or a malformed address). */
export function useShowcaseModel(id: string) {
  return useQuery({
    queryKey: showcaseKeys.detail(id),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<PublicModel>(`/public/models/${encodeURIComponent(id)}`, undefined, signal)
      } catch (error) {
        if (isApiError(error) && (error.status === 404 || error.status === 422)) return null
        throw error
      }
    },
    enabled: Boolean(id),
  })
}

export function useSuggestModelMutation() {
  return useMutation({ mutationFn: (input: z.input<typeof SuggestionSubmission>) => api.post<SuggestionReceipt>('/public/model-suggestions', input) })
}
