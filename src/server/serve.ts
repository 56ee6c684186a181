// Starting the server: open the database, migrate, seed the demo province when asked and empty, listen.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { sql } from 'drizzle-orm'
import { buildApp } from './app.ts'
import { prepareDatabase } from './prepare.ts'
import type { Config } from './config.ts'
import { createDb } from './db/client.ts'
import { deleteExpiredSessions } from './features/auth/auth.service.ts'
import { scheduleEscalation } from './features/feedback/feedback.escalation.ts'
import { systemClock } from './lib/clock.ts'
import { isDatabaseEmpty, seedDemo, type DemoAccount, type DemoStage } from './features/demo/demo.seed.ts'

export const projectRoot = resolve(import.meta.dirname, '..', '..')
export const webRoot = join(projectRoot, 'dist', 'web')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** Builds the web app when it is missing or older than its sources (a fresh clone, or after a pull). */
export async function buildWebIfNeeded(log: (line: string) => void): Promise<void> {
  const index = join(webRoot, 'index.html')
  const sources = Math.max(newestMtime(join(projectRoot, 'src', 'web')), newestMtime(join(projectRoot, 'src', 'common')))
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return
  log('Đang dựng ứng dụng web (lần đầu mất khoảng 30 giây)… / Building the web app…')
  const { build } = await import('vite')
  await build({ root: projectRoot, configFile: join(projectRoot, 'vite.config.ts'), logLevel: 'warn' })
}

export function printDemoAccounts(accounts: DemoAccount[], log: (line: string) => void) {
  log('')
  log('Tài khoản dùng thử (demo accounts) — hãy đổi mật khẩu nếu dùng ngoài máy cá nhân:')
  for (const a of accounts) log(`  ${a.role.padEnd(10)} ${a.username.padEnd(10)} ${a.password}   ${a.organization} (${a.scope})`)
  log('')
}

export async function serve(config: Config, options: { demo: boolean; demoStage?: DemoStage; build: boolean; log?: (line: string) => void }) {
  const log = options.log ?? ((line: string) => console.log(line))
  if (options.build) await buildWebIfNeeded(log)
  const database = await createDb(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir })
  await prepareDatabase(database)
  // PGlite runs no autovacuum: refresh the planner's statistics at each start.
  if (database.kind === 'pglite') await database.db.execute(sql`analyze`)
  const empty = await isDatabaseEmpty(database.db)
  if (empty && !options.demo) {
    log('Cơ sở dữ liệu trống. Khởi tạo bằng dòng lệnh (khi máy chủ đã dừng nếu dùng PGlite):')
    log('  npm run cli -- org create --code MA --name "Đảng bộ tỉnh …" --kind province')
    log('  npm run cli -- user create --username quantri --password-stdin --grant admin:MA')
  }
  if (options.demo && empty) {
    log('Cơ sở dữ liệu trống: đang tạo tỉnh mẫu… / Empty database: seeding the demo province…')
    const result = await seedDemo(database.db, { stage: options.demoStage })
    log(`Đã tạo ${result.organizations} tổ chức và ${result.people} người.`)
    printDemoAccounts(result.accounts, log)
    const file = join(config.dataDir, 'demo-accounts.txt')
    if (!config.databaseUrl || existsSync(config.dataDir)) {
      writeFileSync(file, result.accounts.map((a) => `${a.role}\t${a.username}\t${a.password}\t${a.organization}`).join('\n') + '\n', { mode: 0o600 })
      log(`(Đã lưu vào ${file})`)
    }
  }
  const app = await buildApp({
    database, config, webRoot,
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'] },
  })
  // Expired sessions are refused on sight; this sweep only keeps the table small.
  const policy = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs }
  const sweep = setInterval(() => void deleteExpiredSessions(database.db, policy).catch(() => {}), 60 * 60_000)
  sweep.unref()
  // Overdue feedback escalates up the tree: now, then hourly.
  const stopEscalation = scheduleEscalation(database.db, systemClock, 60 * 60_000, (e) => app.log.error(e))
  const close = async () => {
    clearInterval(sweep)
    stopEscalation()
    await app.close()
    await database.close()
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      close().finally(() => process.exit(0))
    })
  }
  await app.listen({ port: config.port, host: config.host })
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host
  log(`Nêu Gương đang chạy tại http://${shown}:${config.port} (CSDL: ${database.kind === 'pglite' ? `PGlite ${config.dataDir}` : 'PostgreSQL'})`)
  return { app, database, close }
}
