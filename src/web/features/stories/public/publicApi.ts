// Published stories without an account: query keys, the keyset-paged list (search without diacritics, a tag, a
// model) and one story. Plain GETs through the api client: no session or CSRF token needed.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { PublicStory, PublicStoryList, PublicStorySummary } from '../../../../common/contracts/stories.ts'
import { api, isApiError } from '../../../api/client.ts'

export type { PublicStory, PublicStorySummary }

export interface PublicStoryFilter {
  q: string
  tag: string
  model?: string
}

export const publicStoryKeys = {
  all: ['public-stories'] as const,
  list: (f: PublicStoryFilter) => [...publicStoryKeys.all, 'list', f.q, f.tag, f.model ?? ''] as const,
  detail: (id: string) => [...publicStoryKeys.all, 'detail', id] as const,
}

/** Published stories, newest first, 20 a page. */
export function usePublicStories(filter: PublicStoryFilter) {
  return useInfiniteQuery({
    queryKey: publicStoryKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<PublicStoryList>('/public/stories', { q: filter.q || undefined, tag: filter.tag || undefined, model: filter.model, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While a new search runs, the previous results stay (no flash of a spinner at each keystroke).
    placeholderData: keepPreviousData,
  })
}

/** One published story; null when there is none to show (unknown, a draft, or a malformed address). */
export function usePublicStory(id: string) {
  return useQuery({
    queryKey: publicStoryKeys.detail(id),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<PublicStory>(`/public/stories/${encodeURIComponent(id)}`, undefined, signal)
      } catch (error) {
        if (isApiError(error) && (error.status === 404 || error.status === 422)) return null
        throw error
      }
    },
    enabled: Boolean(id),
  })
}
