// The roll-up on read: every item of a cycle's plans over a subtree, in one query (a few columns each), then the pure
// functions of src/common/plans/rollup.ts in memory. Every descendant of an item lies in the subtree of its plan's
// organization (hand-downs go down only), so the subtree is all a board or a dashboard needs.
import { and, eq, sql } from 'drizzle-orm'
import { isLate, planProgress, rollUp, type PlanItemStatus, type Rolled, type RollupItem, type RollupMode } from '../../../common/plans/rollup.ts'
import type { Tx } from '../../db/client.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { planItems, plans } from './plans.table.ts'

export interface Node extends RollupItem {
  orgId: string
  dueOn: string | null
}

export async function loadNodes(db: Tx, cycleId: string, path: string): Promise<Node[]> {
  const rows = await db.select({
    id: planItems.id, planId: planItems.planId, parentId: planItems.parentId, sourceItemId: planItems.sourceItemId,
    weight: planItems.weight, inRollup: planItems.inRollup, rollupMode: planItems.rollupMode, progress: planItems.progress,
    status: planItems.status, dueOn: planItems.dueOn, orgId: plans.organizationId,
  }).from(planItems)
    .innerJoin(plans, eq(plans.id, planItems.planId))
    .innerJoin(organizations, eq(organizations.id, plans.organizationId))
    .where(and(eq(plans.cycleId, cycleId), sql`${organizations.path} like ${`${path}%`}`))
  return rows.map((r) => ({ ...r, rollupMode: r.rollupMode as RollupMode, status: r.status as PlanItemStatus }))
}

export interface Rollup {
  nodes: Node[]
  rolled: Map<string, Rolled>
  /** Rolled-up progress and status of an item (its own report when it is not in the loaded subtree). */
  of: (item: { id: string; progress: number; status: string }) => Rolled
  planProgress: (planId: string) => number | null
  late: (item: { id: string; dueOn: string | null; progress: number; status: string }) => boolean
}

export function computeRollup(nodes: Node[], today: string): Rollup {
  const rolled = rollUp(nodes)
  const of = (item: { id: string; progress: number; status: string }): Rolled =>
    rolled.get(item.id) ?? { progress: item.progress, status: item.status as PlanItemStatus, fromChildren: false }
  return {
    nodes, rolled, of,
    planProgress: (planId) => planProgress(nodes, planId, rolled),
    late: (item) => isLate({ dueOn: item.dueOn, status: of(item).status }, today),
  }
}

export async function rollupFor(db: Tx, cycleId: string, path: string, today: string): Promise<Rollup> {
  return computeRollup(await loadNodes(db, cycleId, path), today)
}
