// The roll-up maths: hand-computed examples, then properties over random plans (fast-check): the memoized roll-up
// equals a naive recompute from the definition, stays within 0–100, does not change when every weight is scaled, and
// taking an item out of the roll-up equals giving it weight 0.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLate, parentKey, planProgress, rollUp, subtreeProgress, weightedMean, type PlanItemStatus, type RollupItem } from './rollup.ts'

const item = (id: string, over: Partial<RollupItem> = {}): RollupItem => ({
  id, planId: 'P', parentId: null, sourceItemId: null, weight: 1, inRollup: true, rollupMode: 'children', progress: 0, status: 'not_started', ...over,
})

describe('roll-up by hand', () => {
  it('an item without counted children keeps its own progress', () => {
    const r = rollUp([item('a', { progress: 40, status: 'in_progress' })])
    expect(r.get('a')).toEqual({ progress: 40, status: 'in_progress', fromChildren: false })
  })

  it('a parent is the weighted mean of its counted children, sub-items and accepted items alike', () => {
    // a: sub-item b (weight 3, 100 %) and c accepted by a sub-unit (weight 1, 20 %): (3·100 + 1·20) / 4 = 80.
    const items = [
      item('a', { progress: 5, status: 'in_progress' }),
      item('b', { parentId: 'a', weight: 3, progress: 100, status: 'done' }),
      item('c', { planId: 'Q', sourceItemId: 'a', weight: 1, progress: 20, status: 'in_progress' }),
    ]
    const r = rollUp(items)
    expect(r.get('a')).toEqual({ progress: 80, status: 'in_progress', fromChildren: true })
    expect(planProgress(items, 'P', r)).toBe(80)
    expect(planProgress(items, 'Q', r)).toBe(20)
  })

  it('children out of the roll-up or of weight 0 do not count; none counted leaves the own report', () => {
    const items = [
      item('a', { progress: 30, status: 'in_progress' }),
      item('b', { parentId: 'a', weight: 0, progress: 100, status: 'done' }),
      item('c', { parentId: 'a', inRollup: false, progress: 100, status: 'done' }),
    ]
    expect(rollUp(items).get('a')).toEqual({ progress: 30, status: 'in_progress', fromChildren: false })
  })

  it("mode 'own' keeps the item's own report whatever its children", () => {
    const items = [item('a', { rollupMode: 'own', progress: 10, status: 'in_progress' }), item('b', { parentId: 'a', progress: 90, status: 'in_progress' })]
    expect(rollUp(items).get('a')?.progress).toBe(10)
  })

  it('rolls up through levels: province → commune (accepted, split in two) → cell (accepted)', () => {
    // t (province) ← c (commune, accepted) = mean(s1 = 50, s2 ← cell item 100) = 75; t = 75.
    const items = [
      item('t', { planId: 'prov' }),
      item('c', { planId: 'com', sourceItemId: 't' }),
      item('s1', { planId: 'com', parentId: 'c', progress: 50, status: 'in_progress' }),
      item('s2', { planId: 'com', parentId: 'c' }),
      item('x', { planId: 'cell', sourceItemId: 's2', progress: 100, status: 'done' }),
    ]
    const r = rollUp(items)
    expect(r.get('s2')).toMatchObject({ progress: 100, status: 'done' })
    expect(r.get('c')?.progress).toBe(75)
    expect(r.get('t')?.progress).toBe(75)
  })

  it('derives the status of a rolled-up item: done at 100 %, late when a child is, else under way or not started', () => {
    const late = rollUp([item('a'), item('b', { parentId: 'a', progress: 40, status: 'late' }), item('c', { parentId: 'a', progress: 100, status: 'done' })])
    expect(late.get('a')).toMatchObject({ progress: 70, status: 'late' })
    const none = rollUp([item('a'), item('b', { parentId: 'a' })])
    expect(none.get('a')?.status).toBe('not_started')
  })

  it('cuts a loop in the links instead of recursing for ever', () => {
    const r = rollUp([item('a', { parentId: 'b', progress: 10 }), item('b', { parentId: 'a', progress: 30 })])
    expect(r.get('a')?.progress).toBeGreaterThanOrEqual(0)
    expect(r.get('b')?.progress).toBeLessThanOrEqual(100)
  })

  it('a plan of no counted top-level item has no progress', () => {
    const items = [item('a', { weight: 0, progress: 50 })]
    expect(planProgress(items, 'P', rollUp(items))).toBeNull()
    expect(weightedMean([])).toBeNull()
  })

  it("an organization's subtree progress is the mean of its own plan and of each branch below", () => {
    // root (own 60) with A (own 20, its cell A1 40 → A = 30) and B (no plan, its cell B1 90 → B = 90): (60 + 30 + 90) / 3 = 60.
    const orgs = [
      { id: 'root', parentId: null }, { id: 'A', parentId: 'root' }, { id: 'B', parentId: 'root' },
      { id: 'A1', parentId: 'A' }, { id: 'B1', parentId: 'B' }, { id: 'B2', parentId: 'B' },
    ]
    const own = new Map<string, number | null>([['root', 60], ['A', 20], ['A1', 40], ['B1', 90], ['B2', null]])
    const s = subtreeProgress(orgs, own)
    expect(s.get('A')).toBe(30)
    expect(s.get('B')).toBe(90)
    expect(s.get('B2')).toBeNull()
    expect(s.get('root')).toBe(60)
  })

  it('flags late items: past due and not done, or reported late', () => {
    expect(isLate({ dueOn: '2026-03-31', status: 'in_progress' }, '2026-04-01')).toBe(true)
    expect(isLate({ dueOn: '2026-03-31', status: 'done' }, '2026-04-01')).toBe(false)
    expect(isLate({ dueOn: null, status: 'late' }, '2026-04-01')).toBe(true)
    expect(isLate({ dueOn: '2026-04-01', status: 'not_started' }, '2026-04-01')).toBe(false)
  })
})

