// Collective review, decision under the rule set (band, conditions, quota counted under a lock), lock and annulment.
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { RATING_LEVELS, type RatingLevel, type RuleSetContent, type SubjectGroup } from '../../../common/contracts/rules.ts'
import { queryRows, type Db, type Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError, conflict, notFound } from '../../lib/errors.ts'
import type { Locale } from '../../lib/messages.ts'
import type { CommitmentRow } from '../commitments/commitments.service.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { pathIds } from '../organizations/organizations.counts.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { LEVEL_LABELS, checkProposal, levelForScore, quotaAllowance } from '../rules/rules.rating.ts'
import { getRuleSet } from '../rules/rules.service.ts'
import { fixCarriedShortcomings, reopenCarriedShortcomings, replaceReviewShortcomings } from '../shortcomings/shortcomings.service.ts'
import { adjustEvaluationStats } from './evaluations.stats.ts'
import { evaluations } from './evaluations.table.ts'

export type EvaluationRow = typeof evaluations.$inferSelect

async function unitPath(tx: Tx, orgId: string): Promise<string> {
  const [org] = await tx.select({ path: organizations.path }).from(organizations).where(eq(organizations.id, orgId))
  return org.path
}

export async function getEvaluation(db: Tx, id: string): Promise<EvaluationRow> {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id)).limit(1)
  if (!row) throw notFound('evaluationNotFound')
  return row
}

export async function getEvaluations(db: Tx, ids: string[]): Promise<EvaluationRow[]> {
  return ids.length ? db.select().from(evaluations).where(inArray(evaluations.id, ids)) : []
}

/** The grassroots party organization above (or at) a unit; else the nearest committee; else the root. */
export async function quotaScopeFor(db: Tx, unit: OrgRow): Promise<OrgRow> {
  const ids = pathIds(unit.path)
  const chain = await db.select().from(organizations).where(inArray(organizations.id, ids))
  const ordered = ids.map((id) => chain.find((o) => o.id === id)!).reverse()
  return ordered.find((o) => o.kind === 'grassroots') ?? ordered.find((o) => ['commune', 'ward', 'agency'].includes(o.kind)) ?? ordered[ordered.length - 1]
}

export interface ReviewInput {
  reviewDate: string
  attendancePresent: number
  attendanceTotal: number
  votes: { excellent: number; good: number; complete: number; incomplete: number }
  proposedLevel: RatingLevel
  comment?: string | null
  /** Shortcomings the cell names: recorded against the member and carried into next year's commitment. */
  shortcomings?: string[]
}

export async function recordReview({ db, ctx, commitment, cycle, unit, input }: { db: Db; ctx: Ctx; commitment: CommitmentRow; cycle: CycleRow; unit: OrgRow; input: ReviewInput }) {
  if (cycle.status !== 'yearend_review') throw conflict('notYearendReview')
  if (commitment.status !== 'approved' || !commitment.selfAssessedAt) throw conflict('notSelfAssessed')
  if (input.attendancePresent > input.attendanceTotal) throw new AppError('validation_failed', 'votesExceedAttendance', {}, { fields: [{ path: 'attendancePresent', message: 'votesExceedAttendance' }] })
  const votes = input.votes.excellent + input.votes.good + input.votes.complete + input.votes.incomplete
  if (votes > input.attendancePresent) throw new AppError('validation_failed', 'votesExceedAttendance', {}, { fields: [{ path: 'votes', message: 'votesExceedAttendance' }] })
  const scope = await quotaScopeFor(db, unit)
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(evaluations).where(and(eq(evaluations.cycleId, cycle.id), eq(evaluations.personId, commitment.personId))).for('update')
    if (existing?.status === 'decided') throw conflict('evaluationLocked')
    const { shortcomings: named = [], ...fields } = input
    const values = { ...fields, comment: input.comment ?? null, reviewedBy: ctx.actor.accountId, updatedAt: new Date() }
    const [row] = existing
      ? await tx.update(evaluations).set(values).where(eq(evaluations.id, existing.id)).returning()
      : await tx.insert(evaluations).values({ ...values, cycleId: cycle.id, personId: commitment.personId, commitmentId: commitment.id, organizationId: unit.id, quotaScopeId: scope.id }).returning()
    await adjustEvaluationStats(tx, unit.path, cycle.id, existing
      ? { proposedFrom: existing.proposedLevel as RatingLevel, proposedTo: input.proposedLevel }
      : { to: 'proposed', proposedTo: input.proposedLevel })
    await replaceReviewShortcomings(tx, ctx, row, named)
    await audit(tx, ctx, { action: 'evaluation.review', entityType: 'evaluation', entityId: row.id, organizationId: unit.id, data: { personId: row.personId, proposedLevel: input.proposedLevel, votes: input.votes, shortcomings: named.length } })
    return row
  })
}

