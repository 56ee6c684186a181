// neuguong report commitment | rating-summary | rating-decisions: the official documents as Word files (and PDF
// beside them with --pdf, when LibreOffice is installed), generated as the installation itself and audited.
import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { DocumentLayout, DocumentNumber, type FileFormat } from '../../common/contracts/reports.ts'
import type { Db } from '../db/client.ts'
import { systemCtx } from '../lib/actor.ts'
import { findCommitment } from '../features/commitments/commitments.service.ts'
import { cycles } from '../features/cycles/cycles.table.ts'
import { getOrganizationByCode } from '../features/organizations/organizations.service.ts'
import { createPdfConverter, type PdfConverter } from '../features/reports/reports.pdf.ts'
import { commitmentDocument, ratingDecisionsDocument, ratingSummaryDocument, type GeneratedDocument, type Output } from '../features/reports/reports.service.ts'
import { CliError, action, withDatabase } from './db.ts'

/** As commander hands them over; checked inside the action, so a mistake is a message and exit code 2, not a trace. */
interface Options {
  year: string
  out: string
  pdf?: boolean
  format?: string
  number?: string
}

interface Common {
  year: number
  out: string
  pdf?: boolean
  format?: DocumentLayout
  number?: string
}

function parseOptions(opts: Options): Common {
  return {
    year: parseYear(opts.year), out: opts.out, pdf: opts.pdf,
    format: opts.format === undefined ? undefined : parseLayout(opts.format),
    number: opts.number === undefined ? undefined : parseNumber(opts.number),
  }
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new CliError(`Năm không hợp lệ: ${value} (ví dụ 2026).`, 2)
  return Number(value)
}

function parseLayout(value: string): DocumentLayout {
  const parsed = DocumentLayout.safeParse(value)
  if (!parsed.success) throw new CliError(`Thể thức không hợp lệ: ${value} (party: văn bản của Đảng; state: văn bản hành chính Nhà nước).`, 2)
  return parsed.data
}

function parseNumber(value: string): string {
  const parsed = DocumentNumber.safeParse(value)
  if (!parsed.success) throw new CliError(`Số văn bản không hợp lệ: ${value} (chỉ gồm chữ số, ví dụ 09).`, 2)
  return parsed.data
}

async function cycleOfYear(db: Db, year: number) {
  const [cycle] = await db.select().from(cycles).where(eq(cycles.year, year)).limit(1)
  if (!cycle) throw new CliError(`Không có chu kỳ năm ${year}.`)
  return cycle
}

async function orgOfCode(db: Db, code: string) {
  return getOrganizationByCode(db, code).catch(() => {
    throw new CliError(`Không có tổ chức mã "${code}" (xem: neuguong org list)`)
  })
}

/** The .pdf beside the .docx: the same name with its extension changed (or added). */
export const pdfPathFor = (out: string) => (/\.docx$/i.test(out) ? out.replace(/\.docx$/i, '.pdf') : `${out}.pdf`)

/** Writes the Word file, then the PDF beside it when asked; refuses up front when LibreOffice is missing. */
async function write(opts: Common, pdf: PdfConverter, make: (output: Output) => Promise<GeneratedDocument>) {
  if (opts.pdf && !pdf.available()) {
    throw new CliError('Chưa cài LibreOffice (lệnh soffice) nên không tạo được bản PDF. Cài LibreOffice hoặc bỏ --pdf để chỉ tạo bản Word.', 2)
  }
  const formats: FileFormat[] = opts.pdf ? ['docx', 'pdf'] : ['docx']
  for (const format of formats) {
    const file = await make({ format, layout: opts.format, pdf })
    const path = format === 'docx' ? opts.out : pdfPathFor(opts.out)
    await writeFile(path, file.body)
    console.log(`Đã ghi ${path} (${Math.max(1, Math.round(file.body.length / 1024))} KB): ${file.name}`)
  }
}

function withCommon(command: Command): Command {
  return command
    .requiredOption('--year <yyyy>', 'năm của chu kỳ')
    .requiredOption('--out <FILE.docx>', 'tệp Word sẽ ghi (ghi đè nếu đã có)')
    .option('--pdf', 'ghi thêm bản PDF bên cạnh, cùng tên (cần LibreOffice)')
    .option('--format <party|state>', 'thể thức: party (văn bản của Đảng, mặc định) hoặc state (văn bản hành chính Nhà nước)')
}

export function registerReportCommands(program: Command) {
  const report = program.command('report').description('Văn bản chính thức: bản cam kết, báo cáo và danh sách xếp loại (Word, PDF)')

  withCommon(report.command('commitment').description('Bản cam kết của một đảng viên, để in và ký (a member\'s commitment form)'))
    .requiredOption('--person <id>', 'mã người (id, xem trong trang của người đó)')
    .action(action(async (raw: Options & { person: string }) => {
      const opts = parseOptions(raw)
      if (!z.uuid().safeParse(raw.person).success) throw new CliError(`Mã người không hợp lệ: ${raw.person}`, 2)
      await withDatabase(async ({ db }, config) => {
        const cycle = await cycleOfYear(db, opts.year)
        const commitment = await findCommitment(db, cycle.id, raw.person)
        if (!commitment) throw new CliError(`Người này chưa có bản cam kết năm ${opts.year}.`)
        await write(opts, createPdfConverter({ soffice: config.sofficePath }), (output) => commitmentDocument({ db, ctx: systemCtx(), cycle, commitment, output }))
      })
    }))

  withCommon(report.command('rating-summary').description('Báo cáo kết quả xếp loại chất lượng của một tổ chức và các tổ chức trực thuộc (year-end rating report)'))
    .requiredOption('--org <code>', 'mã tổ chức, ví dụ HV.P-HAIVAN')
    .option('--number <n>', 'số văn bản (bỏ trống để văn thư ghi sau khi ký)')
    .action(action(async (raw: Options & { org: string }) => {
      const opts = parseOptions(raw)
      await withDatabase(async ({ db }, config) => {
        const [cycle, org] = [await cycleOfYear(db, opts.year), await orgOfCode(db, raw.org)]
        await write(opts, createPdfConverter({ soffice: config.sofficePath }), (output) => ratingSummaryDocument({ db, ctx: systemCtx(), cycle, org, number: opts.number, output }))
      })
    }))

  withCommon(report.command('rating-decisions').description('Danh sách đảng viên được xếp loại, theo mức (the rating decision list)'))
    .requiredOption('--org <code>', 'mã tổ chức, ví dụ HV.P-HAIVAN')
    .option('--number <n>', 'số văn bản (bỏ trống để văn thư ghi sau khi ký)')
    .action(action(async (raw: Options & { org: string }) => {
      const opts = parseOptions(raw)
      await withDatabase(async ({ db }, config) => {
        const [cycle, org] = [await cycleOfYear(db, opts.year), await orgOfCode(db, raw.org)]
        await write(opts, createPdfConverter({ soffice: config.sofficePath }), (output) => ratingDecisionsDocument({ db, ctx: systemCtx(), cycle, org, number: opts.number, output }))
      })
    }))
}
