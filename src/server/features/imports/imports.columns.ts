// Which row holds the headers and which field each column is: headers matched as offices write them, tolerant of
// case, diacritics, extra spaces, punctuation and column order.
import { IMPORT_HEADERS, ORGANIZATION_IMPORT_FIELDS, PERSON_IMPORT_FIELDS, type ImportField, type ImportKind } from '../../../common/contracts/imports.ts'
import { fold } from '../../../common/text/index.ts'
import type { SheetRow } from './imports.read.ts'

export const fieldsOf = (kind: ImportKind): readonly ImportField[] => (kind === 'people' ? PERSON_IMPORT_FIELDS : ORGANIZATION_IMPORT_FIELDS)

/** "Họ và tên (*)" → "ho va ten": folded, notes in brackets and punctuation dropped. */
export const headerKey = (header: string) =>
  fold(header.replace(/\(.*?\)|\[.*?\]|\*/g, ' ')).replace(/[^a-z0-9/ ]+/g, ' ').replace(/\s+/g, ' ').trim()

const keyCache = new Map<ImportKind, Map<string, ImportField>>()

function keysOf(kind: ImportKind): Map<string, ImportField> {
  let keys = keyCache.get(kind)
  if (!keys) {
    keys = new Map()
    for (const field of fieldsOf(kind)) for (const h of IMPORT_HEADERS[field]) if (!keys.has(headerKey(h))) keys.set(headerKey(h), field)
    keyCache.set(kind, keys)
  }
  return keys
}

export function matchHeader(header: string, kind: ImportKind): ImportField | null {
  return keysOf(kind).get(headerKey(header)) ?? null
}

/** Each field read from at most one column: the first whose header names it. */
export function guessMapping(headers: string[], kind: ImportKind): (ImportField | null)[] {
  const used = new Set<ImportField>()
  return headers.map((h) => {
    const field = matchHeader(h, kind)
    if (!field || used.has(field)) return null
    used.add(field)
    return field
  })
}

/** The header row: the first of the top rows naming at least two known columns (titles and blank rows above it are skipped). */
export function findHeaderRow(rows: SheetRow[], kind: ImportKind): number {
  const index = rows.findIndex((r) => new Set(r.cells.map((c) => matchHeader(c.text, kind)).filter(Boolean)).size >= 2)
  return index
}

/** A row of column numbers under the header ("1 2 3 …" or "(1) (2) …"), as many official forms have. */
export const isNumberingRow = (row: SheetRow) => {
  const filled = row.cells.filter((c) => c.text !== '')
  return filled.length >= 2 && filled.every((c) => /^\(?\d{1,2}\)?$/.test(c.text))
}

export const isBlankRow = (row: SheetRow) => row.cells.every((c) => c.text === '')
