// Deadlines of a case in working days, on the installation's calendar (weekends, holidays, days made up).
import type { Tx } from '../../db/client.ts'
import { addWorkingDays } from '../calendar/calendar.service.ts'

/** Quy định 11-QĐi/TW: the sender is told within 10 working days that the case is being handled or was transferred. */
export const ACKNOWLEDGE_WORKING_DAYS = 10

export function workingDaysAfter(tx: Tx, fromIso: string, days: number): Promise<string> {
  return addWorkingDays(tx, fromIso, days)
}
