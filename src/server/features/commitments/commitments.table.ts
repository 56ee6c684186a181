import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'
import { shortcomings } from '../shortcomings/shortcomings.table.ts'

/** One person's commitment for one cycle, held by the unit they were placed in when they registered. */
export const commitments = pgTable(
  'commitments',
  {
    id: id(),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    subjectGroup: text('subject_group').notNull(),
    status: text('status').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    /** Year-end self-assessment: points per criterion of the frame, their total, the level proposed, conditions claimed. */
    selfScores: jsonb('self_scores').$type<Record<string, number>>(),
    selfTotal: numeric('self_total', { precision: 5, scale: 1, mode: 'number' }),
    selfLevel: text('self_level'),
    selfConditions: jsonb('self_conditions').$type<string[]>(),
    selfAssessedAt: timestamp('self_assessed_at', { withTimezone: true, mode: 'date' }),
    /** When mid-year progress was first reported (the dashboards count it). */
    progressReportedAt: timestamp('progress_reported_at', { withTimezone: true, mode: 'date' }),
    /** A leader's exemplary commitment, published to the subtree of their unit (or to the public). */
    publishedScope: text('published_scope'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('commitments_cycle_person_idx').on(t.cycleId, t.personId),
    index('commitments_org_idx').on(t.organizationId, t.cycleId),
    check('commitments_status_check', sql`${t.status} in ('draft','submitted','approved','returned')`),
    check('commitments_group_check', sql`${t.subjectGroup} in ('collective','leader','individual','outside')`),
  ],
)

export const commitmentItems = pgTable(
  'commitment_items',
  {
    id: id(),
    commitmentId: uuid('commitment_id').notNull().references(() => commitments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    area: text('area').notNull(),
    content: text('content').notNull(),
    target: text('target').notNull(),
    deadline: day('deadline').notNull(),
    carriedOver: boolean('carried_over').notNull().default(false),
    /** The shortcoming (named at last year's review) this item sets out to fix. */
    shortcomingId: uuid('shortcoming_id').references(() => shortcomings.id),
    /** Mid-year: how far along, in percent, with a note. */
    midyearPercent: integer('midyear_percent'),
    midyearNote: text('midyear_note'),
    /** Year-end: not done, done or exceeded, with the evidence described. */
    result: text('result'),
    resultNote: text('result_note'),
  },
  (t) => [index('commitment_items_commitment_idx').on(t.commitmentId, t.position)],
)

/** The record of every step: submitted, approved, returned with the secretary's comment, reopened. */
export const commitmentEvents = pgTable(
  'commitment_events',
  {
    id: id(),
    commitmentId: uuid('commitment_id').notNull().references(() => commitments.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    comment: text('comment'),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    at: createdAt(),
  },
  (t) => [index('commitment_events_commitment_idx').on(t.commitmentId, t.at)],
)

/**
 * Commitments by status over each organization's whole subtree, per cycle: kept in the same transaction as every
 * commitment change (±1 on the unit and its ancestors), so a dashboard reads a row per child instead of a subtree.
 */
export const commitmentStats = pgTable(
  'commitment_stats',
  {
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    draft: integer('draft').notNull().default(0),
    submitted: integer('submitted').notNull().default(0),
    approved: integer('approved').notNull().default(0),
    returned: integer('returned').notNull().default(0),
    /** Commitments (any status) with mid-year progress reported, and with the year-end self-assessment done. */
    progressReported: integer('progress_reported').notNull().default(0),
    selfAssessed: integer('self_assessed').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.cycleId] })],
)
