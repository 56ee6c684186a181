import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'

/**
 * The register of shortcomings ("hạn chế, khuyết điểm") named against a person: today fed by the cell's year-end
 * review, carried into the person's next commitment as an item, and fixed when that item is assessed done.
 */
export const shortcomings = pgTable(
  'shortcomings',
  {
    id: id(),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** The unit that named it (the cell at the review); its subtree's offices see it. */
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    source: text('source').notNull(),
    /** The evaluation (for a review) the shortcoming was named in. */
    sourceId: uuid('source_id'),
    description: text('description').notNull(),
    status: text('status').notNull().default('open'),
    fixedAt: timestamp('fixed_at', { withTimezone: true, mode: 'date' }),
    fixedInCycleId: uuid('fixed_in_cycle_id').references(() => cycles.id),
    raisedBy: uuid('raised_by').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('shortcomings_person_idx').on(t.personId, t.status),
    index('shortcomings_source_idx').on(t.sourceId),
    check('shortcomings_status_check', sql`${t.status} in ('open','fixed')`),
    check('shortcomings_source_check', sql`${t.source} in ('review')`),
  ],
)
