// The working-day calendar: holidays and worked weekend days (ngày làm bù) by year, and the deadline calculator.
import { z } from 'zod'
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, DAY_KINDS, DAY_SOURCES, isCalendarDate } from '../calendar/holidays.ts'
import { MAX_WORKING_DAYS } from '../calendar/working-days.ts'

export const CalendarDate = z.string().refine(isCalendarDate, { error: 'calendarDateFormat' })
export const CalendarYear = z.coerce.number().int().min(CALENDAR_MIN_YEAR, { error: 'calendarYearRange' }).max(CALENDAR_MAX_YEAR, { error: 'calendarYearRange' })

export const DayKind = z.enum(DAY_KINDS)
export const DaySource = z.enum(DAY_SOURCES)

export const CalendarDayItem = z.object({
  date: z.string(),
  /** 0 = Sunday … 6 = Saturday. */
  weekday: z.number().int(),
  kind: DayKind,
  name: z.string(),
  source: DaySource,
  updatedAt: z.string().nullable(),
})
export type CalendarDayItem = z.infer<typeof CalendarDayItem>

export const CalendarYearQuery = z.strictObject({ year: CalendarYear })

export const CalendarYearResponse = z.object({
  year: z.number().int(),
  /** True when nothing is stored for the year: the list is the statutory default, which is what deadlines use. */
  statutoryDefault: z.boolean(),
  days: z.array(CalendarDayItem),
  abilities: z.object({ manage: z.boolean() }),
})
export type CalendarYearResponse = z.infer<typeof CalendarYearResponse>

export const CalendarDateParams = z.strictObject({ date: CalendarDate })

export const PutCalendarDayBody = z.strictObject({
  kind: DayKind,
  name: z.string().trim().min(2, { error: 'calendarNameLength' }).max(200, { error: 'calendarNameLength' }),
  /** 'announced' for a day from the government's yearly notice; 'manual' otherwise (the default). */
  source: z.enum(['announced', 'manual']).optional(),
})
export type PutCalendarDayBody = z.infer<typeof PutCalendarDayBody>

export const AddWorkingDaysQuery = z.strictObject({
  from: CalendarDate,
  days: z.coerce.number().int({ error: 'calendarDaysRange' }).min(0, { error: 'calendarDaysRange' }).max(MAX_WORKING_DAYS, { error: 'calendarDaysRange' }),
})

export const AddWorkingDaysResponse = z.object({
  from: z.string(),
  days: z.number().int(),
  /** The n-th working day after `from` (the day of receipt is not counted). */
  date: z.string(),
  /** The days off passed on the way (weekends and holidays), the holidays named. */
  daysOff: z.array(z.object({ date: z.string(), name: z.string().nullable() })),
})
export type AddWorkingDaysResponse = z.infer<typeof AddWorkingDaysResponse>
