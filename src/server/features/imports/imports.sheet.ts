// A sheet as records: the header row found, the columns mapped to fields (guessed or as the user set them), every
// data row with its mapped cells, and the legacy-text conversions met on the way.
import type { ImportField, ImportKind } from '../../../common/contracts/imports.ts'
import { AppError } from '../../lib/errors.ts'
import type { FileKind } from './imports.archive.ts'
import { findHeaderRow, guessMapping, isBlankRow, isNumberingRow } from './imports.columns.ts'
import { readSheet, type Conversion, type SheetCell, type SheetRow } from './imports.read.ts'

export interface SheetRecord {
  row: number
  cells: Partial<Record<ImportField, SheetCell>>
}

export interface ConversionLog {
  list: { row: number; column: string; from: Conversion }[]
  counts: Record<Conversion, number>
}

/** Conversions listed one by one up to this many; counted all the same beyond it. */
export const CONVERSIONS_LISTED = 1000
/** Rows looked at for the header row. */
const HEADER_SEARCH_ROWS = 20

export interface OpenSheet {
  headers: string[]
  mapping: (ImportField | null)[]
  /** null when no header row was found: the file is refused. */
  headerRow: number | null
  records: AsyncGenerator<SheetRecord>
  conversions: ConversionLog
}

export const emptyConversions = (): ConversionLog => ({ list: [], counts: { tcvn3: 0, vni: 0, nfd: 0 } })

export async function openSheet(buf: Buffer, fileKind: FileKind, kind: ImportKind, opts: { mapping?: (ImportField | null)[]; maxRows: number }): Promise<OpenSheet> {
  const source = readSheet(buf, fileKind)
  const top: SheetRow[] = []
  const iterator = source[Symbol.asyncIterator]()
  while (top.length < HEADER_SEARCH_ROWS) {
    const next = await iterator.next()
    if (next.done) break
    top.push(next.value)
  }
  const index = findHeaderRow(top, kind)
  const conversions = emptyConversions()
  if (index < 0) {
    await iterator.return?.(undefined)
    return { headers: [], mapping: [], headerRow: null, records: (async function* () {})(), conversions }
  }
  const headerRow = top[index]
  const headers = headerRow.cells.map((c) => c.text)
  if (opts.mapping && opts.mapping.length !== headers.length) throw new AppError('validation_failed', 'importMappingLength')
  const mapping = opts.mapping ?? guessMapping(headers, kind)
  const columns = mapping.flatMap((field, col) => (field ? [{ field, col, header: headers[col] }] : []))

  let first = true
  let count = 0
  const toRecord = (r: SheetRow): SheetRecord | null => {
    if (isBlankRow(r)) return null
    if (first) {
      first = false
      if (isNumberingRow(r)) return null
    }
    if (++count > opts.maxRows) throw new AppError('validation_failed', 'importTooManyRows', { max: opts.maxRows })
    const cells: SheetRecord['cells'] = {}
    for (const { field, col, header } of columns) {
      const cell = r.cells[col]
      if (!cell) continue
      cells[field] = cell
      if (cell.from) {
        conversions.counts[cell.from]++
        if (conversions.list.length < CONVERSIONS_LISTED) conversions.list.push({ row: r.row, column: header, from: cell.from })
      }
    }
    return { row: r.row, cells }
  }

  async function* records(): AsyncGenerator<SheetRecord> {
    for (const r of top.slice(index + 1)) {
      const rec = toRecord(r)
      if (rec) yield rec
    }
    while (true) {
      const next = await iterator.next()
      if (next.done) return
      const rec = toRecord(next.value)
      if (rec) yield rec
    }
  }
  return { headers, mapping, headerRow: headerRow.row, records: records(), conversions }
}
