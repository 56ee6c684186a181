// Plans, items and hand-downs as the API shows them (rolled-up figures computed on read): never table rows.
import type { HandDownInboxItem, HandDownStatus, PlanItem, PlanItemKind, PlanStatus, RollupMode } from '../../../common/contracts/plans.ts'
import { roundProgress } from '../../../common/plans/rollup.ts'
import type { Actor } from '../../lib/actor.ts'
import type { AssignmentView } from './plans.cascade.ts'
import { planPolicy } from './plans.policy.ts'
import type { Rollup } from './plans.rollup.ts'
import type { ItemView } from './plans.service.ts'

export type HandDownCounts = Record<HandDownStatus, number>
export type SourceRef = { itemId: string; title: string; organization: { id: string; name: string } }

export function presentItem(v: ItemView, rollup: Rollup, counts: HandDownCounts | undefined, source: SourceRef | null): PlanItem {
  const i = v.row
  const r = rollup.of(i)
  return {
    id: i.id, planId: i.planId, parentId: i.parentId, sourceItemId: i.sourceItemId, kind: i.kind as PlanItemKind, title: i.title,
    description: i.description, expectedResult: i.expectedResult,
    ownerOrg: v.ownerOrg?.id ? { id: v.ownerOrg.id, name: v.ownerOrg.name } : null,
    ownerPerson: v.ownerPerson?.id ? { id: v.ownerPerson.id, name: v.ownerPerson.name } : null,
    weight: i.weight, inRollup: i.inRollup, rollupMode: i.rollupMode as RollupMode, dueOn: i.dueOn, position: i.position,
    reported: { progress: i.progress, status: i.status as PlanStatus, at: i.lastReportedAt?.toISOString() ?? null },
    progress: roundProgress(r.progress), status: r.status, fromChildren: r.fromChildren,
    late: rollup.late(i),
    handDowns: counts ?? { pending: 0, accepted: 0, declined: 0 },
    source,
  }
}

/** Each item after its parent, siblings by position (then when they were made). */
export function treeOrder<T extends { row: { id: string; parentId: string | null; position: number; createdAt: Date } }>(views: T[]): T[] {
  const ids = new Set(views.map((v) => v.row.id))
  const byParent = new Map<string | null, T[]>()
  for (const v of views) {
    const key = v.row.parentId && ids.has(v.row.parentId) ? v.row.parentId : null
    byParent.set(key, [...(byParent.get(key) ?? []), v])
  }
  const sorted = (list: T[]) => [...list].sort((a, b) => a.row.position - b.row.position || a.row.createdAt.getTime() - b.row.createdAt.getTime())
  const out: T[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null) => {
    for (const v of sorted(byParent.get(parent) ?? [])) {
      if (seen.has(v.row.id)) continue
      seen.add(v.row.id)
      out.push(v)
      walk(v.row.id)
    }
  }
  walk(null)
  return out
}

export function presentHandDown(a: AssignmentView, actor: Actor): HandDownInboxItem {
  return {
    id: a.row.id, status: a.row.status as HandDownStatus, note: a.row.note, createdAt: a.row.createdAt.toISOString(), respondedAt: a.row.respondedAt?.toISOString() ?? null,
    to: { id: a.to.id, name: a.to.name }, from: { id: a.from.id, name: a.from.name }, cycle: { id: a.cycle.id, year: a.cycle.year },
    item: { id: a.item.id, kind: a.item.kind as PlanItemKind, title: a.item.title, description: a.item.description, expectedResult: a.item.expectedResult, dueOn: a.item.dueOn },
    acceptedItemId: a.row.acceptedItemId,
    abilities: { respond: a.row.status === 'pending' && a.cycle.status !== 'closed' && planPolicy.manage(actor, a.to) },
  }
}
