// Rows of the first worksheet of an .xlsx (streamed, values only: formulas are never evaluated, their cached result
// is taken) or of a CSV, every text cell decoded to Unicode NFC: by the cell's font when the file names one
// (.VnTime → TCVN3, .VnTimeH → TCVN3 in capitals, VNI-Times → VNI), else by the text itself.
import { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'
import { cleanText, decodeAuto, decodeTcvn3, decodeVni, fontEncoding } from '../../../common/text/index.ts'
import type { FileKind } from './imports.archive.ts'

export type Conversion = 'tcvn3' | 'vni' | 'nfd'

export interface SheetCell {
  text: string
  /** The legacy encoding the text was converted from. */
  from: Conversion | null
  /** A calendar date (ISO) when the cell holds an Excel date. */
  date?: string
  number?: number
}

export interface SheetRow {
  /** As Excel numbers rows (1-based). */
  row: number
  cells: SheetCell[]
}

const EMPTY: SheetCell = { text: '', from: null }

// Letters only Unicode Vietnamese has: such a cell was retyped in Unicode even if it kept its old font.
const UNICODE_VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/

export function decodeCell(raw: string, font?: string | null): SheetCell {
  const encoding = font ? fontEncoding(font) : null
  if (encoding && !UNICODE_VIETNAMESE.test(raw)) {
    const text = encoding === 'vni' ? decodeVni(raw) : decodeTcvn3(raw, { uppercase: encoding === 'tcvn3-upper' })
    return { text: cleanText(text), from: text === raw ? null : encoding === 'vni' ? 'vni' : 'tcvn3' }
  }
  const { text, from } = decodeAuto(raw)
  return { text: cleanText(text), from }
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10)

/** exceljs values: strings, numbers, dates, booleans, formulas (their cached result), rich text, hyperlinks, errors. */
function cellOf(value: ExcelJS.CellValue, font?: string): SheetCell {
  if (value === null || value === undefined) return EMPTY
  if (typeof value === 'string') return decodeCell(value, font)
  if (typeof value === 'number') return { text: String(value), from: null, number: value }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', from: null }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? EMPTY : { text: isoOf(value), from: null, date: isoOf(value) }
  if ('result' in value) return cellOf((value as { result?: ExcelJS.CellValue }).result ?? null, font)
  if ('richText' in value) return decodeCell(value.richText.map((r) => r.text).join(''), value.richText[0]?.font?.name ?? font)
  if ('text' in value && typeof value.text === 'string') return decodeCell(value.text, font)
  return EMPTY
}

async function* readXlsx(buf: Buffer): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit',
  })
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const cells: SheetCell[] = []
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = cellOf(cell.value, cell.font?.name)
      })
      for (let i = 0; i < cells.length; i++) cells[i] ??= EMPTY
      yield { row: row.number, cells }
    }
    // The first worksheet only: a workbook's other sheets are notes, lists and summaries.
    return
  }
}

/** UTF-16 with its BOM (Excel's "Unicode Text"); UTF-8 (with or without BOM) when valid; else the bytes as Latin-1, where TCVN3 and VNI text lives. */
export function decodeCsvBytes(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2))
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2))
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return body.toString('latin1')
  }
}

async function* readCsv(buf: Buffer): AsyncGenerator<SheetRow> {
  const text = decodeCsvBytes(buf)
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0)
  const delimiter = [';', '\t', ','].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',')
  const parser = Readable.from([text]).pipe(parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }))
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { row: info.lines, cells: record.map((v) => (v === '' ? EMPTY : decodeCell(v))) }
  }
}

export function readSheet(buf: Buffer, kind: FileKind): AsyncGenerator<SheetRow> {
  return kind === 'xlsx' ? readXlsx(buf) : readCsv(buf)
}
