import type { RuleSet } from '../../../common/contracts/rules.ts'
import type { Actor } from '../../lib/actor.ts'
import { ruleSetPolicy } from './rules.policy.ts'
import type { RuleSetRow } from './rules.service.ts'

export function presentRuleSet(row: RuleSetRow, usedByCycles: { id: string; year: number }[], actor: Actor): RuleSet {
  const draft = row.status === 'draft'
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    sourceDocument: row.sourceDocument,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    status: row.status as RuleSet['status'],
    content: row.content,
    usedByCycles,
    createdAt: row.createdAt.toISOString(),
    abilities: { update: draft && ruleSetPolicy.manage(actor, row), publish: draft && ruleSetPolicy.manage(actor, row) },
  }
}
