import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, STORED_FILE_TYPES_SQL, storedFileColumns, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'

/**
 * The register of shortcomings ("hạn chế, khuyết điểm"), named against a person or an organization: fed by year-end
 * reviews, inspections, citizens' feedback or recorded directly; remedied by actions with owners and deadlines; closure
 * proposed by the subject and verified by the level that raised it (reopened if not effective). A person's open
 * shortcomings carry into their next commitment; an organization's into its next plan.
 */
export const shortcomings = pgTable(
  'shortcomings',
  {
    id: id(),
    /** The subject: a person, or (subjectOrgId) an organization — exactly one of the two. */
    personId: uuid('person_id').references(() => people.id),
    subjectOrgId: uuid('subject_org_id').references(() => organizations.id),
    /** The unit that named it (the cell at the review, the inspecting level); it verifies the closure. */
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    source: text('source').notNull(),
    /** The evaluation (for a review) the shortcoming was named in. */
    sourceId: uuid('source_id'),
    description: text('description').notNull(),
    severity: text('severity').notNull().default('medium'),
    cause: text('cause'),
    /** When it should be fixed by. */
    dueOn: day('due_on'),
    status: text('status').notNull().default('open'),
    proposedAt: timestamp('proposed_at', { withTimezone: true, mode: 'date' }),
    verifiedBy: uuid('verified_by').references(() => accounts.id),
    reopenedCount: integer('reopened_count').notNull().default(0),
    /** Where an organization's unresolved shortcoming was carried (an item of its next plan). */
    carriedToPlanItemId: uuid('carried_to_plan_item_id'),
    fixedAt: timestamp('fixed_at', { withTimezone: true, mode: 'date' }),
    fixedInCycleId: uuid('fixed_in_cycle_id').references(() => cycles.id),
    raisedBy: uuid('raised_by').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('shortcomings_person_idx').on(t.personId, t.status),
    index('shortcomings_source_idx').on(t.sourceId),
    index('shortcomings_subject_org_idx').on(t.subjectOrgId, t.status),
    index('shortcomings_org_idx').on(t.organizationId, t.status),
    check('shortcomings_status_check', sql`${t.status} in ('open','proposed','fixed')`),
    check('shortcomings_source_check', sql`${t.source} in ('review','org_review','inspection','feedback','direct')`),
    check('shortcomings_severity_check', sql`${t.severity} in ('low','medium','high')`),
    check('shortcomings_subject_check', sql`(${t.personId} is null) <> (${t.subjectOrgId} is null)`),
  ],
)

/** A remedial action: what will be done, by whom, by when; reported on until done. */
export const shortcomingActions = pgTable(
  'shortcoming_actions',
  {
    id: id(),
    shortcomingId: uuid('shortcoming_id').notNull().references(() => shortcomings.id),
    content: text('content').notNull(),
    ownerOrgId: uuid('owner_org_id').references(() => organizations.id),
    ownerName: text('owner_name').notNull(),
    dueOn: day('due_on').notNull(),
    status: text('status').notNull().default('open'),
    progress: integer('progress').notNull().default(0),
    doneOn: day('done_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('shortcoming_actions_idx').on(t.shortcomingId),
    check('shortcoming_actions_status_check', sql`${t.status} in ('open','done')`),
    check('shortcoming_actions_progress_check', sql`${t.progress} between 0 and 100`),
  ],
)

/** Every step of a shortcoming: raised, action added or reported, closure proposed, verified, reopened, carried. */
export const shortcomingEvents = pgTable(
  'shortcoming_events',
  {
    id: id(),
    shortcomingId: uuid('shortcoming_id').notNull().references(() => shortcomings.id),
    actionId: uuid('action_id').references(() => shortcomingActions.id),
    kind: text('kind').notNull(),
    progress: integer('progress'),
    note: text('note'),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    at: createdAt(),
  },
  (t) => [index('shortcoming_events_idx').on(t.shortcomingId, t.at)],
)

/** Evidence files of a step (photos re-encoded, PDFs screened, as for citizens' feedback). */
export const shortcomingEvidence = pgTable(
  'shortcoming_evidence',
  {
    id: id(),
    eventId: uuid('event_id').notNull().references(() => shortcomingEvents.id),
    ...storedFileColumns(),
  },
  (t) => [
    index('shortcoming_evidence_event_idx').on(t.eventId),
    check('shortcoming_evidence_type_check', sql`${t.mediaType} in ${sql.raw(STORED_FILE_TYPES_SQL)}`),
  ],
)
