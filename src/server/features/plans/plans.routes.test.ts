// Plans and items through the API: the board, creating the plan and its items and sub-items, editing, deleting, the
// checks (422) and conflicts (409), who reads and who manages, and the audit of every change.
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { makeCycle, makePerson } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { makeItem, makePlan, planWorld, type PlanWorld } from '../../test/plan-fixtures.ts'

const t = useTestApp()
let w: PlanWorld

async function auditActions(entityId: string) {
  const rows = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_events where entity_id = ${entityId} order by seq`)
  return rows.map((r) => r.action)
}

beforeAll(async () => {
  w = await planWorld(t.database.db)
})

describe('plans and items', () => {
  it('shows an empty board, creates the plan once, and answers the board with it', async () => {
    const empty = await call(t.app, w.office.auth, 'GET', `/api/v1/plans?org=${w.tree.root.id}&cycle=${w.cycle.id}`)
    expect(empty.status).toBe(200)
    expect(empty.body).toMatchObject({ plan: null, abilities: { manage: true }, cycle: { id: w.cycle.id, year: w.cycle.year } })
    const byYear = await call(t.app, w.office.auth, 'GET', `/api/v1/plans?org=${w.tree.root.id}&year=${w.cycle.year}`)
    expect(byYear.body.cycle.id).toBe(w.cycle.id)

    const created = await call(t.app, w.office.auth, 'POST', '/api/v1/plans', { orgId: w.tree.root.id, cycleId: w.cycle.id, title: 'Kế hoạch thực hiện Chỉ thị 05-CT/TW', documentNumber: '12-KH/TU' })
    expect(created.status).toBe(201)
    expect(created.body.plan).toMatchObject({ title: 'Kế hoạch thực hiện Chỉ thị 05-CT/TW', documentNumber: '12-KH/TU', progress: null, items: [] })
    expect(await auditActions(created.body.plan.id)).toEqual(['plan.create'])

    const again = await call(t.app, w.office.auth, 'POST', '/api/v1/plans', { orgId: w.tree.root.id, cycleId: w.cycle.id, title: 'Kế hoạch thứ hai trong năm' })
    expect(again.status).toBe(409)
    expect(again.body.error.message).toContain(`kế hoạch năm ${w.cycle.year}`)

    const badNumber = await call(t.app, w.office.auth, 'POST', '/api/v1/plans', { orgId: w.tree.communeA.id, cycleId: w.cycle.id, title: 'Kế hoạch của xã', documentNumber: 'KH 12' })
    expect(badNumber.status).toBe(422)
    expect(badNumber.body.error.details.fields[0]).toMatchObject({ path: 'documentNumber', message: expect.stringMatching(/12-KH\/ĐU/) })

    const renamed = await call(t.app, w.office.auth, 'PATCH', `/api/v1/plans/${created.body.plan.id}`, { title: 'Kế hoạch thực hiện Chỉ thị 05 (sửa đổi)', documentNumber: null })
    expect(renamed.status).toBe(200)
    const board = await call(t.app, w.office.auth, 'GET', `/api/v1/plans/${created.body.plan.id}`)
    expect(board.body.plan).toMatchObject({ title: 'Kế hoạch thực hiện Chỉ thị 05 (sửa đổi)', documentNumber: null })
  })

  it('manages only its own plan: the office above reads a commune\'s plan but does not change it', async () => {
    const planId = await makePlan(t, w.communeA.auth, w.tree.communeA.id, w.cycle.id)
    const read = await call(t.app, w.office.auth, 'GET', `/api/v1/plans/${planId}`)
    expect(read.status).toBe(200)
    expect(read.body.abilities.manage).toBe(false)
    const write = await call(t.app, w.office.auth, 'POST', `/api/v1/plans/${planId}/items`, { kind: 'task', title: 'Nhiệm vụ do tỉnh tự thêm' })
    expect(write.status).toBe(403)
    const inspector = await call(t.app, w.inspector.auth, 'GET', `/api/v1/plans/${planId}`)
    expect(inspector.status).toBe(200)
    const sideways = await call(t.app, w.communeB.auth, 'GET', `/api/v1/plans/${planId}`)
    expect(sideways.status).toBe(404)
  })

  it('lets a member read the plan of their own unit only', async () => {
    const planId = await makePlan(t, w.cellA1.auth, w.tree.cellA1.id, w.cycle.id)
    expect((await call(t.app, w.member.auth, 'GET', `/api/v1/plans/${planId}`)).status).toBe(200)
    expect((await call(t.app, w.member.auth, 'GET', `/api/v1/plans?org=${w.tree.schoolA.id}&cycle=${w.cycle.id}`)).status).toBe(403)
  })

  it('adds items and sub-items in tree order, with owners, weights and due dates, and edits them', async () => {
    const cycle = await makeCycle(t.database.db, 'in_progress')
    const planId = await makePlan(t, w.office.auth, w.tree.root.id, cycle.id)
    const top = await makeItem(t, w.office.auth, planId, {
      kind: 'breakthrough', title: 'Chuyển đổi số trong sinh hoạt chi bộ', expectedResult: '100% chi bộ dùng sổ tay điện tử',
      ownerOrgId: w.tree.communeA.id, ownerPersonId: w.person.id, weight: 3, dueOn: `${cycle.year}-09-30`,
    })
    expect(top).toMatchObject({ kind: 'breakthrough', weight: 3, inRollup: true, rollupMode: 'children', ownerOrg: { id: w.tree.communeA.id }, ownerPerson: { id: w.person.id, name: 'Lê Thị Hồng' }, progress: 0, status: 'not_started' })
    const second = await makeItem(t, w.office.auth, planId, { kind: 'pressing', title: 'Giải quyết dứt điểm đơn thư tồn đọng' })
    const sub = await makeItem(t, w.office.auth, planId, { title: 'Tập huấn sử dụng sổ tay', parentId: top.id })
    expect(sub.parentId).toBe(top.id)
    const board = await call(t.app, w.office.auth, 'GET', `/api/v1/plans/${planId}`)
    expect(board.body.plan.items.map((i: { id: string }) => i.id)).toEqual([top.id, sub.id, second.id])

    const edited = await call(t.app, w.office.auth, 'PATCH', `/api/v1/plan-items/${second.id}`, { weight: 0, inRollup: false, rollupMode: 'own', title: 'Giải quyết dứt điểm đơn thư tồn đọng kéo dài' })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ weight: 0, inRollup: false, rollupMode: 'own', title: 'Giải quyết dứt điểm đơn thư tồn đọng kéo dài' })
    expect(await auditActions(second.id)).toEqual(['plan.item.create', 'plan.item.update'])
  })

  it('refuses owners, parents and dates that do not fit (422), with Vietnamese messages', async () => {
    const cycle = await makeCycle(t.database.db, 'in_progress')
    const planId = await makePlan(t, w.communeA.auth, w.tree.communeA.id, cycle.id)
    const item = await makeItem(t, w.communeA.auth, planId)
    const sub = await makeItem(t, w.communeA.auth, planId, { parentId: item.id })
    const outsiderPerson = await makePerson(t.database.db, w.tree.cellB1, 'Phan Văn Tài')
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ownerOrgId: w.tree.communeB.id }, /Đơn vị chủ trì/],
      [{ ownerPersonId: outsiderPerson.id }, /Người phụ trách/],
      [{ dueOn: `${cycle.year + 3}-01-01` }, new RegExp(`năm ${cycle.year}`)],
      [{ weight: 1001 }, /1000/],
    ]
    for (const [body, message] of cases) {
      const res = await call(t.app, w.communeA.auth, 'POST', `/api/v1/plans/${planId}/items`, { kind: 'task', title: 'Nhiệm vụ thử nghiệm', ...body })
      expect(res.status, JSON.stringify(body)).toBe(422)
      expect(JSON.stringify(res.body.error)).toMatch(message)
    }
    // The member is placed in cell A1, under commune A: a valid owner there.
    expect((await call(t.app, w.communeA.auth, 'POST', `/api/v1/plans/${planId}/items`, { kind: 'target', title: 'Chỉ tiêu thử nghiệm', ownerPersonId: w.person.id })).status).toBe(201)
    const loop = await call(t.app, w.communeA.auth, 'PATCH', `/api/v1/plan-items/${item.id}`, { parentId: sub.id })
    expect(loop.status).toBe(422)
    expect(loop.body.error.message).toMatch(/chính nó/)
    const unknownKind = await call(t.app, w.communeA.auth, 'POST', `/api/v1/plans/${planId}/items`, { kind: 'wish', title: 'Nhiệm vụ thử nghiệm' })
    expect(unknownKind.status).toBe(422)
  })

  it('deletes an item without record, and refuses (409) one with updates or sub-items', async () => {
    const cycle = await makeCycle(t.database.db, 'in_progress')
    const planId = await makePlan(t, w.communeB.auth, w.tree.communeB.id, cycle.id)
    const spare = await makeItem(t, w.communeB.auth, planId)
    expect((await call(t.app, w.communeB.auth, 'DELETE', `/api/v1/plan-items/${spare.id}`)).status).toBe(200)
    expect((await call(t.app, w.communeB.auth, 'GET', `/api/v1/plan-items/${spare.id}`)).status).toBe(404)
    expect(await auditActions(spare.id)).toEqual(['plan.item.create', 'plan.item.delete'])

    const parent = await makeItem(t, w.communeB.auth, planId)
    await makeItem(t, w.communeB.auth, planId, { parentId: parent.id })
    const withKids = await call(t.app, w.communeB.auth, 'DELETE', `/api/v1/plan-items/${parent.id}`)
    expect(withKids.status).toBe(409)
    expect(withKids.body.error.message).toMatch(/nhiệm vụ con/)

    const reported = await makeItem(t, w.communeB.auth, planId)
    await call(t.app, w.communeB.auth, 'POST', `/api/v1/plan-items/${reported.id}/updates`, { progress: 10, status: 'in_progress', note: 'Đã triển khai bước đầu' })
    const withUpdates = await call(t.app, w.communeB.auth, 'DELETE', `/api/v1/plan-items/${reported.id}`)
    expect(withUpdates.status).toBe(409)
    expect(withUpdates.body.error.message).toMatch(/báo cáo tiến độ/)
  })

  it('refuses every change once the cycle is closed', async () => {
    const closed = await makeCycle(t.database.db, 'closed')
    const res = await call(t.app, w.office.auth, 'POST', '/api/v1/plans', { orgId: w.tree.root.id, cycleId: closed.id, title: 'Kế hoạch năm đã qua' })
    expect(res.status).toBe(409)
    expect(res.body.error.message).toMatch(/kết thúc/)
  })
})
