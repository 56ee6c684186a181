// A unit's subtree in tree order (each unit followed by its sub-units, siblings in Vietnamese name order), as a sheet
// the importer reads back: code, name, kind and the parent's code under the importer's first headers.
import { sql } from 'drizzle-orm'
import { IMPORT_HEADERS, ORG_KIND_LABELS } from '../../../common/contracts/imports.ts'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import { queryRows, type Db } from '../../db/client.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import type { ExportColumn, ExportRow, ExportSheet } from './exports.xlsx.ts'

export interface TreeUnit {
  id: string
  parentId: string | null
  code: string
  name: string
  kind: string
  status: string
  peopleCount: number
  subtreePeopleCount: number
}

const collator = new Intl.Collator('vi', { numeric: true })

/**
 * The organization and its subtree, depth first, siblings by name. One indexed read of the subtree's rows (a
 * province has some thousands of units; people are never loaded this way). `maxDepth` stops below that depth.
 */
export async function subtreeInTreeOrder(db: Db, org: OrgRow, options: { includeInactive: boolean; maxDepth?: number }): Promise<TreeUnit[]> {
  const rows = await queryRows<TreeUnit>(db, sql`
    select id, parent_id as "parentId", code, name, kind, status, people_count as "peopleCount", subtree_people_count as "subtreePeopleCount"
    from organizations
    where path like ${`${org.path}%`}
      ${options.includeInactive ? sql`` : sql`and (status = 'active' or id = ${org.id})`}
      ${options.maxDepth === undefined ? sql`` : sql`and depth <= ${options.maxDepth}`}`)
  const children = new Map<string, TreeUnit[]>()
  for (const r of rows) {
    if (r.id === org.id || !r.parentId) continue
    const list = children.get(r.parentId) ?? []
    list.push(r)
    children.set(r.parentId, list)
  }
  const root = rows.find((r) => r.id === org.id)
  if (!root) return []
  const ordered: TreeUnit[] = []
  const stack = [root]
  while (stack.length) {
    const unit = stack.pop()!
    ordered.push(unit)
    const below = (children.get(unit.id) ?? []).sort((a, b) => collator.compare(a.name, b.name))
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i])
  }
  return ordered
}

export const STATUS_LABELS: Record<string, string> = { active: 'Đang hoạt động', merged: 'Đã sáp nhập', dissolved: 'Đã giải thể' }

export const ORGANIZATION_COLUMNS: ExportColumn[] = [
  { header: IMPORT_HEADERS.code[0], key: 'code', width: 20, type: 'text' },
  { header: IMPORT_HEADERS.name[0], key: 'name', width: 44, type: 'text' },
  { header: IMPORT_HEADERS.kind[0], key: 'kind', width: 22, type: 'text' },
  { header: IMPORT_HEADERS.parent[0], key: 'parent', width: 20, type: 'text' },
  { header: 'Trạng thái', key: 'status', width: 16, type: 'text' },
  { header: 'Số đảng viên', key: 'people', width: 13, type: 'number' },
]

/** Rows of a unit list in pages (the units are already in memory; pages keep the writer's rhythm). */
export async function* inPages<T>(items: readonly T[], size: number, row: (item: T, index: number) => ExportRow): AsyncGenerator<ExportRow[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size).map((item, j) => row(item, i + j))
}

/** `units` from subtreeInTreeOrder; `parentCode` is the code of the organization above the first one (if any). */
export function organizationsSheet(units: TreeUnit[], parentCode: string | null): ExportSheet {
  const codes = new Map(units.map((u) => [u.id, u.code]))
  return {
    name: 'Danh sách tổ chức đảng',
    columns: ORGANIZATION_COLUMNS,
    pages: inPages(units, 1000, (u, i) => ({
      code: u.code,
      name: u.name,
      kind: ORG_KIND_LABELS[u.kind as OrgKind]?.[0] ?? u.kind,
      parent: i === 0 ? parentCode : (u.parentId && codes.get(u.parentId)) ?? null,
      status: STATUS_LABELS[u.status] ?? u.status,
      people: Number(u.subtreePeopleCount),
    })),
  }
}
