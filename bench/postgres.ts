// A throw-away PostgreSQL database for one benchmark run: created beside the given URL's, migrated, dropped after.
import { sql } from 'drizzle-orm'
import { createDb, type Database } from '../src/server/db/client.ts'
import { prepareDatabase } from '../src/server/prepare.ts'

export async function withBenchDatabase<T>(url: string, fn: (database: Database) => Promise<T>): Promise<T> {
  const admin = await createDb({ url })
  const name = `neuguong_bench_${process.pid}`
  await admin.db.execute(sql.raw(`create database ${name}`))
  const target = new URL(url)
  target.pathname = `/${name}`
  const pg = await createDb({ url: target.toString() })
  try {
    await prepareDatabase(pg)
    return await fn(pg)
  } finally {
    await pg.close()
    await admin.db.execute(sql.raw(`drop database if exists ${name}`))
    await admin.close()
  }
}
