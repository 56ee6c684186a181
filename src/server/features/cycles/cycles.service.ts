// Yearly cycles: created and stepped through their statuses by administrators, each change audited.
import { desc, eq, ne } from 'drizzle-orm'
import { CYCLE_STEPS, type CycleStep } from '../../../common/contracts/cycles.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired } from '../../lib/clean.ts'
import { AppError, conflict, notFound } from '../../lib/errors.ts'
import { getRuleSet, ruleSetInForce, type RuleSetRow } from '../rules/rules.service.ts'
import { carryOverAllOrgShortcomings } from '../shortcomings/shortcomings.carry.ts'
import { cycles } from './cycles.table.ts'

export type CycleRow = typeof cycles.$inferSelect

export async function getCycle(db: Tx, id: string): Promise<CycleRow> {
  const [row] = await db.select().from(cycles).where(eq(cycles.id, id)).limit(1)
  if (!row) throw notFound('cycleNotFound')
  return row
}

export const listCycles = (db: Db) => db.select().from(cycles).orderBy(desc(cycles.year))

/** This year's cycle; else the newest not closed (one being prepared ahead); else the newest. */
export async function currentCycle(db: Db, today = todayIso()): Promise<CycleRow> {
  const [thisYear] = await db.select().from(cycles).where(eq(cycles.year, Number(today.slice(0, 4)))).limit(1)
  if (thisYear) return thisYear
  const [open] = await db.select().from(cycles).where(ne(cycles.status, 'closed')).orderBy(desc(cycles.year)).limit(1)
  const [latest] = open ? [open] : await db.select().from(cycles).orderBy(desc(cycles.year)).limit(1)
  if (!latest) throw notFound('cycleNotFound')
  return latest
}

interface Dates {
  registrationDeadline: string
  midyearReviewDate: string
  yearendReviewDate: string
}

function assertDates(year: number, d: Dates) {
  const yearOf = (iso: string) => Number(iso.slice(0, 4))
  const inOrder = d.registrationDeadline < d.midyearReviewDate && d.midyearReviewDate < d.yearendReviewDate
  const inYear = yearOf(d.registrationDeadline) === year && yearOf(d.midyearReviewDate) === year && [year, year + 1].includes(yearOf(d.yearendReviewDate))
  if (!inOrder || !inYear) {
    throw new AppError('validation_failed', 'cycleDatesOrder', { year }, { fields: [{ path: 'midyearReviewDate', message: 'cycleDatesOrder' }] })
  }
}

async function usableRuleSet(tx: Tx, ruleSetId: string | undefined, year: number): Promise<RuleSetRow> {
  const ruleSet = ruleSetId ? await getRuleSet(tx, ruleSetId) : await ruleSetInForce(tx, `${year}-01-01`)
  if (!ruleSet) throw new AppError('conflict', 'noRuleSet', { year })
  if (ruleSet.status !== 'published') throw new AppError('conflict', 'ruleSetNotPublished', {}, { fields: [{ path: 'ruleSetId', message: 'ruleSetNotPublished' }] })
  return ruleSet
}

export interface CycleInput extends Dates {
  year: number
  themeTitle: string
  themeScope: 'term' | 'year'
  themeIssuer?: string | null
  guidanceDocument?: string | null
  ruleSetId?: string
}

export async function createCycle({ db, ctx, input }: { db: Db | Tx; ctx: Ctx; input: CycleInput }): Promise<CycleRow> {
  assertDates(input.year, input)
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: cycles.id }).from(cycles).where(eq(cycles.year, input.year))
    if (taken) throw new AppError('conflict', 'cycleYearTaken', { year: input.year }, { fields: [{ path: 'year', message: 'cycleYearTaken' }] })
    // The rule set in force on 1 January, else the newest published one (a cycle prepared before its rules take effect).
    const ruleSet = input.ruleSetId
      ? await usableRuleSet(tx, input.ruleSetId, input.year)
      : ((await ruleSetInForce(tx, `${input.year}-01-01`)) ?? (await ruleSetInForce(tx, `${input.year}-12-31`)) ?? (await usableRuleSet(tx, undefined, input.year)))
    const [row] = await tx
      .insert(cycles)
      .values({
        year: input.year, themeTitle: cleanRequired(input.themeTitle, 'themeTitle', 10), themeScope: input.themeScope,
        themeIssuer: input.themeIssuer ?? null, guidanceDocument: input.guidanceDocument ?? null,
        registrationDeadline: input.registrationDeadline, midyearReviewDate: input.midyearReviewDate, yearendReviewDate: input.yearendReviewDate,
        ruleSetId: ruleSet.id,
      })
      .returning()
    await audit(tx, ctx, { action: 'cycle.create', entityType: 'cycle', entityId: row.id, data: { year: row.year, ruleSetId: ruleSet.id } })
    return row
  })
}

export async function updateCycle({ db, ctx, cycle, input }: { db: Db; ctx: Ctx; cycle: CycleRow; input: Partial<Omit<CycleInput, 'year'>> }) {
  if (cycle.status === 'closed') throw conflict('cycleClosed')
  const dates = {
    registrationDeadline: input.registrationDeadline ?? cycle.registrationDeadline,
    midyearReviewDate: input.midyearReviewDate ?? cycle.midyearReviewDate,
    yearendReviewDate: input.yearendReviewDate ?? cycle.yearendReviewDate,
  }
  assertDates(cycle.year, dates)
  if (input.ruleSetId && input.ruleSetId !== cycle.ruleSetId && !['preparing', 'registration'].includes(cycle.status)) throw conflict('cycleRulesLocked')
  return db.transaction(async (tx) => {
    const ruleSetId = input.ruleSetId ? (await usableRuleSet(tx, input.ruleSetId, cycle.year)).id : undefined
    const [row] = await tx
      .update(cycles)
      .set({
        themeTitle: input.themeTitle === undefined ? undefined : cleanRequired(input.themeTitle, 'themeTitle', 10),
        themeScope: input.themeScope, themeIssuer: input.themeIssuer, guidanceDocument: input.guidanceDocument,
        ...dates, ruleSetId, updatedAt: new Date(),
      })
      .where(eq(cycles.id, cycle.id))
      .returning()
    await audit(tx, ctx, { action: 'cycle.update', entityType: 'cycle', entityId: cycle.id, data: { fields: Object.keys(input) } })
    return row
  })
}

/** One workflow step (open registration, start, begin the year-end review, close), from its one allowed status. */
export async function stepCycle({ db, ctx, cycle, step }: { db: Db | Tx; ctx: Ctx; cycle: CycleRow; step: CycleStep }) {
  const { from, to } = CYCLE_STEPS[step]
  if (cycle.status !== from) throw conflict('cycleStepNotAllowed')
  return db.transaction(async (tx) => {
    const [row] = await tx.update(cycles).set({ status: to, updatedAt: new Date() }).where(eq(cycles.id, cycle.id)).returning()
    await audit(tx, ctx, { action: `cycle.${step}`, entityType: 'cycle', entityId: cycle.id, data: { year: cycle.year, from, to } })
    // Organizations' shortcomings still unresolved go into their plans for the new year (a member's into the commitment).
    if (step === 'open-registration') await carryOverAllOrgShortcomings(tx, ctx, row)
    return row
  })
}
