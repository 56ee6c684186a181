// A fresh, migrated database per test file, on PGlite (default) or PostgreSQL (TEST_DATABASE_URL).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { createDb, type Database } from '../db/client.ts'

export const snapshotDir = join(process.cwd(), '.test-snapshot')
export const templateName = (version: string) => `neuguong_test_template_${version}`

export function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    const snapshot = process.env.NG_TEST_SNAPSHOT
    if (!snapshot) throw new Error('NG_TEST_SNAPSHOT is not set: run the tests through vitest (global setup)')
    return createDb({ loadDataDir: new Blob([readFileSync(snapshot)]) })
  }
  const name = `neuguong_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database "${name}" template "${process.env.NG_TEST_TEMPLATE}"`)
  await admin.end()
  const database = await createDb({ url: withDatabase(url, name) })
  return {
    ...database,
    close: async () => {
      await database.close()
      const dropper = new pg.Client({ connectionString: url })
      await dropper.connect()
      await dropper.query(`drop database if exists "${name}"`)
      await dropper.end()
    },
  }
}
