// Citizens' feedback ("phản ánh, kiến nghị"): cases, the sender's contact kept apart, every step of a case, the
// categories with their handling deadlines, and the routing rules that send a case to the unit that handles it.
import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, STORED_FILE_TYPES_SQL, storedFileColumns, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { organizations } from '../organizations/organizations.table.ts'

export const feedbackCategories = pgTable('feedback_categories', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Working days to answer, counted from the day after receipt. */
  handlingDays: integer('handling_days').notNull(),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
})

export const feedbackCases = pgTable(
  'feedback_cases',
  {
    id: id(),
    /** SHA-256 of the tracking code: the code itself is shown to the sender once and never stored. */
    trackingHash: text('tracking_hash').notNull(),
    /** A short public reference ("PA-2026-000123") for phone calls; not a secret, not enough to look a case up. */
    reference: text('reference').notNull(),
    channel: text('channel').notNull(),
    categoryId: text('category_id').notNull().references(() => feedbackCategories.id),
    /** The commune or ward the feedback concerns. */
    communeId: uuid('commune_id').notNull().references(() => organizations.id),
    /** The unit handling it now (routing, transfers, returns move it). */
    handlerId: uuid('handler_id').notNull().references(() => organizations.id),
    content: text('content').notNull(),
    /** Folded content for duplicate suggestions. */
    searchKey: text('search_key').notNull(),
    anonymous: boolean('anonymous').notNull(),
    status: text('status').notNull().default('received'),
    receivedOn: day('received_on').notNull(),
    acknowledgeDue: day('acknowledge_due').notNull(),
    handlingDue: day('handling_due').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'date' }),
    draftAnswer: text('draft_answer'),
    publishedAnswer: text('published_answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    rating: integer('rating'),
    reopenedCount: integer('reopened_count').notNull().default(0),
    mergedIntoId: uuid('merged_into_id'),
    /** The unit above the handler that an overdue case was escalated to (null while on time), and since when. */
    escalatedToId: uuid('escalated_to_id').references(() => organizations.id),
    escalatedOn: day('escalated_on'),
    escalationLevel: integer('escalation_level').notNull().default(0),
    enteredBy: uuid('entered_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('feedback_cases_tracking_idx').on(t.trackingHash),
    uniqueIndex('feedback_cases_reference_idx').on(t.reference),
    index('feedback_cases_handler_idx').on(t.handlerId, t.status),
    index('feedback_cases_commune_idx').on(t.communeId, t.createdAt),
    index('feedback_cases_escalated_idx').on(t.escalatedToId),
    check('feedback_cases_status_check', sql`${t.status} in ('received','acknowledged','in_progress','answered','closed')`),
    check('feedback_cases_channel_check', sql`${t.channel} in ('web','phone','in_person','dialogue','mail')`),
    check('feedback_cases_rating_check', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
)

/** Who sent it, when they chose to say: never shown publicly, nor to units that do not handle the case. */
export const feedbackContacts = pgTable('feedback_contacts', {
  caseId: uuid('case_id').primaryKey().references(() => feedbackCases.id),
  name: text('name'),
  phone: text('phone'),
  email: text('email'),
})

export const feedbackEvents = pgTable(
  'feedback_events',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => feedbackCases.id),
    kind: text('kind').notNull(),
    fromOrgId: uuid('from_org_id').references(() => organizations.id),
    toOrgId: uuid('to_org_id').references(() => organizations.id),
    note: text('note'),
    /** Shown on the public status page (internal notes are not). */
    public: boolean('public').notNull().default(false),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    at: createdAt(),
  },
  (t) => [index('feedback_events_case_idx').on(t.caseId, t.at)],
)

/** Which unit handles feedback about a commune, by category (null: any category). Data the office edits. */
export const feedbackRoutes = pgTable(
  'feedback_routes',
  {
    communeId: uuid('commune_id').notNull().references(() => organizations.id),
    categoryId: text('category_id').notNull().default('*'),
    handlerId: uuid('handler_id').notNull().references(() => organizations.id),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.communeId, t.categoryId] })],
)

/**
 * Photos and documents sent with a case. Images are decoded and re-encoded on arrival (metadata such as GPS dropped);
 * PDFs are checked by signature. Kept in the database so a backup holds everything.
 */
export const feedbackAttachments = pgTable(
  'feedback_attachments',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => feedbackCases.id),
    ...storedFileColumns(),
  },
  (t) => [
    index('feedback_attachments_case_idx').on(t.caseId),
    check('feedback_attachments_type_check', sql`${t.mediaType} in ${sql.raw(STORED_FILE_TYPES_SQL)}`),
  ],
)
