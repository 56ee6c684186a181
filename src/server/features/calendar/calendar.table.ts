import { sql } from 'drizzle-orm'
import { check, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { day, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'

/**
 * The working-day calendar as data: one row per date that differs from "Monday to Friday work, weekends rest".
 * 'holiday' = a day off (statutory, compensatory or announced); 'working' = a weekend day worked (ngày làm bù).
 * A year with no row at all falls back to the statutory default (src/common/calendar/holidays.ts).
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: day('date').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    /** Null for the rows installed by the system at first start. */
    updatedBy: uuid('updated_by').references(() => accounts.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('calendar_days_kind_check', sql`${t.kind} in ('holiday','working')`),
    check('calendar_days_source_check', sql`${t.source} in ('statutory','announced','manual')`),
  ],
)
