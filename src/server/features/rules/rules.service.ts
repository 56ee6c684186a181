// Rule sets: drafts edited by administrators, published ones frozen; the default one installed on first start.
import { and, asc, desc, eq, isNull, lte, or, gte } from 'drizzle-orm'
import { RuleSetContent } from '../../../common/contracts/rules.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { systemCtx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired } from '../../lib/clean.ts'
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { DEFAULT_RULE_SET } from './rules.defaults.ts'
import { ruleSets } from './rules.table.ts'

export type RuleSetRow = typeof ruleSets.$inferSelect

export async function getRuleSet(db: Tx, id: string): Promise<RuleSetRow> {
  const [row] = await db.select().from(ruleSets).where(eq(ruleSets.id, id)).limit(1)
  if (!row) throw notFound('ruleSetNotFound')
  return row
}

export const listRuleSets = (db: Db) => db.select().from(ruleSets).orderBy(desc(ruleSets.effectiveFrom), asc(ruleSets.code))

/** Names only (no content): for labelling cycles. */
export const ruleSetNames = (db: Db) => db.select({ id: ruleSets.id, code: ruleSets.code, name: ruleSets.name }).from(ruleSets)

/** The cycles rated by each rule set (a handful of rows: one cycle a year). */
export async function cyclesUsing(db: Tx) {
  const rows = await db.select({ id: cycles.id, year: cycles.year, ruleSetId: cycles.ruleSetId }).from(cycles).orderBy(desc(cycles.year))
  return (ruleSetId: string) => rows.filter((r) => r.ruleSetId === ruleSetId).map(({ id, year }) => ({ id, year }))
}

/** The published rule set in force on a date: the latest effective start not after it, not yet ended. */
export async function ruleSetInForce(db: Tx, date: string): Promise<RuleSetRow | null> {
  const [row] = await db
    .select()
    .from(ruleSets)
    .where(and(eq(ruleSets.status, 'published'), lte(ruleSets.effectiveFrom, date), or(isNull(ruleSets.effectiveTo), gte(ruleSets.effectiveTo, date))))
    .orderBy(desc(ruleSets.effectiveFrom))
    .limit(1)
  return row ?? null
}

function assertDates(from: string, to: string | null | undefined) {
  if (to && to < from) throw invalid('ruleSetDates', 'effectiveTo')
}

async function assertCodeFree(tx: Tx, code: string) {
  const [hit] = await tx.select({ id: ruleSets.id }).from(ruleSets).where(eq(ruleSets.code, code))
  if (hit) throw new AppError('conflict', 'ruleSetCodeTaken', { code }, { fields: [{ path: 'code', message: 'ruleSetCodeTaken' }] })
}

export interface CreateRuleSetInput {
  code: string
  name: string
  sourceDocument?: string | null
  effectiveFrom: string
  effectiveTo?: string | null
  copyFromId?: string
  content?: RuleSetContent
}

export async function createRuleSet({ db, ctx, input }: { db: Db | Tx; ctx: Ctx; input: CreateRuleSetInput }): Promise<RuleSetRow> {
  assertDates(input.effectiveFrom, input.effectiveTo)
  return db.transaction(async (tx) => {
    await assertCodeFree(tx, input.code)
    const content = input.content ?? (input.copyFromId ? (await getRuleSet(tx, input.copyFromId)).content : DEFAULT_RULE_SET.content)
    const [row] = await tx
      .insert(ruleSets)
      .values({
        code: input.code, name: cleanRequired(input.name, 'name', 2), sourceDocument: input.sourceDocument ?? null,
        effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo ?? null, content: RuleSetContent.parse(content),
      })
      .returning()
    await audit(tx, ctx, { action: 'rule_set.create', entityType: 'rule_set', entityId: row.id, data: { code: row.code, copyFromId: input.copyFromId ?? null } })
    return row
  })
}

export async function updateRuleSet({ db, ctx, ruleSet, input }: { db: Db; ctx: Ctx; ruleSet: RuleSetRow; input: Partial<Omit<CreateRuleSetInput, 'code' | 'copyFromId'>> }) {
  if (ruleSet.status !== 'draft') throw conflict('ruleSetPublished')
  const effectiveFrom = input.effectiveFrom ?? ruleSet.effectiveFrom
  const effectiveTo = input.effectiveTo === undefined ? ruleSet.effectiveTo : input.effectiveTo
  assertDates(effectiveFrom, effectiveTo)
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(ruleSets)
      .set({
        name: input.name === undefined ? undefined : cleanRequired(input.name, 'name', 2),
        sourceDocument: input.sourceDocument, effectiveFrom, effectiveTo, content: input.content, updatedAt: new Date(),
      })
      .where(and(eq(ruleSets.id, ruleSet.id), eq(ruleSets.status, 'draft')))
      .returning()
    if (!row) throw conflict('ruleSetPublished')
    await audit(tx, ctx, { action: 'rule_set.update', entityType: 'rule_set', entityId: row.id, data: { fields: Object.keys(input) } })
    return row
  })
}

export async function publishRuleSet({ db, ctx, ruleSet }: { db: Db | Tx; ctx: Ctx; ruleSet: RuleSetRow }) {
  if (ruleSet.status !== 'draft') throw conflict('ruleSetPublished')
  return db.transaction(async (tx) => {
    const [row] = await tx.update(ruleSets).set({ status: 'published', publishedAt: new Date(), updatedAt: new Date() }).where(eq(ruleSets.id, ruleSet.id)).returning()
    await audit(tx, ctx, { action: 'rule_set.publish', entityType: 'rule_set', entityId: row.id, data: { code: row.code } })
    return row
  })
}

/** Installs the shipped rule set on a database that has none (every start; idempotent). */
export async function ensureDefaultRuleSet(db: Db): Promise<void> {
  const [any] = await db.select({ id: ruleSets.id }).from(ruleSets).limit(1)
  if (any) return
  const ctx = systemCtx('system:install')
  await db.transaction(async (tx) => {
    const row = await createRuleSet({ db: tx, ctx, input: { ...DEFAULT_RULE_SET } })
    await publishRuleSet({ db: tx, ctx, ruleSet: row })
  })
}
