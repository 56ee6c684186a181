// The figures of exemplary models and nominations over a unit's subtree for a year, read by a handful of aggregate
// queries over the subtree (a bound path prefix), each grouped by the direct sub-unit a row falls under (the path's
// next segment), never one query per unit:
// - a nomination counts where its nominating unit sits, at the level (kind) of the unit holding it now;
// - a model counts as commended in the year when a nomination of that year was commended (or its commended year is
//   that year), under its own unit's branch;
// - an adoption counts in the year of its date, under the adopting unit's branch;
// - a unit "nominated nothing" when it is active, of a kind that nominates, and made no nomination of the year that
//   is still standing (a withdrawn one does not count).
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import type { AreaCounts, ModelSummary, ModelSummaryUnit, NominationCounts, SilentUnit, TopModel } from '../../../common/contracts/modelStats.ts'
import { MODEL_AREAS, NOMINATION_STATUSES, type ModelArea, type ModelKind, type NominationStatus } from '../../../common/contracts/models.base.ts'
import { compareVi } from '../../../common/text/index.ts'
import { queryRows, type Db, type Tx } from '../../db/client.ts'
import { AppError } from '../../lib/errors.ts'
import { currentCycle } from '../cycles/cycles.service.ts'
import { organizations } from '../organizations/organizations.table.ts'

export interface StatsOrg {
  id: string
  name: string
  kind: string
  path: string
}

/** The kinds of unit that nominate models (and are listed when they nominated nothing). */
export const NOMINATING_KINDS: readonly OrgKind[] = ['cell', 'grassroots', 'commune', 'ward', 'agency']
/** Levels from the top of the tree down. */
const LEVEL_ORDER: readonly OrgKind[] = ['province', 'commune', 'ward', 'agency', 'grassroots', 'cell']
const KINDS_SQL = sql.raw(`(${NOMINATING_KINDS.map((k) => `'${k}'`).join(',')})`)

/** The subtree's path prefix, bound as a parameter (indexable). */
const under = (org: StatsOrg) => `${org.path}%`

/** The direct sub-unit a path of the subtree falls under (the next segment of the path), or the unit itself. */
const branchOf = (path: SQL, org: StatsOrg) => sql`case when ${path} = ${org.path} then ${org.id}::text else substr(${path}, ${org.path.length + 1}, 36) end`

