// The rule set a cycle is rated by (the cycle names it; every signed-in account reads both).
import { useCycle } from '../cycles/api.ts'
import { useRuleSet } from '../rules/api.ts'

export function useCycleRules(cycleId: string) {
  const cycle = useCycle(cycleId)
  const ruleSet = useRuleSet(cycle.data?.ruleSet.id ?? '')
  return {
    content: ruleSet.data?.content,
    isPending: cycle.isPending || ruleSet.isPending,
    error: cycle.error ?? ruleSet.error,
    refetch: () => void (cycle.error ? cycle.refetch() : ruleSet.refetch()),
  }
}
