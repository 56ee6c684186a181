// Plans that cascade down the tree: each organization's plan for a cycle, its items (tasks, targets, breakthrough
// tasks, pressing issues) with owner, weight, deadline and measurable result; items handed down to sub-units and
// accepted into their plans (the link kept both ways); progress reported as dated updates with evidence (the history
// is the record); the installation's reporting periods; links from plan items to members' commitment items.
import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, STORED_FILE_TYPES_SQL, storedFileColumns, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { commitmentItems } from '../commitments/commitments.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'

/** One plan per organization and cycle. */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    title: text('title').notNull(),
    /** Document number once issued, e.g. "12-KH/ĐU". */
    documentNumber: text('document_number'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('plans_org_cycle_idx').on(t.organizationId, t.cycleId)],
)

export const planItems = pgTable(
  'plan_items',
  {
    id: id(),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    /** A sub-item of another item of the same plan (a split), or null for a top-level item. */
    parentId: uuid('parent_id'),
    /** The superior's item this one was accepted from (cascade); the superior sees this item as its child. */
    sourceItemId: uuid('source_item_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** The measurable result expected ("100% chi bộ tổ chức sinh hoạt chuyên đề"). */
    expectedResult: text('expected_result'),
    ownerOrgId: uuid('owner_org_id').references(() => organizations.id),
    ownerPersonId: uuid('owner_person_id').references(() => people.id),
    /** Weight in the parent's (and the plan's) roll-up; 0 excludes without removing. */
    weight: integer('weight').notNull().default(1),
    /** Whether it counts in the parent's roll-up at all (switchable per item). */
    inRollup: boolean('in_rollup').notNull().default(true),
    /** 'children': progress is the weighted progress of its children; 'own': its own reported progress. */
    rollupMode: text('rollup_mode').notNull().default('children'),
    dueOn: day('due_on'),
    position: integer('position').notNull().default(0),
    /** The latest reported figures (the updates are the record; these are kept for listing). */
    progress: integer('progress').notNull().default(0),
    status: text('status').notNull().default('not_started'),
    lastReportedAt: timestamp('last_reported_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('plan_items_plan_idx').on(t.planId, t.parentId, t.position),
    index('plan_items_source_idx').on(t.sourceItemId),
    check('plan_items_kind_check', sql`${t.kind} in ('task','target','breakthrough','pressing')`),
    check('plan_items_status_check', sql`${t.status} in ('not_started','in_progress','late','done')`),
    check('plan_items_rollup_check', sql`${t.rollupMode} in ('children','own')`),
    check('plan_items_weight_check', sql`${t.weight} between 0 and 1000`),
    check('plan_items_progress_check', sql`${t.progress} between 0 and 100`),
  ],
)

/** A superior's item handed down to a sub-unit: pending until the sub-unit accepts it into its plan (or declines). */
export const planAssignments = pgTable(
  'plan_assignments',
  {
    id: id(),
    itemId: uuid('item_id').notNull().references(() => planItems.id),
    toOrgId: uuid('to_org_id').notNull().references(() => organizations.id),
    status: text('status').notNull().default('pending'),
    /** The item created in the sub-unit's plan on acceptance. */
    acceptedItemId: uuid('accepted_item_id').references(() => planItems.id),
    note: text('note'),
    assignedBy: uuid('assigned_by').references(() => accounts.id),
    respondedBy: uuid('responded_by').references(() => accounts.id),
    createdAt: createdAt(),
    respondedAt: timestamp('responded_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('plan_assignments_item_org_idx').on(t.itemId, t.toOrgId),
    index('plan_assignments_to_idx').on(t.toOrgId, t.status),
    check('plan_assignments_status_check', sql`${t.status} in ('pending','accepted','declined')`),
  ],
)

/** The installation's reporting periods of a cycle (quarters, six months, the year), each with a reporting deadline. */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: id(),
    cycleId: uuid('cycle_id').notNull().references(() => cycles.id),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    startsOn: day('starts_on').notNull(),
    endsOn: day('ends_on').notNull(),
    dueOn: day('due_on').notNull(),
  },
  (t) => [
    uniqueIndex('reporting_periods_cycle_label_idx').on(t.cycleId, t.label),
    check('reporting_periods_kind_check', sql`${t.kind} in ('quarter','half','year')`),
    check('reporting_periods_dates_check', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
)

/** A dated progress update on an item: never overwritten. */
export const planUpdates = pgTable(
  'plan_updates',
  {
    id: id(),
    itemId: uuid('item_id').notNull().references(() => planItems.id),
    periodId: uuid('period_id').references(() => reportingPeriods.id),
    progress: integer('progress').notNull(),
    status: text('status').notNull(),
    note: text('note').notNull(),
    reportedBy: uuid('reported_by').references(() => accounts.id),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_updates_item_idx').on(t.itemId, t.reportedAt),
    index('plan_updates_period_idx').on(t.periodId),
    check('plan_updates_status_check', sql`${t.status} in ('not_started','in_progress','late','done')`),
    check('plan_updates_progress_check', sql`${t.progress} between 0 and 100`),
  ],
)

/** Evidence files of an update (photos re-encoded, PDFs screened, as for citizens' feedback). */
export const planEvidence = pgTable(
  'plan_evidence',
  {
    id: id(),
    updateId: uuid('update_id').notNull().references(() => planUpdates.id),
    ...storedFileColumns(),
  },
  (t) => [
    index('plan_evidence_update_idx').on(t.updateId),
    check('plan_evidence_type_check', sql`${t.mediaType} in ${sql.raw(STORED_FILE_TYPES_SQL)}`),
  ],
)

/** A member's commitment item that serves a unit's plan item. */
export const planItemCommitments = pgTable(
  'plan_item_commitments',
  {
    planItemId: uuid('plan_item_id').notNull().references(() => planItems.id),
    commitmentItemId: uuid('commitment_item_id').notNull().references(() => commitmentItems.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.planItemId, t.commitmentItemId] }), index('plan_item_commitments_commitment_idx').on(t.commitmentItemId)],
)

/** A superior's reminder to a unit that has not reported for a period (shown on the unit's plan, mailed when possible). */
export const planReminders = pgTable(
  'plan_reminders',
  {
    id: id(),
    periodId: uuid('period_id').notNull().references(() => reportingPeriods.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    fromOrgId: uuid('from_org_id').notNull().references(() => organizations.id),
    note: text('note'),
    sentBy: uuid('sent_by').references(() => accounts.id),
    sentAt: createdAt(),
  },
  (t) => [index('plan_reminders_org_idx').on(t.organizationId, t.periodId)],
)
