// What the page derives from the contract and a session, without React: the fields of a kind, the headers to
// advertise, the mapping's gaps and clashes, sheet column letters, and what a confirmation would import.
import {
  IMPORT_HEADERS, ORGANIZATION_IMPORT_FIELDS, PERSON_IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS,
  type ImportField, type ImportKind, type ImportSession,
} from '../../../common/contracts/imports.ts'

/** Largest file the page sends (the server has its own limit and says so with a 413). */
export const MAX_IMPORT_MB = 20
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024

/** Extensions offered by the file picker and checked before sending. */
export const IMPORT_ACCEPT = '.xlsx,.csv,.txt'

export type Encoding = keyof ImportSession['conversionCounts']
export const ENCODINGS: readonly Encoding[] = ['tcvn3', 'vni', 'nfd']

export function importFields(kind: ImportKind): readonly ImportField[] {
  return kind === 'people' ? PERSON_IMPORT_FIELDS : ORGANIZATION_IMPORT_FIELDS
}

/** Each field of the kind with the header exports write (the first one listed), required fields marked. */
export function advertisedHeaders(kind: ImportKind): { field: ImportField; header: string; required: boolean }[] {
  return importFields(kind).map((field) => ({ field, header: IMPORT_HEADERS[field][0], required: REQUIRED_IMPORT_FIELDS[kind].includes(field) }))
}

/** Required fields no column is read as (the server refuses the file until they are mapped). */
export function missingRequired(kind: ImportKind, columns: ImportSession['columns']): ImportField[] {
  return REQUIRED_IMPORT_FIELDS[kind].filter((field) => !columns.some((c) => c.field === field))
}

/** Fields chosen for more than one column, in the kind's order. */
export function duplicateFields(kind: ImportKind, columns: ImportSession['columns']): ImportField[] {
  return importFields(kind).filter((field) => columns.filter((c) => c.field === field).length > 1)
}

/** The mapping with column `index` read as `field` (null: not imported). */
export function remap(columns: ImportSession['columns'], index: number, field: ImportField | null): (ImportField | null)[] {
  return columns.map((c, i) => (i === index ? field : c.field))
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** Rows a confirmation would write: new ones and changed ones. */
export function importableRows(totals: ImportSession['totals']): number {
  return totals.created + totals.updated
}

/** Encodings with at least one converted cell, with their counts, in a fixed order. */
export function conversionParts(counts: ImportSession['conversionCounts']): { encoding: Encoding; n: number }[] {
  return ENCODINGS.filter((e) => counts[e] > 0).map((encoding) => ({ encoding, n: counts[encoding] }))
}

/** The spreadsheet types the server reads as they are; anything else a browser reports is sent as plain bytes. */
const KNOWN_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel', 'text/csv', 'text/plain']

/** The upload's Content-Type: the file's own when it is a usual one, else application/octet-stream (the server sniffs). */
export function uploadContentType(file: Blob): string {
  return KNOWN_TYPES.includes(file.type) ? file.type : 'application/octet-stream'
}

/** A chosen file the page refuses before sending: too large, or not .xlsx/.csv/.txt (Excel's Unicode Text). */
export function fileProblem(file: File): 'tooLarge' | 'wrongType' | null {
  if (file.size > MAX_IMPORT_BYTES) return 'tooLarge'
  if (!/\.(xlsx|csv|txt)$/i.test(file.name)) return 'wrongType'
  return null
}
