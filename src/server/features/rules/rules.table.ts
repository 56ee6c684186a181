import { sql } from 'drizzle-orm'
import { check, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import type { RuleSetContent } from '../../../common/contracts/rules.ts'
import { createdAt, day, id, updatedAt } from '../../db/columns.ts'

/** Rating rules as versioned data: drafts are edited, published ones never change (a new version supersedes them). */
export const ruleSets = pgTable(
  'rule_sets',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    sourceDocument: text('source_document'),
    effectiveFrom: day('effective_from').notNull(),
    effectiveTo: day('effective_to'),
    status: text('status').notNull().default('draft'),
    /** Frame, bands, top-level conditions and quota; validated by RuleSetContent (src/common/contracts/rules.ts). */
    content: jsonb('content').$type<RuleSetContent>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('rule_sets_status_check', sql`${t.status} in ('draft','published')`),
    check('rule_sets_dates_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
)
