// Rows of the first worksheet of an .xlsx (streamed by imports.xlsx.ts, values only: formulas are never evaluated,
// their stored result is taken) or of a CSV, every text cell decoded to Unicode NFC: by the cell's font when the file names one
// (.VnTime → TCVN3, .VnTimeH → TCVN3 in capitals, VNI-Times → VNI), else by the text itself.
import { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { cleanText, decodeAuto, decodeTcvn3, decodeVni, fontEncoding } from '../../../common/text/index.ts'
// Our own exports put an apostrophe before text that a spreadsheet would take for a formula: dropped on the way back.
import { restoreNeutralized } from '../exports/exports.xlsx.ts'
import type { FileKind } from './imports.archive.ts'
import { readXlsxRows, type TextRun, type XlsxValue } from './imports.xlsx.ts'

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

/** One piece of text decoded by its font (when it names a legacy one) or by its content; not yet cleaned. */
function decodeRaw(raw: string, font?: string | null): { text: string; from: Conversion | null } {
  const encoding = font ? fontEncoding(font) : null
  if (encoding && !UNICODE_VIETNAMESE.test(raw)) {
    const text = encoding === 'vni' ? decodeVni(raw) : decodeTcvn3(raw, { uppercase: encoding === 'tcvn3-upper' })
    return { text, from: text === raw ? null : encoding === 'vni' ? 'vni' : 'tcvn3' }
  }
  return decodeAuto(raw)
}

export function decodeCell(raw: string, font?: string | null): SheetCell {
  const { text, from } = decodeRaw(raw, font)
  return { text: restoreNeutralized(cleanText(text)), from }
}

/** Rich text: each run decoded by its own font, then the whole cell cleaned. */
export function decodeRuns(runs: TextRun[]): SheetCell {
  if (runs.length === 1) return decodeCell(runs[0].text, runs[0].font)
  const parts = runs.map((r) => decodeRaw(r.text, r.font))
  return { text: restoreNeutralized(cleanText(parts.map((p) => p.text).join(''))), from: parts.find((p) => p.from)?.from ?? null }
}

function xlsxCell(value: XlsxValue | undefined): SheetCell {
  if (!value) return EMPTY
  switch (value.kind) {
    case 'text':
      return decodeRuns(value.runs)
    case 'number':
      return { text: String(value.value), from: null, number: value.value }
    case 'date':
      return { text: value.iso, from: null, date: value.iso }
    case 'bool':
      return { text: value.value ? 'TRUE' : 'FALSE', from: null }
  }
}

async function* readXlsx(buf: Buffer): AsyncGenerator<SheetRow> {
  for await (const r of readXlsxRows(buf)) {
    const cells: SheetCell[] = []
    for (let i = 0; i < r.cells.length; i++) cells[i] = xlsxCell(r.cells[i])
    yield { row: r.row, cells }
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
