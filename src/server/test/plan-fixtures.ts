// Test data for plans: a small province (makeTree) with a cycle under way and one account per part: the province's
// office, each commune's managers, a cell's secretary, an inspector, a member placed in a cell, and an outsider.
import type { Db } from '../db/client.ts'
import { call, type Auth, type TestContext } from './harness.ts'
import { makeCycle, makePerson, makeTree, makeUser } from './factories.ts'

export async function planWorld(db: Db) {
  const tree = await makeTree(db)
  const other = await makeTree(db)
  const cycle = await makeCycle(db, 'in_progress')
  const office = await makeUser(db, [{ role: 'office', org: tree.root }])
  const communeA = await makeUser(db, [{ role: 'secretary', org: tree.communeA }])
  const communeB = await makeUser(db, [{ role: 'leader', org: tree.communeB }])
  const cellA1 = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
  const inspector = await makeUser(db, [{ role: 'inspector', org: tree.root }])
  const person = await makePerson(db, tree.cellA1, 'Lê Thị Hồng')
  const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], person.id)
  const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
  return { tree, other, cycle, office, communeA, communeB, cellA1, inspector, person, member, outsider }
}
export type PlanWorld = Awaited<ReturnType<typeof planWorld>>

/** Creates the plan of `orgId` and answers its id. */
export async function makePlan(t: TestContext, auth: Auth, orgId: string, cycleId: string, title = 'Kế hoạch thực hiện Chỉ thị 05 năm nay') {
  const res = await call(t.app, auth, 'POST', '/api/v1/plans', { orgId, cycleId, title })
  if (res.status !== 201) throw new Error(`plan not created: ${JSON.stringify(res.body)}`)
  return res.body.plan.id as string
}

/** Adds an item to a plan and answers it (the item detail). */
export async function makeItem(t: TestContext, auth: Auth, planId: string, body: Record<string, unknown> = {}) {
  const res = await call(t.app, auth, 'POST', `/api/v1/plans/${planId}/items`, { kind: 'task', title: 'Tổ chức học tập chuyên đề năm', ...body })
  if (res.status !== 201) throw new Error(`item not created: ${JSON.stringify(res.body)}`)
  return res.body
}
