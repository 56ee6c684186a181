// Escalation of overdue cases up the tree, driven by an injected clock: the app and the sweep both believe the date
// the test sets, so deadlines pass without waiting.
import { describe, expect, it } from 'vitest'
import type { FeedbackReceipt } from '../../../common/contracts/feedback.ts'
import { todayIso } from '../../../common/dates.ts'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { escalateOverdue } from './feedback.escalation.ts'
import { feedbackRoutes } from './feedback.table.ts'

let now = new Date('2026-03-02T03:00:00Z') // Monday 2 March 2026, 10:00 in Vietnam
const t = useTestApp({}, { clock: () => now })
const at = (iso: string) => { now = new Date(`${iso}T03:00:00Z`) }
const sweep = () => escalateOverdue(t.database.db, todayIso(now))
const CONTENT = 'Cống thoát nước trước chợ bị tắc, mỗi khi mưa nước tràn vào các nhà dân ven đường, đề nghị nạo vét sớm.'

describe('escalation of overdue feedback', () => {
  it('tells the level above when a deadline passes, the next level if still overdue 5 working days later, and stops once answered', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const operator = await makeUser(db, [{ role: 'office', org: tree.root }])
    const school = await makeUser(db, [{ role: 'leader', org: tree.schoolA }])
    const commune = await makeUser(db, [{ role: 'leader', org: tree.communeA }])
    // Infrastructure cases about commune A are handled by school A's committee (a routing rule), 3 working days.
    await db.insert(feedbackRoutes).values({ communeId: tree.communeA.id, categoryId: 'ha-tang', handlerId: tree.schoolA.id })

    at('2026-03-02')
    const entered = await call(t.app, operator.auth, 'POST', '/api/v1/feedback', { categoryId: 'ha-tang', communeId: tree.communeA.id, content: CONTENT, anonymous: true, channel: 'phone' })
    expect(entered.status, JSON.stringify(entered.body)).toBe(201)
    const receipt = entered.body as FeedbackReceipt
    expect(receipt.handlingDue).toBe('2026-03-05')
    const onTime = await call(t.app, operator.auth, 'POST', '/api/v1/feedback', { categoryId: 'ha-tang', communeId: tree.communeA.id, content: `${CONTENT} Lần hai, ở đầu hẻm.`, anonymous: true, channel: 'phone' })
    expect(onTime.status).toBe(201)

    const escalated = async (org: string) => (await call(t.app, commune.auth, 'GET', `/api/v1/feedback?org=${org}&escalated=true`)).body.items
    const id = (await call(t.app, school.auth, 'GET', `/api/v1/feedback?org=${tree.schoolA.id}`)).body.items.find((c: { reference: string }) => c.reference === receipt.reference).id

    // The handling deadline day itself is on time.
    at('2026-03-05')
    expect(await sweep()).toEqual({ escalated: 0 })
    // The second case is answered and approved on time: it never escalates.
    const second = (await call(t.app, school.auth, 'GET', `/api/v1/feedback?org=${tree.schoolA.id}`)).body.items.find((c: { reference: string }) => c.reference === onTime.body.reference).id
    expect((await call(t.app, school.auth, 'PUT', `/api/v1/feedback/${second}/answer`, { text: 'Đã nạo vét đoạn cống đầu hẻm ngày 04/3, nước đã thoát bình thường.' })).status).toBe(200)
    expect((await call(t.app, school.auth, 'POST', `/api/v1/feedback/${second}/approve`, {})).status).toBe(200)

    // The day after: overdue, escalated once to commune A (the level above school A), and only once that day.
    at('2026-03-06')
    expect(await sweep()).toEqual({ escalated: 1 })
    expect(await sweep()).toEqual({ escalated: 0 })
    let items = await escalated(tree.communeA.id)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ id, overdue: true, escalatedTo: { id: tree.communeA.id, name: tree.communeA.name }, escalationLevel: 1 })
    const detail = await call(t.app, commune.auth, 'GET', `/api/v1/feedback/${id}`)
    expect(detail.body.history.map((h: { kind: string }) => h.kind)).toEqual(['received', 'escalated'])
    expect(detail.body.history[1]).toMatchObject({ from: tree.schoolA.name, to: tree.communeA.name, public: false })

    // Four working days later it stays at commune A; on the fifth (Friday 13) it goes up to the province.
    at('2026-03-12')
    expect(await sweep()).toEqual({ escalated: 0 })
    at('2026-03-13')
    expect(await sweep()).toEqual({ escalated: 1 })
    items = await escalated(tree.communeA.id)
    expect(items[0]).toMatchObject({ escalatedTo: { id: tree.root.id }, escalationLevel: 2 })
    const summary = await call(t.app, operator.auth, 'GET', `/api/v1/feedback/summary?org=${tree.root.id}`)
    expect(summary.body.totals).toMatchObject({ escalated: 1, overdueHandling: 1 })
    // The root has no level above it: the chain ends there.
    at('2026-03-27')
    expect(await sweep()).toEqual({ escalated: 0 })

    // Answered and approved: no longer overdue, no longer flagged, never escalated again.
    expect((await call(t.app, school.auth, 'PUT', `/api/v1/feedback/${id}/answer`, { text: 'Đã nạo vét toàn bộ tuyến cống trước chợ, nước đã thoát bình thường khi mưa.' })).status).toBe(200)
    expect((await call(t.app, school.auth, 'POST', `/api/v1/feedback/${id}/approve`, {})).status).toBe(200)
    expect(await escalated(tree.communeA.id)).toEqual([])
    const after = await call(t.app, operator.auth, 'GET', `/api/v1/feedback/summary?org=${tree.root.id}`)
    expect(after.body.totals).toMatchObject({ escalated: 0, overdueHandling: 0, answered: 2, answeredOnTime: 1 })
    at('2026-04-30')
    expect(await sweep()).toEqual({ escalated: 0 })
  })

  it('starts a new chain when an overdue case is transferred to another unit', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const operator = await makeUser(db, [{ role: 'office', org: tree.root }])
    at('2026-03-02')
    const entered = await call(t.app, operator.auth, 'POST', '/api/v1/feedback', { categoryId: 'moi-truong', communeId: tree.communeA.id, content: `${CONTENT} Rác thải ùn ứ.`, anonymous: true, channel: 'in_person' })
    expect(entered.status).toBe(201)
    const list = await call(t.app, operator.auth, 'GET', `/api/v1/feedback?org=${tree.communeA.id}`)
    const id = list.body.items.find((c: { reference: string }) => c.reference === entered.body.reference).id
    at('2026-03-09')
    expect((await sweep()).escalated).toBeGreaterThanOrEqual(1)
    expect((await call(t.app, operator.auth, 'GET', `/api/v1/feedback/${id}`)).body).toMatchObject({ escalatedTo: { id: tree.root.id }, escalationLevel: 1 })
    const moved = await call(t.app, operator.auth, 'POST', `/api/v1/feedback/${id}/transfer`, { orgId: tree.schoolB.id, reason: 'Thuộc địa bàn trường B quản lý' })
    expect(moved.status).toBe(200)
    expect((await call(t.app, operator.auth, 'GET', `/api/v1/feedback/${id}`)).body).toMatchObject({ escalatedTo: null, escalationLevel: 0, overdue: true })
    // The next sweep escalates it from its new handler to that unit's parent.
    expect((await sweep()).escalated).toBeGreaterThanOrEqual(1)
    expect((await call(t.app, operator.auth, 'GET', `/api/v1/feedback/${id}`)).body).toMatchObject({ escalatedTo: { id: tree.communeB.id }, escalationLevel: 1 })
  })
})
