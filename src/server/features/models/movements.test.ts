// Emulation movements: launched by a unit's managers, one name per unit, dates in order; listed for the units around
// them (launched above, at or below my units; running ones first), edited and closed by the launching unit's side.
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Movement } from '../../../common/contracts/models.ts'
import { makeUser } from '../../test/factories.ts'
import { call, useTestApp, type Auth } from '../../test/harness.ts'
import { createModel, modelsSetup } from '../../test/model-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'

const t = useTestApp()
const base = '/api/v1/movements'

describe('movements', () => {
  it('are launched, listed around my units, edited and closed', async () => {
    const { db, tree, users } = await modelsSetup(t)
    const province = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const launch = async (auth: Auth, organizationId: string, name: string, extra: Record<string, unknown> = {}) =>
      call(t.app, auth, 'POST', base, { organizationId, name, startsOn: '2026-01-01', ...extra })

    const top = await launch(province.auth, tree.root.id, 'Thi đua yêu nước giai đoạn 2026–2030', { description: 'Phát động toàn tỉnh.', endsOn: '2030-12-31' })
    expect(top.status, JSON.stringify(top.body)).toBe(201)
    expect(top.body).toMatchObject({ organization: { id: tree.root.id }, active: true, endsOn: '2030-12-31', modelCount: 0, abilities: { edit: true, close: true } })
    const commune = await launch(users.commune.auth, tree.communeA.id, 'Dân vận khéo')
    const cell = await launch(users.school.auth, tree.cellA1.id, 'Chi bộ bốn tốt')
    const ward = await launch(users.ward.auth, tree.communeB.id, 'Phường văn minh')
    for (const r of [commune, cell, ward]) expect(r.status).toBe(201)

    const dup = await launch(users.commune.auth, tree.communeA.id, 'Dân vận khéo')
    expect(dup.status).toBe(409)
    expect(dup.body.error.message).toBe('Đơn vị này đã có phong trào thi đua tên "Dân vận khéo".')
    // The same name in another unit is fine.
    expect((await launch(users.ward.auth, tree.schoolB.id, 'Dân vận khéo')).status).toBe(201)
    const backwards = await launch(users.commune.auth, tree.communeA.id, 'Ngược ngày', { endsOn: '2025-12-31' }, )
    expect(backwards.status).toBe(422)
    expect(backwards.body.error.details.fields[0]).toMatchObject({ path: 'endsOn', message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' })
    expect((await launch(users.inspector.auth, tree.schoolA.id, 'Của thanh tra')).status).toBe(403)
    expect((await launch(users.school.auth, tree.communeA.id, 'Cấp trên của mình')).status).toBe(403)

    const names = async (auth: Auth, query = '') => ((await call(t.app, auth, 'GET', `${base}${query}`)).body.items as Movement[]).map((m) => m.name)
    // The school sees the province's and the commune's (above it) and the cell's (below it), not the ward's.
    expect(new Set(await names(users.school.auth))).toEqual(new Set(['Thi đua yêu nước giai đoạn 2026–2030', 'Dân vận khéo', 'Chi bộ bốn tốt']))
    expect(new Set(await names(users.commune.auth, `?org=${tree.cellA1.id}`))).toEqual(new Set(['Thi đua yêu nước giai đoạn 2026–2030', 'Dân vận khéo', 'Chi bộ bốn tốt']))
    // Those a model of the cell may join: launched by it or above it.
    expect(new Set(await names(users.school.auth, `?org=${tree.schoolA.id}&joinable=true`))).toEqual(new Set(['Thi đua yêu nước giai đoạn 2026–2030', 'Dân vận khéo']))
    expect((await call(t.app, users.school.auth, 'GET', `${base}?org=${tree.communeB.id}`)).status).toBe(403)
    expect((await call(t.app, users.member.auth, 'GET', base)).status).toBe(403)
    const fromCell = (await call(t.app, users.inspector.auth, 'GET', base)).body.items.find((m: Movement) => m.id === cell.body.id)
    expect(fromCell.abilities).toEqual({ edit: false, close: false })

    await createModel(t, users.school.auth, { title: 'Một chi bộ bốn tốt', organizationId: tree.cellA1.id, movementId: cell.body.id })
    const edited = await call(t.app, users.school.auth, 'PATCH', `${base}/${cell.body.id}`, { name: 'Chi bộ bốn tốt, đảng viên bốn tốt', endsOn: '2026-12-31' })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body).toMatchObject({ name: 'Chi bộ bốn tốt, đảng viên bốn tốt', endsOn: '2026-12-31', modelCount: 1 })
    expect((await call(t.app, users.school.auth, 'PATCH', `${base}/${cell.body.id}`, { startsOn: '2027-01-01' })).status).toBe(422)
    expect((await call(t.app, users.ward.auth, 'PATCH', `${base}/${cell.body.id}`, { name: 'Đổi tên hộ' })).status).toBe(403)

    const closed = await call(t.app, users.commune.auth, 'POST', `${base}/${commune.body.id}/close`)
    expect(closed.status).toBe(200)
    expect(closed.body).toMatchObject({ active: false, abilities: { edit: true, close: false } })
    expect(closed.body.endsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const twice = await call(t.app, users.commune.auth, 'POST', `${base}/${commune.body.id}/close`, {}, { 'accept-language': 'en' })
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toBe('This movement has already ended.')
    // Running ones first; only the ended ones on request.
    const listed = await names(users.commune.auth)
    expect(listed.at(-1)).toBe('Dân vận khéo')
    expect(await names(users.commune.auth, '?active=false')).toEqual(['Dân vận khéo'])

    const actions = (await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, commune.body.id))).map((e) => e.action)
    expect(actions).toEqual(['movement.created', 'movement.closed'])
  })
})
