// Scoring rubrics: drafts edited by administrators, published ones frozen (the shipped one comes with migration 0020).
import { and, asc, count, desc, eq } from 'drizzle-orm'
import { RubricContent } from '../../../common/contracts/rubrics.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired } from '../../lib/clean.ts'
import { AppError, conflict, invalid } from '../../lib/errors.ts'
import { nominations } from '../nominations/nominations.table.ts'
import { getRubric, type RubricRow } from './rubrics.query.ts'
import { nominationRubrics } from './rubrics.table.ts'

export const listRubrics = (db: Db) => db.select().from(nominationRubrics).orderBy(desc(nominationRubrics.effectiveFrom), asc(nominationRubrics.code))

/** How many nominations are scored on each rubric (one grouped row per rubric in use; only `rubricId`'s when given). */
export async function nominationsUsing(db: Tx, rubricId?: string) {
  const rows = await db.select({ rubricId: nominations.rubricId, n: count() }).from(nominations)
    .where(rubricId ? eq(nominations.rubricId, rubricId) : undefined).groupBy(nominations.rubricId)
  const byId = new Map(rows.map((r) => [r.rubricId, Number(r.n)]))
  return (id: string) => byId.get(id) ?? 0
}

/** The newest published rubric: what a new draft starts from when it names nothing to copy. */
async function newestPublished(tx: Tx): Promise<RubricRow | null> {
  const [row] = await tx.select().from(nominationRubrics).where(eq(nominationRubrics.status, 'published'))
    .orderBy(desc(nominationRubrics.effectiveFrom), desc(nominationRubrics.createdAt)).limit(1)
  return row ?? null
}

function assertDates(from: string, to: string | null | undefined) {
  if (to && to < from) throw invalid('rubricDates', 'effectiveTo')
}

async function assertCodeFree(tx: Tx, code: string) {
  const [hit] = await tx.select({ id: nominationRubrics.id }).from(nominationRubrics).where(eq(nominationRubrics.code, code))
  if (hit) throw new AppError('conflict', 'rubricCodeTaken', { code }, { fields: [{ path: 'code', message: 'rubricCodeTaken' }] })
}

async function startingContent(tx: Tx, input: CreateRubricInput): Promise<RubricContent> {
  if (input.content) return input.content
  if (input.copyFromId) return (await getRubric(tx, input.copyFromId)).content
  const newest = await newestPublished(tx)
  if (!newest) throw invalid('rubricNoneToCopy', 'content')
  return newest.content
}

export interface CreateRubricInput {
  code: string
  name: string
  sourceDocument?: string | null
  effectiveFrom: string
  effectiveTo?: string | null
  copyFromId?: string
  content?: RubricContent
}

export async function createRubric({ db, ctx, input }: { db: Db | Tx; ctx: Ctx; input: CreateRubricInput }): Promise<RubricRow> {
  assertDates(input.effectiveFrom, input.effectiveTo)
  return db.transaction(async (tx) => {
    await assertCodeFree(tx, input.code)
    const content = RubricContent.parse(await startingContent(tx, input))
    const [row] = await tx
      .insert(nominationRubrics)
      .values({
        code: input.code, name: cleanRequired(input.name, 'name', 2), sourceDocument: input.sourceDocument ?? null,
        effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo ?? null, content,
      })
      .returning()
    await audit(tx, ctx, {
      action: 'nomination_rubric.create', entityType: 'nomination_rubric', entityId: row.id,
      data: { code: row.code, copyFromId: input.copyFromId ?? null },
    })
    return row
  })
}

export async function updateRubric({ db, ctx, rubric, input }: { db: Db; ctx: Ctx; rubric: RubricRow; input: Partial<Omit<CreateRubricInput, 'code' | 'copyFromId'>> }) {
  if (rubric.status !== 'draft') throw conflict('rubricPublished')
  const effectiveFrom = input.effectiveFrom ?? rubric.effectiveFrom
  const effectiveTo = input.effectiveTo === undefined ? rubric.effectiveTo : input.effectiveTo
  assertDates(effectiveFrom, effectiveTo)
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(nominationRubrics)
      .set({
        name: input.name === undefined ? undefined : cleanRequired(input.name, 'name', 2),
        sourceDocument: input.sourceDocument, effectiveFrom, effectiveTo, content: input.content, updatedAt: new Date(),
      })
      .where(and(eq(nominationRubrics.id, rubric.id), eq(nominationRubrics.status, 'draft')))
      .returning()
    if (!row) throw conflict('rubricPublished')
    await audit(tx, ctx, { action: 'nomination_rubric.update', entityType: 'nomination_rubric', entityId: row.id, data: { fields: Object.keys(input) } })
    return row
  })
}

export async function publishRubric({ db, ctx, rubric }: { db: Db | Tx; ctx: Ctx; rubric: RubricRow }) {
  if (rubric.status !== 'draft') throw conflict('rubricPublished')
  return db.transaction(async (tx) => {
    const [row] = await tx.update(nominationRubrics).set({ status: 'published', publishedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(nominationRubrics.id, rubric.id), eq(nominationRubrics.status, 'draft')))
      .returning()
    if (!row) throw conflict('rubricPublished')
    await audit(tx, ctx, { action: 'nomination_rubric.publish', entityType: 'nomination_rubric', entityId: row.id, data: { code: row.code } })
    return row
  })
}
