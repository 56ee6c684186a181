// Plan items served by members' commitment items: candidates from approved commitments in the plan's subtree, link and
// unlink by the plan's managers, and the other way round on the member's commitment.
import { beforeAll, describe, expect, it } from 'vitest'
import { systemCtx, type Ctx } from '../../lib/actor.ts'
import { makeCycle, makePerson, makeTree, makeUser, type Tree } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { makeItem, makePlan } from '../../test/plan-fixtures.ts'
import { approveCommitment, createMine, getCommitment, loadDetails, replaceItems, submitCommitment } from '../commitments/commitments.service.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'

const t = useTestApp()
const admin = systemCtx('test')
let tree: Tree
let cycle: CycleRow

/** A member of `cell` with a commitment of one item, approved unless asked otherwise; answers the item's id. */
async function commitment(cell: OrgRow, name: string, approve = true) {
  const db = t.database.db
  const person = await makePerson(db, cell, name)
  const ctx: Ctx = { ...admin, actor: { ...admin.actor, personId: person.id } }
  const c = await createMine({ db, ctx, cycle })
  await replaceItems({ db, ctx, commitment: c, cycle, items: [{ area: 'professional', content: 'Ứng dụng sổ tay đảng viên điện tử trong sinh hoạt', target: '100% buổi sinh hoạt', deadline: `${cycle.year}-12-15` }] })
  if (approve) {
    await submitCommitment(db, ctx, await getCommitment(db, c.id), cycle)
    await approveCommitment(db, admin, await getCommitment(db, c.id), cycle)
  }
  const { items } = await loadDetails(db, await getCommitment(db, c.id))
  return { person, commitmentId: c.id, itemId: items[0].id }
}

let school: Awaited<ReturnType<typeof makeUser>>
let item: { id: string }
let mine: Awaited<ReturnType<typeof commitment>>

beforeAll(async () => {
  const db = t.database.db
  tree = await makeTree(db)
  cycle = await makeCycle(db, 'registration')
  school = await makeUser(db, [{ role: 'secretary', org: tree.schoolA }])
  const planId = await makePlan(t, school.auth, tree.schoolA.id, cycle.id)
  item = await makeItem(t, school.auth, planId, { kind: 'breakthrough', title: 'Chuyển đổi số trong sinh hoạt chi bộ' })
  mine = await commitment(tree.cellA1, 'Vũ Thị Lan')
})

describe('links to commitment items', () => {
  it('offers approved commitment items of members in the subtree, by name or content', async () => {
    await commitment(tree.cellA2, 'Ngô Văn Bình', false)
    const all = await call(t.app, school.auth, 'GET', `/api/v1/plan-items/${item.id}/commitment-candidates`)
    expect(all.status).toBe(200)
    expect(all.body.items).toEqual([expect.objectContaining({ commitmentItemId: mine.itemId, person: { id: mine.person.id, name: 'Vũ Thị Lan' }, linked: false })])
    const byName = await call(t.app, school.auth, 'GET', `/api/v1/plan-items/${item.id}/commitment-candidates?q=${encodeURIComponent('thi lan')}`)
    expect(byName.body.items).toHaveLength(1)
    const none = await call(t.app, school.auth, 'GET', `/api/v1/plan-items/${item.id}/commitment-candidates?q=xyz`)
    expect(none.body.items).toEqual([])
  })

  it('links and unlinks, once, within the subtree and the year', async () => {
    const res = await call(t.app, school.auth, 'POST', `/api/v1/plan-items/${item.id}/commitment-links`, { commitmentItemId: mine.itemId })
    expect(res.status).toBe(201)
    expect(res.body.commitmentItems).toEqual([expect.objectContaining({ commitmentItemId: mine.itemId, commitmentId: mine.commitmentId, unit: { id: tree.cellA1.id, name: 'Chi bộ Giáo viên An Hòa' } })])
    expect((await call(t.app, school.auth, 'POST', `/api/v1/plan-items/${item.id}/commitment-links`, { commitmentItemId: mine.itemId })).status).toBe(409)
    const draft = await commitment(tree.cellA1, 'Đinh Văn Cường', false)
    expect((await call(t.app, school.auth, 'POST', `/api/v1/plan-items/${item.id}/commitment-links`, { commitmentItemId: draft.itemId })).status).toBe(409)
    const away = await commitment(tree.cellB1, 'Lý Thị Mơ')
    const outside = await call(t.app, school.auth, 'POST', `/api/v1/plan-items/${item.id}/commitment-links`, { commitmentItemId: away.itemId })
    expect(outside.status).toBe(422)
    expect(JSON.stringify(outside.body.error)).toMatch(/cùng năm/)
  })

  it("shows the plan items a commitment's items serve to whoever reads the commitment", async () => {
    const owner = await makeUser(t.database.db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], mine.person.id)
    const res = await call(t.app, owner.auth, 'GET', `/api/v1/plan-links?commitment=${mine.commitmentId}`)
    expect(res.status).toBe(200)
    expect(res.body.items).toEqual([{ commitmentItemId: mine.itemId, planItems: [{ id: item.id, title: 'Chuyển đổi số trong sinh hoạt chi bộ', kind: 'breakthrough', organization: { id: tree.schoolA.id, name: 'Đảng bộ Trường THPT An Hòa' }, year: cycle.year }] }])
    const neighbour = await makeUser(t.database.db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }])
    expect((await call(t.app, neighbour.auth, 'GET', `/api/v1/plan-links?commitment=${mine.commitmentId}`)).status).toBe(404)

    const unlinked = await call(t.app, school.auth, 'DELETE', `/api/v1/plan-items/${item.id}/commitment-links/${mine.itemId}`)
    expect(unlinked.status).toBe(200)
    expect(unlinked.body.commitmentItems).toEqual([])
    expect((await call(t.app, school.auth, 'DELETE', `/api/v1/plan-items/${item.id}/commitment-links/${mine.itemId}`)).status).toBe(404)
  })
})
