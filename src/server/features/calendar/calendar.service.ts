// The working-day calendar: the stored holidays and worked weekend days, loaded into a WorkingCalendar for counting
// deadlines, edited by administrators, and installed with the statutory defaults at first start.
//
// For features counting many deadlines (feedback): `const cal = await loadCalendar(db, 2026, 2027)` once, then
// `cal.addWorkingDays(receivedOn, 10)` as often as needed (synchronous). Conventions: src/common/calendar/working-days.ts.
import { and, asc, eq, gte, lte } from 'drizzle-orm'
import { CALENDAR_MAX_YEAR, type CalendarDay, type DayKind, type DaySource, isWeekend, statutoryHolidays, yearOf } from '../../../common/calendar/holidays.ts'
import { CalendarRangeError, WorkingCalendar } from '../../../common/calendar/working-days.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { systemCtx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired } from '../../lib/clean.ts'
import { invalid, notFound } from '../../lib/errors.ts'
import { calendarDays } from './calendar.table.ts'

export { DEADLINE_SETTINGS, deadlineSettings, handleWorkingDaysFor } from '../../../common/calendar/deadlines.ts'
export { WorkingCalendar } from '../../../common/calendar/working-days.ts'

export type CalendarDayRow = typeof calendarDays.$inferSelect

export const toDay = (r: CalendarDayRow): CalendarDay => ({ date: r.date, kind: r.kind as DayKind, name: r.name, source: r.source as DaySource })

/** The stored rows of the years from..to, by date. */
export async function listStoredDays(db: Tx, from: number, to: number): Promise<CalendarDayRow[]> {
  return db.select().from(calendarDays)
    .where(and(gte(calendarDays.date, `${from}-01-01`), lte(calendarDays.date, `${to}-12-31`)))
    .orderBy(asc(calendarDays.date))
}

// Loaded years, per database handle. Edits in this process clear it; the TTL bounds how long another process's edit
// (several servers on one PostgreSQL) goes unseen.
const CACHE_TTL_MS = 60_000
const cache = new WeakMap<object, Map<number, { days: CalendarDay[]; at: number }>>()

export function invalidateCalendarCache(db: Tx): void {
  cache.delete(db)
}

async function yearRows(db: Tx, from: number, to: number): Promise<CalendarDay[]> {
  let byYear = cache.get(db)
  if (!byYear) cache.set(db, (byYear = new Map()))
  const now = Date.now()
  const missing: number[] = []
  for (let y = from; y <= to; y++) {
    const hit = byYear.get(y)
    if (!hit || now - hit.at > CACHE_TTL_MS) missing.push(y)
  }
  if (missing.length > 0) {
    const lo = Math.min(...missing)
    const hi = Math.max(...missing)
    const rows = (await listStoredDays(db, lo, hi)).map(toDay)
    for (let y = lo; y <= hi; y++) byYear.set(y, { days: rows.filter((r) => yearOf(r.date) === y), at: now })
  }
  const out: CalendarDay[] = []
  for (let y = from; y <= to; y++) out.push(...byYear.get(y)!.days)
  return out
}

/**
 * The calendar of the years from..to (a year with nothing stored counts with the statutory default). Counting past
 * `to` throws CalendarRangeError: load one year more than the latest start date when deadlines may cross a new year.
 */
export async function loadCalendar(db: Tx, from: number, to: number = from): Promise<WorkingCalendar> {
  return WorkingCalendar.fromRows(await yearRows(db, from, to), from, to)
}

/** The calendar a count of n working days from `start` needs (about 250 working days a year, with margin). */
export function loadCalendarFor(db: Tx, start: string, n: number): Promise<WorkingCalendar> {
  return loadCalendar(db, yearOf(start), Math.min(CALENDAR_MAX_YEAR, yearOf(start) + Math.ceil(n / 200) + 1))
}

export const isWorkingDay = (cal: WorkingCalendar, iso: string) => cal.isWorkingDay(iso)

/** A count that runs past the supported years is the caller's input error, not a server failure. */
function counted<T>(fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    if (error instanceof CalendarRangeError) throw invalid('calendarYearRange', 'days')
    throw error
  }
}

/** For the calculator: the deadline and the days off passed on the way. */
export async function countWorkingDays(db: Tx, start: string, n: number): Promise<{ date: string; daysOff: { date: string; name: string | null }[] }> {
  const cal = await loadCalendarFor(db, start, n)
  return counted(() => {
    const date = cal.addWorkingDays(start, n)
    return { date, daysOff: cal.daysOffBetween(start, date) }
  })
}

