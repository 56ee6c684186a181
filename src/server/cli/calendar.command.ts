// neuguong calendar add-working-days | holidays: deadlines in working days and the year's holidays, on the stored
// calendar (the statutory default for a year with nothing stored). Bad input: a Vietnamese message and exit code 2.
import type { Command } from 'commander'
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, isCalendarDate, weekdayVi } from '../../common/calendar/holidays.ts'
import { MAX_WORKING_DAYS } from '../../common/calendar/working-days.ts'
import { addWorkingDays, yearView } from '../features/calendar/calendar.service.ts'
import { CliError, action, withDatabase } from './db.ts'

function parseDate(value: string): string {
  if (!isCalendarDate(value)) throw new CliError(`Ngày không hợp lệ: ${value} (dạng YYYY-MM-DD, ví dụ 2026-02-10).`, 2)
  return value
}

function parseDays(value: string): number {
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN
  if (!(n >= 0 && n <= MAX_WORKING_DAYS)) throw new CliError(`Số ngày làm việc không hợp lệ: ${value} (số nguyên từ 0 đến ${MAX_WORKING_DAYS}).`, 2)
  return n
}

function parseYear(value: string): number {
  const year = /^\d{4}$/.test(value) ? Number(value) : NaN
  if (!(year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR)) throw new CliError(`Năm không hợp lệ: ${value} (từ ${CALENDAR_MIN_YEAR} đến ${CALENDAR_MAX_YEAR}, ví dụ 2026).`, 2)
  return year
}

const KIND_VI = { holiday: 'nghỉ', working: 'làm bù' } as const

export function registerCalendarCommands(program: Command): void {
  const calendar = program.command('calendar').description('Lịch nghỉ lễ và ngày làm việc (working-day calendar)')

  calendar
    .command('add-working-days')
    .description('In ngày sau <ngày> đúng N ngày làm việc, không tính ngày nhận (the date N working days after a date)')
    .argument('<date>', 'ngày bắt đầu, dạng YYYY-MM-DD')
    .argument('<n>', 'số ngày làm việc')
    .action(action(async (date: string, n: string) => {
      const start = parseDate(date)
      const days = parseDays(n)
      await withDatabase(async ({ db }) => console.log(await addWorkingDays(db, start, days)))
    }))

  calendar
    .command('holidays')
    .description('Liệt kê ngày nghỉ lễ và ngày làm bù của năm (list the year\'s holidays and worked weekend days)')
    .argument('<year>', 'năm, ví dụ 2026')
    .action(action(async (value: string) => {
      const year = parseYear(value)
      await withDatabase(async ({ db }) => {
        const { statutoryDefault, rows } = await yearView(db, year)
        if (statutoryDefault) console.log(`# Năm ${year} chưa có lịch đã lưu: theo mặc định của Bộ luật Lao động 2019, Điều 112.`)
        for (const d of rows) console.log(`${d.date}\t${weekdayVi(d.date)}\t${d.name}\t${KIND_VI[d.kind]}`)
      })
    }))
}
