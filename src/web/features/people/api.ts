// People: query keys, keyset-paged search, the person, and edits to the person and their placements.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { Gender, LeadershipTier, PlacementEndReason } from '../../../common/contracts/enums.ts'
import type { PeoplePage as PeoplePageSchema, Person } from '../../../common/contracts/people.ts'
import { api } from '../../api/client.ts'

export type PeoplePage = z.infer<typeof PeoplePageSchema>

export interface PeopleFilter {
  q: string
  org: string | null
  subtree: boolean
}

/** Small pages: a phone on a slow line gets the first results quickly, then "Xem thêm". */
export const PEOPLE_PAGE_SIZE = 20

export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (filter: PeopleFilter) => [...peopleKeys.lists(), filter] as const,
  pick: (q: string) => [...peopleKeys.all, 'pick', q] as const,
  detail: (id: string) => [...peopleKeys.all, 'detail', id] as const,
}

export function usePeople(filter: PeopleFilter, { enabled = true } = {}) {
  return useInfiniteQuery({
    queryKey: peopleKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<PeoplePage>('/people', {
        q: filter.q.trim() || undefined,
        org: filter.org ?? undefined,
        subtree: filter.org ? String(filter.subtree) : undefined,
        cursor: pageParam ?? undefined,
        limit: PEOPLE_PAGE_SIZE,
      }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  })
}

/** For pickers: the first few matches of a name. */
export function usePeopleSearch(q: string) {
  const term = q.trim()
  return useQuery({
    queryKey: peopleKeys.pick(term),
    queryFn: ({ signal }) => api.get<PeoplePage>('/people', { q: term, limit: 10 }, signal),
    enabled: term.length >= 2,
    placeholderData: (previous) => previous,
  })
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: peopleKeys.detail(id),
    queryFn: ({ signal }) => api.get<Person>(`/people/${id}`, undefined, signal),
  })
}

export interface PersonFields {
  fullName?: string
  gender?: Gender | null
  birthDate?: string | null
  ethnicity?: string | null
  partyJoinDate?: string | null
  partyCardNumber?: string | null
  phone?: string | null
  email?: string | null
}

export interface PlacementInput {
  organizationId: string
  position: string
  leadershipTier: LeadershipTier
  isPrimary: boolean
  fromDate: string
  toDate?: string | null
}

export interface PlacementChange {
  position?: string
  leadershipTier?: LeadershipTier
  isPrimary?: boolean
  fromDate?: string
  toDate?: string | null
  endReason?: PlacementEndReason | null
}

/** A person changed: their page, every list they may appear in, and unit counts (refetched in the background). */
function useAfterPersonChange() {
  const queryClient = useQueryClient()
  return (person: Person) => {
    queryClient.setQueryData(peopleKeys.detail(person.id), person)
    void queryClient.invalidateQueries({ queryKey: peopleKeys.lists() })
    void queryClient.invalidateQueries({ queryKey: ['organizations'] })
  }
}

export function useCreatePersonMutation() {
  const after = useAfterPersonChange()
  return useMutation({
    mutationFn: (input: PersonFields & { fullName: string; placement?: PlacementInput }) => api.post<Person>('/people', input),
    onSuccess: after,
  })
}

export function useUpdatePersonMutation(id: string) {
  const after = useAfterPersonChange()
  return useMutation({
    mutationFn: (input: PersonFields) => api.patch<Person>(`/people/${id}`, input),
    onSuccess: after,
  })
}

export function useAddPlacementMutation(personId: string) {
  const after = useAfterPersonChange()
  return useMutation({
    mutationFn: (input: PlacementInput) => api.post<Person>(`/people/${personId}/placements`, input),
    onSuccess: after,
  })
}

export function useUpdatePlacementMutation(personId: string) {
  const after = useAfterPersonChange()
  return useMutation({
    mutationFn: ({ placementId, ...input }: PlacementChange & { placementId: string }) =>
      api.patch<Person>(`/people/${personId}/placements/${placementId}`, input),
    onSuccess: after,
  })
}
