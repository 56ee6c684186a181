// The cascade: the province hands a breakthrough task down to two communes and a cell; one commune accepts it (its
// plan made then), splits it and reports; progress flows up to the province's item and plan; the other declines, is
// asked again and accepts; hand-downs are withdrawn while pending; the link shows both ways.
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { makeItem, makePlan, planWorld, type PlanWorld } from '../../test/plan-fixtures.ts'

const t = useTestApp()
let w: PlanWorld
let provincePlan: string
let task: { id: string }

const inbox = async (auth: PlanWorld['office']['auth'], org: string, status = 'pending') =>
  (await call(t.app, auth, 'GET', `/api/v1/plan-assignments?org=${org}&status=${status}`)).body.items as { id: string; item: { id: string }; abilities: { respond: boolean } }[]

beforeAll(async () => {
  w = await planWorld(t.database.db)
  provincePlan = await makePlan(t, w.office.auth, w.tree.root.id, w.cycle.id)
  task = await makeItem(t, w.office.auth, provincePlan, {
    kind: 'breakthrough', title: 'Xây dựng mô hình "Dân vận khéo" ở mỗi xã, phường', expectedResult: 'Mỗi xã, phường ít nhất 01 mô hình', weight: 2, dueOn: `${w.cycle.year}-11-30`,
  })
})

