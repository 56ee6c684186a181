import type { Cycle } from '../../../common/contracts/cycles.ts'
import type { Actor } from '../../lib/actor.ts'
import type { RuleSetRow } from '../rules/rules.service.ts'
import { cycleAbilities } from './cycles.policy.ts'
import type { CycleRow } from './cycles.service.ts'

export function presentCycle(row: CycleRow, ruleSet: Pick<RuleSetRow, 'id' | 'code' | 'name'>, actor: Actor): Cycle {
  return {
    id: row.id,
    year: row.year,
    themeTitle: row.themeTitle,
    themeScope: row.themeScope as Cycle['themeScope'],
    themeIssuer: row.themeIssuer,
    guidanceDocument: row.guidanceDocument,
    registrationDeadline: row.registrationDeadline,
    midyearReviewDate: row.midyearReviewDate,
    yearendReviewDate: row.yearendReviewDate,
    status: row.status as Cycle['status'],
    ruleSet: { id: ruleSet.id, code: ruleSet.code, name: ruleSet.name },
    abilities: cycleAbilities(actor, row),
  }
}
