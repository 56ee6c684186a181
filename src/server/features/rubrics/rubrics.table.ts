import { sql } from 'drizzle-orm'
import { check, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import type { RubricContent } from '../../../common/contracts/rubrics.ts'
import { createdAt, day, id, updatedAt } from '../../db/columns.ts'

/**
 * The scoring rubrics of nominations as versioned data, like the rating rule sets: drafts are edited, published ones
 * never change. Migration 0020 installs the shipped rubric (code 'guong-dien-hinh-2026').
 */
export const nominationRubrics = pgTable(
  'nomination_rubrics',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    sourceDocument: text('source_document'),
    effectiveFrom: day('effective_from').notNull(),
    effectiveTo: day('effective_to'),
    status: text('status').notNull().default('draft'),
    /** Criteria per area; validated by RubricContent (src/common/contracts/rubrics.ts). */
    content: jsonb('content').$type<RubricContent>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('nomination_rubrics_status_check', sql`${t.status} in ('draft','published')`),
    check('nomination_rubrics_dates_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
)
