import type { Rubric } from '../../../common/contracts/rubrics.ts'
import type { Actor } from '../../lib/actor.ts'
import { rubricPolicy } from './rubrics.policy.ts'
import type { RubricRow } from './rubrics.query.ts'

export function presentRubric(row: RubricRow, usedByNominations: number, actor: Actor): Rubric {
  const draft = row.status === 'draft'
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    sourceDocument: row.sourceDocument,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    status: row.status as Rubric['status'],
    content: row.content,
    usedByNominations,
    createdAt: row.createdAt.toISOString(),
    abilities: { update: draft && rubricPolicy.manage(actor, row), publish: draft && rubricPolicy.manage(actor, row) },
  }
}
