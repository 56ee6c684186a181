import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { bytea, createdAt, id, storedFileColumns, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { models } from '../models/models.table.ts'
import { organizations } from '../organizations/organizations.table.ts'

/**
 * A news-style story ("bài viết") a unit's propaganda office writes about a model or the movement: title, lead, body
 * (sanitized HTML), byline, tags and captioned photos; published on the showcase and exported as .docx for the press.
 */
export const stories = pgTable(
  'stories',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    modelId: uuid('model_id').references(() => models.id),
    title: text('title').notNull(),
    lead: text('lead').notNull(),
    body: text('body').notNull().default(''),
    /** The byline as printed ("NG.ĐOAN (ghi)"). */
    byline: text('byline'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('stories_org_idx').on(t.organizationId),
    index('stories_model_idx').on(t.modelId),
    index('stories_published_idx').on(t.status, t.publishedAt),
    check('stories_status_check', sql`${t.status} in ('draft','published')`),
  ],
)

/** A photo of a story, with its caption and credit ("Ảnh: …"). */
export const storyPhotos = pgTable(
  'story_photos',
  {
    id: id(),
    storyId: uuid('story_id').notNull().references(() => stories.id, { onDelete: 'cascade' }),
    caption: text('caption'),
    credit: text('credit'),
    position: integer('position').notNull().default(0),
    thumbData: bytea('thumb_data'),
    ...storedFileColumns(),
  },
  (t) => [
    index('story_photos_story_idx').on(t.storyId, t.position),
    check('story_photos_type_check', sql`${t.mediaType} in ('image/jpeg','image/png','image/webp')`),
  ],
)
