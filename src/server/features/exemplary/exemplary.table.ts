import { sql } from 'drizzle-orm'
import { check, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { commitments } from '../commitments/commitments.table.ts'

/** Structured comments on a leader's exemplary commitment, from colleagues and the residence cell (Quy định 213). */
export const exemplaryComments = pgTable(
  'exemplary_comments',
  {
    id: id(),
    commitmentId: uuid('commitment_id').notNull().references(() => commitments.id, { onDelete: 'cascade' }),
    authorAccountId: uuid('author_account_id').notNull().references(() => accounts.id),
    source: text('source').notNull(),
    strengths: text('strengths'),
    weaknesses: text('weaknesses'),
    exemplary: text('exemplary'),
    suggestions: text('suggestions'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('exemplary_comments_author_idx').on(t.commitmentId, t.authorAccountId),
    check('exemplary_comments_source_check', sql`${t.source} in ('colleague','residence')`),
  ],
)
