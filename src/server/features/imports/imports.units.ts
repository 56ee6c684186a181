// Units named in a sheet, by code (any case) or by name (diacritics and case folded; unique names only).
import { fold } from '../../../common/text/index.ts'
import type { Tx } from '../../db/client.ts'
import { organizations } from '../organizations/organizations.table.ts'
import type { RowMessage } from './imports.messages.ts'
import type { Parsed } from './imports.values.ts'

export interface UnitRef {
  id: string
  code: string
  name: string
  path: string
  kind: string
  status: string
  parentId: string | null
}

export interface OrgIndex {
  byCode: Map<string, UnitRef>
  byName: Map<string, UnitRef[]>
}

export function indexUnits(units: UnitRef[]): OrgIndex {
  const index: OrgIndex = { byCode: new Map(), byName: new Map() }
  for (const u of units) addUnit(index, u)
  return index
}

export function addUnit(index: OrgIndex, u: UnitRef) {
  index.byCode.set(u.code.toUpperCase(), u)
  const key = fold(u.name)
  index.byName.set(key, [...(index.byName.get(key) ?? []), u])
}

export async function loadUnits(tx: Tx): Promise<OrgIndex> {
  const rows = await tx
    .select({ id: organizations.id, code: organizations.code, name: organizations.name, path: organizations.path, kind: organizations.kind, status: organizations.status, parentId: organizations.parentId })
    .from(organizations)
  return indexUnits(rows)
}

export function resolveUnit(index: OrgIndex, text: string): Parsed<UnitRef> {
  const byCode = index.byCode.get(text.toUpperCase())
  if (byCode) return { value: byCode }
  const named = index.byName.get(fold(text)) ?? []
  const active = named.filter((u) => u.status === 'active')
  const candidates = active.length > 0 ? active : named
  if (candidates.length === 1) return { value: candidates[0] }
  const error: RowMessage = { key: candidates.length > 1 ? 'ambiguousUnit' : 'unknownUnit', params: { value: text } }
  return { error }
}
