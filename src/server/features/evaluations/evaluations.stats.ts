// Subtree totals of evaluations per organization and cycle: waiting for a decision, decided by level, and the cells'
// proposals by level (to set proposed against decided).
import { sql } from 'drizzle-orm'
import type { RatingLevel } from '../../../common/contracts/rules.ts'
import { queryRows, type Tx } from '../../db/client.ts'

export type EvaluationBucket = 'proposed' | RatingLevel
const LEVELS: RatingLevel[] = ['excellent', 'good', 'complete', 'incomplete']
const BUCKETS: EvaluationBucket[] = ['proposed', ...LEVELS]
const COLUMNS = [...BUCKETS, ...LEVELS.map((l) => `proposed_${l}`)]
const columnList = sql.raw(COLUMNS.join(', '))
const pathIds = (path: string) => path.split('/').filter(Boolean)

export interface EvaluationChange {
  /** Where the evaluation's status/decided level leaves and enters (null: not counted). */
  from?: EvaluationBucket | null
  to?: EvaluationBucket | null
  /** The cell's proposed level, before and after (a new review, or a review recorded again). */
  proposedFrom?: RatingLevel | null
  proposedTo?: RatingLevel | null
}

/** Moves one evaluation between buckets on its unit and every ancestor, in the caller's transaction. */
export async function adjustEvaluationStats(tx: Tx, orgPath: string, cycleId: string, change: EvaluationChange) {
  const d = (col: string) =>
    (col === change.to ? 1 : 0) - (col === change.from ? 1 : 0) +
    (col === `proposed_${change.proposedTo}` ? 1 : 0) - (col === `proposed_${change.proposedFrom}` ? 1 : 0)
  if (COLUMNS.every((c) => d(c) === 0)) return
  const rows = pathIds(orgPath).map((id) => sql`(${id}::uuid, ${cycleId}::uuid, ${sql.join(COLUMNS.map((c) => sql`${d(c)}`), sql`, `)})`)
  await tx.execute(sql`
    insert into evaluation_stats (organization_id, cycle_id, ${columnList})
    values ${sql.join(rows, sql`, `)}
    on conflict (organization_id, cycle_id) do update set
      ${sql.raw(COLUMNS.map((c) => `${c} = evaluation_stats.${c} + excluded.${c}`).join(', '))}`)
}

/** The affected organizations' totals recomputed from their subtrees (after the tree changes shape), or all of them. */
export async function recomputeEvaluationStats(tx: Tx, orgIds?: string[]) {
  if (orgIds && orgIds.length === 0) return
  const ids = orgIds ? sql.join(orgIds.map((id) => sql`${id}::uuid`), sql`, `) : null
  await tx.execute(ids ? sql`delete from evaluation_stats where organization_id in (${ids})` : sql`delete from evaluation_stats`)
  await tx.execute(sql`
    insert into evaluation_stats (organization_id, cycle_id, ${columnList})
    select o.id, e.cycle_id,
      ${sql.raw([
        ...BUCKETS.map((b) => `count(*) filter (where e.bucket = '${b}')`),
        ...LEVELS.map((l) => `count(*) filter (where e.proposed_level = '${l}')`),
      ].join(', '))}
    from organizations o
    join organizations d on d.path like o.path || '%'
    join (select organization_id, cycle_id, proposed_level, case when status = 'proposed' then 'proposed' else decided_level end as bucket from evaluations) e
      on e.organization_id = d.id
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
  proposed_excellent: number
  proposed_good: number
  proposed_complete: number
  proposed_incomplete: number
}

export async function evaluationSummaryRows(tx: Tx, orgId: string, cycleId: string) {
  return queryRows<EvaluationTotalsRow>(tx, sql`
    select o.id, o.name, o.kind, o.subtree_people_count as people,
      ${sql.raw(COLUMNS.map((c) => `coalesce(s.${c}, 0) as ${c}`).join(', '))}
    from organizations o
    left join evaluation_stats s on s.organization_id = o.id and s.cycle_id = ${cycleId}
    where o.id = ${orgId} or (o.parent_id = ${orgId} and o.status = 'active')`)
}
