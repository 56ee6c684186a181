// Every way into the database goes through here: migrations, then the data every installation ships with.
import type { Database } from './db/client.ts'
import { ensureCalendarSeeded } from './features/calendar/calendar.service.ts'
import { ensureFeedbackCategories } from './features/feedback/feedback.service.ts'
import { ensureDefaultRuleSet } from './features/rules/rules.service.ts'

export async function prepareDatabase(database: Database): Promise<void> {
  await database.migrate()
  await ensureDefaultRuleSet(database.db)
  await ensureCalendarSeeded(database.db)
  await ensureFeedbackCategories(database.db)
}
