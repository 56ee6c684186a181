// Nominating a model and reviewing a nomination. A nomination starts in review at the parent of the nominating unit
// (the root reviews its own); one open nomination per model and year, none for a year the model was commended. A
// review is either the rubric's scores for the model's area with a comment, or a conflict-of-interest declaration;
// one per reviewer and level (written again, replaced), and a declaration is never turned back into scores.
import { and, eq } from 'drizzle-orm'
import type { ModelArea } from '../../../common/contracts/models.base.ts'
import type { RubricCriterion } from '../../../common/contracts/rubrics.ts'
import type { CreateNominationBody, ReviewBody } from '../../../common/contracts/nominations.ts'
import { checkScores } from '../../../common/models/rubric.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { cleanRequired, cleanRequiredText } from '../../lib/clean.ts'
import { AppError, conflict, invalid } from '../../lib/errors.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { criteriaOf, getRubric, rubricForYear } from '../rubrics/rubrics.query.ts'
import { recordStep } from './nominations.events.ts'
import { commendedIn, openNomination, type modelForNomination } from './nominations.query.ts'
import { nominationReviews, nominations } from './nominations.table.ts'

type ModelLite = NonNullable<Awaited<ReturnType<typeof modelForNomination>>>

export interface NominateInput {
  nominating: OrgRow
  model: ModelLite
  year: number
  body: Omit<CreateNominationBody, 'modelId' | 'nominatedByOrgId' | 'year'>
}

function proposerNameOf(body: NominateInput['body']): string | null {
  const name = body.proposerName ? cleanRequired(body.proposerName, 'proposerName', 2) : null
  if ((body.proposer ?? 'party_unit') === 'mass_organization' && !name) throw invalid('nominationProposerNameRequired', 'proposerName')
  return name
}

export async function nominate(db: Db, ctx: Ctx, { nominating, model, year, body }: NominateInput): Promise<string> {
  if (!model.unit.path.startsWith(nominating.path)) throw invalid('nominationModelOutside', 'modelId')
  if (nominating.status !== 'active') throw conflict('orgNotActive')
  const reason = cleanRequiredText(body.reason, 'reason', 10)
  const proposerName = proposerNameOf(body)
  if (await commendedIn(db, model.id, year, model.commendedYear)) throw conflict('nominationAlreadyCommended', { year })
  if (await openNomination(db, model.id, year)) throw conflict('nominationOpenExists', { year })
  const atOrgId = nominating.parentId ?? nominating.id
  const rubric = await rubricForYear(db, year)
  if (!rubric) throw conflict('nominationNoRubric', { year })
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(nominations).values({
      modelId: model.id, year, nominatedByOrgId: nominating.id, proposer: body.proposer ?? 'party_unit', proposerName, reason, atOrgId,
      status: 'in_review', rubricId: rubric.id, createdBy: ctx.actor.accountId,
    }).returning({ id: nominations.id })
    await recordStep(tx, ctx, { nominationId: row.id, kind: 'submitted', fromOrgId: nominating.id, toOrgId: atOrgId, data: { modelId: model.id, year } })
    return row.id
  })
}

/** The review to write: a declaration, or scores checked against the rubric's criteria (422 naming the criterion). */
export function reviewValues(criteria: readonly RubricCriterion[], body: ReviewBody) {
  if (body.conflict) {
    if (body.scores) throw invalid('nominationConflictWithScores', 'scores')
    if (!body.conflictNote) throw invalid('nominationConflictNoteRequired', 'conflictNote')
    return { conflict: true, conflictNote: cleanRequiredText(body.conflictNote, 'conflictNote', 5), scores: null, total: null, comment: null }
  }
  if (!body.scores) throw invalid('nominationScoresRequired', 'scores')
  const checked = checkScores(criteria, body.scores)
  if (!checked.ok) {
    const criterion = criteria.find((c) => c.key === checked.key)
    throw criterion
      ? invalid('nominationScoreInvalid', `scores.${checked.key}`, { criterion: criterion.title, max: criterion.maxPoints })
      : invalid('nominationScoreUnknown', `scores.${checked.key}`, { criterion: checked.key.slice(0, 40) })
  }
  const comment = body.comment?.trim() ? cleanRequiredText(body.comment, 'comment', 1) : null
  return { conflict: false, conflictNote: null, scores: body.scores, total: checked.total, comment }
}

/** Locks the nomination and checks it is still in review at the level it was read at. */
export async function lockInReview(tx: Tx, id: string, atOrgId: string) {
  const [locked] = await tx.select({ status: nominations.status, atOrgId: nominations.atOrgId }).from(nominations).where(eq(nominations.id, id)).for('update')
  if (locked.status !== 'in_review' || locked.atOrgId !== atOrgId) throw conflict('nominationNotInReview')
}

export async function saveReview(db: Db, ctx: Ctx, n: { id: string; atOrgId: string; area: ModelArea; rubricId: string }, body: ReviewBody) {
  const accountId = ctx.actor.accountId
  if (!accountId) throw new AppError('forbidden', 'nominationNoAccount')
  const values = reviewValues(criteriaOf(await getRubric(db, n.rubricId), n.area), body)
  await db.transaction(async (tx) => {
    await lockInReview(tx, n.id, n.atOrgId)
    const [declared] = await tx.select({ id: nominationReviews.id }).from(nominationReviews)
      .where(and(eq(nominationReviews.nominationId, n.id), eq(nominationReviews.reviewerAccountId, accountId), eq(nominationReviews.conflict, true))).limit(1)
    if (declared && !values.conflict) throw conflict('nominationConflictFinal')
    await tx.insert(nominationReviews).values({ nominationId: n.id, orgId: n.atOrgId, reviewerAccountId: accountId, ...values })
      .onConflictDoUpdate({ target: [nominationReviews.nominationId, nominationReviews.orgId, nominationReviews.reviewerAccountId], set: { ...values, updatedAt: new Date() } })
    await recordStep(tx, ctx, {
      nominationId: n.id, kind: values.conflict ? 'conflict_declared' : 'reviewed', fromOrgId: n.atOrgId,
      data: values.conflict ? { conflict: true } : { total: values.total },
    })
  })
}
