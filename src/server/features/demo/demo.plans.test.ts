// The demo's plans, seeded into a small tree and read back through the API as the demo accounts would: the city's
// breakthrough task rolls up the ward's report, the commune has not accepted it, the cell has not reported.
import { beforeAll, describe, expect, it } from 'vitest'
import { makeCycle, makeTree, makeUser, type Tree } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { seedDemoPlans } from './demo.seed.plans.ts'

const t = useTestApp()
let tree: Tree
let cycle: CycleRow

beforeAll(async () => {
  const db = t.database.db
  tree = await makeTree(db)
  cycle = await makeCycle(db, 'in_progress')
  await db.transaction((tx) => seedDemoPlans(tx, cycle, { provinceId: tree.root.id, wardId: tree.communeB.id, wardUnitId: tree.cellB1.id, communeId: tree.communeA.id }, `${cycle.year}-05-20`))
})

describe('demo plans', () => {
  it('rolls the ward\'s report up into the city\'s breakthrough task, and lists who has not reported', async () => {
    const office = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    const board = await call(t.app, office.auth, 'GET', `/api/v1/plans?org=${tree.root.id}&cycle=${cycle.id}`)
    expect(board.body.plan.documentNumber).toBe('15-KH/TU')
    const [model] = board.body.plan.items
    expect(model).toMatchObject({ kind: 'breakthrough', progress: 50, handDowns: { pending: 1, accepted: 1, declined: 0 } })
    const periods = await call(t.app, office.auth, 'GET', `/api/v1/reporting-periods?cycle=${cycle.id}`)
    expect(periods.body.items).toHaveLength(6)
    const q2 = periods.body.items.find((p: { label: string }) => p.label === `Quý II/${cycle.year}`)
    const missing = await call(t.app, office.auth, 'GET', `/api/v1/plans/not-reported?org=${tree.root.id}&period=${q2.id}`)
    expect(missing.body.totals).toEqual({ units: 3, notReported: 1 })
    expect(missing.body.levels.flatMap((l: { list: { organization: { id: string } }[] }) => l.list.map((u) => u.organization.id))).toEqual([tree.cellB1.id])
    expect(missing.body.pendingHandDowns.map((p: { to: { id: string } }) => p.to.id).sort()).toEqual([tree.communeA.id, tree.communeB.id].sort())
    const leader = await makeUser(t.database.db, [{ role: 'leader', org: tree.communeB }])
    const inbox = await call(t.app, leader.auth, 'GET', `/api/v1/plan-assignments?org=${tree.communeB.id}`)
    expect(inbox.body.items).toEqual([expect.objectContaining({ item: expect.objectContaining({ kind: 'target' }), abilities: { respond: true } })])
  })
})
