// Column helpers shared by every table file.
import { customType, date, timestamp, uuid } from 'drizzle-orm/pg-core'

export const id = () => uuid('id').primaryKey().defaultRandom()
export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
/** A calendar date kept as 'YYYY-MM-DD' text in TypeScript. */
export const day = (name: string) => date(name, { mode: 'string' })
/** Text compared bytewise: for sort keys computed in TypeScript. */
export const textC = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' })
/** Bytes kept in the database (node-postgres answers a Buffer, PGlite a Uint8Array: both read as Uint8Array). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })
