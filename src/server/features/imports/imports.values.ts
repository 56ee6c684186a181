// Cell values as offices type them: dates day first ("6.5.2019", "06/05/2019", "6-5-2019", "2019-05-06" or an Excel
// date), genders and organization kinds by their Vietnamese labels.
import { z } from 'zod'
import { GENDER_LABELS, ORG_KIND_LABELS } from '../../../common/contracts/imports.ts'
import type { Gender, OrgKind } from '../../../common/contracts/enums.ts'
import { fold } from '../../../common/text/index.ts'
import type { RowMessage } from './imports.messages.ts'
import type { SheetCell } from './imports.read.ts'

export type Parsed<T> = { value: T } | { error: RowMessage }

const pad = (n: number) => String(n).padStart(2, '0')

function isoIfReal(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** Excel's serial day numbers count from 1899-12-30 (its 1900 leap-year bug included). */
const fromSerial = (serial: number) => new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10)

const DMY = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/

export function parseDate(cell: SheetCell, column: string, today: string): Parsed<string | null> {
  const bad = (key: RowMessage['key'], value: string): Parsed<string | null> => ({ error: { key, params: { column, value } } })
  let iso: string | null = null
  if (cell.date) iso = cell.date
  else if (cell.number !== undefined) {
    if (Number.isInteger(cell.number) && cell.number >= 1900 && cell.number <= 2100) return bad('yearOnly', cell.text)
    if (cell.number < 1 || cell.number > 2_958_465) return bad('badDate', cell.text)
    iso = fromSerial(cell.number)
  } else {
    const text = cell.text.trim()
    if (text === '') return { value: null }
    if (/^\d{4}$/.test(text)) return bad('yearOnly', text)
    const dmy = DMY.exec(text)
    const ymd = YMD.exec(text)
    if (dmy) iso = isoIfReal(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
    else if (ymd) iso = isoIfReal(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
    if (!iso) return bad('badDate', text)
  }
  if (iso < '1900-01-01' || iso > today) return bad('dateOutOfRange', iso.split('-').reverse().join('/'))
  return { value: iso }
}

function labelMap<T extends string>(labels: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>()
  for (const [value, names] of Object.entries(labels) as [T, readonly string[]][]) for (const n of names) map.set(fold(n), value)
  return map
}

const GENDERS = labelMap<Gender>(GENDER_LABELS)
const KINDS = labelMap<OrgKind>(ORG_KIND_LABELS)

export function parseGender(text: string): Parsed<Gender | null> {
  if (text === '') return { value: null }
  const g = GENDERS.get(fold(text))
  return g ? { value: g } : { error: { key: 'badGender', params: { value: text } } }
}

export function parseKind(text: string): Parsed<OrgKind> {
  const k = KINDS.get(fold(text))
  return k ? { value: k } : { error: { key: 'badKind', params: { value: text } } }
}

const Email = z.email().max(200)
export function parseEmail(text: string): Parsed<string | null> {
  if (text === '') return { value: null }
  return Email.safeParse(text).success ? { value: text } : { error: { key: 'badEmail', params: { value: text } } }
}

export function parsePhone(text: string): Parsed<string | null> {
  if (text === '') return { value: null }
  // Excel drops a phone's leading zero when the column is numeric: 912345678 is 0912345678.
  const phone = /^[1-9]\d{8}$/.test(text) ? `0${text}` : text
  return /^[0-9+ ().-]{6,30}$/.test(phone) ? { value: phone } : { error: { key: 'badPhone', params: { value: text } } }
}

export function maxLength(text: string, max: number, column: string): RowMessage | null {
  return text.length > max ? { key: 'tooLong', params: { column, max } } : null
}
