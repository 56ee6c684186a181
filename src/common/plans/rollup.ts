// The roll-up of plans, as pure functions computed on read (nothing rolled up is stored, so nothing can drift):
// - an item's progress is its own reported progress when it has no counted children or its mode is 'own'; otherwise
//   the weighted mean of its counted children's progress;
// - an item's children are its sub-items in the same plan (parentId) and the items sub-units accepted from it into
//   their own plans (sourceItemId; an accepted item stays top-level in its own plan, so it has one parent only);
// - a child counts when it is in the roll-up and its weight is above 0;
// - a plan's progress is the weighted mean of its counted top-level items (null when none counts);
// - an organization's subtree progress is the plain mean of its own plan's progress and of each direct sub-unit's
//   subtree progress (those that have one): each branch of the tree counts once, whatever its size.
// Shared by the server (boards, dashboards, documents) and its tests (unit and property tests in rollup.test.ts).

export type PlanItemStatus = 'not_started' | 'in_progress' | 'late' | 'done'
export type RollupMode = 'children' | 'own'

export interface RollupItem {
  id: string
  planId: string
  parentId: string | null
  sourceItemId: string | null
  weight: number
  inRollup: boolean
  rollupMode: RollupMode
  /** The item's own latest reported progress (0–100) and status. */
  progress: number
  status: PlanItemStatus
}

export interface Rolled {
  /** 0–100, not rounded. */
  progress: number
  status: PlanItemStatus
  /** Computed from counted children (else the item's own report). */
  fromChildren: boolean
}

/** The item an item rolls up into: its parent in the plan, else the superior's item it was accepted from. */
export const parentKey = (item: Pick<RollupItem, 'parentId' | 'sourceItemId'>): string | null => item.parentId ?? item.sourceItemId

export const isCounted = (item: Pick<RollupItem, 'inRollup' | 'weight'>): boolean => item.inRollup && item.weight > 0

/** Σ wᵢvᵢ / Σ wᵢ over the entries with a weight above 0; null when there is none. */
export function weightedMean(entries: readonly { weight: number; value: number }[]): number | null {
  let sum = 0
  let weights = 0
  for (const e of entries) {
    if (e.weight <= 0) continue
    sum += e.weight * e.value
    weights += e.weight
  }
  return weights > 0 ? sum / weights : null
}

/** The children of every item (by the item's id), in the order given. */
export function childrenIndex<T extends RollupItem>(items: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>()
  for (const item of items) {
    const key = parentKey(item)
    if (key === null) continue
    const list = index.get(key)
    if (list) list.push(item)
    else index.set(key, [item])
  }
  return index
}

/** A rolled-up item's status: done at 100 %, late when a counted child is, under way once anything is done. */
function derivedStatus(progress: number, children: readonly Rolled[]): PlanItemStatus {
  if (progress >= 100) return 'done'
  if (children.some((c) => c.status === 'late')) return 'late'
  return progress > 0 ? 'in_progress' : 'not_started'
}

const clamp = (n: number) => Math.min(100, Math.max(0, n))

/**
 * Every item's progress and status, each computed once (children first). A loop in the links (which the server never
 * writes) is cut where it closes: the item there counts with its own report.
 */
export function rollUp(items: readonly RollupItem[]): Map<string, Rolled> {
  const children = childrenIndex(items)
  const done = new Map<string, Rolled>()
  const visiting = new Set<string>()
  const own = (item: RollupItem): Rolled => ({ progress: clamp(item.progress), status: item.status, fromChildren: false })

  function visit(item: RollupItem): Rolled {
    const known = done.get(item.id)
    if (known) return known
    if (visiting.has(item.id)) return own(item)
    visiting.add(item.id)
    const counted = (children.get(item.id) ?? []).filter(isCounted)
    let result = own(item)
    if (item.rollupMode === 'children' && counted.length > 0) {
      const rolled = counted.map((c) => ({ weight: c.weight, rolled: visit(c) }))
      const progress = clamp(weightedMean(rolled.map((r) => ({ weight: r.weight, value: r.rolled.progress }))) ?? 0)
      result = { progress, status: derivedStatus(progress, rolled.map((r) => r.rolled)), fromChildren: true }
    }
    visiting.delete(item.id)
    done.set(item.id, result)
    return result
  }

  for (const item of items) visit(item)
  return done
}

/** A plan's progress: the weighted mean of its counted top-level items (null when none counts). */
export function planProgress(items: readonly RollupItem[], planId: string, rolled: ReadonlyMap<string, Rolled>): number | null {
  return weightedMean(
    items
      .filter((i) => i.planId === planId && i.parentId === null && isCounted(i))
      .map((i) => ({ weight: i.weight, value: rolled.get(i.id)?.progress ?? clamp(i.progress) })),
  )
}

export interface OrgNode {
  id: string
  parentId: string | null
}

/**
 * Each organization's subtree progress: the mean of its own plan's progress (when it has one) and of its direct
 * sub-units' subtree progress (those that have one); null when nothing under it has a plan with counted items.
 */
export function subtreeProgress(orgs: readonly OrgNode[], ownPlan: ReadonlyMap<string, number | null>): Map<string, number | null> {
  const kids = new Map<string, string[]>()
  const known = new Set(orgs.map((o) => o.id))
  for (const o of orgs) {
    if (o.parentId !== null && known.has(o.parentId)) kids.set(o.parentId, [...(kids.get(o.parentId) ?? []), o.id])
  }
  const out = new Map<string, number | null>()
  const visit = (id: string, depth: number): number | null => {
    if (out.has(id)) return out.get(id) ?? null
    const values: number[] = []
    const mine = ownPlan.get(id)
    if (mine !== undefined && mine !== null) values.push(mine)
    // Depth guards against a malformed tree (a loop); a real tree is a few levels deep.
    if (depth < 64) {
      for (const k of kids.get(id) ?? []) {
        const v = visit(k, depth + 1)
        if (v !== null) values.push(v)
      }
    }
    const result = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null
    out.set(id, result)
    return result
  }
  for (const o of orgs) visit(o.id, 0)
  return out
}

/** Late: past its due date and not done, or reported late. */
export function isLate(item: { dueOn: string | null; status: PlanItemStatus }, today: string): boolean {
  return item.status === 'late' || (item.status !== 'done' && item.dueOn !== null && item.dueOn < today)
}

/** One decimal, as the API answers. */
export const roundProgress = (n: number): number => Math.round(n * 10) / 10
