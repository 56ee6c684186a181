// Moderation of citizens' suggestions (signed in): query keys, the keyset-paged list over a unit (or every commune I
// moderate), and the two steps — accept as a draft model, decline with a note. The server decides who may do what
// (each suggestion carries its abilities).
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import type { SuggestionStatus } from '../../../common/contracts/models.base.ts'
import type { AcceptSuggestionBody, DeclineSuggestionBody, SuggestionItem, SuggestionPage } from '../../../common/contracts/showcase.ts'
import { api } from '../../api/client.ts'

export type { SuggestionItem, SuggestionStatus }

export const SUGGESTION_STATUS_VALUES: readonly SuggestionStatus[] = ['pending', 'accepted', 'declined']

export interface SuggestionFilter {
  org: string | null
  status: SuggestionStatus | null
}

export const suggestionKeys = {
  all: ['model-suggestions'] as const,
  lists: () => [...suggestionKeys.all, 'list'] as const,
  list: (f: SuggestionFilter) => [...suggestionKeys.lists(), f.org ?? '', f.status ?? ''] as const,
}

/** Newest first, 30 a page. */
export function useSuggestions(f: SuggestionFilter) {
  return useInfiniteQuery({
    queryKey: suggestionKeys.list(f),
    queryFn: ({ pageParam, signal }) => api.get<SuggestionPage>('/model-suggestions', { org: f.org, status: f.status, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}

function useAfterStep() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: suggestionKeys.lists() })
}

export function useAcceptSuggestionMutation(id: string) {
  const after = useAfterStep()
  return useMutation({ mutationFn: (input: AcceptSuggestionBody) => api.post<SuggestionItem>(`/model-suggestions/${id}/accept`, input), onSuccess: after })
}

export function useDeclineSuggestionMutation(id: string) {
  const after = useAfterStep()
  return useMutation({ mutationFn: (input: DeclineSuggestionBody) => api.post<SuggestionItem>(`/model-suggestions/${id}/decline`, input), onSuccess: after })
}
