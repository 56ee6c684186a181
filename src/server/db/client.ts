// One createDb() over two engines: PGlite in-process (default) and a PostgreSQL server (DATABASE_URL).
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { citext } from '@electric-sql/pglite/contrib/citext'
import { ltree } from '@electric-sql/pglite/contrib/ltree'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import type { SQL } from 'drizzle-orm'
import * as schema from './schema.ts'
import { acquireDataDirLock } from './lock.ts'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>
/** A transaction handle or the database itself: services accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  migrate(): Promise<void>
  close(): Promise<void>
}

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations')
const pgliteExtensions = { citext, ltree, pg_trgm, unaccent }

export type DbOptions =
  | { url: string }
  /** dataDir undefined = in memory. loadDataDir = a dumped snapshot (tests). */
  | { dataDir?: string; loadDataDir?: Blob; lock?: boolean }

export async function createDb(options: DbOptions): Promise<Database> {
  if ('url' in options) return createPostgres(options.url)
  return createPglite(options)
}

async function createPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  pool.on('error', () => {}) // idle client errors surface on the next query
  const db = drizzlePg(pool, { schema }) as unknown as Db
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePg(db as never, { migrationsFolder }),
    close: () => pool.end(),
  }
}

async function createPglite(options: { dataDir?: string; loadDataDir?: Blob; lock?: boolean }): Promise<Database> {
  let release = () => {}
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true })
    if (options.lock !== false) release = acquireDataDirLock(options.dataDir)
  }
  try {
    const client = await PGlite.create(options.dataDir ? join(options.dataDir, 'pglite') : undefined, {
      extensions: pgliteExtensions,
      loadDataDir: options.loadDataDir,
      postgresqlconf: ['max_wal_size=64MB', 'min_wal_size=32MB'],
    } as Parameters<typeof PGlite.create>[1])
    const db = drizzlePglite(client, { schema }) as unknown as Db
    return {
      db,
      kind: 'pglite',
      migrate: () => migratePglite(db as never, { migrationsFolder }),
      close: async () => {
        await client.close()
        release()
      },
      ...{ client },
    }
  } catch (error) {
    release()
    throw error
  }
}

/** The PGlite client behind a Database (tests dump it to a snapshot). */
export function pgliteClient(database: Database): PGlite {
  return (database as unknown as { client: PGlite }).client
}

/** Rows of a raw SQL query, the same on both drivers (one statement per call: PGlite refuses several). */
export async function queryRows<T>(db: Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}
