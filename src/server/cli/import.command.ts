// `neuguong import people|organizations FILE`: the same import as the web app, with a progress bar on a terminal and
// one JSON object with --json. Exit 0 when the file was imported (or, with --dry-run, would be); 1 when refused whole.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { SingleBar } from 'cli-progress'
import type { Command } from 'commander'
import type { ImportKind, ImportResult } from '../../common/contracts/imports.ts'
import { systemCtx } from '../lib/actor.ts'
import { AppError } from '../lib/errors.ts'
import { translate } from '../lib/messages.ts'
import { getOrganizationByCode } from '../features/organizations/organizations.service.ts'
import { presentResult } from '../features/imports/imports.present.ts'
import { runImport } from '../features/imports/imports.service.ts'
import type { UnitRef } from '../features/imports/imports.units.ts'
import { CliError, action, withDatabase } from './db.ts'

interface ImportCliOptions {
  org?: string
  dryRun?: boolean
  json?: boolean
}

const refused = (message: string): ImportResult => ({ created: 0, updated: 0, skipped: 0, errors: [{ row: 0, message }], conversions: [] })

function print(result: ImportResult, opts: ImportCliOptions, dryRun: boolean) {
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`)
    return
  }
  const verb = dryRun ? 'Sẽ' : 'Đã'
  console.log(`${verb} tạo mới ${result.created}, cập nhật ${result.updated}, bỏ qua ${result.skipped}.${dryRun ? ' (chạy thử: chưa ghi gì)' : ''}`)
  for (const e of result.errors.slice(0, 50)) console.log(`  Dòng ${e.row}: ${e.message}`)
  if (result.errors.length > 50) console.log(`  … và ${result.errors.length - 50} dòng lỗi khác.`)
  if (result.conversions.length > 0) console.log(`Đã chuyển mã ${result.conversions.length} ô từ TCVN3/VNI/Unicode tổ hợp sang Unicode dựng sẵn.`)
}

async function runCli(kind: ImportKind, file: string, opts: ImportCliOptions) {
  let buf: Buffer
  try {
    buf = await readFile(file)
  } catch {
    throw new CliError(`Không đọc được tệp ${file}.`, 2)
  }
  const bar = process.stderr.isTTY && !opts.json ? new SingleBar({ format: ' {phase} [{bar}] {value}/{total} dòng', hideCursor: true, stream: process.stderr }) : null
  await withDatabase(async ({ db }) => {
    let org: UnitRef | null = null
    if (opts.org) {
      org = await getOrganizationByCode(db, opts.org).catch(() => {
        throw new CliError(`Không có tổ chức mã "${opts.org}".`, 2)
      })
    }
    let phase = ''
    try {
      const outcome = await runImport({
        db, ctx: systemCtx('system:cli-import'), kind, file: buf, fileName: basename(file), org, dryRun: Boolean(opts.dryRun),
        onProgress: (p) => {
          if (!bar) return
          if (p.phase !== phase) {
            if (phase) bar.stop()
            phase = p.phase
            bar.start(Math.max(p.total, 1), 0, { phase: p.phase === 'check' ? 'Kiểm tra' : 'Ghi dữ liệu' })
          }
          if (p.phase === 'check') bar.setTotal(Math.max(p.done, 1))
          bar.update(p.done)
        },
      })
      bar?.stop()
      print(presentResult(outcome, 'vi'), opts, Boolean(opts.dryRun))
      if (outcome.refusal) process.exitCode = 1
    } catch (error) {
      bar?.stop()
      if (!(error instanceof AppError) || error.status >= 500) throw error
      const message = translate(error.messageKey, 'vi', error.params)
      if (opts.json) process.stdout.write(`${JSON.stringify(refused(message))}\n`)
      else console.error(`Tệp bị từ chối: ${message}`)
      process.exitCode = 1
    }
  })
}

export function registerImportCommands(program: Command): Command {
  const cmd = program.command('import').description('Nhập dữ liệu từ Excel (.xlsx) hoặc CSV (import from a spreadsheet)')
  cmd
    .command('people')
    .description('Nhập danh sách người, đảng viên (import people); mỗi dòng vào đơn vị ở cột "Mã đơn vị"/"Chi bộ", không có thì vào --org')
    .argument('<file>', 'tệp .xlsx hoặc .csv')
    .option('--org <code>', 'mã đơn vị nhận các dòng không ghi đơn vị')
    .option('--dry-run', 'chỉ kiểm tra, không ghi gì')
    .option('--json', 'in một đối tượng JSON: { created, updated, skipped, errors, conversions }')
    .action(action((file: string, opts: ImportCliOptions) => runCli('people', file, opts)))
  cmd
    .command('organizations')
    .description('Nhập danh sách tổ chức đảng (import organizations): mã, tên, loại, mã đơn vị cấp trên')
    .argument('<file>', 'tệp .xlsx hoặc .csv')
    .option('--org <code>', 'đơn vị cấp trên mặc định cho các dòng không ghi cấp trên')
    .option('--dry-run', 'chỉ kiểm tra, không ghi gì')
    .option('--json', 'in một đối tượng JSON: { created, updated, skipped, errors, conversions }')
    .action(action((file: string, opts: ImportCliOptions) => runCli('organizations', file, opts)))
  return cmd
}