export interface DecideInput {
  level: RatingLevel
  score?: number
  exceptionJustification?: string
}

export interface Decision {
  evaluation: EvaluationRow
  commitment: CommitmentRow
  input: DecideInput
}

/**
 * What every rating decision (a member's or an organization's) must respect: the level no higher than the band of the
 * score it rests on, and for the top level every condition of the subject group claimed. `at` prefixes the field path.
 */
export function assertDecidable(content: RuleSetContent, d: { group: SubjectGroup; scores: Record<string, number>; conditions: string[]; level: RatingLevel; score: number; unresolvedShortcomings?: number }, locale: Locale, at = '') {
  const band = levelForScore(d.score, content.bands)
  if (RATING_LEVELS.indexOf(d.level) < RATING_LEVELS.indexOf(band)) {
    throw new AppError('validation_failed', 'levelAboveBand', { score: d.score, band: LEVEL_LABELS[locale][band] }, { fields: [{ path: `${at}level`, message: 'levelAboveBand' }] })
  }
  if (d.level !== content.bands[0].level) return
  const missing = checkProposal(content, { group: d.group, scores: d.scores, level: d.level, conditions: d.conditions, itemResults: null, unresolvedShortcomings: d.unresolvedShortcomings })
    .filter((p) => p.kind === 'condition_missing' || p.kind === 'condition_not_met')
  if (missing.length) {
    const titles = missing.map((p) => content.topConditions.find((c) => 'condition' in p && c.code === p.condition)?.title).join('; ')
    throw new AppError('validation_failed', 'topConditionsNotMet', { conditions: titles })
  }
}

/** The score a member's decision rests on (the self-assessed total by default), checked against the rules. */
function checkDecision(content: RuleSetContent, { commitment, input }: Decision, locale: Locale, at: string): number {
  const score = input.score ?? (commitment.selfTotal === null ? null : Number(commitment.selfTotal))
  if (score === null) throw conflict('notSelfAssessed')
  assertDecidable(content, { group: commitment.subjectGroup as SubjectGroup, scores: commitment.selfScores ?? {}, conditions: commitment.selfConditions ?? [], level: input.level, score }, locale, at)
  return score
}

/**
 * Decides ratings, one or several at once, all or none. The band and the top level's conditions are checked against
 * the rule set of the cycle; the quota is counted over each deciding scope with every decision of the batch, under an
 * advisory lock per scope (taken in a fixed order), so concurrent decisions cannot slip past it together.
 */
