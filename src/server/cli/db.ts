// Opening the database from the command line: one process per PGlite folder, migrations applied first.
import { loadConfig, type Config } from '../config.ts'
import { createDb, type Database } from '../db/client.ts'
import { DataDirLockedError } from '../db/lock.ts'
import { AppError } from '../lib/errors.ts'
import { translate } from '../lib/messages.ts'
import { prepareDatabase } from '../prepare.ts'

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message)
  }
}

export async function withDatabase<T>(fn: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig()
  let database: Database
  try {
    database = await createDb(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir })
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new CliError(error.message, 2)
    throw error
  }
  try {
    await prepareDatabase(database)
    return await fn(database, config)
  } finally {
    await database.close()
  }
}

/** Runs a command's action and turns known errors into a message and an exit code (never a stack trace). */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await fn(...args)
    } catch (error) {
      if (error instanceof CliError) {
        console.error(error.message)
        process.exit(error.exitCode)
      }
      if (error instanceof AppError) {
        const details = (error.details as { fields?: { path: string; message: string }[] } | undefined)?.fields
        console.error(`Lỗi: ${translate(error.messageKey, 'vi', error.params)}${details ? ` (${details.map((d) => d.path).join(', ')})` : ''}`)
        process.exit(1)
      }
      console.error(`Lỗi: ${(error as Error).message}`)
      process.exit(1)
    }
  }
}

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
