// Spreading a commended model: other units record that they adopted it (their own managers only, never the model's own
// unit, once per unit, not in the future), update the result and remove the record; the spread counts the adopting
// units and the top-level branches of the tree they sit under, on the page and for many models at once (spreadOf).
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { addDays, todayIso } from '../../../common/dates.ts'
import { makeOrg, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { commend, createModel, modelsSetup } from '../../test/model-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { branchOf, spreadOf } from './models.adoptions.ts'

const t = useTestApp()
const base = '/api/v1/models'
const RESULT = 'Áp dụng ở 4 tổ dân phố, làm được 1,5 km đường.'

describe('adoptions', () => {
  it('are recorded by the adopting unit once commended, with their rules, and show how far the model spread', async () => {
    const { db, tree, users } = await modelsSetup(t)
    const m = await createModel(t, users.school.auth, { title: 'Mô hình "Thắp sáng đường quê"', organizationId: tree.schoolA.id })
    const url = `${base}/${m.id}/adoptions`
    const body = (organizationId: string, extra: Record<string, unknown> = {}) => ({ organizationId, adoptedOn: '2026-03-01', result: RESULT, ...extra })

    const early = await call(t.app, users.commune.auth, 'POST', url, body(tree.cellA2.id))
    expect(early.status).toBe(409)
    expect(early.body.error.message).toBe('Chỉ ghi nhận nhân rộng gương điển hình đã được khen thưởng.')
    await commend(t, m.id)

    const own = await call(t.app, users.school.auth, 'POST', url, body(tree.schoolA.id), { 'accept-language': 'en' })
    expect(own.status).toBe(422)
    expect(own.body.error.details.fields[0]).toEqual({ path: 'organizationId', message: 'The model’s own unit cannot adopt it: choose the unit that followed it.' })
    // The other commune's office records for its own units, not for this commune's.
    expect((await call(t.app, users.ward.auth, 'POST', url, body(tree.cellA2.id))).status).toBe(403)
    expect((await call(t.app, users.inspector.auth, 'POST', url, body(tree.cellA2.id))).status).toBe(403)
    const future = await call(t.app, users.cellB1.auth, 'POST', url, body(tree.cellB1.id, { adoptedOn: addDays(todayIso(), 2) }))
    expect(future.status).toBe(422)
    expect(future.body.error.details.fields[0].message).toBe('Ngày bắt đầu nhân rộng không được sau hôm nay.')

    const first = await call(t.app, users.cellB1.auth, 'POST', url, body(tree.cellB1.id))
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body).toMatchObject({
      count: 1, branchCount: 1, branches: [{ id: tree.communeB.id, name: tree.communeB.name, count: 1 }],
      adoptions: [{ organization: { id: tree.cellB1.id, name: tree.cellB1.name, kind: 'cell' }, adoptedOn: '2026-03-01', result: RESULT, abilities: { edit: true, delete: true } }],
    })
    const again = await call(t.app, users.ward.auth, 'POST', url, body(tree.cellB1.id))
    expect(again.status).toBe(409)
    expect(again.body.error.message).toBe('Đơn vị này đã ghi nhận nhân rộng gương điển hình này: sửa kết quả ở bản ghi đã có.')
    await call(t.app, users.ward.auth, 'POST', url, body(tree.schoolB.id, { adoptedOn: '2026-02-01' }))
    await call(t.app, users.commune.auth, 'POST', url, body(tree.cellA2.id, { adoptedOn: '2026-04-01' }))

    // Seen by the model's unit: three units in two branches, the biggest branch first, the earliest adoption first.
    const spread = await call(t.app, users.school.auth, 'GET', `${base}/${m.id}/spread`)
    expect(spread.body).toMatchObject({
      count: 3, branchCount: 2,
      branches: [{ id: tree.communeB.id, count: 2 }, { id: tree.communeA.id, count: 1 }],
    })
    expect(spread.body.adoptions.map((a: { organization: { id: string } }) => a.organization.id)).toEqual([tree.schoolB.id, tree.cellB1.id, tree.cellA2.id])
    // The school may change only the record of the cell under it, not those of the ward's units.
    expect(spread.body.adoptions.map((a: { abilities: { edit: boolean } }) => a.abilities.edit)).toEqual([false, false, true])
    expect((await call(t.app, users.school.auth, 'GET', `${base}/${m.id}`)).body.adoptionCount).toBe(3)

    const adoptionId = first.body.adoptions[0].id as string
    expect((await call(t.app, users.school.auth, 'PUT', `${url}/${adoptionId}`, { result: 'Một kết quả khác hẳn.' })).status).toBe(403)
    const updated = await call(t.app, users.cellB1.auth, 'PUT', `${url}/${adoptionId}`, { result: 'Nhân rộng ra toàn phường, 12 tổ dân phố.' })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    expect(updated.body.adoptions.find((a: { id: string }) => a.id === adoptionId).result).toBe('Nhân rộng ra toàn phường, 12 tổ dân phố.')
    const removed = await call(t.app, users.ward.auth, 'DELETE', `${url}/${adoptionId}`)
    expect(removed.body).toMatchObject({ count: 2, branchCount: 2 })
    expect((await call(t.app, users.ward.auth, 'DELETE', `${url}/${adoptionId}`)).status).toBe(404)

    const actions = (await db.select({ action: auditEvents.action, org: auditEvents.organizationId }).from(auditEvents).where(eq(auditEvents.entityId, m.id)))
    expect(actions.filter((a) => a.action.startsWith('model.adopt'))).toEqual([
      { action: 'model.adopted', org: tree.cellB1.id }, { action: 'model.adopted', org: tree.schoolB.id }, { action: 'model.adopted', org: tree.cellA2.id },
      { action: 'model.adoption_updated', org: tree.cellB1.id }, { action: 'model.adoption_deleted', org: tree.cellB1.id },
    ])
  })

  it('are counted for many models at once, per top-level branch', async () => {
    const { db, tree, users } = await modelsSetup(t)
    const a = await createModel(t, users.school.auth, { title: 'Mô hình thứ nhất', organizationId: tree.schoolA.id })
    const b = await createModel(t, users.school.auth, { title: 'Mô hình thứ hai', organizationId: tree.schoolA.id })
    const c = await createModel(t, users.school.auth, { title: 'Mô hình chưa ai học', organizationId: tree.schoolA.id })
    for (const m of [a, b, c]) await commend(t, m.id)
    const hamlet = await makeOrg(db, tree.cellB2, 'cell', 'Tổ đảng xóm Bến')
    const root = await makeUser(db, [{ role: 'office', org: tree.root }])
    for (const org of [tree.cellA2, tree.cellB1, hamlet, tree.root]) {
      expect((await call(t.app, root.auth, 'POST', `${base}/${a.id}/adoptions`, { organizationId: org.id, adoptedOn: '2026-01-15', result: RESULT })).status).toBe(201)
    }
    await call(t.app, root.auth, 'POST', `${base}/${b.id}/adoptions`, { organizationId: hamlet.id, adoptedOn: '2026-01-15', result: RESULT })
    const spread = await spreadOf(db, [a.id, b.id, c.id])
    // cellA2 → commune A; cellB1 and the hamlet → ward B; the root stands for itself.
    expect(spread.get(a.id)).toEqual({ adoptions: 4, branches: 3 })
    expect(spread.get(b.id)).toEqual({ adoptions: 1, branches: 1 })
    expect(spread.has(c.id)).toBe(false)
    expect((await spreadOf(db, [])).size).toBe(0)
    expect(branchOf(hamlet.path)).toBe(tree.communeB.id)
    expect(branchOf(tree.root.path)).toBe(tree.root.id)
  })
})
