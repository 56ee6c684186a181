// The `neuguong` command line.
import { Command } from 'commander'
import { eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { loadConfig } from '../config.ts'
import { organizations } from '../features/organizations/organizations.table.ts'
import { isDatabaseEmpty, seedDemo } from '../features/demo/demo.seed.ts'
import { verifyAuditChain } from '../lib/audit.ts'
import { printDemoAccounts, serve } from '../serve.ts'
import { CliError, action, withDatabase } from './db.ts'
import { treeOrder } from './tree-order.ts'
import { registerTextCommand } from './text.command.ts'
import { registerUserCommands } from './users.command.ts'

const program = new Command('neuguong')
  .description('Nêu Gương — nền tảng thực hiện Chỉ thị 05 (CLI). Biến môi trường: DATABASE_URL, DATA_DIR, PORT.')
  .showHelpAfterError()

program
  .command('serve')
  .description('Chạy máy chủ web (run the server)')
  .option('--demo', 'tạo tỉnh mẫu khi cơ sở dữ liệu trống (seed the demo province into an empty database)')
  .option('--build-if-missing', 'dựng ứng dụng web nếu chưa có hoặc đã cũ')
  .action(action(async (opts: { demo?: boolean; buildIfMissing?: boolean }) => {
    await serve(loadConfig(), { demo: Boolean(opts.demo), build: Boolean(opts.buildIfMissing) })
  }))

program
  .command('migrate')
  .description('Áp dụng các bản di chuyển cơ sở dữ liệu (apply database migrations)')
  .action(action(async () => {
    await withDatabase(async (database) => console.log(`Cơ sở dữ liệu (${database.kind}) đã ở phiên bản mới nhất.`))
  }))

program
  .command('seed')
  .description('Nạp dữ liệu (seed data)')
  .command('demo')
  .description('Tạo tỉnh mẫu "Hải Vân" trong cơ sở dữ liệu trống (seed the demo province)')
  .option('--seed <n>', 'hạt giống ngẫu nhiên', (v) => Number(v))
  .option('--people <n>', 'số người', (v) => Number(v))
  .action(action(async (opts: { seed?: number; people?: number }) => {
    await withDatabase(async ({ db }) => {
      if (!(await isDatabaseEmpty(db))) throw new CliError('Cơ sở dữ liệu đã có dữ liệu: chỉ tạo tỉnh mẫu trong cơ sở dữ liệu trống.')
      const result = await seedDemo(db, opts)
      console.log(`Đã tạo ${result.organizations} tổ chức và ${result.people} người.`)
      printDemoAccounts(result.accounts, console.log)
    })
  }))

const org = program.command('org').description('Tổ chức (organizations)')
org
  .command('list')
  .description('Liệt kê các tổ chức (list organizations)')
  .option('--json', 'in dạng JSON: [{ id, code, name, kind, status, parentCode }]')
  .action(action(async (opts: { json?: boolean }) => {
    await withDatabase(async ({ db }) => {
      const parent = alias(organizations, 'parent')
      const rows = await db
        .select({ id: organizations.id, code: organizations.code, name: organizations.name, kind: organizations.kind, status: organizations.status, depth: organizations.depth, parentCode: parent.code })
        .from(organizations)
        .leftJoin(parent, eq(parent.id, organizations.parentId))
      const ordered = treeOrder(rows)
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(ordered.map(({ depth: _depth, ...r }) => r), null, 2)}\n`)
        return
      }
      for (const r of ordered) console.log(`${'  '.repeat(r.depth)}${r.code}\t${r.name}${r.status === 'active' ? '' : ` [${r.status}]`}`)
    })
  }))

program
  .command('audit')
  .description('Nhật ký kiểm toán (audit log)')
  .command('verify')
  .description('Kiểm tra chuỗi băm của nhật ký (verify the hash chain)')
  .action(action(async () => {
    await withDatabase(async ({ db }) => {
      const result = await verifyAuditChain(db)
      if (result.ok) {
        console.log(`Chuỗi nhật ký toàn vẹn: ${result.count} sự kiện. (audit chain intact: ${result.count} events)`)
        return
      }
      throw new CliError(`Chuỗi nhật ký bị phá vỡ tại sự kiện số ${result.brokenSeq}: ${result.reason} (${result.count} sự kiện trước đó hợp lệ)`)
    })
  }))

registerUserCommands(program)
registerTextCommand(program)

await program.parseAsync(process.argv)
