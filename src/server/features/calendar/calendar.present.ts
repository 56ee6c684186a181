import type { CalendarDay } from '../../../common/calendar/holidays.ts'
import { weekdayOf } from '../../../common/calendar/holidays.ts'
import type { CalendarDayItem } from '../../../common/contracts/calendar.ts'

export function presentCalendarDay(day: CalendarDay & { updatedAt: Date | null }): CalendarDayItem {
  return { date: day.date, weekday: weekdayOf(day.date), kind: day.kind, name: day.name, source: day.source, updatedAt: day.updatedAt?.toISOString() ?? null }
}
