// Mid-year progress per item, and the year-end self-assessment: a result per item, points on the rule set's frame,
// a proposed level checked against the bands and the top level's conditions.
import { and, eq, isNull } from 'drizzle-orm'
import type { RatingLevel, RuleSetContent } from '../../../common/contracts/rules.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError, conflict } from '../../lib/errors.ts'
import type { Locale } from '../../lib/messages.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { LEVEL_LABELS, checkProposal, totalScore, type ItemResult, type ProposalProblem } from '../rules/rules.rating.ts'
import { getRuleSet } from '../rules/rules.service.ts'
import type { CommitmentRow } from './commitments.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { countCommitmentMilestone } from './commitments.stats.ts'
import { commitmentEvents, commitmentItems, commitments } from './commitments.table.ts'

async function orgPath(tx: Tx, orgId: string) {
  const [org] = await tx.select({ path: organizations.path }).from(organizations).where(eq(organizations.id, orgId))
  return org.path
}

async function ownItems(tx: Tx, commitmentId: string, ids: string[]) {
  const items = await tx.select({ id: commitmentItems.id, shortcomingId: commitmentItems.shortcomingId }).from(commitmentItems).where(eq(commitmentItems.commitmentId, commitmentId))
  const known = new Set(items.map((i) => i.id))
  ids.forEach((id, i) => {
    if (!known.has(id)) throw new AppError('validation_failed', 'unknownItem', {}, { fields: [{ path: `items.${i}.id`, message: 'unknownItem' }] })
  })
  return items
}

async function record(tx: Tx, ctx: Ctx, c: CommitmentRow, kind: string, data: Record<string, unknown>) {
  await tx.insert(commitmentEvents).values({ commitmentId: c.id, kind, actorAccountId: ctx.actor.accountId })
  await audit(tx, ctx, { action: `commitment.${kind}`, entityType: 'commitment', entityId: c.id, organizationId: c.organizationId, data })
}

export async function reportProgress({ db, ctx, commitment, cycle, items }: {
  db: Db; ctx: Ctx; commitment: CommitmentRow; cycle: CycleRow; items: { id: string; percent: number; note?: string | null }[]
}) {
  if (cycle.status !== 'in_progress' || commitment.status !== 'approved') throw conflict('notInProgress')
  await db.transaction(async (tx) => {
    await ownItems(tx, commitment.id, items.map((i) => i.id))
    for (const i of items) {
      await tx.update(commitmentItems).set({ midyearPercent: i.percent, midyearNote: i.note ?? null }).where(eq(commitmentItems.id, i.id))
    }
    const [first] = await tx.update(commitments).set({ progressReportedAt: new Date() })
      .where(and(eq(commitments.id, commitment.id), isNull(commitments.progressReportedAt))).returning({ id: commitments.id })
    if (first) await countCommitmentMilestone(tx, await orgPath(tx, commitment.organizationId), commitment.cycleId, 'progress_reported')
    await record(tx, ctx, commitment, 'progress_reported', { items: items.length })
  })
}


/** Each problem in words the member understands, naming the criterion or condition by its title. */
export function describeProblem(p: ProposalProblem, locale: Locale, content: RuleSetContent): string {
  const criterion = (code: string) => Object.values(content.frame.groups).flatMap((g) => [...g.general, ...g.tasks]).find((c) => c.code === code)?.title ?? code
  const condition = (code: string) => content.topConditions.find((c) => c.code === code)?.title ?? code
  const vi = locale === 'vi'
  switch (p.kind) {
    case 'missing_score': return vi ? `chưa chấm "${criterion(p.criterion)}"` : `no score for "${criterion(p.criterion)}"`
    case 'score_out_of_range': return vi ? `điểm "${criterion(p.criterion)}" vượt điểm tối đa` : `"${criterion(p.criterion)}" is above its maximum`
    case 'unknown_criterion': return vi ? `tiêu chí "${p.criterion}" không có trong khung` : `"${p.criterion}" is not in the frame`
    case 'level_above_band': return vi ? `mức đề xuất cao hơn mức của tổng điểm (${LEVEL_LABELS.vi[p.band]})` : `the level is above the score's band (${LEVEL_LABELS.en[p.band]})`
    case 'condition_missing': return vi ? `chưa xác nhận điều kiện "${condition(p.condition)}"` : `condition not claimed: "${condition(p.condition)}"`
    case 'condition_not_met': return vi ? `kết quả các nội dung chưa đáp ứng "${condition(p.condition)}"` : `the item results do not meet "${condition(p.condition)}"`
    case 'unknown_condition': return vi ? `điều kiện "${p.condition}" không áp dụng` : `condition "${p.condition}" does not apply`
  }
}

export async function selfAssess({ db, ctx, commitment, cycle, input }: {
  db: Db; ctx: Ctx; commitment: CommitmentRow; cycle: CycleRow
  input: { items: { id: string; result: ItemResult; note?: string | null }[]; scores: Record<string, number>; level: RatingLevel; conditions: string[] }
}) {
  if (cycle.status !== 'yearend_review' || commitment.status !== 'approved') throw conflict('notYearendReview')
  const ruleSet = await getRuleSet(db, cycle.ruleSetId)
  const group = commitment.subjectGroup as Parameters<typeof totalScore>[1]
  return db.transaction(async (tx) => {
    const all = await ownItems(tx, commitment.id, input.items.map((i) => i.id))
    if (new Set(input.items.map((i) => i.id)).size !== all.length) throw new AppError('validation_failed', 'everyItemAssessed', {}, { fields: [{ path: 'items', message: 'everyItemAssessed' }] })
    const carried = new Set(all.filter((i) => i.shortcomingId).map((i) => i.id))
    const problems = checkProposal(ruleSet.content, {
      group, scores: input.scores, level: input.level, conditions: input.conditions,
      itemResults: input.items.map((i) => i.result), carriedResults: input.items.filter((i) => carried.has(i.id)).map((i) => i.result),
    })
    if (problems.length) {
      throw new AppError('validation_failed', 'proposalInvalid', { problems: problems.map((p) => describeProblem(p, ctx.locale, ruleSet.content)).join('; ') }, { problems })
    }
    for (const i of input.items) await tx.update(commitmentItems).set({ result: i.result, resultNote: i.note ?? null }).where(eq(commitmentItems.id, i.id))
    const total = totalScore(ruleSet.content, group, input.scores)
    const [locked] = await tx.select({ selfAssessedAt: commitments.selfAssessedAt }).from(commitments).where(eq(commitments.id, commitment.id)).for('update')
    if (!locked.selfAssessedAt) await countCommitmentMilestone(tx, await orgPath(tx, commitment.organizationId), commitment.cycleId, 'self_assessed')
    await tx
      .update(commitments)
      .set({ selfScores: input.scores, selfTotal: total, selfLevel: input.level, selfConditions: input.conditions, selfAssessedAt: new Date(), updatedAt: new Date() })
      .where(eq(commitments.id, commitment.id))
    await record(tx, ctx, commitment, 'self_assessed', { total, level: input.level })
    return total
  })
}
