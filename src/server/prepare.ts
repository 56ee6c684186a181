// Every way into the database goes through here: migrations, then the data every installation ships with.
import type { Database } from './db/client.ts'
import { ensureDefaultRuleSet } from './features/rules/rules.service.ts'

export async function prepareDatabase(database: Database): Promise<void> {
  await database.migrate()
  await ensureDefaultRuleSet(database.db)
}