export async function decideMany({ db, ctx, cycle, decisions, batch = false }: { db: Db; ctx: Ctx; cycle: CycleRow; decisions: Decision[]; batch?: boolean }) {
  if (cycle.status !== 'yearend_review') throw conflict('notYearendReview')
  const { content } = await getRuleSet(db, cycle.ruleSetId)
  const { quota } = content
  const prepared = decisions.map((d, i) => ({ ...d, score: checkDecision(content, d, ctx.locale, batch ? `items.${i}.` : '') }))
  return db.transaction(async (tx) => {
    const scopes = [...new Set(prepared.map((d) => d.evaluation.quotaScopeId))].sort()
    for (const scope of scopes) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`quota:${scope}:${cycle.id}`}))`)
    const rows: EvaluationRow[] = []
    for (const scope of scopes) {
      const mine = prepared.filter((d) => d.evaluation.quotaScopeId === scope)
      const fresh = await tx.select().from(evaluations).where(inArray(evaluations.id, mine.map((d) => d.evaluation.id))).for('update')
      if (fresh.length !== mine.length || fresh.some((f) => f.status !== 'proposed')) throw conflict('evaluationLocked')
      const counts = await queryRows<{ level: string; n: number }>(tx, sql`
        select decided_level as level, count(*)::int as n from evaluations
        where quota_scope_id = ${scope} and cycle_id = ${cycle.id} and status = 'decided' group by decided_level`)
      const count = (level: string) => Number(counts.find((c) => c.level === level)?.n ?? 0) + mine.filter((d) => d.input.level === level).length
      const allowed = quotaAllowance(quota, count(quota.of))
      const over = count(quota.level) > allowed
      const tops = mine.filter((d) => d.input.level === quota.level)
      if (over && tops.some((d) => !d.input.exceptionJustification)) {
        const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, scope))
        throw new AppError('conflict', batch ? 'quotaExceededBatch' : 'quotaExceeded', { allowed, percent: quota.percent, good: count(quota.of), excellent: count(quota.level), scope: org.name }, { scopeId: scope, allowed, of: count(quota.of), level: count(quota.level) })
      }
      if (over && tops.length && !quota.exceptionsAllowed) throw conflict('exceptionNotAllowed')
      for (const d of mine) {
        const exception = over && d.input.level === quota.level
        const [row] = await tx
          .update(evaluations)
          .set({ status: 'decided', decidedLevel: d.input.level, decidedScore: d.score, decidedAt: new Date(), decidedBy: ctx.actor.accountId, exceptionJustification: exception ? d.input.exceptionJustification! : null, updatedAt: new Date() })
          .where(eq(evaluations.id, d.evaluation.id))
          .returning()
        await adjustEvaluationStats(tx, await unitPath(tx, row.organizationId), cycle.id, { from: 'proposed', to: d.input.level })
        await fixCarriedShortcomings(tx, row, ctx)
        await audit(tx, ctx, {
          action: exception ? 'evaluation.decide_quota_exception' : 'evaluation.decide', entityType: 'evaluation', entityId: row.id, organizationId: scope,
          data: { personId: row.personId, level: d.input.level, score: d.score, ...(batch ? { batch: decisions.length } : {}), ...(exception ? { justification: d.input.exceptionJustification, allowed } : {}) },
        })
        rows.push(row)
      }
    }
    return decisions.map((d) => rows.find((r) => r.id === d.evaluation.id)!)
  })
}

export async function decide({ db, ctx, evaluation, commitment, cycle, input }: { db: Db; ctx: Ctx; evaluation: EvaluationRow; commitment: CommitmentRow; cycle: CycleRow; input: DecideInput }) {
  const [row] = await decideMany({ db, ctx, cycle, decisions: [{ evaluation, commitment, input }] })
  return row
}

export async function annul({ db, ctx, evaluation, reason }: { db: Db; ctx: Ctx; evaluation: EvaluationRow; reason: string }) {
  return db.transaction(async (tx) => {
    const [fresh] = await tx.select().from(evaluations).where(eq(evaluations.id, evaluation.id)).for('update')
    if (fresh.status !== 'decided') throw conflict('notDecided')
    const [row] = await tx
      .update(evaluations)
      .set({ status: 'proposed', decidedLevel: null, decidedScore: null, decidedAt: null, decidedBy: null, exceptionJustification: null, updatedAt: new Date() })
      .where(eq(evaluations.id, evaluation.id))
      .returning()
    await adjustEvaluationStats(tx, await unitPath(tx, row.organizationId), row.cycleId, { from: fresh.decidedLevel as RatingLevel, to: 'proposed' })
    await reopenCarriedShortcomings(tx, row, ctx)
    await audit(tx, ctx, { action: 'evaluation.annul', entityType: 'evaluation', entityId: row.id, organizationId: evaluation.quotaScopeId, data: { personId: row.personId, previousLevel: fresh.decidedLevel, reason } })
    return row
  })
}

/** Evaluations of people placed (when reviewed) in the unit's subtree, for a cycle. */
export async function listForUnit(db: Db, org: OrgRow, cycleId: string) {
  return db
    .select({ e: evaluations })
    .from(evaluations)
    .innerJoin(organizations, eq(organizations.id, evaluations.organizationId))
    .where(and(eq(evaluations.cycleId, cycleId), sql`${organizations.path} like ${`${org.path}%`}`))
    .orderBy(asc(evaluations.createdAt))
    .then((rows) => rows.map((r) => r.e))
}
