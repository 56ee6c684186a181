// The public (no account) exemplary commitments: query keys, the keyset-paged list with its search, and one commitment.
// Plain GETs through the api client: no session or CSRF token needed.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import type { PublicExemplary as PublicExemplarySchema, PublicExemplaryList as PublicExemplaryListSchema } from '../../../../common/contracts/exemplary.ts'
import { api, isApiError } from '../../../api/client.ts'

export type PublicExemplary = z.infer<typeof PublicExemplarySchema>
export type PublicExemplaryList = z.infer<typeof PublicExemplaryListSchema>
export type PublicExemplarySummary = PublicExemplaryList['items'][number]

export const PUBLIC_EXEMPLARY_PATH = '/cong-khai/cam-ket-neu-guong'
export const publicExemplaryPath = (commitmentId: string) => `${PUBLIC_EXEMPLARY_PATH}/${commitmentId}`

export const publicExemplaryKeys = {
  all: ['public-exemplary'] as const,
  list: (q: string) => [...publicExemplaryKeys.all, 'list', q] as const,
  detail: (id: string) => [...publicExemplaryKeys.all, 'detail', id] as const,
}

/** The current cycle's public commitments, newest first, 30 a page; `q` matches a name or a unit, diacritics optional. */
export function usePublicExemplaryList(q: string) {
  return useInfiniteQuery({
    queryKey: publicExemplaryKeys.list(q),
    queryFn: ({ pageParam, signal }) => api.get<PublicExemplaryList>('/public/exemplary', { q: q || undefined, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While a new search runs, the previous results stay (no flash of a spinner at each keystroke).
    placeholderData: keepPreviousData,
  })
}

/** One public commitment; null when there is none to show (unknown, not public, or a malformed address). */
export function usePublicExemplary(id: string) {
  return useQuery({
    queryKey: publicExemplaryKeys.detail(id),
    queryFn: async ({ signal }) => {
      try {
        return await api.get<PublicExemplary>(`/public/exemplary/${encodeURIComponent(id)}`, undefined, signal)
      } catch (error) {
        if (isApiError(error) && (error.status === 404 || error.status === 422)) return null
        throw error
      }
    },
    enabled: Boolean(id),
  })
}
