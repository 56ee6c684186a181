// The checklist of a visit drawn from the year's criteria: the titles of the criteria of one subject group of the
// cycle's rule set (general criteria, then tasks), keyed by their code; points written by hand follow.
import type { SubjectGroup } from '../../../common/contracts/rules.ts'
import { cleanText } from '../../../common/text/index.ts'
import type { Tx } from '../../db/client.ts'
import { invalid } from '../../lib/errors.ts'
import { getRuleSet } from '../rules/rules.service.ts'

export interface ChecklistPoint {
  key: string | null
  criterion: string
}

/** At most this many points in a checklist. */
export const MAX_CHECKS = 100

export async function criteriaOf(db: Tx, ruleSetId: string, group: SubjectGroup): Promise<ChecklistPoint[]> {
  const ruleSet = await getRuleSet(db, ruleSetId)
  const frame = ruleSet.content.frame.groups[group]
  return [...frame.general, ...frame.tasks].map((c) => ({ key: `${ruleSet.code}:${group}:${c.code}`, criterion: c.title }))
}

export async function drawChecklist(db: Tx, ruleSetId: string, group: SubjectGroup | null, written: string[]): Promise<ChecklistPoint[]> {
  const drawn = group ? await criteriaOf(db, ruleSetId, group) : []
  const own = written.map((p) => cleanText(p)).filter((p) => p.length >= 3).map((criterion) => ({ key: null, criterion }))
  const points = [...drawn, ...own]
  if (points.length > MAX_CHECKS) throw invalid('inspectionTooManyChecks', 'points', { max: MAX_CHECKS })
  return points
}
