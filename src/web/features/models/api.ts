// Exemplary models: query keys, the keyset-paged list of a subtree, one model, its spread, the movements; and every
// change (record, edit, delete, consent, publish, files as multipart forms, adoptions, movements). Each change puts the
// server's answer in the cache and marks the lists stale.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  AdoptionBody, ConsentBody, CreateModelBody, CreateMovementBody, ModelDetail, ModelFile, ModelFileRole, ModelListItem, ModelPage, ModelSpread, ModelState,
  Movement, MovementList, UpdateAdoptionBody, UpdateModelBody, UpdateModelFileBody, UpdateMovementBody,
} from '../../../common/contracts/models.ts'
import type { ModelArea, ModelKind } from '../../../common/contracts/models.base.ts'
import { api, sendForm } from '../../api/client.ts'

export type { ModelArea, ModelDetail, ModelFile, ModelFileRole, ModelKind, ModelListItem, ModelSpread, ModelState, Movement }

/** In display order (typed against the contracts). */
export const KIND_VALUES: readonly ModelKind[] = ['practice', 'collective', 'person']
export const AREA_VALUES: readonly ModelArea[] = ['ideology', 'ethics', 'style']
export const STATE_VALUES: readonly ModelState[] = ['draft', 'nominated', 'commended', 'published']

export interface ModelFilter {
  org: string
  kind: ModelKind | null
  area: ModelArea | null
  movement: string | null
  state: ModelState | null
  q: string
}

export const modelKeys = {
  all: ['models'] as const,
  lists: () => [...modelKeys.all, 'list'] as const,
  list: (f: ModelFilter) => [...modelKeys.lists(), f.org, f.kind ?? '', f.area ?? '', f.movement ?? '', f.state ?? '', f.q] as const,
  detail: (id: string) => [...modelKeys.all, 'detail', id] as const,
  spread: (id: string) => [...modelKeys.all, 'spread', id] as const,
  movements: () => [...modelKeys.all, 'movements'] as const,
  movementList: (org: string, active: string) => [...modelKeys.movements(), org, active] as const,
}

/** The models of a unit's subtree in Vietnamese order of titles, 30 a page. */
export function useModels(f: ModelFilter) {
  return useInfiniteQuery({
    queryKey: modelKeys.list(f),
    queryFn: ({ pageParam, signal }) => api.get<ModelPage>('/models', {
      org: f.org, kind: f.kind, area: f.area, movement: f.movement, state: f.state, q: f.q.trim() || undefined, cursor: pageParam ?? undefined,
    }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Boolean(f.org),
  })
}

export function useModel(id: string) {
  return useQuery({
    queryKey: modelKeys.detail(id),
    queryFn: ({ signal }) => api.get<ModelDetail>(`/models/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

export function useModelSpread(id: string, enabled = true) {
  return useQuery({
    queryKey: modelKeys.spread(id),
    queryFn: ({ signal }) => api.get<ModelSpread>(`/models/${id}/spread`, undefined, signal),
    enabled: enabled && Boolean(id),
  })
}

/** Movements around a unit (or all my units), running ones first; `active`: 'true', 'false' or '' for all. */
export function useMovements(org = '', active = '') {
  return useQuery({
    queryKey: modelKeys.movementList(org, active),
    queryFn: ({ signal }) => api.get<MovementList>('/movements', { org: org || undefined, active: active || undefined }, signal),
  })
}

/** The running movements a model of this unit may join: launched by it or a level above it. */
export function useJoinableMovements(org: string) {
  return useQuery({
    queryKey: [...modelKeys.movements(), 'joinable', org] as const,
    queryFn: ({ signal }) => api.get<MovementList>('/movements', { org, active: 'true', joinable: 'true' }, signal),
    enabled: Boolean(org),
  })
}

/** After a change of a model: its page is the server's answer; the lists are stale. */
function useAfterChange() {
  const queryClient = useQueryClient()
  return (detail: ModelDetail) => {
    queryClient.setQueryData(modelKeys.detail(detail.id), detail)
    void queryClient.invalidateQueries({ queryKey: modelKeys.lists() })
  }
}

export function useCreateModelMutation() {
  const after = useAfterChange()
  return useMutation({ mutationFn: (input: CreateModelBody) => api.post<ModelDetail>('/models', input), onSuccess: after })
}

export function useUpdateModelMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: (input: UpdateModelBody) => api.patch<ModelDetail>(`/models/${id}`, input), onSuccess: after })
}

export function useDeleteModelMutation(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.delete<void>(`/models/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: modelKeys.detail(id) })
      void queryClient.invalidateQueries({ queryKey: modelKeys.lists() })
    },
  })
}

