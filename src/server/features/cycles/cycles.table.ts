import { sql } from 'drizzle-orm'
import { check, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, updatedAt } from '../../db/columns.ts'
import { ruleSets } from '../rules/rules.table.ts'

/** One yearly cycle of "học tập và làm theo" for the whole installation. */
export const cycles = pgTable(
  'cycles',
  {
    id: id(),
    year: integer('year').notNull().unique(),
    themeTitle: text('theme_title').notNull(),
    themeScope: text('theme_scope').notNull(),
    themeIssuer: text('theme_issuer'),
    guidanceDocument: text('guidance_document'),
    registrationDeadline: day('registration_deadline').notNull(),
    midyearReviewDate: day('midyear_review_date').notNull(),
    yearendReviewDate: day('yearend_review_date').notNull(),
    status: text('status').notNull().default('preparing'),
    ruleSetId: uuid('rule_set_id').notNull().references(() => ruleSets.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('cycles_status_check', sql`${t.status} in ('preparing','registration','in_progress','yearend_review','closed')`),
    check('cycles_scope_check', sql`${t.themeScope} in ('term','year')`),
    check('cycles_dates_check', sql`${t.registrationDeadline} < ${t.midyearReviewDate} and ${t.midyearReviewDate} < ${t.yearendReviewDate}`),
  ],
)
