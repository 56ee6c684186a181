// Organizations: query keys, reads, and the tree operations (each invalidates what it changed).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import type { z } from 'zod'
import type {
  Organization, OrganizationHistory as OrganizationHistorySchema, OrganizationList as OrganizationListSchema,
} from '../../../common/contracts/organizations.ts'
import { api } from '../../api/client.ts'
import { peopleKeys } from '../people/api.ts'

export type OrganizationList = z.infer<typeof OrganizationListSchema>
export type OrganizationHistory = z.infer<typeof OrganizationHistorySchema>
export type HistoryEntry = OrganizationHistory['items'][number]

export const orgKeys = {
  all: ['organizations'] as const,
  entryPoints: () => [...orgKeys.all, 'entry-points'] as const,
  search: (q: string) => [...orgKeys.all, 'search', q] as const,
  detail: (id: string) => [...orgKeys.all, 'detail', id] as const,
  children: (id: string, includeInactive: boolean) => [...orgKeys.all, 'children', id, { includeInactive }] as const,
  history: (id: string) => [...orgKeys.all, 'history', id] as const,
}

export function useEntryPoints() {
  return useQuery({
    queryKey: orgKeys.entryPoints(),
    queryFn: ({ signal }) => api.get<OrganizationList>('/organizations', undefined, signal),
  })
}

/** Search by name or code, diacritics optional; runs from 2 characters. */
export function useOrganizationSearch(q: string) {
  const term = q.trim()
  return useQuery({
    queryKey: orgKeys.search(term),
    queryFn: ({ signal }) => api.get<OrganizationList>('/organizations', { q: term }, signal),
    enabled: term.length >= 2,
    placeholderData: (previous) => previous,
  })
}

export function useOrganization(id: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: orgKeys.detail(id),
    queryFn: ({ signal }) => api.get<Organization>(`/organizations/${id}`, undefined, signal),
    enabled: enabled && Boolean(id),
  })
}

export function useOrganizationChildren(id: string, { includeInactive = false, enabled = true } = {}) {
  return useQuery({
    queryKey: orgKeys.children(id, includeInactive),
    queryFn: ({ signal }) => api.get<OrganizationList>(`/organizations/${id}/children`, includeInactive ? { includeInactive: 'true' } : undefined, signal),
    enabled,
  })
}

export function useOrganizationHistory(id: string) {
  return useQuery({
    queryKey: orgKeys.history(id),
    queryFn: ({ signal }) => api.get<OrganizationHistory>(`/organizations/${id}/history`, undefined, signal),
  })
}

/**
 * After a change to the tree: every organization read, and people lists (units and counts move).
 * Not awaited: the caller's own onSuccess (notification, closing the dialog) must run even when the
 * refetch hides the dialog's page part (a merged unit loses its action buttons).
 */
function useInvalidateTree() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: orgKeys.all })
    void queryClient.invalidateQueries({ queryKey: peopleKeys.all })
  }
}

export interface CreateOrganizationInput {
  parentId: string
  code: string
  name: string
  kind: OrgKind
  validFrom?: string
}

export function useCreateOrganizationMutation() {
  const invalidate = useInvalidateTree()
  return useMutation({
    mutationFn: (input: CreateOrganizationInput) => api.post<Organization>('/organizations', input),
    onSuccess: invalidate,
  })
}

export function useUpdateOrganizationMutation(id: string) {
  const invalidate = useInvalidateTree()
  return useMutation({
    mutationFn: (input: { name?: string; code?: string; kind?: OrgKind }) => api.patch<Organization>(`/organizations/${id}`, input),
    onSuccess: invalidate,
  })
}

export function useMoveOrganizationMutation(id: string) {
  const invalidate = useInvalidateTree()
  return useMutation({
    mutationFn: (input: { newParentId: string; effectiveDate?: string }) => api.post<Organization>(`/organizations/${id}/move`, input),
    onSuccess: invalidate,
  })
}

export function useMergeOrganizationMutation(id: string) {
  const invalidate = useInvalidateTree()
  return useMutation({
    mutationFn: (input: { intoId: string; effectiveDate?: string }) => api.post<Organization>(`/organizations/${id}/merge`, input),
    onSuccess: invalidate,
  })
}

export function useDissolveOrganizationMutation(id: string) {
  const invalidate = useInvalidateTree()
  return useMutation({
    mutationFn: (input: { effectiveDate?: string; reason?: string }) => api.post<Organization>(`/organizations/${id}/dissolve`, input),
    onSuccess: invalidate,
  })
}
