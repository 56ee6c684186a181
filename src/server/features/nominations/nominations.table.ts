import { sql } from 'drizzle-orm'
import { type AnyPgColumn, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { models } from '../models/models.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { nominationRubrics } from '../rubrics/rubrics.table.ts'

/**
 * A model put forward for commendation in a year ("đề nghị khen thưởng"). It goes up the tree level by level: the
 * level holding it (atOrgId) reviews it, then forwards it to its parent, returns it to the nominating unit, declines it,
 * or commends it by a decision. One open nomination per model and year.
 */
export const nominations = pgTable(
  'nominations',
  {
    id: id(),
    modelId: uuid('model_id').notNull().references(() => models.id),
    year: integer('year').notNull(),
    /** The unit that nominates (a cell, a committee, an office on a unit's behalf). */
    nominatedByOrgId: uuid('nominated_by_org_id').notNull().references(() => organizations.id),
    /** Who actually proposed it: the party unit itself, the committee office, a mass organization or a citizen. */
    proposer: text('proposer').notNull().default('party_unit'),
    /** The mass organization's name ("Hội Liên hiệp Phụ nữ xã …") when proposer is mass_organization. */
    proposerName: text('proposer_name'),
    /** Why it deserves commendation. */
    reason: text('reason').notNull(),
    /** The level reviewing it now. */
    atOrgId: uuid('at_org_id').notNull().references(() => organizations.id),
    status: text('status').notNull().default('in_review'),
    /** The rubric it is scored on: the one in force for its year when it was nominated. */
    rubricId: uuid('rubric_id').notNull().references(() => nominationRubrics.id),
    /** The last return's or the decline's reason. */
    statusNote: text('status_note'),
    commendationId: uuid('commendation_id').references((): AnyPgColumn => commendations.id),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('nominations_at_idx').on(t.atOrgId, t.status),
    index('nominations_model_idx').on(t.modelId, t.year),
    index('nominations_by_idx').on(t.nominatedByOrgId, t.year),
    uniqueIndex('nominations_open_idx').on(t.modelId, t.year).where(sql`${t.status} in ('in_review','returned')`),
    check('nominations_status_check', sql`${t.status} in ('in_review','returned','declined','commended','withdrawn')`),
    check('nominations_proposer_check', sql`${t.proposer} in ('party_unit','office','mass_organization','citizen')`),
  ],
)

/**
 * A reviewer's assessment at one level: rubric scores for the model's area, a comment, and the conflict-of-interest
 * declaration. A reviewer who declares a conflict gives no scores and may take no step on the nomination.
 */
export const nominationReviews = pgTable(
  'nomination_reviews',
  {
    id: id(),
    nominationId: uuid('nomination_id').notNull().references(() => nominations.id),
    orgId: uuid('org_id').notNull().references(() => organizations.id),
    reviewerAccountId: uuid('reviewer_account_id').notNull().references(() => accounts.id),
    conflict: boolean('conflict').notNull().default(false),
    conflictNote: text('conflict_note'),
    /** criterion key → points, for the rubric of the model's area. */
    scores: jsonb('scores').$type<Record<string, number>>(),
    total: integer('total'),
    comment: text('comment'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('nomination_reviews_reviewer_idx').on(t.nominationId, t.orgId, t.reviewerAccountId),
    check('nomination_reviews_conflict_check', sql`not ${t.conflict} or (${t.scores} is null and ${t.conflictNote} is not null)`),
  ],
)

/**
 * Every step of a nomination: submitted, reviewed, conflict declared, forwarded, returned, resubmitted, declined,
 * commended, withdrawn, and decision annulled (back in review at the issuing level).
 */
export const nominationEvents = pgTable(
  'nomination_events',
  {
    id: id(),
    nominationId: uuid('nomination_id').notNull().references(() => nominations.id),
    kind: text('kind').notNull(),
    fromOrgId: uuid('from_org_id').references(() => organizations.id),
    toOrgId: uuid('to_org_id').references(() => organizations.id),
    note: text('note'),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    at: createdAt(),
  },
  (t) => [index('nomination_events_idx').on(t.nominationId, t.at)],
)

/**
 * A commendation decision ("quyết định khen thưởng") issued by a level for nominations it holds: number, date, the
 * form of commendation, the signer. Generated as a Party-format .docx. An issued decision never changes; a wrong one
 * is annulled ("hủy bỏ") with the reason, which puts its nominations back in review at the issuing level and takes
 * the commendation away from its models (its number stays taken).
 */
export const commendations = pgTable(
  'commendations',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    year: integer('year').notNull(),
    number: text('number').notNull(),
    signedOn: day('signed_on').notNull(),
    form: text('form').notNull(),
    /** The title of the commendation ("Điển hình tiên tiến trong học tập và làm theo … năm 2026"). */
    title: text('title').notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    annulledAt: timestamp('annulled_at', { withTimezone: true, mode: 'date' }),
    annulledBy: uuid('annulled_by').references(() => accounts.id),
    annulReason: text('annul_reason'),
    /** The nominations it had commended, kept when it is annulled (they go back in review and lose the link). */
    annulledNominationIds: jsonb('annulled_nomination_ids').$type<string[]>(),
  },
  (t) => [
    uniqueIndex('commendations_number_idx').on(t.organizationId, t.year, t.number),
    check('commendations_form_check', sql`${t.form} in ('certificate','diploma')`),
    check('commendations_annulled_check', sql`(${t.annulledAt} is null) = (${t.annulReason} is null)`),
  ],
)
