// The statutory public holidays of a year: Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.
// 1. Tết Dương lịch 01/01 (1 day); Tết Âm lịch (5 days); Ngày Chiến thắng 30/4; Ngày Quốc tế lao động 01/5;
//    Quốc khánh 02/9 and one adjacent day before or after it (2 days); Giỗ Tổ Hùng Vương 10/3 âm lịch.
// 3. A holiday that falls on the weekly rest day is compensated on the next working day (nghỉ bù).
// 4. The Prime Minister decides the exact Tết days and the Quốc khánh adjacent day each year.
// This generator gives the default set; the stored calendar (edited to the government's yearly announcement) is
// what deadlines are counted on. See docs/calendar.md.
import { lunarToSolar, solarToLunar } from './lunar.ts'

export const DAY_KINDS = ['holiday', 'working'] as const
export type DayKind = (typeof DAY_KINDS)[number]
export const DAY_SOURCES = ['statutory', 'announced', 'manual'] as const
export type DaySource = (typeof DAY_SOURCES)[number]

export interface CalendarDay {
  date: string
  /** 'holiday' = a day off; 'working' = a weekend day worked instead (ngày làm bù). */
  kind: DayKind
  name: string
  source: DaySource
}

/** The years the calendar accepts (the lunar algorithm is valid 1800–2199). */
export const CALENDAR_MIN_YEAR = 1900
export const CALENDAR_MAX_YEAR = 2199

const DAY_MS = 86_400_000

/** Days since 1970-01-01 of an ISO date, and back. */
export const epochDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)
export const isoOfEpochDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10)
/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: string) => (((epochDay(iso) + 4) % 7) + 7) % 7
export const isWeekend = (iso: string) => {
  const w = weekdayOf(iso)
  return w === 0 || w === 6
}

const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']
export const weekdayVi = (iso: string) => WEEKDAYS_VI[weekdayOf(iso)]

/** A real calendar date 'YYYY-MM-DD' within the accepted years. */
export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false
  const year = Number(iso.slice(0, 4))
  return year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR && isoOfEpochDay(epochDay(iso)) === iso
}

/**
 * The adjacent Quốc khánh day: the one that joins 2/9 to a weekend when there is such a choice
 * (2/9 on Tuesday → 1/9, Thursday → 3/9), else the one that is a weekday; Wednesday → 3/9. The government decides;
 * correct the stored calendar from its announcement.
 */
function nationalDayNeighbour(year: number): string {
  const w = weekdayOf(`${year}-09-02`)
  return [2, 5, 6].includes(w) ? `${year}-09-01` : `${year}-09-03`
}

const TET_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4']

function fixedHolidays(year: number): CalendarDay[] {
  const day = (date: string, name: string): CalendarDay => ({ date, kind: 'holiday', name, source: 'statutory' })
  const tet = lunarToSolar(1, 1, year)
  const eve = isoOfEpochDay(epochDay(tet) - 1)
  const eveLunar = solarToLunar(eve)
  const neighbour = nationalDayNeighbour(year)
  return [
    day(`${year}-01-01`, 'Tết Dương lịch'),
    day(eve, `Tết Nguyên đán (${eveLunar.day} tháng Chạp)`),
    ...TET_NAMES.map((n, i) => day(isoOfEpochDay(epochDay(tet) + i), `Tết Nguyên đán (${n})`)),
    day(lunarToSolar(10, 3, year), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    day(`${year}-04-30`, 'Ngày Chiến thắng (30/4)'),
    day(`${year}-05-01`, 'Ngày Quốc tế Lao động (1/5)'),
    day(`${year}-09-02`, 'Quốc khánh (2/9)'),
    day(neighbour, `Quốc khánh (ngày liền kề ${Number(neighbour.slice(8))}/9)`),
  ].sort((a, b) => a.date.localeCompare(b.date))
}

/**
 * The default holidays of a solar year: the statutory days plus a compensatory day (nghỉ bù) for each one that
 * falls on Saturday or Sunday, on the next weekday that is not already a holiday. Sorted by date.
 */
export function statutoryHolidays(year: number): CalendarDay[] {
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) throw new RangeError(`year ${year} out of range`)
  const days = fixedHolidays(year)
  const taken = new Set(days.map((d) => d.date))
  const extra: CalendarDay[] = []
  for (const d of days) {
    if (!isWeekend(d.date)) continue
    let n = epochDay(d.date) + 1
    while (isWeekend(isoOfEpochDay(n)) || taken.has(isoOfEpochDay(n))) n++
    const date = isoOfEpochDay(n)
    taken.add(date)
    extra.push({ date, kind: 'holiday', name: `Nghỉ bù ${d.name}`, source: 'statutory' })
  }
  return [...days, ...extra].sort((a, b) => a.date.localeCompare(b.date))
}

export const yearOf = (iso: string) => Number(iso.slice(0, 4))
