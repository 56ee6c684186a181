import { sql } from 'drizzle-orm'
import { boolean, check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, textC, updatedAt } from '../../db/columns.ts'
import { organizations } from '../organizations/organizations.table.ts'

export const people = pgTable(
  'people',
  {
    id: id(),
    /** As typed (NFC, invisible characters removed). */
    fullName: text('full_name').notNull(),
    familyName: text('family_name').notNull(),
    middleName: text('middle_name').notNull(),
    givenName: text('given_name').notNull(),
    /** Orders bytewise as Intl.Collator('vi') by given, middle, family name (src/common/text/names.ts). */
    sortKey: textC('sort_key').notNull(),
    /** Folded: lowercase, no diacritics, đ→d (src/common/text/fold.ts). */
    searchKey: text('search_key').notNull(),
    gender: text('gender'),
    birthDate: day('birth_date'),
    ethnicity: text('ethnicity'),
    partyJoinDate: day('party_join_date'),
    partyCardNumber: text('party_card_number').unique(),
    phone: text('phone'),
    email: text('email'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('people_sort_idx').on(t.sortKey, t.id),
    index('people_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    check('people_gender_check', sql`${t.gender} is null or ${t.gender} in ('male','female','other')`),
  ],
)

export const placements = pgTable(
  'placements',
  {
    id: id(),
    personId: uuid('person_id').notNull().references(() => people.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    position: text('position').notNull(),
    leadershipTier: text('leadership_tier').notNull().default('none'),
    isPrimary: boolean('is_primary').notNull().default(true),
    fromDate: day('from_date').notNull(),
    toDate: day('to_date'),
    endReason: text('end_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('placements_person_idx').on(t.personId),
    index('placements_org_current_idx').on(t.organizationId).where(sql`${t.toDate} is null`),
    check('placements_dates_check', sql`${t.toDate} is null or ${t.toDate} >= ${t.fromDate}`),
    check('placements_tier_check', sql`${t.leadershipTier} in ('none','cell','grassroots','upper','province')`),
  ],
)