// ---- Properties over random forests of items across plans

const STATUSES: PlanItemStatus[] = ['not_started', 'in_progress', 'late', 'done']

/** A random forest: each item's parent (if any) is an earlier item, by sub-item or by acceptance into another plan. */
const forest = fc.array(
  fc.record({
    parent: fc.option(fc.nat(), { nil: null }),
    accepted: fc.boolean(),
    weight: fc.integer({ min: 0, max: 1000 }),
    inRollup: fc.boolean(),
    own: fc.boolean(),
    progress: fc.integer({ min: 0, max: 100 }),
    status: fc.constantFrom(...STATUSES),
  }),
  { minLength: 1, maxLength: 40 },
).map((specs) => specs.map((s, i): RollupItem => {
  const parent = s.parent === null || i === 0 ? null : `i${s.parent % i}`
  return {
    id: `i${i}`, planId: parent && s.accepted ? `P${i}` : 'P', parentId: parent && !s.accepted ? parent : null, sourceItemId: parent && s.accepted ? parent : null,
    weight: s.weight, inRollup: s.inRollup, rollupMode: s.own ? 'own' : 'children', progress: s.progress, status: s.status,
  }
}))

/** The definition, recomputed naively (no memo, children found by scanning). */
function naive(items: readonly RollupItem[], id: string): number {
  const x = items.find((i) => i.id === id)!
  const kids = items.filter((i) => parentKey(i) === id && i.inRollup && i.weight > 0)
  if (x.rollupMode === 'own' || kids.length === 0) return x.progress
  const total = kids.reduce((s, k) => s + k.weight, 0)
  return kids.reduce((s, k) => s + k.weight * naive(items, k.id), 0) / total
}

describe('roll-up properties', () => {
  it('equals a naive recompute from the definition', () => {
    fc.assert(fc.property(forest, (items) => {
      const r = rollUp(items)
      for (const i of items) expect(r.get(i.id)!.progress).toBeCloseTo(naive(items, i.id), 9)
    }))
  })

  it('stays within 0–100, and so does every plan', () => {
    fc.assert(fc.property(forest, (items) => {
      const r = rollUp(items)
      for (const v of r.values()) expect(v.progress >= 0 && v.progress <= 100).toBe(true)
      for (const planId of new Set(items.map((i) => i.planId))) {
        const p = planProgress(items, planId, r)
        if (p !== null) expect(p >= 0 && p <= 100).toBe(true)
      }
    }))
  })

  it('does not change when every weight is scaled by the same factor', () => {
    fc.assert(fc.property(forest, fc.integer({ min: 2, max: 50 }), (items, k) => {
      const before = rollUp(items)
      const scaled = rollUp(items.map((i) => ({ ...i, weight: i.weight * k })))
      for (const i of items) expect(scaled.get(i.id)!.progress).toBeCloseTo(before.get(i.id)!.progress, 9)
      expect(planProgress(items.map((i) => ({ ...i, weight: i.weight * k })), 'P', scaled) ?? -1).toBeCloseTo(planProgress(items, 'P', before) ?? -1, 9)
    }))
  })

  it('taking an item out of the roll-up equals giving it weight 0', () => {
    fc.assert(fc.property(forest, fc.nat(), (items, pick) => {
      const at = pick % items.length
      const excluded = items.map((i, n) => (n === at ? { ...i, inRollup: false } : i))
      const zero = items.map((i, n) => (n === at ? { ...i, weight: 0 } : i))
      const a = rollUp(excluded)
      const b = rollUp(zero)
      for (const i of items) expect(a.get(i.id)!.progress).toBeCloseTo(b.get(i.id)!.progress, 9)
      expect(planProgress(excluded, 'P', a) ?? -1).toBeCloseTo(planProgress(zero, 'P', b) ?? -1, 9)
    }))
  })
})
