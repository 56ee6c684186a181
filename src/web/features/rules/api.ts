// Rating rule sets: query keys, the list (without content), one rule set, new versions, draft edits and publishing.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  CreateRuleSetBody, RuleSet, RuleSetList as RuleSetListSchema, UpdateRuleSetBody,
} from '../../../common/contracts/rules.ts'
import { api } from '../../api/client.ts'

export type RuleSetList = z.infer<typeof RuleSetListSchema>
export type RuleSetSummary = RuleSetList['items'][number]
export type CreateRuleSetInput = z.input<typeof CreateRuleSetBody>
export type UpdateRuleSetInput = z.input<typeof UpdateRuleSetBody>

export const ruleSetKeys = {
  all: ['rule-sets'] as const,
  list: () => [...ruleSetKeys.all, 'list'] as const,
  detail: (id: string) => [...ruleSetKeys.all, 'detail', id] as const,
}

export function useRuleSets() {
  return useQuery({
    queryKey: ruleSetKeys.list(),
    queryFn: ({ signal }) => api.get<RuleSetList>('/rule-sets', undefined, signal),
  })
}

export function useRuleSet(id: string) {
  return useQuery({
    queryKey: ruleSetKeys.detail(id),
    queryFn: ({ signal }) => api.get<RuleSet>(`/rule-sets/${id}`, undefined, signal),
    enabled: Boolean(id),
  })
}

function useAfterRuleSetChange() {
  const queryClient = useQueryClient()
  return (ruleSet: RuleSet) => {
    queryClient.setQueryData(ruleSetKeys.detail(ruleSet.id), ruleSet)
    void queryClient.invalidateQueries({ queryKey: ruleSetKeys.list() })
  }
}

/** Usually a new version: `copyFromId` of an existing rule set, with its own code, name and dates; starts as a draft. */
export function useCreateRuleSetMutation() {
  const after = useAfterRuleSetChange()
  return useMutation({
    mutationFn: (input: CreateRuleSetInput) => api.post<RuleSet>('/rule-sets', input),
    onSuccess: after,
  })
}

/** Drafts only: the whole `content` is sent at once, with any changed name, source or dates. */
export function useUpdateRuleSetMutation(id: string) {
  const after = useAfterRuleSetChange()
  return useMutation({
    mutationFn: (input: UpdateRuleSetInput) => api.patch<RuleSet>(`/rule-sets/${id}`, input),
    onSuccess: after,
  })
}

export function usePublishRuleSetMutation(id: string) {
  const after = useAfterRuleSetChange()
  return useMutation({
    mutationFn: () => api.post<RuleSet>(`/rule-sets/${id}/publish`, {}),
    onSuccess: after,
  })
}
