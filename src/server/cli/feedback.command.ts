// neuguong feedback escalate: one escalation sweep of overdue citizens' feedback (the server runs it hourly; this is
// for installations that prefer cron, or to escalate at once after editing the calendar).
import type { Command } from 'commander'
import { isCalendarDate } from '../../common/calendar/holidays.ts'
import { todayIso } from '../../common/dates.ts'
import { escalateOverdue } from '../features/feedback/feedback.escalation.ts'
import { CliError, action, withDatabase } from './db.ts'

export function registerFeedbackCommands(program: Command): void {
  const feedback = program.command('feedback').description('Phản ánh, kiến nghị của người dân (citizens\' feedback)')

  feedback
    .command('escalate')
    .description('Báo cáo lên cấp trên các phản ánh quá hạn (escalate overdue cases up the tree)')
    .option('--date <YYYY-MM-DD>', 'coi hôm nay là ngày này (default: today in Vietnam)')
    .action(action(async (options: { date?: string }) => {
      const day = options.date ?? todayIso()
      if (!isCalendarDate(day)) throw new CliError(`Ngày không hợp lệ: ${day} (dạng YYYY-MM-DD, ví dụ 2026-02-10).`, 2)
      await withDatabase(async ({ db }) => {
        const { escalated } = await escalateOverdue(db, day)
        console.log(`Đã báo cáo lên cấp trên ${escalated} phản ánh quá hạn (${day}).`)
      })
    }))
}
