// Reporting periods of a cycle (quarters, six months, the year), each with its reporting deadline: set by the office
// at the root or an administrator, one by one or as the usual set in one click (the deadline a few working days after
// the period's end, on the working-day calendar). A period named by updates or reminders stays.
import { and, asc, desc, eq, sql } from 'drizzle-orm'
import { PERIOD_DUE_WORKING_DAYS, type CreatePeriodBody, type PeriodKind, type ReportingPeriod, type UpdatePeriodBody } from '../../../common/contracts/plans.ts'
import { defaultPeriods } from '../../../common/plans/periods.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired } from '../../lib/clean.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import { addWorkingDays, loadCalendar } from '../calendar/calendar.service.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { reportingPeriods } from './plans.table.ts'

export type PeriodRow = typeof reportingPeriods.$inferSelect

/** Named by an update or a reminder (the table written out: drizzle leaves a lone table's columns unqualified). */
const usedSql = sql<boolean>`(exists (select 1 from plan_updates u where u.period_id = reporting_periods.id) or exists (select 1 from plan_reminders r where r.period_id = reporting_periods.id))`

export const presentPeriod = (p: PeriodRow, used: boolean): ReportingPeriod => ({
  id: p.id, cycleId: p.cycleId, kind: p.kind as PeriodKind, label: p.label, startsOn: p.startsOn, endsOn: p.endsOn, dueOn: p.dueOn, used,
})

export async function listPeriods(db: Tx, cycleId: string): Promise<ReportingPeriod[]> {
  const rows = await db.select({ row: reportingPeriods, used: usedSql }).from(reportingPeriods).where(eq(reportingPeriods.cycleId, cycleId))
    .orderBy(asc(reportingPeriods.endsOn), desc(reportingPeriods.startsOn), asc(reportingPeriods.label))
  return rows.map((r) => presentPeriod(r.row, Boolean(r.used)))
}

export async function getPeriod(db: Tx, id: string): Promise<PeriodRow> {
  const [row] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.id, id))
  if (!row) throw notFound('planPeriodNotFound')
  return row
}

/** Start ≤ end ≤ deadline, within the cycle's year (the deadline and a year-end period may reach into the next). */
function checkDates(d: { startsOn: string; endsOn: string; dueOn: string }, year: number) {
  if (d.startsOn > d.endsOn) throw invalid('planPeriodOrder', 'endsOn')
  if (d.dueOn < d.endsOn) throw invalid('planPeriodDueBeforeEnd', 'dueOn')
  const yearOf = (iso: string) => Number(iso.slice(0, 4))
  if (yearOf(d.startsOn) !== year || ![year, year + 1].includes(yearOf(d.endsOn)) || ![year, year + 1].includes(yearOf(d.dueOn))) {
    throw invalid('planPeriodOutsideYear', 'startsOn', { year })
  }
}

async function labelTaken(db: Tx, cycleId: string, label: string, except: string | null) {
  const [row] = await db.select({ id: reportingPeriods.id }).from(reportingPeriods).where(and(eq(reportingPeriods.cycleId, cycleId), eq(reportingPeriods.label, label)))
  if (row && row.id !== except) throw conflict('planPeriodLabelTaken', { label })
}

export async function createPeriod(db: Db, ctx: Ctx, cycle: CycleRow, input: CreatePeriodBody): Promise<PeriodRow> {
  const label = cleanRequired(input.label, 'label', 2)
  checkDates(input, cycle.year)
  await labelTaken(db, cycle.id, label, null)
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(reportingPeriods).values({ cycleId: cycle.id, kind: input.kind, label, startsOn: input.startsOn, endsOn: input.endsOn, dueOn: input.dueOn }).returning()
    await audit(tx, ctx, { action: 'plan.period.create', entityType: 'reporting_period', entityId: row.id, data: { cycleId: cycle.id, label, startsOn: row.startsOn, endsOn: row.endsOn, dueOn: row.dueOn } })
    return row
  })
}

export async function updatePeriod(db: Db, ctx: Ctx, period: PeriodRow, cycle: CycleRow, input: UpdatePeriodBody) {
  const next = { ...period, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) }
  const label = cleanRequired(next.label, 'label', 2)
  checkDates(next, cycle.year)
  await labelTaken(db, cycle.id, label, period.id)
  return db.transaction(async (tx) => {
    await tx.update(reportingPeriods).set({ kind: next.kind, label, startsOn: next.startsOn, endsOn: next.endsOn, dueOn: next.dueOn }).where(eq(reportingPeriods.id, period.id))
    await audit(tx, ctx, { action: 'plan.period.update', entityType: 'reporting_period', entityId: period.id, data: { cycleId: cycle.id, ...input } })
  })
}

export async function deletePeriod(db: Db, ctx: Ctx, period: PeriodRow) {
  return db.transaction(async (tx) => {
    const [{ used }] = await tx.select({ used: usedSql }).from(reportingPeriods).where(eq(reportingPeriods.id, period.id))
    if (used) throw conflict('planPeriodUsed')
    await tx.delete(reportingPeriods).where(eq(reportingPeriods.id, period.id))
    await audit(tx, ctx, { action: 'plan.period.delete', entityType: 'reporting_period', entityId: period.id, data: { cycleId: period.cycleId, label: period.label } })
  })
}

/** The usual set for the cycle's year, skipping labels that exist already; answers how many were added. */
export async function createDefaultPeriods(db: Db, ctx: Ctx, cycle: CycleRow): Promise<number> {
  const existing = new Set((await db.select({ label: reportingPeriods.label }).from(reportingPeriods).where(eq(reportingPeriods.cycleId, cycle.id))).map((r) => r.label))
  const missing = defaultPeriods(cycle.year).filter((p) => !existing.has(p.label))
  if (missing.length === 0) throw conflict('planPeriodsExist')
  const calendar = await loadCalendar(db, cycle.year, cycle.year + 1)
  const rows = await Promise.all(missing.map(async (p) => ({ ...p, cycleId: cycle.id, dueOn: await addWorkingDays(calendar, p.endsOn, PERIOD_DUE_WORKING_DAYS) })))
  return db.transaction(async (tx) => {
    await tx.insert(reportingPeriods).values(rows)
    await audit(tx, ctx, { action: 'plan.period.defaults', entityType: 'cycle', entityId: cycle.id, data: { year: cycle.year, labels: rows.map((r) => r.label) } })
    return rows.length
  })
}