export function useConsentMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: (input: ConsentBody) => api.put<ModelDetail>(`/models/${id}/consent`, input), onSuccess: after })
}

export function useWithdrawConsentMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: () => api.delete<ModelDetail>(`/models/${id}/consent`), onSuccess: after })
}

export function usePublishMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: (publish: boolean) => api.post<ModelDetail>(`/models/${id}/${publish ? 'publish' : 'unpublish'}`), onSuccess: after })
}

/** One file with its role, caption and credit, as a multipart form. */
export function useUploadFileMutation(id: string) {
  const after = useAfterChange()
  return useMutation({
    mutationFn: ({ file, role, caption, credit }: { file: File; role: ModelFileRole; caption: string; credit: string }) => {
      const form = new FormData()
      form.append('role', role)
      if (caption.trim()) form.append('caption', caption.trim())
      if (credit.trim()) form.append('credit', credit.trim())
      form.append('file', file, file.name)
      return sendForm<ModelDetail>(`/models/${id}/files`, form)
    },
    onSuccess: after,
  })
}

export function useUpdateFileMutation(id: string, fileId: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: (input: UpdateModelFileBody) => api.patch<ModelDetail>(`/models/${id}/files/${fileId}`, input), onSuccess: after })
}

/** A photo moved to another place among the model's photos (0: the cover); the others make room. */
export function useMovePhotoMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: ({ fileId, position }: { fileId: string; position: number }) => api.patch<ModelDetail>(`/models/${id}/files/${fileId}`, { position }), onSuccess: after })
}

export function useDeleteFileMutation(id: string) {
  const after = useAfterChange()
  return useMutation({ mutationFn: (fileId: string) => api.delete<ModelDetail>(`/models/${id}/files/${fileId}`), onSuccess: after })
}

/** After a change of the adoptions: the spread is the server's answer; the page's count and the lists are stale. */
function useAfterAdoption(id: string) {
  const queryClient = useQueryClient()
  return (spread: ModelSpread) => {
    queryClient.setQueryData(modelKeys.spread(id), spread)
    void queryClient.invalidateQueries({ queryKey: modelKeys.detail(id) })
    void queryClient.invalidateQueries({ queryKey: modelKeys.lists() })
  }
}

export function useAdoptMutation(id: string) {
  const after = useAfterAdoption(id)
  return useMutation({ mutationFn: (input: AdoptionBody) => api.post<ModelSpread>(`/models/${id}/adoptions`, input), onSuccess: after })
}

export function useUpdateAdoptionMutation(id: string, adoptionId: string) {
  const after = useAfterAdoption(id)
  return useMutation({ mutationFn: (input: UpdateAdoptionBody) => api.put<ModelSpread>(`/models/${id}/adoptions/${adoptionId}`, input), onSuccess: after })
}

export function useDeleteAdoptionMutation(id: string) {
  const after = useAfterAdoption(id)
  return useMutation({ mutationFn: (adoptionId: string) => api.delete<ModelSpread>(`/models/${id}/adoptions/${adoptionId}`), onSuccess: after })
}

function useAfterMovement() {
  const queryClient = useQueryClient()
  return () => void queryClient.invalidateQueries({ queryKey: modelKeys.movements() })
}

export function useCreateMovementMutation() {
  const after = useAfterMovement()
  return useMutation({ mutationFn: (input: CreateMovementBody) => api.post<Movement>('/movements', input), onSuccess: after })
}

export function useUpdateMovementMutation(id: string) {
  const after = useAfterMovement()
  return useMutation({ mutationFn: (input: UpdateMovementBody) => api.patch<Movement>(`/movements/${id}`, input), onSuccess: after })
}

export function useCloseMovementMutation(id: string) {
  const after = useAfterMovement()
  return useMutation({ mutationFn: () => api.post<Movement>(`/movements/${id}/close`), onSuccess: after })
}
