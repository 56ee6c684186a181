// Subtree totals of commitments by status, per organization and cycle (the dashboards' hot path).
import { sql } from 'drizzle-orm'
import type { CommitmentStatus } from '../../../common/contracts/commitments.ts'
import { queryRows, type Tx } from '../../db/client.ts'

const pathIds = (path: string) => path.split('/').filter(Boolean)

/** A commitment entering `to` and leaving `from` moves its unit and every ancestor by one, in the caller's transaction. */
export async function adjustCommitmentStats(tx: Tx, orgPath: string, cycleId: string, from: CommitmentStatus | null, to: CommitmentStatus | null) {
  if (from === to) return
  const delta = (col: CommitmentStatus) => (col === to ? 1 : 0) - (col === from ? 1 : 0)
  const rows = pathIds(orgPath).map((id) => sql`(${id}::uuid, ${cycleId}::uuid, ${delta('draft')}, ${delta('submitted')}, ${delta('approved')}, ${delta('returned')})`)
  await tx.execute(sql`
    insert into commitment_stats (organization_id, cycle_id, draft, submitted, approved, returned)
    values ${sql.join(rows, sql`, `)}
    on conflict (organization_id, cycle_id) do update set
      draft = commitment_stats.draft + excluded.draft, submitted = commitment_stats.submitted + excluded.submitted,
      approved = commitment_stats.approved + excluded.approved, returned = commitment_stats.returned + excluded.returned`)
}

/** Rebuilds every total bottom-up: each unit's own commitments, then each level added into its parent. */
export async function recomputeAllCommitmentStats(tx: Tx) {
  await tx.execute(sql`delete from commitment_stats`)
  await tx.execute(sql`
    insert into commitment_stats (organization_id, cycle_id, draft, submitted, approved, returned)
    select organization_id, cycle_id,
      count(*) filter (where status = 'draft'), count(*) filter (where status = 'submitted'),
      count(*) filter (where status = 'approved'), count(*) filter (where status = 'returned')
    from commitments group by organization_id, cycle_id`)
  const [{ max }] = await queryRows<{ max: number }>(tx, sql`select coalesce(max(depth), 0) as max from organizations`)
  for (let depth = Number(max); depth > 0; depth--) {
    await tx.execute(sql`
      insert into commitment_stats (organization_id, cycle_id, draft, submitted, approved, returned)
      select o.parent_id, s.cycle_id, sum(s.draft), sum(s.submitted), sum(s.approved), sum(s.returned)
      from commitment_stats s join organizations o on o.id = s.organization_id
      where o.depth = ${depth} and o.parent_id is not null
      group by o.parent_id, s.cycle_id
      on conflict (organization_id, cycle_id) do update set
        draft = commitment_stats.draft + excluded.draft, submitted = commitment_stats.submitted + excluded.submitted,
        approved = commitment_stats.approved + excluded.approved, returned = commitment_stats.returned + excluded.returned`)
  }
}

/** After the tree changes shape (move, merge): the affected organizations' totals, recomputed from their subtrees. */
export async function recomputeCommitmentStats(tx: Tx, orgIds: string[]) {
  if (orgIds.length === 0) return
  const ids = sql.join(orgIds.map((id) => sql`${id}::uuid`), sql`, `)
  await tx.execute(sql`delete from commitment_stats where organization_id in (${ids})`)
  await tx.execute(sql`
    insert into commitment_stats (organization_id, cycle_id, draft, submitted, approved, returned)
    select o.id, c.cycle_id,
      count(*) filter (where c.status = 'draft'), count(*) filter (where c.status = 'submitted'),
      count(*) filter (where c.status = 'approved'), count(*) filter (where c.status = 'returned')
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
}

/** The unit and each active child, read from the maintained totals: one indexed row each, whatever the subtree size. */
export async function summaryRows(tx: Tx, orgId: string, cycleId: string): Promise<TotalsRow[]> {
  return queryRows<TotalsRow>(tx, sql`
    select o.id, o.name, o.kind, o.subtree_people_count as people,
      coalesce(s.draft, 0) as draft, coalesce(s.submitted, 0) as submitted,
      coalesce(s.approved, 0) as approved, coalesce(s.returned, 0) as returned
    from organizations o
    left join commitment_stats s on s.organization_id = o.id and s.cycle_id = ${cycleId}
    where o.id = ${orgId} or (o.parent_id = ${orgId} and o.status = 'active')`)
}
