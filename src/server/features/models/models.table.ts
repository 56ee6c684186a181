import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { bytea, createdAt, day, id, STORED_FILE_TYPES_SQL, storedFileColumns, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'

/** An emulation movement ("phong trào thi đua") launched by a unit, that exemplary models belong to. */
export const movements = pgTable(
  'movements',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    name: text('name').notNull(),
    description: text('description'),
    startsOn: day('starts_on').notNull(),
    endsOn: day('ends_on'),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('movements_org_name_idx').on(t.organizationId, t.name),
    check('movements_dates_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
)

/**
 * An exemplary model ("gương điển hình tiên tiến", "mô hình hay, cách làm hiệu quả"): a person, a collective or a
 * practice of a unit, with the area of Chỉ thị 05 it exemplifies, its story (sanitized HTML), its measurable results,
 * photos and evidence. Nominated up the tree, commended by a decision, shown publicly once commended and published,
 * and adopted by other units ("nhân rộng").
 */
export const models = pgTable(
  'models',
  {
    id: id(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    area: text('area').notNull(),
    movementId: uuid('movement_id').references(() => movements.id),
    /** The unit the model belongs to (a collective is this unit or one below it). */
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    /** The person, for kind 'person'. */
    personId: uuid('person_id').references(() => people.id),
    /** Short summary for lists and share cards. */
    summary: text('summary').notNull(),
    /** The story: HTML through the sanitizer's allowlist on every write. */
    story: text('story').notNull().default(''),
    /** Measurable results ("kết quả cụ thể, lượng hóa được"). */
    results: text('results').notNull().default(''),
    /** How it came in: by a unit, or a citizen's suggestion accepted by moderation. */
    origin: text('origin').notNull().default('unit'),
    /** The person's recorded consent to show their name and photos publicly (Nghị định 356/2025). */
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true, mode: 'date' }),
    consentRecordedBy: uuid('consent_recorded_by').references(() => accounts.id),
    /** How consent was given (e.g. "bản đồng ý ký ngày 12/3/2026"), kept with the record. */
    consentNote: text('consent_note'),
    /** The latest year it was commended (set by a commendation decision). */
    commendedYear: integer('commended_year'),
    /** On the public showcase (only once commended). */
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('models_org_idx').on(t.organizationId),
    index('models_published_idx').on(t.publishedAt),
    check('models_kind_check', sql`${t.kind} in ('person','collective','practice')`),
    check('models_area_check', sql`${t.area} in ('ideology','ethics','style')`),
    check('models_origin_check', sql`${t.origin} in ('unit','citizen')`),
    check('models_person_check', sql`(${t.kind} = 'person') = (${t.personId} is not null)`),
    check('models_published_check', sql`${t.publishedAt} is null or ${t.commendedYear} is not null`),
  ],
)

/** A photo (with caption and credit, and a small copy for lists) or an evidence file of a model. */
export const modelFiles = pgTable(
  'model_files',
  {
    id: id(),
    modelId: uuid('model_id').notNull().references(() => models.id, { onDelete: 'cascade' }),
    /** 'photo' shows on the model's page; 'evidence' stays inside the organization. */
    role: text('role').notNull(),
    caption: text('caption'),
    credit: text('credit'),
    position: integer('position').notNull().default(0),
    /** A small WebP copy (at most 480 px) for lists on slow phones; photos only. */
    thumbData: bytea('thumb_data'),
    ...storedFileColumns(),
  },
  (t) => [
    index('model_files_model_idx').on(t.modelId, t.role, t.position),
    check('model_files_role_check', sql`${t.role} in ('photo','evidence')`),
    check('model_files_type_check', sql`${t.mediaType} in ${sql.raw(STORED_FILE_TYPES_SQL)}`),
    check('model_files_photo_check', sql`${t.role} <> 'photo' or ${t.mediaType} <> 'application/pdf'`),
  ],
)

/** A unit that adopted a model ("nhân rộng"): when, and with what result. */
export const modelAdoptions = pgTable(
  'model_adoptions',
  {
    id: id(),
    modelId: uuid('model_id').notNull().references(() => models.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    adoptedOn: day('adopted_on').notNull(),
    result: text('result').notNull(),
    recordedBy: uuid('recorded_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('model_adoptions_model_org_idx').on(t.modelId, t.organizationId),
    index('model_adoptions_org_idx').on(t.organizationId),
  ],
)
