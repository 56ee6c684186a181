// The `neuguong` command line.
import { Command, InvalidArgumentError } from 'commander'
import { eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { z } from 'zod'
import { OrgKind, ORG_KINDS } from '../../common/contracts/enums.ts'
import { orgCode, orgName } from '../../common/contracts/fields.ts'
import { loadConfig } from '../config.ts'
import { systemCtx } from '../lib/actor.ts'
import { createOrganization, getOrganizationByCode } from '../features/organizations/organizations.service.ts'
import { organizations } from '../features/organizations/organizations.table.ts'
import { isDatabaseEmpty, seedDemo, type DemoStage } from '../features/demo/demo.seed.ts'
import { verifyAuditChain } from '../lib/audit.ts'
import { printDemoAccounts, serve } from '../serve.ts'
import { CliError, action, withDatabase } from './db.ts'
import { treeOrder } from './tree-order.ts'
import { registerImportCommands } from './import.command.ts'
import { registerTextCommand } from './text.command.ts'
import { registerUserCommands } from './users.command.ts'
import { registerReportCommands } from './report.command.ts'
import { registerCalendarCommands } from './calendar.command.ts'
import { registerFeedbackCommands } from './feedback.command.ts'


/** The demo year's stage: under way (registration tests start there) or at its year-end review (the default). */
function demoStage(value: string): DemoStage {
  if (value !== 'in_progress' && value !== 'yearend_review') throw new InvalidArgumentError(`giai đoạn không hợp lệ: ${value} (in_progress hoặc yearend_review).`)
  return value
}

const CreateOrganizationCli = z.object({ code: orgCode, name: orgName, kind: OrgKind })

const program = new Command('neuguong')
  .description('Nêu Gương — nền tảng thực hiện Chỉ thị 05 (CLI). Biến môi trường: DATABASE_URL, DATA_DIR, PORT.')
  .showHelpAfterError()

program
  .command('serve')
  .description('Chạy máy chủ web (run the server)')
  .option('--demo', 'tạo tỉnh mẫu khi cơ sở dữ liệu trống (seed the demo province into an empty database)')
  .option('--demo-stage <stage>', 'giai đoạn của năm trong tỉnh mẫu: yearend_review (mặc định) hoặc in_progress', demoStage)
  .option('--build-if-missing', 'dựng ứng dụng web nếu chưa có hoặc đã cũ')
  .action(action(async (opts: { demo?: boolean; demoStage?: DemoStage; buildIfMissing?: boolean }) => {
    await serve(loadConfig(), { demo: Boolean(opts.demo), demoStage: opts.demoStage, build: Boolean(opts.buildIfMissing) })
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
  .option('--stage <stage>', 'giai đoạn của năm: yearend_review (mặc định) hoặc in_progress', demoStage)
  .action(action(async (opts: { seed?: number; people?: number; stage?: DemoStage }) => {
    await withDatabase(async ({ db }) => {
      if (!(await isDatabaseEmpty(db))) throw new CliError('Cơ sở dữ liệu đã có dữ liệu: chỉ tạo tỉnh mẫu trong cơ sở dữ liệu trống.')
      const result = await seedDemo(db, opts)
      console.log(`Đã tạo ${result.organizations} tổ chức và ${result.people} người.`)
      printDemoAccounts(result.accounts, console.log)
    })
  }))

const org = program.command('org').description('Tổ chức (organizations)')
org
  .command('create')
  .description('Tạo tổ chức; không có --parent là tổ chức gốc của cài đặt (create an organization; the root without --parent)')
  .requiredOption('--code <code>', 'mã đơn vị, ví dụ HV hoặc HV.P-HAIVAN')
  .requiredOption('--name <name>', 'tên, ví dụ "Đảng bộ thành phố Hải Vân"')
  .requiredOption('--kind <kind>', `loại: ${ORG_KINDS.join(', ')}`)
  .option('--parent <code>', 'mã đơn vị cấp trên')
  .action(action(async (opts: { code: string; name: string; kind: string; parent?: string }) => {
    const input = CreateOrganizationCli.safeParse(opts)
    if (!input.success) throw new CliError(`Tham số không hợp lệ: ${input.error.issues.map((i) => `--${i.path.join('.')}`).join(', ')}`, 2)
    await withDatabase(async ({ db }) => {
      const parent = opts.parent
        ? await getOrganizationByCode(db, opts.parent).catch(() => {
            throw new CliError(`Không có tổ chức mã "${opts.parent}"`)
          })
        : null
      const row = await createOrganization({ db, ctx: systemCtx(), input: { parent, code: input.data.code, name: input.data.name, kind: input.data.kind } })
      console.log(`Đã tạo ${row.name} (${row.code}, ${row.id})`)
    })
  }))
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
registerReportCommands(program)
registerTextCommand(program)
registerImportCommands(program)
registerCalendarCommands(program)
registerFeedbackCommands(program)

await program.parseAsync(process.argv)
