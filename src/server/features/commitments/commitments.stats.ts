// Subtree totals of commitments by status and milestone, per organization and cycle (the dashboards' hot path).
import { sql, type SQL } from 'drizzle-orm'
import type { CommitmentStatus } from '../../../common/contracts/commitments.ts'
import { queryRows, type Tx } from '../../db/client.ts'

const pathIds = (path: string) => path.split('/').filter(Boolean)

const STATUSES: CommitmentStatus[] = ['draft', 'submitted', 'approved', 'returned']
export type CommitmentMilestone = 'progress_reported' | 'self_assessed'
const COLUMNS = [...STATUSES, 'progress_reported', 'self_assessed'] as const
type Column = (typeof COLUMNS)[number]
const columnList = sql.raw(COLUMNS.join(', '))
const addExcluded = sql.raw(COLUMNS.map((c) => `${c} = commitment_stats.${c} + excluded.${c}`).join(', '))
/** Per commitment row `c`: one count per column. */
const countsOf = (c: string) => sql.raw([
  ...STATUSES.map((s) => `count(*) filter (where ${c}.status = '${s}')`),
  `count(*) filter (where ${c}.progress_reported_at is not null)`,
  `count(*) filter (where ${c}.self_assessed_at is not null)`,
].join(', '))

/** Adds `delta(column)` to the unit and every ancestor, in the caller's transaction. */
async function addToPath(tx: Tx, orgPath: string, cycleId: string, delta: (col: Column) => number) {
  const rows = pathIds(orgPath).map((id) => sql`(${id}::uuid, ${cycleId}::uuid, ${sql.join(COLUMNS.map((c) => sql`${delta(c)}`), sql`, `)})`)
  await tx.execute(sql`
    insert into commitment_stats (organization_id, cycle_id, ${columnList})
    values ${sql.join(rows, sql`, `)}
    on conflict (organization_id, cycle_id) do update set ${addExcluded}`)
}

/** A commitment entering `to` and leaving `from` moves its unit and every ancestor by one, in the caller's transaction. */
export async function adjustCommitmentStats(tx: Tx, orgPath: string, cycleId: string, from: CommitmentStatus | null, to: CommitmentStatus | null) {
  if (from === to) return
  await addToPath(tx, orgPath, cycleId, (col) => (col === to ? 1 : 0) - (col === from ? 1 : 0))
}

/** A commitment reaching a milestone for the first time (mid-year progress, year-end self-assessment). */
export async function countCommitmentMilestone(tx: Tx, orgPath: string, cycleId: string, milestone: CommitmentMilestone) {
  await addToPath(tx, orgPath, cycleId, (col) => (col === milestone ? 1 : 0))
}

/** Rebuilds every total bottom-up: each unit's own commitments, then each level added into its parent. */
export async function recomputeAllCommitmentStats(tx: Tx) {
  await tx.execute(sql`delete from commitment_stats`)
  await tx.execute(sql`
    insert into commitment_stats (organization_id, cycle_id, ${columnList})
    select c.organization_id, c.cycle_id, ${countsOf('c')} from commitments c group by c.organization_id, c.cycle_id`)
  const [{ max }] = await queryRows<{ max: number }>(tx, sql`select coalesce(max(depth), 0) as max from organizations`)
  for (let depth = Number(max); depth > 0; depth--) {
    await tx.execute(sql`
      insert into commitment_stats (organization_id, cycle_id, ${columnList})
      select o.parent_id, s.cycle_id, ${sql.raw(COLUMNS.map((c) => `sum(s.${c})`).join(', '))}
      from commitment_stats s join organizations o on o.id = s.organization_id
      where o.depth = ${depth} and o.parent_id is not null
      group by o.parent_id, s.cycle_id
      on conflict (organization_id, cycle_id) do update set ${addExcluded}`)
  }
}

/** After the tree changes shape (move, merge): the affected organizations' totals, recomputed from their subtrees. */
export async function recomputeCommitmentStats(tx: Tx, orgIds: string[]) {
  if (orgIds.length === 0) return
  const ids: SQL = sql.join(orgIds.map((id) => sql`${id}::uuid`), sql`, `)
  await tx.execute(sql`delete from commitment_stats where organization_id in (${ids})`)
  await tx.execute(sql`
    insert into commitment_stats (organization_id, cycle_id, ${columnList})
    select o.id, c.cycle_id, ${countsOf('c')}
    from organizations o
    join organizations d on d.path like o.path || '%'
    join commitments c on c.organization_id = d.id
    where o.id in (${ids})
    group by o.id, c.cycle_id`)
}

/** A merged unit's commitments go with its people to the surviving unit. */
export async function moveCommitments(tx: Tx, fromOrgId: string, toOrgId: string) {
  await tx.execute(sql`update commitments set organization_id = ${toOrgId}, updated_at = now() where organization_id = ${fromOrgId}`)
}

export interface TotalsRow {
  id: string
  name: string
  kind: string
  people: number
  draft: number
  submitted: number
  approved: number
  returned: number
  progress_reported: number
  self_assessed: number
}

/** The unit and each active child, read from the maintained totals: one indexed row each, whatever the subtree size. */
export async function summaryRows(tx: Tx, orgId: string, cycleId: string): Promise<TotalsRow[]> {
  return queryRows<TotalsRow>(tx, sql`
    select o.id, o.name, o.kind, o.subtree_people_count as people,
      ${sql.raw(COLUMNS.map((c) => `coalesce(s.${c}, 0) as ${c}`).join(', '))}
    from organizations o
    left join commitment_stats s on s.organization_id = o.id and s.cycle_id = ${cycleId}
    where o.id = ${orgId} or (o.parent_id = ${orgId} and o.status = 'active')`)
}
