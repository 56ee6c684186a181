// An organization's own year-end rating on the collective frame: self-assessment (upserted until decided), the
// decision of the level above under the band and the top level's conditions, locked, annulled only from higher up.
import { and, eq, inArray } from 'drizzle-orm'
import type { RatingLevel } from '../../../common/contracts/rules.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError, conflict, notFound } from '../../lib/errors.ts'
import { describeProblem } from '../commitments/commitments.assessment.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { checkProposal, totalScore } from '../rules/rules.rating.ts'
import { getRuleSet } from '../rules/rules.service.ts'
import { countUnresolvedOrgShortcomings } from '../shortcomings/shortcomings.service.ts'
import { assertDecidable } from './evaluations.service.ts'
import { organizationEvaluations } from './evaluations.table.ts'

export type CollectiveRow = typeof organizationEvaluations.$inferSelect

export async function getCollective(db: Tx, id: string): Promise<CollectiveRow> {
  const [row] = await db.select().from(organizationEvaluations).where(eq(organizationEvaluations.id, id)).limit(1)
  if (!row) throw notFound('evaluationNotFound')
  return row
}

export async function collectivesOf(db: Tx, cycleId: string, orgIds: string[]): Promise<CollectiveRow[]> {
  if (orgIds.length === 0) return []
  return db.select().from(organizationEvaluations).where(and(eq(organizationEvaluations.cycleId, cycleId), inArray(organizationEvaluations.organizationId, orgIds)))
}

export interface CollectiveInput {
  scores: Record<string, number>
  level: RatingLevel
  conditions: string[]
  report: string
}

export async function selfAssessCollective({ db, ctx, org, parent, cycle, input }: { db: Db; ctx: Ctx; org: OrgRow; parent: OrgRow | null; cycle: CycleRow; input: CollectiveInput }) {
  if (cycle.status !== 'yearend_review') throw conflict('notYearendReview')
  if (!parent) throw conflict('noLevelAbove')
  const { content } = await getRuleSet(db, cycle.ruleSetId)
  // The organization's shortcomings of past cycles not yet fixed (its register) hold back the top level.
  const unresolvedShortcomings = await countUnresolvedOrgShortcomings(db, org.id, cycle.year)
  const problems = checkProposal(content, { group: 'collective', scores: input.scores, level: input.level, conditions: input.conditions, itemResults: null, unresolvedShortcomings })
  if (problems.length) throw new AppError('validation_failed', 'proposalInvalid', { problems: problems.map((p) => describeProblem(p, ctx.locale, content)).join('; ') }, { problems })
  const total = totalScore(content, 'collective', input.scores)
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(organizationEvaluations)
      .where(and(eq(organizationEvaluations.cycleId, cycle.id), eq(organizationEvaluations.organizationId, org.id))).for('update')
    if (existing?.status === 'decided') throw conflict('evaluationLocked')
    const values = {
      selfScores: input.scores, selfTotal: total, proposedLevel: input.level, selfConditions: input.conditions, report: input.report,
      proposedBy: ctx.actor.accountId, proposedAt: new Date(), updatedAt: new Date(),
    }
    const [row] = existing
      ? await tx.update(organizationEvaluations).set(values).where(eq(organizationEvaluations.id, existing.id)).returning()
      : await tx.insert(organizationEvaluations).values({ ...values, cycleId: cycle.id, organizationId: org.id, decidingOrganizationId: parent.id }).returning()
    await audit(tx, ctx, { action: 'collective_evaluation.self_assess', entityType: 'organization_evaluation', entityId: row.id, organizationId: org.id, data: { total, level: input.level } })
    return row
  })
}

export async function decideCollective({ db, ctx, evaluation, cycle, input }: { db: Db; ctx: Ctx; evaluation: CollectiveRow; cycle: CycleRow; input: { level: RatingLevel; score?: number; note?: string } }) {
  if (cycle.status !== 'yearend_review') throw conflict('notYearendReview')
  const { content } = await getRuleSet(db, cycle.ruleSetId)
  const score = input.score ?? Number(evaluation.selfTotal)
  const unresolvedShortcomings = await countUnresolvedOrgShortcomings(db, evaluation.organizationId, cycle.year)
  assertDecidable(content, { group: 'collective', scores: evaluation.selfScores, conditions: evaluation.selfConditions, level: input.level, score, unresolvedShortcomings }, ctx.locale)
  return db.transaction(async (tx) => {
    const [fresh] = await tx.select().from(organizationEvaluations).where(eq(organizationEvaluations.id, evaluation.id)).for('update')
    if (fresh.status !== 'proposed') throw conflict('evaluationLocked')
    const [row] = await tx.update(organizationEvaluations)
      .set({ status: 'decided', decidedLevel: input.level, decidedScore: score, decidedAt: new Date(), decidedBy: ctx.actor.accountId, decisionNote: input.note ?? null, updatedAt: new Date() })
      .where(eq(organizationEvaluations.id, evaluation.id)).returning()
    await audit(tx, ctx, { action: 'collective_evaluation.decide', entityType: 'organization_evaluation', entityId: row.id, organizationId: row.decidingOrganizationId, data: { organizationId: row.organizationId, level: input.level, score } })
    return row
  })
}

export async function annulCollective({ db, ctx, evaluation, reason }: { db: Db; ctx: Ctx; evaluation: CollectiveRow; reason: string }) {
  return db.transaction(async (tx) => {
    const [fresh] = await tx.select().from(organizationEvaluations).where(eq(organizationEvaluations.id, evaluation.id)).for('update')
    if (fresh.status !== 'decided') throw conflict('notDecided')
    const [row] = await tx.update(organizationEvaluations)
      .set({ status: 'proposed', decidedLevel: null, decidedScore: null, decidedAt: null, decidedBy: null, decisionNote: null, updatedAt: new Date() })
      .where(eq(organizationEvaluations.id, evaluation.id)).returning()
    await audit(tx, ctx, { action: 'collective_evaluation.annul', entityType: 'organization_evaluation', entityId: row.id, organizationId: row.decidingOrganizationId, data: { organizationId: row.organizationId, previousLevel: fresh.decidedLevel, reason } })
    return row
  })
}
