import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { models } from '../models/models.table.ts'
import { organizations } from '../organizations/organizations.table.ts'

/**
 * A citizen's suggestion of a model through the public site, held for moderation by the commune (or a level above):
 * accepted as a draft model of a unit, or declined. The suggester's contact is seen only by moderators.
 */
export const modelSuggestions = pgTable(
  'model_suggestions',
  {
    id: id(),
    /** The commune or ward it was suggested for. */
    communeId: uuid('commune_id').notNull().references(() => organizations.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    suggesterName: text('suggester_name'),
    suggesterContact: text('suggester_contact'),
    status: text('status').notNull().default('pending'),
    moderationNote: text('moderation_note'),
    modelId: uuid('model_id').references(() => models.id),
    moderatedBy: uuid('moderated_by').references(() => accounts.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('model_suggestions_commune_idx').on(t.communeId, t.status),
    check('model_suggestions_status_check', sql`${t.status} in ('pending','accepted','declined')`),
    check('model_suggestions_kind_check', sql`${t.kind} in ('person','collective','practice')`),
  ],
)
