// A small streaming xlsx writer: one sheet, a bold frozen header row with a filter, column widths, dates as real
// Excel dates, numbers as numbers, and every text neutralized against formula injection. Rows are committed as they
// are written, so memory stays bounded whatever the number of rows (reference/stack.md, gotcha 26).
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import { nfc } from '../../../common/text/index.ts'
import { attachmentDisposition } from '../../lib/download.ts'

export type ColumnType = 'text' | 'date' | 'number'

export interface ExportColumn {
  header: string
  key: string
  /** In characters, as Excel counts them. */
  width: number
  type: ColumnType
  /** Number format of a number column ('0.0%', '0.0'); dates are always dd/mm/yyyy. */
  numFmt?: string
}

/** A cell as the exports give it: text, a number, or a date as 'YYYY-MM-DD' in a date column; null is empty. */
export type CellInput = string | number | null | undefined
export type ExportRow = Record<string, CellInput>

export interface ExportSheet {
  /** Vietnamese; at most 31 characters, none of []:*?/\ (checked by sheetName). */
  name: string
  columns: ExportColumn[]
  /** Pages of rows, read from the database one keyset page at a time. */
  pages: AsyncIterable<ExportRow[]>
}

export const DATE_FORMAT = 'dd/mm/yyyy'

/** Text that a spreadsheet could read as a formula (or a DDE call) starts with one of these, maybe after blanks. */
const FORMULA_START = /^[\t\r\0]|^[\s\0]*[=+\-@]/

/**
 * OWASP's advice against CSV/formula injection: text that starts with = + - @ (also after blanks), a tab, a carriage
 * return or NUL gets a leading apostrophe, so no spreadsheet ever evaluates it. Strings only: numbers and dates are
 * written as what they are.
 */
export function neutralize(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/**
 * The inverse, for readers of our own files (the importer): the one apostrophe neutralize() put in front is dropped,
 * so "'+84 912 345 678" reads back as the phone number it was. Any other text is left as it is.
 */
export function restoreNeutralized(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value
}

/** An ISO day as a Date at UTC midnight: Excel's serial day number, with no shift by the server's time zone. */
export function excelDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null
}

/** A worksheet name Excel accepts: none of []:*?/\ and at most 31 characters. */
export function sheetName(name: string): string {
  const clean = nfc(name).replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim()
  return [...clean].slice(0, 31).join('').trim() || 'Sheet1'
}

function cellValue(column: ExportColumn, value: CellInput): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null
  switch (column.type) {
    case 'date':
      return excelDate(String(value))
    case 'number':
      return typeof value === 'number' ? value : Number.isFinite(Number(value)) ? Number(value) : neutralize(nfc(String(value)))
    case 'text':
      return neutralize(nfc(String(value)))
  }
}

function columnStyle(c: ExportColumn): Partial<ExcelJS.Style> {
  if (c.type === 'date') return { numFmt: DATE_FORMAT }
  if (c.type === 'number' && c.numFmt) return { numFmt: c.numFmt }
  return {}
}

const columnLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1))

/**
 * Between pages: give the event loop a turn (PGlite runs queries on this thread, so an export made only of awaited
 * queries would hold every other request back until its end), and wait while the reader is behind (a slow client), so
 * what is buffered stays about a page.
 */
async function breathe(out: Writable) {
  await new Promise((resolve) => setImmediate(resolve))
  if (out.writableNeedDrain && !out.destroyed) {
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done)
        out.off('close', done)
        resolve()
      }
      out.on('drain', done)
      out.on('close', done)
    })
  }
  // The reader went away (the client closed the connection): stop reading the database.
  if (out.destroyed) throw new ExportAborted()
}

/** The file's reader is gone before its end; nothing went wrong on our side. */
export class ExportAborted extends Error {
  constructor() {
    super('export aborted: the reader closed the stream')
  }
}

/** Writes the sheet to `out` and ends it; resolves with the number of data rows written. */
export async function writeXlsx(out: Writable, sheet: ExportSheet): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true })
  workbook.creator = 'Nêu Gương'
  workbook.created = new Date()
  const ws = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] })
  ws.columns = sheet.columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: columnStyle(c) }))
  ws.autoFilter = `A1:${columnLetter(sheet.columns.length)}1`
  const header = ws.getRow(1)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  header.commit()
  let count = 0
  for await (const page of sheet.pages) {
    for (const row of page) {
      const values: Record<string, ExcelJS.CellValue> = {}
      for (const c of sheet.columns) values[c.key] = cellValue(c, row[c.key])
      const written = ws.addRow(values)
      // Each cell carries its column's format (a date column's dd/mm/yyyy) whatever the reader does with column styles.
      sheet.columns.forEach((c, i) => {
        const style = columnStyle(c)
        if (style.numFmt && values[c.key] !== null) written.getCell(i + 1).numFmt = style.numFmt
      })
      written.commit()
      count++
    }
    await breathe(out)
  }
  ws.commit()
  await workbook.commit()
  return count
}

/** `Content-Disposition` of an export (RFC 6266): the Vietnamese name in filename*, its folded ASCII form in filename. */
export const contentDisposition = (name: string): string => attachmentDisposition(name, 'xlsx', 'xuat')
