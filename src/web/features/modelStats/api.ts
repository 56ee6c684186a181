// The dashboard of models and nominations: query keys, the figures of a unit's subtree for a year, and the units that
// nominated nothing, a page at a time.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { ModelSummary, ModelSummaryUnit, SilentUnitPage, TopModel } from '../../../common/contracts/modelStats.ts'
import { api } from '../../api/client.ts'

export type { ModelSummary, ModelSummaryUnit, SilentUnitPage, TopModel }

/** A phone on a slow line gets the first units quickly, then "Xem thêm". */
export const SILENT_PAGE_SIZE = 20

export const modelStatsKeys = {
  all: ['modelStats'] as const,
  summary: (org: string, year: number | null) => [...modelStatsKeys.all, 'summary', org, year ?? 'current'] as const,
  silent: (org: string, year: number) => [...modelStatsKeys.all, 'silent', org, year] as const,
}

/** Without a year, the server answers for the current cycle's (and says which). */
export function useModelSummary(org: string, year: number | null) {
  return useQuery({
    queryKey: modelStatsKeys.summary(org, year),
    queryFn: ({ signal }) => api.get<ModelSummary>('/models/summary', { org, year: year ?? undefined }, signal),
    enabled: Boolean(org),
  })
}

export function useSilentUnits(org: string, year: number, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: modelStatsKeys.silent(org, year),
    queryFn: ({ pageParam, signal }) => api.get<SilentUnitPage>('/models/summary/silent', { org, year, cursor: pageParam ?? undefined, limit: SILENT_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: enabled && Boolean(org),
  })
}
