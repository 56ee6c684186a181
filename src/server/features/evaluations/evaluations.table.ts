import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { commitments } from '../commitments/commitments.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'

/** A member's year-end evaluation: the cell's review (proposal) and the competent organization's decision. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: id(),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    commitmentId: uuid('commitment_id').notNull().references(() => commitments.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    /** Where the quota is counted (the grassroots party organization above the cell, per the rule set). */
    quotaScopeId: uuid('quota_scope_id').notNull().references(() => organizations.id),
    reviewDate: day('review_date').notNull(),
    attendancePresent: integer('attendance_present').notNull(),
    attendanceTotal: integer('attendance_total').notNull(),
    votes: jsonb('votes').$type<{ excellent: number; good: number; complete: number; incomplete: number }>().notNull(),
    proposedLevel: text('proposed_level').notNull(),
    comment: text('comment'),
    reviewedBy: uuid('reviewed_by').references(() => accounts.id),
    status: text('status').notNull().default('proposed'),
    decidedLevel: text('decided_level'),
    decidedScore: numeric('decided_score', { precision: 5, scale: 1, mode: 'number' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    exceptionJustification: text('exception_justification'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('evaluations_cycle_person_idx').on(t.cycleId, t.personId),
    index('evaluations_scope_idx').on(t.quotaScopeId, t.cycleId, t.status),
    index('evaluations_org_idx').on(t.organizationId, t.cycleId),
    check('evaluations_status_check', sql`${t.status} in ('proposed','decided')`),
    check('evaluations_attendance_check', sql`${t.attendancePresent} <= ${t.attendanceTotal}`),
  ],
)

/** Evaluations over each organization's subtree per cycle: reviewed and waiting, and decided by level. */
export const evaluationStats = pgTable(
  'evaluation_stats',
  {
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    proposed: integer('proposed').notNull().default(0),
    excellent: integer('excellent').notNull().default(0),
    good: integer('good').notNull().default(0),
    complete: integer('complete').notNull().default(0),
    incomplete: integer('incomplete').notNull().default(0),
    /** The cells' proposals by level (every reviewed evaluation, decided or not), to set against the decisions. */
    proposedExcellent: integer('proposed_excellent').notNull().default(0),
    proposedGood: integer('proposed_good').notNull().default(0),
    proposedComplete: integer('proposed_complete').notNull().default(0),
    proposedIncomplete: integer('proposed_incomplete').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.cycleId] })],
)

/**
 * An organization's own year-end rating (the collective frame): its self-assessment and proposed level, then the
 * decision of the level above; locked once decided, annulled only from higher up.
 */
export const organizationEvaluations = pgTable(
  'organization_evaluations',
  {
    id: id(),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    /** The level above that decides (the parent when the self-assessment was made). */
    decidingOrganizationId: uuid('deciding_organization_id').notNull().references(() => organizations.id),
    selfScores: jsonb('self_scores').$type<Record<string, number>>().notNull(),
    selfTotal: numeric('self_total', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    proposedLevel: text('proposed_level').notNull(),
    selfConditions: jsonb('self_conditions').$type<string[]>().notNull().default([]),
    report: text('report').notNull(),
    proposedBy: uuid('proposed_by').references(() => accounts.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true, mode: 'date' }).notNull(),
    status: text('status').notNull().default('proposed'),
    decidedLevel: text('decided_level'),
    decidedScore: numeric('decided_score', { precision: 5, scale: 1, mode: 'number' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decidedBy: uuid('decided_by').references(() => accounts.id),
    decisionNote: text('decision_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organization_evaluations_cycle_org_idx').on(t.cycleId, t.organizationId),
    index('organization_evaluations_deciding_idx').on(t.decidingOrganizationId, t.cycleId),
    check('organization_evaluations_status_check', sql`${t.status} in ('proposed','decided')`),
  ],
)