/** The deadline n working days after `start`; the day of receipt is not counted, the result is a working day. */
export async function addWorkingDays(source: Tx | WorkingCalendar, start: string, n: number): Promise<string> {
  const cal = source instanceof WorkingCalendar ? source : await loadCalendarFor(source, start, n)
  return counted(() => cal.addWorkingDays(start, n))
}

/** Working days after `a` up to and including `b` (negative when b is before a). */
export async function workingDaysBetween(source: Tx | WorkingCalendar, a: string, b: string): Promise<number> {
  const cal = source instanceof WorkingCalendar ? source : await loadCalendar(source, yearOf(a < b ? a : b), yearOf(a < b ? b : a))
  return cal.workingDaysBetween(a, b)
}

async function yearIsStored(tx: Tx, year: number): Promise<boolean> {
  const [hit] = await tx.select({ date: calendarDays.date }).from(calendarDays)
    .where(and(gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`))).limit(1)
  return Boolean(hit)
}

/** Stores a year's statutory default when it has no row (so that one edit does not wipe the rest of the year). */
async function materializeYear(tx: Tx, ctx: Ctx, year: number): Promise<number> {
  if (await yearIsStored(tx, year)) return 0
  const days = statutoryHolidays(year)
  await tx.insert(calendarDays).values(days.map((d) => ({ ...d, updatedBy: ctx.actor.accountId }))).onConflictDoNothing()
  await audit(tx, ctx, { action: 'calendar.year.install', entityType: 'calendar_year', entityId: String(year), data: { year, days: days.length, source: 'statutory' } })
  return days.length
}

export interface PutDayInput {
  kind: DayKind
  name: string
  source?: 'announced' | 'manual'
}

/** Adds or replaces a date: a holiday (any day) or a worked weekend day (Saturday or Sunday only). */
export async function putCalendarDay({ db, ctx, date, input }: { db: Db; ctx: Ctx; date: string; input: PutDayInput }): Promise<CalendarDayRow> {
  if (input.kind === 'working' && !isWeekend(date)) throw invalid('calendarWorkingOnWeekday', 'kind')
  const name = cleanRequired(input.name, 'name', 2)
  const source = input.source ?? 'manual'
  const row = await db.transaction(async (tx) => {
    await materializeYear(tx, ctx, yearOf(date))
    const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.date, date))
    const values = { kind: input.kind, name, source, updatedBy: ctx.actor.accountId, updatedAt: new Date() }
    const [saved] = await tx.insert(calendarDays).values({ date, ...values })
      .onConflictDoUpdate({ target: calendarDays.date, set: values }).returning()
    await audit(tx, ctx, {
      action: 'calendar.day.put', entityType: 'calendar_day', entityId: date,
      data: { date, kind: saved.kind, name: saved.name, source, before: before ? toDay(before) : null },
    })
    return saved
  })
  invalidateCalendarCache(db)
  return row
}

/** Removes a date from the calendar (it becomes an ordinary weekday or weekend day). */
export async function deleteCalendarDay({ db, ctx, date }: { db: Db; ctx: Ctx; date: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await materializeYear(tx, ctx, yearOf(date))
    const [gone] = await tx.delete(calendarDays).where(eq(calendarDays.date, date)).returning()
    if (!gone) throw notFound('calendarDayNotFound')
    await audit(tx, ctx, { action: 'calendar.day.delete', entityType: 'calendar_day', entityId: date, data: { before: toDay(gone) } })
  })
  invalidateCalendarCache(db)
}

/** The entries of a year as deadlines see them: the stored rows, or the statutory default when none is stored. */
export async function yearView(db: Tx, year: number): Promise<{ statutoryDefault: boolean; rows: (CalendarDay & { updatedAt: Date | null })[] }> {
  const rows = await listStoredDays(db, year, year)
  if (rows.length > 0) return { statutoryDefault: false, rows: rows.map((r) => ({ ...toDay(r), updatedAt: r.updatedAt })) }
  return { statutoryDefault: true, rows: statutoryHolidays(year).map((d) => ({ ...d, updatedAt: null })) }
}

/**
 * At every start: stores the statutory holidays of the current and the next year when nothing is stored for them,
 * so the office sees and corrects them (to the government's announcement) before they count. Idempotent.
 */
export async function ensureCalendarSeeded(db: Db, today: string = todayIso()): Promise<number[]> {
  const ctx = systemCtx('system:install')
  const seeded: number[] = []
  for (const year of [yearOf(today), yearOf(today) + 1]) {
    const n = await db.transaction((tx) => materializeYear(tx, ctx, year))
    if (n > 0) seeded.push(year)
  }
  if (seeded.length > 0) invalidateCalendarCache(db)
  return seeded
}
