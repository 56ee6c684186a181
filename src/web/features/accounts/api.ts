// Accounts (administrators only): query keys, the keyset-paged list, one account, and its changes.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { Account, AccountsPage as AccountsPageSchema } from '../../../common/contracts/accounts.ts'
import type { GrantScope, Role } from '../../../common/contracts/enums.ts'
import type { MeResponse } from '../../../common/contracts/auth.ts'
import { api } from '../../api/client.ts'
import { meKey } from '../../api/session.tsx'

export type AccountsPage = z.infer<typeof AccountsPageSchema>

export interface GrantInput {
  role: Role
  organizationId: string
  scope: GrantScope
}

export interface CreateAccountInput {
  username: string
  displayName: string
  password: string
  personId?: string | null
  grants: GrantInput[]
}

export const accountKeys = {
  all: ['accounts'] as const,
  lists: () => [...accountKeys.all, 'list'] as const,
  list: (q: string) => [...accountKeys.lists(), q] as const,
  detail: (id: string) => [...accountKeys.all, 'detail', id] as const,
}

export function useAccounts(q: string) {
  const term = q.trim()
  return useInfiniteQuery({
    queryKey: accountKeys.list(term),
    queryFn: ({ pageParam, signal }) => api.get<AccountsPage>('/accounts', { q: term || undefined, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}

export function useAccount(id: string) {
  return useQuery({
    queryKey: accountKeys.detail(id),
    queryFn: ({ signal }) => api.get<Account>(`/accounts/${id}`, undefined, signal),
  })
}

function useAfterAccountChange() {
  const queryClient = useQueryClient()
  return (account: Account) => {
    queryClient.setQueryData(accountKeys.detail(account.id), account)
    void queryClient.invalidateQueries({ queryKey: accountKeys.lists() })
    // My own grants changed: my abilities and entry points may have too.
    if (queryClient.getQueryData<MeResponse | null>(meKey)?.account.id === account.id) void queryClient.invalidateQueries({ queryKey: meKey })
  }
}

export function useCreateAccountMutation() {
  const after = useAfterAccountChange()
  return useMutation({
    mutationFn: (input: CreateAccountInput) => api.post<Account>('/accounts', input),
    onSuccess: after,
    // The variables hold a password: drop the mutation from the cache as soon as it is done.
    gcTime: 0,
  })
}

export function useUpdateAccountMutation(id: string) {
  const after = useAfterAccountChange()
  return useMutation({
    mutationFn: (input: { displayName?: string; status?: 'active' | 'disabled'; personId?: string | null }) => api.patch<Account>(`/accounts/${id}`, input),
    onSuccess: after,
  })
}

export function useSetPasswordMutation(id: string) {
  return useMutation({
    mutationFn: (password: string) => api.post<{ ok: true }>(`/accounts/${id}/password`, { password }),
    gcTime: 0,
  })
}

/** Clears the account's two-step sign-in (a lost phone) and ends its sessions. */
export function useResetMfaMutation(id: string) {
  const after = useAfterAccountChange()
  return useMutation({
    mutationFn: () => api.post<Account>(`/accounts/${id}/mfa/reset`),
    onSuccess: after,
  })
}

export function useAddGrantMutation(id: string) {
  const after = useAfterAccountChange()
  return useMutation({
    mutationFn: (grant: GrantInput) => api.post<Account>(`/accounts/${id}/grants`, grant),
    onSuccess: after,
  })
}

export function useRemoveGrantMutation(id: string) {
  const after = useAfterAccountChange()
  return useMutation({
    mutationFn: (grantId: string) => api.delete<Account>(`/accounts/${id}/grants/${grantId}`),
    onSuccess: after,
  })
}
