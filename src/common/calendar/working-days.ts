// Working-day arithmetic over a holiday calendar. Pure and synchronous: load a calendar once, count many deadlines.
//
// Conventions (docs/calendar.md):
// - A working day is Monday to Friday that is not a holiday, or a weekend day marked 'working' (ngày làm bù).
// - addWorkingDays(start, n): the day of receipt is not counted; the result is the n-th working day after `start`
//   (so a Friday + 1 is the next Monday, a Saturday + 1 the next Monday too). n = 0 gives `start` itself when it is a
//   working day, else the next working day.
// - workingDaysBetween(a, b): the working days after `a` up to and including `b` (negative when b < a), so that
//   workingDaysBetween(a, addWorkingDays(a, n)) === n.
import { type CalendarDay, epochDay, isoOfEpochDay, statutoryHolidays, weekdayOf, yearOf } from './holidays.ts'

/** The longest span counted in one call (about 14 years of working days). */
export const MAX_WORKING_DAYS = 3650

/** The days of a year that differ from the plain week, by the year: from the database, or the statutory default. */
export type YearSource = (year: number) => readonly CalendarDay[]

export class CalendarRangeError extends RangeError {
  constructor(readonly year: number) {
    super(`working-day calendar: year ${year} is not loaded`)
  }
}

export class WorkingCalendar {
  private readonly years = new Map<number, Map<string, CalendarDay>>()

  constructor(private readonly source: YearSource) {}

  /** A calendar with the statutory default for every year (no stored edits): for tests and the offline CLI. */
  static statutory(): WorkingCalendar {
    return new WorkingCalendar(statutoryHolidays)
  }

  /**
   * A calendar over the years `from`..`to` from stored rows; a year in range with no row gets the statutory default,
   * a year outside the range throws CalendarRangeError (load a wider range).
   */
  static fromRows(rows: readonly CalendarDay[], from: number, to: number): WorkingCalendar {
    const byYear = new Map<number, CalendarDay[]>()
    for (const r of rows) byYear.set(yearOf(r.date), [...(byYear.get(yearOf(r.date)) ?? []), r])
    return new WorkingCalendar((year) => {
      if (year < from || year > to) throw new CalendarRangeError(year)
      return byYear.get(year) ?? statutoryHolidays(year)
    })
  }

  private year(year: number): Map<string, CalendarDay> {
    let days = this.years.get(year)
    if (!days) {
      days = new Map(this.source(year).map((d) => [d.date, d]))
      this.years.set(year, days)
    }
    return days
  }

  /** The stored entry of a date (holiday or worked weekend day), or null for an ordinary day. */
  entry(iso: string): CalendarDay | null {
    return this.year(yearOf(iso)).get(iso) ?? null
  }

  /** The entries of a year, by date. */
  days(year: number): CalendarDay[] {
    return [...this.year(year).values()].sort((a, b) => a.date.localeCompare(b.date))
  }

  isWorkingDay(iso: string): boolean {
    const entry = this.entry(iso)
    if (entry) return entry.kind === 'working'
    const w = weekdayOf(iso)
    return w !== 0 && w !== 6
  }

  /** The deadline n working days after `start` (see the conventions at the top of this file). */
  addWorkingDays(start: string, n: number): string {
    if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new RangeError(`working days must be an integer 0–${MAX_WORKING_DAYS}`)
    let day = epochDay(start)
    if (n === 0) {
      while (!this.isWorkingDay(isoOfEpochDay(day))) day++
      return isoOfEpochDay(day)
    }
    let left = n
    while (left > 0) {
      day++
      if (this.isWorkingDay(isoOfEpochDay(day))) left--
    }
    return isoOfEpochDay(day)
  }

  /** Working days after `a` up to and including `b`; negative when b is before a. */
  workingDaysBetween(a: string, b: string): number {
    if (b < a) return -this.workingDaysBetween(b, a)
    const last = epochDay(b)
    let count = 0
    for (let day = epochDay(a) + 1; day <= last; day++) if (this.isWorkingDay(isoOfEpochDay(day))) count++
    return count
  }

  /** The days off (holidays and weekends) passed between `a` (excluded) and `b` (included), with their names. */
  daysOffBetween(a: string, b: string): { date: string; name: string | null }[] {
    const out: { date: string; name: string | null }[] = []
    for (let day = epochDay(a) + 1; day <= epochDay(b); day++) {
      const iso = isoOfEpochDay(day)
      if (!this.isWorkingDay(iso)) out.push({ date: iso, name: this.entry(iso)?.name ?? null })
    }
    return out
  }
}