const yearRange = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` })

/** The current cycle's year; this calendar year when there is no cycle yet. */
export async function defaultYear(db: Db, today: string): Promise<number> {
  try {
    return (await currentCycle(db, today)).year
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return Number(today.slice(0, 4))
    throw error
  }
}

const emptyCounts = (): NominationCounts => ({ in_review: 0, returned: 0, declined: 0, commended: 0, withdrawn: 0, total: 0 })
const emptyAreas = (): AreaCounts & { total: number } => ({ ideology: 0, ethics: 0, style: 0, total: 0 })

function addStatus(c: NominationCounts, status: NominationStatus, n: number) {
  if (NOMINATION_STATUSES.includes(status)) c[status] += n
  c.total += n
}

interface Branch {
  nominations: NominationCounts
  commended: AreaCounts & { total: number }
  adoptions: number
  units: number
  silent: number
}

async function nominationRows(db: Tx, org: StatsOrg, year: number) {
  return queryRows<{ level: OrgKind; branch: string; status: NominationStatus; n: number }>(db, sql`
    select a.kind as level, ${branchOf(sql`o.path`, org)} as branch, n.status, count(*)::int as n
    from nominations n
    join organizations o on o.id = n.nominated_by_org_id
    join organizations a on a.id = n.at_org_id
    where n.year = ${year} and o.path like ${under(org)}
    group by 1, 2, 3`)
}

async function commendedRows(db: Tx, org: StatsOrg, year: number) {
  return queryRows<{ area: ModelArea; kind: ModelKind; branch: string; n: number }>(db, sql`
    select m.area, m.kind, ${branchOf(sql`o.path`, org)} as branch, count(*)::int as n
    from models m
    join organizations o on o.id = m.organization_id
    where o.path like ${under(org)}
      and (m.commended_year = ${year}
        or exists (select 1 from nominations n where n.model_id = m.id and n.year = ${year} and n.status = 'commended'))
    group by 1, 2, 3`)
}

async function adoptionRows(db: Tx, org: StatsOrg, year: number) {
  const { start, end } = yearRange(year)
  const byBranch = await queryRows<{ branch: string; n: number }>(db, sql`
    select ${branchOf(sql`o.path`, org)} as branch, count(*)::int as n
    from model_adoptions a
    join organizations o on o.id = a.organization_id
    where o.path like ${under(org)} and a.adopted_on between ${start}::date and ${end}::date
    group by 1`)
  const [ofModels] = await queryRows<{ n: number }>(db, sql`
    select count(*)::int as n
    from model_adoptions a
    join models m on m.id = a.model_id
    join organizations o on o.id = m.organization_id
    where o.path like ${under(org)} and a.adopted_on between ${start}::date and ${end}::date`)
  return { byBranch, ofModels: Number(ofModels?.n ?? 0) }
}

/** The ten models of the subtree adopted most up to the end of the year, and how far each has spread. */
export async function topAdopted(db: Tx, org: StatsOrg, year: number, limit = 10): Promise<TopModel[]> {
  const { start, end } = yearRange(year)
  const rows = await queryRows<{
    id: string; title: string; kind: ModelKind; area: ModelArea; unit_id: string; unit_name: string; adoptions: number; this_year: number; branches: number; outside: number
  }>(db, sql`
    select m.id, m.title, m.kind, m.area, mo.id as unit_id, mo.name as unit_name, count(*)::int as adoptions,
      count(*) filter (where a.adopted_on >= ${start}::date)::int as this_year,
      count(distinct ${branchOf(sql`ao.path`, org)}) filter (where ao.path like ${under(org)} and ao.id <> ${org.id}::uuid)::int as branches,
      count(*) filter (where ao.path not like ${under(org)})::int as outside
    from model_adoptions a
    join models m on m.id = a.model_id
    join organizations mo on mo.id = m.organization_id
    join organizations ao on ao.id = a.organization_id
    where mo.path like ${under(org)} and a.adopted_on <= ${end}::date
    group by m.id, m.title, m.kind, m.area, mo.id, mo.name
    order by adoptions desc, this_year desc, m.id
    limit ${limit}`)
  return rows.map((r) => ({
    model: { id: r.id, title: r.title, kind: r.kind, area: r.area },
    unit: { id: r.unit_id, name: r.unit_name },
    adoptions: Number(r.adoptions), thisYear: Number(r.this_year), branches: Number(r.branches), outside: Number(r.outside),
  }))
}

/** "Made no standing nomination in the year", for a unit aliased u. */
const nominatedNothing = (year: number) => sql`not exists (
  select 1 from nominations n where n.nominated_by_org_id = u.id and n.year = ${year} and n.status <> 'withdrawn')`

async function silentRows(db: Tx, org: StatsOrg, year: number) {
  return queryRows<{ branch: string; units: number; silent: number }>(db, sql`
    select ${branchOf(sql`u.path`, org)} as branch, count(*)::int as units, count(*) filter (where ${nominatedNothing(year)})::int as silent
    from organizations u
    where u.path like ${under(org)} and u.status = 'active' and u.kind in ${KINDS_SQL}
    group by 1`)
}

async function yearsWithData(db: Tx): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(db, sql`select year from cycles union select distinct year from nominations`)
  return rows.map((r) => Number(r.year))
}

function branchRows(branches: Map<string, Branch>, key: string): Branch {
  let b = branches.get(key)
  if (!b) {
    b = { nominations: emptyCounts(), commended: emptyAreas(), adoptions: 0, units: 0, silent: 0 }
    branches.set(key, b)
  }
  return b
}

const hasFigures = (b: Branch) => b.nominations.total + b.commended.total + b.adoptions + b.units > 0

/** The direct sub-units (active, or holding figures) with their branch's figures, then the unit's own when it has any. */
async function unitRows(db: Tx, org: StatsOrg, branches: Map<string, Branch>): Promise<ModelSummaryUnit[]> {
  const ids = [...branches.keys()].filter((id) => id !== org.id)
  const children = await db.select({ id: organizations.id, name: organizations.name, kind: organizations.kind }).from(organizations)
    .where(or(and(eq(organizations.parentId, org.id), eq(organizations.status, 'active')), ids.length ? inArray(organizations.id, ids) : undefined))
  const row = (u: { id: string; name: string; kind: string }, own: boolean): ModelSummaryUnit => ({ ...u, kind: u.kind as OrgKind, own, ...branchRows(branches, u.id) })
  const rows = children.map((c) => row(c, false)).sort((a, b) => compareVi(a.name, b.name))
  const own = branches.get(org.id)
  return own && hasFigures(own) ? [row(org, true), ...rows] : rows
}

export async function modelSummary(db: Db, org: StatsOrg, year: number): Promise<ModelSummary> {
  const branches = new Map<string, Branch>()
  const totals = emptyCounts()
  const levels = new Map<OrgKind, NominationCounts>()
  for (const r of await nominationRows(db, org, year)) {
    const n = Number(r.n)
    addStatus(totals, r.status, n)
    if (!levels.has(r.level)) levels.set(r.level, emptyCounts())
    addStatus(levels.get(r.level)!, r.status, n)
    addStatus(branchRows(branches, r.branch).nominations, r.status, n)
  }

  const byArea: AreaCounts = { ideology: 0, ethics: 0, style: 0 }
  const byKind = { person: 0, collective: 0, practice: 0 }
  let commended = 0
  for (const r of await commendedRows(db, org, year)) {
    const n = Number(r.n)
    commended += n
    if (MODEL_AREAS.includes(r.area)) byArea[r.area] += n
    if (r.kind in byKind) byKind[r.kind] += n
    const b = branchRows(branches, r.branch).commended
    b[r.area] += n
    b.total += n
  }

  const adoptions = await adoptionRows(db, org, year)
  for (const r of adoptions.byBranch) branchRows(branches, r.branch).adoptions += Number(r.n)
  let units = 0
  let silent = 0
  for (const r of await silentRows(db, org, year)) {
    const b = branchRows(branches, r.branch)
    b.units += Number(r.units)
    b.silent += Number(r.silent)
    units += Number(r.units)
    silent += Number(r.silent)
  }

  const years = new Set([...(await yearsWithData(db)), year])
  return {
    organization: { id: org.id, name: org.name, kind: org.kind as OrgKind },
    year,
    years: [...years].sort((a, b) => b - a),
    nominations: {
      totals,
      byLevel: LEVEL_ORDER.filter((k) => levels.has(k)).map((level) => ({ level, ...levels.get(level)! })),
    },
    commended: { total: commended, byArea, byKind },
    replication: {
      bySubtree: adoptions.byBranch.reduce((s, r) => s + Number(r.n), 0),
      ofSubtreeModels: adoptions.ofModels,
      top: await topAdopted(db, org, year),
    },
    silent: { units, silent },
    units: await unitRows(db, org, branches),
  }
}

export interface SilentRow extends SilentUnit {
  /** Vietnamese order: the unit's name, then its parent's, then the id. */
  order: [string, string, string]
}

/**
 * Every unit of the subtree that nominated nothing in the year, in Vietnamese order. The order is computed here (the
 * organizations have no collation key column), over a few thousand short rows at most for a province.
 */
export async function silentUnits(db: Tx, org: StatsOrg, year: number): Promise<SilentRow[]> {
  const rows = await queryRows<{ id: string; name: string; kind: OrgKind; parent_id: string | null; parent_name: string | null }>(db, sql`
    select u.id, u.name, u.kind, p.id as parent_id, p.name as parent_name
    from organizations u
    left join organizations p on p.id = u.parent_id
    where u.path like ${under(org)} and u.status = 'active' and u.kind in ${KINDS_SQL} and ${nominatedNothing(year)}`)
  return rows
    .map((r) => ({
      id: r.id, name: r.name, kind: r.kind,
      parent: r.parent_id && r.parent_name !== null ? { id: r.parent_id, name: r.parent_name } : null,
      order: [r.name, r.parent_name ?? '', r.id] as [string, string, string],
    }))
    .sort(compareSilent)
}

/** Compares two rows (or a row and a cursor) in the list's order. */
export function compareOrder(a: readonly [string, string, string], b: readonly [string, string, string]): number {
  return compareVi(a[0], b[0]) || compareVi(a[1], b[1]) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)
}

const compareSilent = (a: SilentRow, b: SilentRow) => compareOrder(a.order, b.order)
