// Inspections and supervision: query keys, a level's programme for a year, the visits it (or its subtree) made and
// the visits a unit received, one visit, and every step (programme, schedule, checklist, conclude, cancel, report back).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  ChecksBody, ConcludeBody, CreateInspectionBody, CreateProgrammeBody, InspectionDetail, InspectionListItem, InspectionProgramme, ProgrammeView, UpdateProgrammeBody,
} from '../../../common/contracts/inspections.ts'
import { CHECK_RESULTS, INSPECTION_KINDS } from '../../../common/contracts/inspections.ts'
import { api } from '../../api/client.ts'

export type { InspectionDetail, InspectionListItem, ProgrammeView }
export { CHECK_RESULTS, INSPECTION_KINDS }

interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export const inspectionKeys = {
  all: ['inspections'] as const,
  programme: (org: string, year: number) => [...inspectionKeys.all, 'programme', org, year] as const,
  lists: () => [...inspectionKeys.all, 'list'] as const,
  list: (org: string, year: number, subtree: boolean) => [...inspectionKeys.lists(), org, year, subtree] as const,
  received: (org: string) => [...inspectionKeys.lists(), 'received', org] as const,
  detail: (id: string) => [...inspectionKeys.all, 'detail', id] as const,
}

export function useProgramme(org: string, year: number) {
  return useQuery({
    queryKey: inspectionKeys.programme(org, year),
    queryFn: ({ signal }) => api.get<ProgrammeView>('/inspection-programmes', { org, year }, signal),
    enabled: Boolean(org),
  })
}

function usePaged(key: readonly unknown[], path: string, query: Record<string, string | number | undefined>, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => api.get<Page<InspectionListItem>>(path, { ...query, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  })
}

export const useInspections = (org: string, year: number, subtree: boolean) =>
  usePaged(inspectionKeys.list(org, year, subtree), '/inspections', { org, year, subtree: subtree ? 'true' : undefined }, Boolean(org))

export const useReceivedInspections = (org: string) => usePaged(inspectionKeys.received(org), '/inspections/received', { org }, Boolean(org))

export function useInspection(id: string) {
  return useQuery({ queryKey: inspectionKeys.detail(id), queryFn: ({ signal }) => api.get<InspectionDetail>(`/inspections/${id}`, undefined, signal) })
}

function useAfter() {
  const queryClient = useQueryClient()
  return (detail?: InspectionDetail) => {
    if (detail) queryClient.setQueryData(inspectionKeys.detail(detail.id), detail)
    void queryClient.invalidateQueries({ queryKey: inspectionKeys.all })
  }
}

export function useSaveProgrammeMutation(programme: InspectionProgramme | null) {
  const after = useAfter()
  return useMutation({
    mutationFn: async (input: CreateProgrammeBody): Promise<unknown> => {
      const { title, documentNumber } = input
      return programme
        ? api.patch<{ ok: true }>(`/inspection-programmes/${programme.id}`, { title, documentNumber } satisfies UpdateProgrammeBody)
        : api.post<InspectionProgramme>('/inspection-programmes', input)
    },
    onSuccess: () => after(),
  })
}

export function useCreateInspectionMutation() {
  const after = useAfter()
  return useMutation({ mutationFn: (input: CreateInspectionBody) => api.post<InspectionDetail>('/inspections', input), onSuccess: after })
}

export function useChecksMutation(id: string) {
  const after = useAfter()
  return useMutation({ mutationFn: (input: ChecksBody) => api.put<InspectionDetail>(`/inspections/${id}/checks`, input), onSuccess: after })
}

export function useConcludeMutation(id: string) {
  const after = useAfter()
  return useMutation({ mutationFn: (input: ConcludeBody) => api.post<InspectionDetail>(`/inspections/${id}/conclude`, input), onSuccess: after })
}

export function useCancelInspectionMutation(id: string) {
  const after = useAfter()
  return useMutation({ mutationFn: (reason: string) => api.post<InspectionDetail>(`/inspections/${id}/cancel`, { reason }), onSuccess: after })
}

export function useReportBackMutation(id: string) {
  const after = useAfter()
  return useMutation({ mutationFn: (report: string) => api.post<InspectionDetail>(`/inspections/${id}/report-back`, { report }), onSuccess: after })
}
