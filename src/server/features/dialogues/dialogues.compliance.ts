// Reception days owed and held in a month (QĐ 11-QĐi/TW; KL 215-KL/TW): the head of the provincial committee receives
// citizens at least 1 day a month, the heads of commune and ward committees at least 2. For a unit and every province,
// commune and ward committee under it: the distinct days with a held reception (periodic or ad hoc), the days still
// planned, and whether the obligation is met. One statement per page, keyset-paged by depth and code.
import { sql } from 'drizzle-orm'
import { RECEPTION_DAYS_REQUIRED, type ComplianceRow } from '../../../common/contracts/dialogues.ts'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import { queryRows, type Tx } from '../../db/client.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'

const OBLIGED_KINDS = Object.keys(RECEPTION_DAYS_REQUIRED) as OrgKind[]

export const requiredDays = (kind: string) => RECEPTION_DAYS_REQUIRED[kind as OrgKind] ?? 0

/** 'YYYY-MM' → its first day and the first day of the next month. */
export function monthBounds(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  return [`${month}-01`, `${next}-01`]
}

interface Row {
  id: string
  name: string
  kind: string
  depth: number
  code: string
  held: number
  planned: number
  units: number
  obliged: number
  met: number
}

export async function complianceOf(db: Tx, org: OrgRow, month: string, cursor: [number, string] | null, limit: number) {
  const [start, end] = monthBounds(month)
  const required = sql.join([
    sql`case`,
    ...Object.entries(RECEPTION_DAYS_REQUIRED).map(([kind, days]) => sql`when u.kind = ${kind} then ${days}::int`),
    sql`else 0 end`,
  ], sql` `)
  const kinds = sql.join(OBLIGED_KINDS.map((k) => sql`${k}`), sql`, `)
  const after = cursor ? sql`where (depth, code) > (${cursor[0]}::int, ${cursor[1]} collate "C")` : sql``
  const rows = await queryRows<Row>(db, sql`
    with units as (
      select o.id, o.name, o.kind, o.depth, o.code collate "C" as code from organizations o
      where o.id = ${org.id} or (o.path like ${`${org.path}%`} and o.status = 'active' and o.kind in (${kinds}))
    ), days as (
      select s.organization_id,
        count(distinct s.held_on) filter (where s.status = 'held')::int as held,
        count(distinct s.held_on) filter (where s.status = 'planned')::int as planned
      from dialogue_sessions s
      where s.organization_id in (select id from units) and s.kind in ('reception', 'ad_hoc')
        and s.held_on >= ${start}::date and s.held_on < ${end}::date
      group by s.organization_id
    ), counted as (
      select u.id, u.name, u.kind, u.depth, u.code, coalesce(d.held, 0) as held, coalesce(d.planned, 0) as planned, ${required} as required
      from units u left join days d on d.organization_id = u.id
    ), totals as (
      select *, count(*) over ()::int as units, count(*) filter (where required > 0) over ()::int as obliged,
        count(*) filter (where required > 0 and held >= required) over ()::int as met
      from counted
    )
    select id, name, kind, depth, code, held, planned, units, obliged, met from totals ${after}
    order by depth, code limit ${limit + 1}`)
  const page = rows.slice(0, limit)
  const first = rows[0]
  const items: ComplianceRow[] = page.map((r) => {
    const need = requiredDays(r.kind)
    return { organization: { id: r.id, name: r.name, kind: r.kind as OrgKind }, required: need, held: Number(r.held), planned: Number(r.planned), met: Number(r.held) >= need }
  })
  const last = page.at(-1)
  return {
    items,
    totals: first ? { units: Number(first.units), obliged: Number(first.obliged), met: Number(first.met) } : { units: 0, obliged: 0, met: 0 },
    next: rows.length > limit && last ? [Number(last.depth), last.code] as [number, string] : null,
  }
}
