// Reporting periods of a cycle: the usual set (the four quarters, the first six months, the year) and which period is
// being reported on a given day. Pure functions; the server adds each deadline in working days after the period's end.

export type PeriodKind = 'quarter' | 'half' | 'year'

export interface PeriodDates {
  kind: PeriodKind
  label: string
  startsOn: string
  endsOn: string
}

export interface PeriodLike extends PeriodDates {
  id: string
  dueOn: string
}

const ROMAN = ['I', 'II', 'III', 'IV']
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** Quý I–IV, 6 tháng đầu năm and the year, labelled as offices write them ("Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026"). */
export function defaultPeriods(year: number): PeriodDates[] {
  const quarters = ROMAN.map((numeral, q): PeriodDates => ({
    kind: 'quarter', label: `Quý ${numeral}/${year}`, startsOn: iso(year, q * 3 + 1, 1), endsOn: iso(year, q * 3 + 3, lastDay(year, q * 3 + 3)),
  }))
  return [
    ...quarters,
    { kind: 'half', label: `6 tháng đầu năm ${year}`, startsOn: iso(year, 1, 1), endsOn: iso(year, 6, 30) },
    { kind: 'year', label: `Năm ${year}`, startsOn: iso(year, 1, 1), endsOn: iso(year, 12, 31) },
  ]
}

const SPAN: Record<PeriodKind, number> = { quarter: 0, half: 1, year: 2 }
const shortestFirst = (a: PeriodLike, b: PeriodLike) => SPAN[a.kind] - SPAN[b.kind] || a.startsOn.localeCompare(b.startsOn)

/**
 * The period being reported on `today`: one that has ended and whose deadline has not passed (its reporting window);
 * else the one under way; else the latest ended; the shortest kind first among several. Null before any period starts.
 */
export function currentPeriod<T extends PeriodLike>(periods: readonly T[], today: string): T | null {
  const inWindow = periods.filter((p) => p.endsOn < today && today <= p.dueOn).sort(shortestFirst)
  if (inWindow.length) return inWindow[0]
  const running = periods.filter((p) => p.startsOn <= today && today <= p.endsOn).sort(shortestFirst)
  if (running.length) return running[0]
  const ended = periods.filter((p) => p.endsOn < today).sort((a, b) => b.endsOn.localeCompare(a.endsOn) || shortestFirst(a, b))
  return ended[0] ?? null
}
