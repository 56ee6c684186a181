// Subtree totals of evaluations per organization and cycle: waiting for a decision, and decided by level.
import { sql } from 'drizzle-orm'
import { queryRows, type Tx } from '../../db/client.ts'

export type EvaluationBucket = 'proposed' | 'excellent' | 'good' | 'complete' | 'incomplete'
const BUCKETS: EvaluationBucket[] = ['proposed', 'excellent', 'good', 'complete', 'incomplete']
const pathIds = (path: string) => path.split('/').filter(Boolean)

/** Moves one evaluation from one bucket to another on its unit and every ancestor, in the caller's transaction. */
export async function adjustEvaluationStats(tx: Tx, orgPath: string, cycleId: string, from: EvaluationBucket | null, to: EvaluationBucket | null) {
  if (from === to) return
  const d = (b: EvaluationBucket) => (b === to ? 1 : 0) - (b === from ? 1 : 0)
  const rows = pathIds(orgPath).map((id) => sql`(${id}::uuid, ${cycleId}::uuid, ${sql.join(BUCKETS.map((b) => sql`${d(b)}`), sql`, `)})`)
  await tx.execute(sql`
    insert into evaluation_stats (organization_id, cycle_id, proposed, excellent, good, complete, incomplete)
    values ${sql.join(rows, sql`, `)}
    on conflict (organization_id, cycle_id) do update set
      proposed = evaluation_stats.proposed + excluded.proposed, excellent = evaluation_stats.excellent + excluded.excellent,
      good = evaluation_stats.good + excluded.good, complete = evaluation_stats.complete + excluded.complete,
      incomplete = evaluation_stats.incomplete + excluded.incomplete`)
}

const bucketSql = sql`case when status = 'proposed' then 'proposed' else decided_level end`

/** The affected organizations' totals recomputed from their subtrees (after the tree changes shape), or all of them. */
export async function recomputeEvaluationStats(tx: Tx, orgIds?: string[]) {
  if (orgIds && orgIds.length === 0) return
  const ids = orgIds ? sql.join(orgIds.map((id) => sql`${id}::uuid`), sql`, `) : null
  await tx.execute(ids ? sql`delete from evaluation_stats where organization_id in (${ids})` : sql`delete from evaluation_stats`)
  await tx.execute(sql`
    insert into evaluation_stats (organization_id, cycle_id, proposed, excellent, good, complete, incomplete)
    select o.id, e.cycle_id,
      count(*) filter (where e.bucket = 'proposed'), count(*) filter (where e.bucket = 'excellent'), count(*) filter (where e.bucket = 'good'),
      count(*) filter (where e.bucket = 'complete'), count(*) filter (where e.bucket = 'incomplete')
    from organizations o
    join organizations d on d.path like o.path || '%'
    join (select organization_id, cycle_id, ${bucketSql} as bucket from evaluations) e on e.organization_id = d.id
    ${ids ? sql`where o.id in (${ids})` : sql``}
    group by o.id, e.cycle_id`)
}

export interface EvaluationTotalsRow {
  id: string
  name: string
  kind: string
  people: number
  proposed: number
  excellent: number
  good: number
  complete: number
  incomplete: number
}

export async function evaluationSummaryRows(tx: Tx, orgId: string, cycleId: string) {
  return queryRows<EvaluationTotalsRow>(tx, sql`
    select o.id, o.name, o.kind, o.subtree_people_count as people,
      coalesce(s.proposed, 0) as proposed, coalesce(s.excellent, 0) as excellent, coalesce(s.good, 0) as good,
      coalesce(s.complete, 0) as complete, coalesce(s.incomplete, 0) as incomplete
    from organizations o
    left join evaluation_stats s on s.organization_id = o.id and s.cycle_id = ${cycleId}
    where o.id = ${orgId} or (o.parent_id = ${orgId} and o.status = 'active')`)
}
