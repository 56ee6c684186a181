// Column helpers shared by every table file.
import { customType, date, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core'

export const id = () => uuid('id').primaryKey().defaultRandom()
export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
/** A calendar date kept as 'YYYY-MM-DD' text in TypeScript. */
export const day = (name: string) => date(name, { mode: 'string' })
/** Text compared bytewise: for sort keys computed in TypeScript. */
export const textC = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' })
/** Bytes kept in the database (node-postgres answers a Buffer, PGlite a Uint8Array: both read as Uint8Array). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })

/** The media types a stored file may have (photos re-encoded, PDFs screened): for a check constraint. */
export const STORED_FILE_TYPES_SQL = "('image/jpeg','image/png','image/webp','application/pdf')"

/** The columns of a file kept in the database (feedback attachments, plan and shortcoming evidence). */
export const storedFileColumns = () => ({
  /** A clean file name for downloads. */
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  width: integer('width'),
  height: integer('height'),
  data: bytea('data').notNull(),
  createdAt: createdAt(),
})
