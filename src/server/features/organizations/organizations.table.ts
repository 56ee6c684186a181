import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core'
import { createdAt, day, id, textC, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'

export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('active'),
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id),
    /** Materialized path of ids, '/root/…/self/': subtree = `path LIKE $prefix || '%'` with the prefix bound. */
    path: textC('path').notNull(),
    depth: integer('depth').notNull(),
    /** Folded name and code for search (src/common/text/fold.ts). */
    searchKey: text('search_key').notNull(),
    validFrom: day('valid_from'),
    validTo: day('valid_to'),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => organizations.id),
    /** Aggregates kept in the same transaction as every change (see organizations.counts.ts). */
    peopleCount: integer('people_count').notNull().default(0),
    subtreePeopleCount: integer('subtree_people_count').notNull().default(0),
    childCount: integer('child_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('organizations_parent_idx').on(t.parentId),
    index('organizations_path_idx').on(t.path),
    index('organizations_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    check('organizations_kind_check', sql`${t.kind} in ('province','commune','ward','agency','grassroots','cell')`),
    check('organizations_status_check', sql`${t.status} in ('active','merged','dissolved')`),
  ],
)

export const organizationHistory = pgTable(
  'organization_history',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    kind: text('kind').notNull(),
    effectiveDate: day('effective_date').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    recordedAt: createdAt(),
  },
  (t) => [index('organization_history_org_idx').on(t.organizationId, t.recordedAt)],
)