describe('hand-downs', () => {
  it('hands an item down to units below only, once each', async () => {
    const res = await call(t.app, w.office.auth, 'POST', `/api/v1/plan-items/${task.id}/hand-downs`, { orgIds: [w.tree.communeA.id, w.tree.communeB.id, w.tree.cellA1.id], note: 'Báo cáo kết quả hằng quý' })
    expect(res.status).toBe(200)
    expect(res.body.handDowns).toEqual({ pending: 3, accepted: 0, declined: 0 })
    expect(res.body.handDownList.map((h: { to: { id: string } }) => h.to.id).sort()).toEqual([w.tree.communeA.id, w.tree.communeB.id, w.tree.cellA1.id].sort())

    const self = await call(t.app, w.office.auth, 'POST', `/api/v1/plan-items/${task.id}/hand-downs`, { orgIds: [w.tree.root.id] })
    expect(self.status).toBe(422)
    const outside = await call(t.app, w.office.auth, 'POST', `/api/v1/plan-items/${task.id}/hand-downs`, { orgIds: [w.other.communeA.id] })
    expect(outside.status).toBe(422)
    expect(outside.body.error.message).toMatch(/trực thuộc/)
    const twice = await call(t.app, w.office.auth, 'POST', `/api/v1/plan-items/${task.id}/hand-downs`, { orgIds: [w.tree.communeA.id] })
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toContain('Đảng bộ xã An Hòa')
  })

  it('shows each unit what is handed down to it, and only its managers answer', async () => {
    const [a] = await inbox(w.communeA.auth, w.tree.communeA.id)
    expect(a).toMatchObject({ item: { id: task.id, kind: 'breakthrough' }, from: { id: w.tree.root.id }, note: 'Báo cáo kết quả hằng quý', abilities: { respond: true } })
    // The province's office reads the commune's inbox but does not answer for it.
    const [seenAbove] = await inbox(w.office.auth, w.tree.communeA.id)
    expect(seenAbove.abilities.respond).toBe(false)
    expect((await call(t.app, w.office.auth, 'POST', `/api/v1/plan-assignments/${a.id}/accept`)).status).toBe(403)
    expect((await call(t.app, w.communeB.auth, 'POST', `/api/v1/plan-assignments/${a.id}/accept`)).status).toBe(404)
  })

  it('accepts into the unit\'s plan (made if missing): a new item linked back to the superior\'s', async () => {
    const [a] = await inbox(w.communeA.auth, w.tree.communeA.id)
    const res = await call(t.app, w.communeA.auth, 'POST', `/api/v1/plan-assignments/${a.id}/accept`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const item = await call(t.app, w.communeA.auth, 'GET', `/api/v1/plan-items/${res.body.itemId}`)
    expect(item.body).toMatchObject({
      sourceItemId: task.id, kind: 'breakthrough', title: 'Xây dựng mô hình "Dân vận khéo" ở mỗi xã, phường', weight: 2, dueOn: `${w.cycle.year}-11-30`,
      ownerOrg: { id: w.tree.communeA.id }, source: { itemId: task.id, organization: { id: w.tree.root.id } },
      plan: { id: res.body.planId, organization: { id: w.tree.communeA.id } },
    })
    const board = await call(t.app, w.communeA.auth, 'GET', `/api/v1/plans?org=${w.tree.communeA.id}&cycle=${w.cycle.id}`)
    expect(board.body.plan.title).toBe(`Kế hoạch năm ${w.cycle.year}`)
    expect(board.body.pendingHandDowns).toBe(0)
    const audits = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_events where organization_id = ${w.tree.communeA.id} order by seq`)
    expect(audits.map((r) => r.action)).toEqual(expect.arrayContaining(['plan.create', 'plan.hand_down.accept']))

    const again = await call(t.app, w.communeA.auth, 'POST', `/api/v1/plan-assignments/${a.id}/accept`)
    expect(again.status).toBe(409)
    // An accepted item stays at the top of its plan and cannot be deleted; the superior's item neither.
    const sub = await makeItem(t, w.communeA.auth, res.body.planId, { title: 'Khảo sát, chọn mô hình ở thôn 3' })
    expect((await call(t.app, w.communeA.auth, 'PATCH', `/api/v1/plan-items/${res.body.itemId}`, { parentId: sub.id })).status).toBe(422)
    expect((await call(t.app, w.communeA.auth, 'DELETE', `/api/v1/plan-items/${res.body.itemId}`)).status).toBe(409)
    expect((await call(t.app, w.office.auth, 'DELETE', `/api/v1/plan-items/${task.id}`)).status).toBe(409)
  })

  it('lets progress reported below flow up to the superior\'s item and plan', async () => {
    const accepted = (await inbox(w.communeA.auth, w.tree.communeA.id, 'accepted'))[0]
    const acceptedItemId = (await call(t.app, w.office.auth, 'GET', `/api/v1/plan-items/${task.id}`)).body.handDownList.find((h: { to: { id: string } }) => h.to.id === w.tree.communeA.id).acceptedItem.id
    expect(accepted.item.id).toBe(task.id)
    // The commune splits it in two sub-items of equal weight and reports 100 % on one.
    const commune = await call(t.app, w.communeA.auth, 'GET', `/api/v1/plans?org=${w.tree.communeA.id}&cycle=${w.cycle.id}`)
    const planId = commune.body.plan.id
    const first = await makeItem(t, w.communeA.auth, planId, { title: 'Mô hình "Dân vận khéo" thôn 1', parentId: acceptedItemId })
    await makeItem(t, w.communeA.auth, planId, { title: 'Mô hình "Dân vận khéo" thôn 2', parentId: acceptedItemId })
    const report = await call(t.app, w.communeA.auth, 'POST', `/api/v1/plan-items/${first.id}/updates`, { progress: 100, status: 'done', note: 'Đã ra mắt mô hình thôn 1' })
    expect(report.status).toBe(201)

    const own = await call(t.app, w.communeA.auth, 'GET', `/api/v1/plan-items/${acceptedItemId}`)
    expect(own.body).toMatchObject({ progress: 50, status: 'in_progress', fromChildren: true })
    expect(own.body.children.map((c: { via: string }) => c.via)).toEqual(['split', 'split'])

    const above = await call(t.app, w.office.auth, 'GET', `/api/v1/plan-items/${task.id}`)
    // Only the accepted hand-down counts: the pending ones are not children yet.
    expect(above.body).toMatchObject({ progress: 50, status: 'in_progress', fromChildren: true })
    expect(above.body.children).toEqual([expect.objectContaining({ id: acceptedItemId, via: 'hand_down', organization: { id: w.tree.communeA.id, name: 'Đảng bộ xã An Hòa' }, progress: 50 })])
    const hd = above.body.handDownList.find((h: { to: { id: string } }) => h.to.id === w.tree.communeA.id)
    expect(hd).toMatchObject({ status: 'accepted', acceptedItem: { id: acceptedItemId, progress: 50, status: 'in_progress' } })
    const board = await call(t.app, w.office.auth, 'GET', `/api/v1/plans/${provincePlan}`)
    expect(board.body.plan.progress).toBe(50)
  })

  it('declines with a reason, hands down again, and withdraws what is still pending', async () => {
    const [b] = await inbox(w.communeB.auth, w.tree.communeB.id)
    expect((await call(t.app, w.communeB.auth, 'POST', `/api/v1/plan-assignments/${b.id}/decline`, { reason: 'x' })).status).toBe(422)
    expect((await call(t.app, w.communeB.auth, 'POST', `/api/v1/plan-assignments/${b.id}/decline`, { reason: 'Phường đã có mô hình tương tự từ năm trước' })).status).toBe(200)
    expect((await call(t.app, w.communeB.auth, 'POST', `/api/v1/plan-assignments/${b.id}/accept`)).status).toBe(409)
    const declined = await inbox(w.communeB.auth, w.tree.communeB.id, 'declined')
    expect(declined[0]).toMatchObject({ note: 'Phường đã có mô hình tương tự từ năm trước' })

    const again = await call(t.app, w.office.auth, 'POST', `/api/v1/plan-items/${task.id}/hand-downs`, { orgIds: [w.tree.communeB.id] })
    expect(again.status).toBe(200)
    const [pending] = await inbox(w.communeB.auth, w.tree.communeB.id)
    expect(pending.id).toBe(b.id)
    // Accepted, not yet reported: the province's item is now the mean of 50 % and 0 %.
    await call(t.app, w.communeB.auth, 'POST', `/api/v1/plan-assignments/${pending.id}/accept`)
    expect((await call(t.app, w.office.auth, 'GET', `/api/v1/plan-items/${task.id}`)).body.progress).toBe(25)

    const [cell] = await inbox(w.cellA1.auth, w.tree.cellA1.id)
    expect((await call(t.app, w.communeA.auth, 'DELETE', `/api/v1/plan-assignments/${cell.id}`)).status).toBe(403)
    expect((await call(t.app, w.office.auth, 'DELETE', `/api/v1/plan-assignments/${cell.id}`)).status).toBe(200)
    expect(await inbox(w.cellA1.auth, w.tree.cellA1.id)).toEqual([])
    expect((await call(t.app, w.office.auth, 'DELETE', `/api/v1/plan-assignments/${pending.id}`)).status).toBe(409)
  })
})
