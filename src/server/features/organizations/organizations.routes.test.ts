import { describe, expect, it } from 'vitest'
import { call, useTestApp } from '../../test/harness.ts'
import { makePerson, makeTree, makeUser, unique } from '../../test/factories.ts'

const t = useTestApp()

describe('organizations routes', () => {
  it('browses the tree with counts', async () => {
    const tree = await makeTree(t.database.db)
    await makePerson(t.database.db, tree.cellA1, 'Lê Văn Dũng')
    await makePerson(t.database.db, tree.cellA1, 'Đoàn Thị Hường')
    await makePerson(t.database.db, tree.cellB1, 'Trần Văn Bình')
    const { auth } = await makeUser(t.database.db, [{ role: 'leader', org: tree.root }])

    const entry = await call(t.app, auth, 'GET', '/api/v1/organizations')
    expect(entry.status).toBe(200)
    expect(entry.body.items.map((o: { id: string }) => o.id)).toEqual([tree.root.id])

    const root = await call(t.app, auth, 'GET', `/api/v1/organizations/${tree.root.id}`)
    expect(root.body).toMatchObject({ name: 'Đảng bộ tỉnh Thử Nghiệm', subtreePeopleCount: 3, childCount: 2, ancestors: [] })
    expect(root.body.abilities.update).toBe(false)

    const children = await call(t.app, auth, 'GET', `/api/v1/organizations/${tree.root.id}/children`)
    expect(children.body.items.map((o: { name: string; subtreePeopleCount: number }) => [o.name, o.subtreePeopleCount])).toEqual([
      ['Đảng bộ phường Bình Minh', 1],
      ['Đảng bộ xã An Hòa', 2],
    ])
    const cell = await call(t.app, auth, 'GET', `/api/v1/organizations/${tree.cellA1.id}`)
    expect(cell.body.ancestors.map((a: { name: string }) => a.name)).toEqual(['Đảng bộ tỉnh Thử Nghiệm', 'Đảng bộ xã An Hòa', 'Đảng bộ Trường THPT An Hòa'])
    expect(cell.body.peopleCount).toBe(2)
  })

  it('lets an office create, rename, move, merge and dissolve inside its subtree, with history', async () => {
    const tree = await makeTree(t.database.db)
    await makePerson(t.database.db, tree.cellA2, 'Phạm Thị Lan')
    const { auth } = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    const code = unique('NEW')
    const created = await call(t.app, auth, 'POST', '/api/v1/organizations', { parentId: tree.schoolA.id, code, name: '  Chi bộ  Thư viện ', kind: 'cell' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ name: 'Chi bộ Thư viện', code, parentId: tree.schoolA.id })

    const renamed = await call(t.app, auth, 'PATCH', `/api/v1/organizations/${created.body.id}`, { name: 'Chi bộ Thư viện – Thiết bị' })
    expect(renamed.body.name).toBe('Chi bộ Thư viện – Thiết bị')

    const moved = await call(t.app, auth, 'POST', `/api/v1/organizations/${tree.cellA2.id}/move`, { newParentId: tree.schoolB.id })
    expect(moved.status).toBe(200)
    expect(moved.body.parentId).toBe(tree.schoolB.id)
    const schoolB = await call(t.app, auth, 'GET', `/api/v1/organizations/${tree.schoolB.id}`)
    expect(schoolB.body).toMatchObject({ subtreePeopleCount: 1, childCount: 3 })
    const schoolA = await call(t.app, auth, 'GET', `/api/v1/organizations/${tree.schoolA.id}`)
    expect(schoolA.body).toMatchObject({ subtreePeopleCount: 0 })

    const merged = await call(t.app, auth, 'POST', `/api/v1/organizations/${tree.cellA2.id}/merge`, { intoId: tree.cellB1.id, effectiveDate: '2025-07-01' })
    expect(merged.status).toBe(200)
    expect(merged.body).toMatchObject({ status: 'merged', mergedInto: { id: tree.cellB1.id }, validTo: '2025-07-01' })
    const target = await call(t.app, auth, 'GET', `/api/v1/organizations/${tree.cellB1.id}`)
    expect(target.body.peopleCount).toBe(1)
    const history = await call(t.app, auth, 'GET', `/api/v1/organizations/${tree.cellA2.id}/history`)
    expect(history.status, JSON.stringify(history.body)).toBe(200)
    expect(history.body.items.map((h: { kind: string }) => h.kind)).toEqual(expect.arrayContaining(['created', 'moved', 'merged_into']))

    const dissolved = await call(t.app, auth, 'POST', `/api/v1/organizations/${created.body.id}/dissolve`, { reason: 'Không còn đảng viên' })
    expect(dissolved.body.status).toBe('dissolved')
  })

  it('refuses impossible changes with clear errors and changes nothing', async () => {
    const tree = await makeTree(t.database.db)
    await makePerson(t.database.db, tree.cellA1)
    const { auth } = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    const intoSelf = await call(t.app, auth, 'POST', `/api/v1/organizations/${tree.communeA.id}/move`, { newParentId: tree.cellA1.id })
    expect(intoSelf.status).toBe(422)
    expect(intoSelf.body.error.message).toMatch(/chính nó/)
    const notEmpty = await call(t.app, auth, 'POST', `/api/v1/organizations/${tree.cellA1.id}/dissolve`, {}, { 'accept-language': 'en' })
    expect(notEmpty.status).toBe(409)
    expect(notEmpty.body.error.message).toMatch(/1 people/)
    const dup = await call(t.app, auth, 'POST', '/api/v1/organizations', { parentId: tree.root.id, code: tree.cellA1.code, name: 'Trùng mã', kind: 'cell' })
    expect(dup.status).toBe(409)
    const unknownField = await call(t.app, auth, 'POST', '/api/v1/organizations', { parentId: tree.root.id, code: unique('X'), name: 'Có trường lạ', kind: 'cell', status: 'merged' })
    expect(unknownField.status).toBe(422)
    expect(unknownField.body.error.details.fields[0].message).toMatch(/status/)
    const cell = await call(t.app, auth, 'GET', `/api/v1/organizations/${tree.cellA1.id}`)
    expect(cell.body).toMatchObject({ status: 'active', parentId: tree.schoolA.id, peopleCount: 1 })
  })
})
