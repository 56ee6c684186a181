import { describe, expect, it } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { feedbackCategories } from './feedback.table.ts'

const now = new Date('2026-03-02T03:00:00Z')
const t = useTestApp({}, { clock: () => now })
const CONTENT = 'Xe tải chở vật liệu xây dựng đổ trộm đất đá ra bãi đất trống cạnh trường mầm non vào ban đêm.'

describe('feedback topics', () => {
  it('lets the administrator add a topic, change its deadline (new cases only) and retire it, never the last one', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const admin = await makeUser(db, [{ role: 'admin', org: tree.root }])

    const list = await call(t.app, office.auth, 'GET', '/api/v1/feedback-categories')
    expect(list.status).toBe(200)
    expect(list.body.items.find((c: { id: string }) => c.id === 'ha-tang')).toMatchObject({ handlingDays: 3, active: true })
    // An office reads, only the administrator changes.
    expect((await call(t.app, office.auth, 'PUT', '/api/v1/feedback-categories/ha-tang', { name: 'Hạ tầng', handlingDays: 5, active: true, sortOrder: 1 })).status).toBe(403)

    // A case under the old deadline keeps it.
    const before = await call(t.app, office.auth, 'POST', '/api/v1/feedback', { categoryId: 'moi-truong', communeId: tree.communeA.id, content: CONTENT, anonymous: true, channel: 'phone' })
    expect(before.body.handlingDue).toBe('2026-03-05')
    const changed = await call(t.app, admin.auth, 'PUT', '/api/v1/feedback-categories/moi-truong', { name: '  Môi trường, vệ sinh, rác thải, đổ trộm phế thải ', handlingDays: 5, active: true, sortOrder: 2 })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({ id: 'moi-truong', name: 'Môi trường, vệ sinh, rác thải, đổ trộm phế thải', handlingDays: 5, cases: 1 })
    const after = await call(t.app, office.auth, 'POST', '/api/v1/feedback', { categoryId: 'moi-truong', communeId: tree.communeA.id, content: `${CONTENT} Lần thứ hai trong tuần.`, anonymous: true, channel: 'phone' })
    expect(after.body.handlingDue).toBe('2026-03-09')

    // A new topic is offered to citizens at once.
    const added = await call(t.app, admin.auth, 'PUT', '/api/v1/feedback-categories/chuyen-doi-so', { name: 'Chuyển đổi số, ứng dụng công nghệ', handlingDays: 7, active: true, sortOrder: 9 })
    expect(added.status).toBe(200)
    let options = await call(t.app, null, 'GET', '/api/v1/public/feedback/options')
    expect(options.body.categories.map((c: { id: string }) => c.id)).toContain('chuyen-doi-so')
    // Retired: no longer offered, no longer accepted, still listed for the office with its cases.
    expect((await call(t.app, admin.auth, 'PUT', '/api/v1/feedback-categories/chuyen-doi-so', { name: 'Chuyển đổi số, ứng dụng công nghệ', handlingDays: 7, active: false, sortOrder: 9 })).status).toBe(200)
    options = await call(t.app, null, 'GET', '/api/v1/public/feedback/options')
    expect(options.body.categories.map((c: { id: string }) => c.id)).not.toContain('chuyen-doi-so')
    const refused = await call(t.app, office.auth, 'POST', '/api/v1/feedback', { categoryId: 'chuyen-doi-so', communeId: tree.communeA.id, content: `${CONTENT} Chủ đề cũ.`, anonymous: true, channel: 'phone' })
    expect(refused.status).toBe(422)

    // Bad input: a clear 422, nothing written.
    const bad = await call(t.app, admin.auth, 'PUT', '/api/v1/feedback-categories/khac', { name: 'Kh', handlingDays: 0, active: true, sortOrder: 8 }, { 'accept-language': 'en' })
    expect(bad.status).toBe(422)
    expect(bad.body.error.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(['handlingDays', 'name'])
    expect((await call(t.app, admin.auth, 'PUT', '/api/v1/feedback-categories/Bad%20Id', { name: 'Khác', handlingDays: 3, active: true, sortOrder: 8 })).status).toBe(422)

    // Retiring every topic: the last one stays.
    const all = (await call(t.app, admin.auth, 'GET', '/api/v1/feedback-categories')).body.items as { id: string; name: string; handlingDays: number; sortOrder: number; active: boolean }[]
    const active = all.filter((c) => c.active)
    for (const c of active.slice(0, -1)) {
      expect((await call(t.app, admin.auth, 'PUT', `/api/v1/feedback-categories/${c.id}`, { name: c.name, handlingDays: c.handlingDays, active: false, sortOrder: c.sortOrder })).status).toBe(200)
    }
    const last = active.at(-1)!
    const lastOne = await call(t.app, admin.auth, 'PUT', `/api/v1/feedback-categories/${last.id}`, { name: last.name, handlingDays: last.handlingDays, active: false, sortOrder: last.sortOrder })
    expect(lastOne.status).toBe(409)
    expect(lastOne.body.error.message).toMatch(/ít nhất một lĩnh vực/)
    // Put them back for the other tests of this file.
    await db.update(feedbackCategories).set({ active: true })
  })
})
