import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ComplianceReport, DialoguePromise, DialoguePromiseDetail, DialogueSession } from '../../../common/contracts/dialogues.ts'
import { addDays, todayIso } from '../../../common/dates.ts'
import { queryRows } from '../../db/client.ts'
import { makeTree, makeUser, type Tree } from '../../test/factories.ts'
import { call, useTestApp, type Auth } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { seedDemoDialogues } from '../demo/demo.seed.dialogues.ts'
import { monthBounds } from './dialogues.compliance.ts'

const t = useTestApp()
const api = '/api/v1'
const today = todayIso()
const QUESTION = 'Đề nghị sửa chữa đoạn đường liên thôn bị sụt lún trước trường tiểu học, đi lại rất nguy hiểm.'

const session = (org: { id: string }, extra: Record<string, unknown> = {}) => ({
  orgId: org.id, kind: 'reception', title: 'Tiếp công dân định kỳ tháng này', heldOn: addDays(today, -3), startsAt: '08:00',
  place: 'Trụ sở Đảng ủy, phòng tiếp công dân', chair: 'Đồng chí Nguyễn Văn A, Bí thư Đảng ủy', ...extra,
})

async function schedule(auth: Auth, org: { id: string }, extra: Record<string, unknown> = {}) {
  const res = await call(t.app, auth, 'POST', `${api}/dialogues`, session(org, extra))
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body as DialogueSession
}

async function held(auth: Auth, org: { id: string }, extra: Record<string, unknown> = {}) {
  const s = await schedule(auth, org, extra)
  const res = await call(t.app, auth, 'POST', `${api}/dialogues/${s.id}/hold`, { summary: 'Đã tiếp 12 lượt công dân, trả lời trực tiếp 8 kiến nghị.', attendance: 12 })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return s
}

const auditActions = async (entityId: string) =>
  (await queryRows<{ action: string }>(t.database.db, sql`select action from audit_events where entity_id = ${entityId} order by seq`)).map((r) => r.action)

describe('a reception from schedule to promises done', () => {
  it('schedules, holds, records questions and a promise, and reports on it until done', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolA, scope: 'unit' }])
    const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeA }])
    const province = await makeUser(db, [{ role: 'leader', org: tree.root }])

    const s = await schedule(office.auth, tree.communeA)
    expect(s).toMatchObject({ status: 'planned', organization: { id: tree.communeA.id }, abilities: { edit: true, hold: true, cancel: true, recordQuestions: true, addPromises: false } })
    expect((await call(t.app, office.auth, 'PATCH', `${api}/dialogues/${s.id}`, { place: 'Hội trường UBND xã', startsAt: null })).status).toBe(200)
    // Questions registered in advance are recorded before the session; promises wait until it is held.
    const q = await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/questions`, { raisedBy: 'Ông Lê Văn Ba, thôn 2', content: QUESTION })
    expect(q.status).toBe(201)
    const promise = { content: 'Khảo sát và sửa chữa đoạn đường sụt lún trước mùa mưa.', ownerOrgId: tree.schoolA.id, ownerName: 'Đồng chí Trần Thị B', dueOn: addDays(today, 30), questionId: q.body.id }
    expect((await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/promises`, promise)).status).toBe(409)

    expect((await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/hold`, { summary: 'Đã tiếp 12 lượt công dân, trả lời trực tiếp 8 kiến nghị.', attendance: 12 })).status).toBe(200)
    // Held: the schedule no longer changes, the record does.
    const edit = await call(t.app, office.auth, 'PATCH', `${api}/dialogues/${s.id}`, { place: 'Nơi khác' })
    expect(edit.status).toBe(409)
    expect(edit.body.error.message).toMatch(/dự kiến/)
    expect((await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/cancel`, { reason: 'Hủy thử sau khi đã tổ chức' })).status).toBe(409)
    expect((await call(t.app, office.auth, 'PUT', `${api}/dialogues/${s.id}/questions/${q.body.id}`, { raisedBy: 'Ông Lê Văn Ba, thôn 2', content: QUESTION, response: 'Xã ghi nhận, giao trường phối hợp khảo sát.' })).status).toBe(200)

    const added = await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/promises`, promise)
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    const p = added.body as DialoguePromise
    expect(p).toMatchObject({ status: 'open', progress: 0, overdue: false, owner: { id: tree.schoolA.id }, questionId: q.body.id, abilities: { report: true, manage: true } })

    // The owner unit reports; a cell below it does not see it; the inspector reads but does not report.
    const first = await call(t.app, school.auth, 'POST', `${api}/dialogue-promises/${p.id}/reports`, { progress: 40, note: 'Đã khảo sát, lập dự toán.' })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toMatchObject({ progress: 40, status: 'open', abilities: { report: true, manage: false } })
    expect((await call(t.app, school.auth, 'POST', `${api}/dialogue-promises/${p.id}/reports`, { progress: 40, note: 'Không làm nữa', status: 'dropped' })).status).toBe(403)
    expect((await call(t.app, school.auth, 'PATCH', `${api}/dialogue-promises/${p.id}`, { dueOn: addDays(today, 60) })).status).toBe(403)
    expect((await call(t.app, cell.auth, 'POST', `${api}/dialogue-promises/${p.id}/reports`, { progress: 50, note: 'Báo cáo trái phép' })).status).toBe(404)
    expect((await call(t.app, inspector.auth, 'GET', `${api}/dialogue-promises/${p.id}`)).status).toBe(200)
    expect((await call(t.app, inspector.auth, 'POST', `${api}/dialogue-promises/${p.id}/reports`, { progress: 50, note: 'Báo cáo trái phép' })).status).toBe(403)
    expect((await call(t.app, office.auth, 'PATCH', `${api}/dialogue-promises/${p.id}`, { dueOn: addDays(today, 45) })).status).toBe(200)

    const done = await call(t.app, school.auth, 'POST', `${api}/dialogue-promises/${p.id}/reports`, { progress: 90, note: 'Đã sửa xong, nghiệm thu.', status: 'done' })
    expect(done.status).toBe(200)
    const finished = done.body as DialoguePromiseDetail
    expect(finished).toMatchObject({ status: 'done', progress: 100, doneOn: today, dueOn: addDays(today, 45), abilities: { report: false, manage: false } })
    expect(finished.reports.map((r) => [r.progress, r.status])).toEqual([[40, 'open'], [100, 'done']])
    expect((await call(t.app, school.auth, 'POST', `${api}/dialogue-promises/${p.id}/reports`, { progress: 100, note: 'Báo cáo thêm' })).status).toBe(409)

    const detail = (await call(t.app, province.auth, 'GET', `${api}/dialogues/${s.id}`)).body as DialogueSession
    expect(detail).toMatchObject({ status: 'held', attendance: 12, place: 'Hội trường UBND xã', startsAt: null, questionCount: 1, promiseCount: 1, openPromiseCount: 0 })
    expect(detail.questions[0]).toMatchObject({ raisedBy: 'Ông Lê Văn Ba, thôn 2', response: 'Xã ghi nhận, giao trường phối hợp khảo sát.', feedbackCase: null })
    expect(detail.promises[0]).toMatchObject({ status: 'done', lastReport: { progress: 100, status: 'done' } })
    const list = await call(t.app, province.auth, 'GET', `${api}/dialogues?org=${tree.root.id}`)
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([s.id])
    expect((await call(t.app, inspector.auth, 'GET', `${api}/dialogues/${s.id}`)).body.abilities).toEqual({ edit: false, hold: false, cancel: false, recordQuestions: false, addPromises: false })

    expect(await auditActions(s.id)).toEqual(['dialogue.create', 'dialogue.update', 'dialogue.hold'])
    expect(await auditActions(p.id)).toEqual(['dialogue.promise.add', 'dialogue.promise.report', 'dialogue.promise.update', 'dialogue.promise.report'])
  })

  it('lists the promises of a subtree soonest due first, overdue ones flagged, and cancels a planned session', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const ward = await makeUser(db, [{ role: 'leader', org: tree.communeB }])
    const s = await held(office.auth, tree.communeB, { heldOn: addDays(today, -20), kind: 'dialogue' })
    const make = async (dueOn: string, owner = tree.communeB) =>
      (await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/promises`, { content: `Giải quyết kiến nghị hạn ${dueOn} của cử tri`, ownerOrgId: owner.id, ownerName: 'Chủ tịch UBND phường', dueOn })).body as DialoguePromise
    const late = await make(addDays(today, -1))
    const later = await make(addDays(today, 10), tree.schoolB)
    const soon = await make(today)
    expect(late.overdue).toBe(true)

    const all = await call(t.app, ward.auth, 'GET', `${api}/dialogue-promises?org=${tree.communeB.id}&limit=2`)
    expect(all.body.items.map((i: DialoguePromise) => i.id)).toEqual([late.id, soon.id])
    const rest = await call(t.app, ward.auth, 'GET', `${api}/dialogue-promises?org=${tree.communeB.id}&limit=2&cursor=${all.body.nextCursor}`)
    expect(rest.body).toMatchObject({ items: [{ id: later.id, overdue: false }], nextCursor: null })
    const overdue = await call(t.app, ward.auth, 'GET', `${api}/dialogue-promises?org=${tree.communeB.id}&overdue=true`)
    expect(overdue.body.items.map((i: DialoguePromise) => i.id)).toEqual([late.id])
    // The school's subtree sees only the promise it owns.
    expect((await call(t.app, office.auth, 'GET', `${api}/dialogue-promises?org=${tree.schoolB.id}&status=open`)).body.items.map((i: DialoguePromise) => i.id)).toEqual([later.id])

    const planned = await schedule(ward.auth, tree.communeB, { heldOn: addDays(today, 7) })
    expect(planned.abilities.hold).toBe(false)
    const early = await call(t.app, ward.auth, 'POST', `${api}/dialogues/${planned.id}/hold`, { summary: 'Ghi nhận trước ngày tổ chức', attendance: 5 })
    expect(early.status).toBe(409)
    expect((await call(t.app, ward.auth, 'POST', `${api}/dialogues/${planned.id}/cancel`, { reason: 'Trùng lịch họp Ban Thường vụ' })).status).toBe(200)
    const cancelled = (await call(t.app, ward.auth, 'GET', `${api}/dialogues/${planned.id}`)).body as DialogueSession
    expect(cancelled).toMatchObject({ status: 'cancelled', summary: 'Trùng lịch họp Ban Thường vụ' })
    expect((await call(t.app, ward.auth, 'POST', `${api}/dialogues/${planned.id}/questions`, { content: QUESTION })).status).toBe(409)
    const filtered = await call(t.app, ward.auth, 'GET', `${api}/dialogues?org=${tree.communeB.id}&status=cancelled&from=${today}`)
    expect(filtered.body.items.map((i: { id: string }) => i.id)).toEqual([planned.id])
  })
})

describe('monthly reception days', () => {
  it('counts distinct held reception days against 1 a month for the province and 2 for a commune or ward', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const [start] = monthBounds(addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7))
    const month = start.slice(0, 7)
    const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`
    await held(office.auth, tree.root, { heldOn: day(15) })
    // Commune A: two sessions on one day are one reception day; a dialogue is not a reception; one day still planned.
    await held(office.auth, tree.communeA, { heldOn: day(5) })
    await held(office.auth, tree.communeA, { heldOn: day(5), kind: 'ad_hoc' })
    await held(office.auth, tree.communeA, { heldOn: day(12), kind: 'dialogue' })
    await schedule(office.auth, tree.communeA, { heldOn: day(20) })
    await held(office.auth, tree.communeB, { heldOn: day(6) })
    await held(office.auth, tree.communeB, { heldOn: day(21), kind: 'ad_hoc' })
    await held(office.auth, tree.schoolA, { heldOn: day(7) })

    const res = await call(t.app, office.auth, 'GET', `${api}/dialogues/compliance?org=${tree.root.id}&month=${month}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const report = res.body as ComplianceReport
    const byId = new Map(report.items.map((i) => [i.organization.id, i]))
    expect(report.items).toHaveLength(3)
    expect(byId.get(tree.root.id)).toMatchObject({ required: 1, held: 1, planned: 0, met: true })
    expect(byId.get(tree.communeA.id)).toMatchObject({ required: 2, held: 1, planned: 1, met: false })
    expect(byId.get(tree.communeB.id)).toMatchObject({ required: 2, held: 2, met: true })
    expect(report.totals).toEqual({ units: 3, obliged: 3, met: 2 })

    const first = await call(t.app, office.auth, 'GET', `${api}/dialogues/compliance?org=${tree.root.id}&month=${month}&limit=2`)
    expect(first.body.items).toHaveLength(2)
    const second = await call(t.app, office.auth, 'GET', `${api}/dialogues/compliance?org=${tree.root.id}&month=${month}&limit=2&cursor=${first.body.nextCursor}`)
    expect(second.body).toMatchObject({ nextCursor: null, totals: { units: 3, met: 2 } })
    expect([...first.body.items, ...second.body.items].map((i: { organization: { id: string } }) => i.organization.id).sort()).toEqual([tree.root.id, tree.communeA.id, tree.communeB.id].sort())

    // A school's committee owes no days but may hold receptions; another month counts nothing.
    const school = (await call(t.app, office.auth, 'GET', `${api}/dialogues/compliance?org=${tree.schoolA.id}&month=${month}`)).body as ComplianceReport
    expect(school.items).toEqual([{ organization: { id: tree.schoolA.id, name: tree.schoolA.name, kind: 'grassroots' }, required: 0, held: 1, planned: 0, met: true }])
    const other = (await call(t.app, office.auth, 'GET', `${api}/dialogues/compliance?org=${tree.communeA.id}&month=2020-01`)).body as ComplianceReport
    expect(other.items).toMatchObject([{ held: 0, met: false }])
    expect((await call(t.app, office.auth, 'GET', `${api}/dialogues/compliance?org=${tree.root.id}&month=2026-13`)).status).toBe(422)
  })
})

describe('questions taken in as feedback cases', () => {
  it('creates a dialogue-channel case, answers its tracking code once and links the question', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const s = await held(office.auth, tree.communeA)
    const q = (await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/questions`, { raisedBy: 'Bà Năm', content: QUESTION })).body
    const url = `${api}/dialogues/${s.id}/questions/${q.id}/feedback`
    const outside = await call(t.app, office.auth, 'POST', url, { categoryId: 'ha-tang', communeId: tree.communeB.id, anonymous: false, name: 'Bà Năm' })
    expect(outside.status).toBe(422)
    expect(outside.body.error.details.fields[0].path).toBe('communeId')
    expect((await call(t.app, office.auth, 'POST', url, { categoryId: 'ha-tang', communeId: tree.communeA.id, anonymous: true, name: 'Bà Năm' })).status).toBe(422)

    const res = await call(t.app, office.auth, 'POST', url, { categoryId: 'ha-tang', communeId: tree.communeA.id, anonymous: false, name: 'Bà Năm', phone: '0905 123 456' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.trackingCode).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{1,4}){6}$/)
    expect(res.body.reference).toMatch(/^PA-\d{4}-\d{6}$/)
    const [row] = await queryRows<{ channel: string; content: string; handler_id: string }>(db, sql`select channel, content, handler_id from feedback_cases where id = ${res.body.feedbackCaseId}`)
    expect(row).toMatchObject({ channel: 'dialogue', handler_id: tree.communeA.id })
    expect(row.content).toContain(QUESTION)
    expect(row.content).toContain('Buổi tiếp công dân định kỳ')
    const status = await call(t.app, null, 'GET', `${api}/public/feedback/${res.body.trackingCode}`)
    expect(status.body).toMatchObject({ reference: res.body.reference, status: 'received' })

    const detail = (await call(t.app, office.auth, 'GET', `${api}/dialogues/${s.id}`)).body as DialogueSession
    expect(detail.questions[0].feedbackCase).toEqual({ id: res.body.feedbackCaseId, reference: res.body.reference })
    expect(JSON.stringify(detail)).not.toContain(res.body.trackingCode)
    expect((await call(t.app, office.auth, 'POST', url, { categoryId: 'ha-tang', communeId: tree.communeA.id, anonymous: true })).status).toBe(409)
    expect((await call(t.app, office.auth, 'DELETE', `${api}/dialogues/${s.id}/questions/${q.id}`)).status).toBe(409)
    expect(await auditActions(q.id)).toEqual(['dialogue.question.add', 'dialogue.question.take_in'])

    // A school's committee under the commune takes a question in about that commune (the level above it).
    const schoolSession = await held(office.auth, tree.schoolA)
    const sq = (await call(t.app, office.auth, 'POST', `${api}/dialogues/${schoolSession.id}/questions`, { content: `${QUESTION} Phụ huynh đề nghị thêm.` })).body
    const taken = await call(t.app, office.auth, 'POST', `${api}/dialogues/${schoolSession.id}/questions/${sq.id}/feedback`, { categoryId: 'ha-tang', communeId: tree.communeA.id, anonymous: true })
    expect(taken.status, JSON.stringify(taken.body)).toBe(201)
  })
})

describe('refusals', () => {
  it('answers 422 for bad dates and empty text, 409 on a held session, 422 for an owner outside the subtree', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) => call(t.app, office.auth, 'POST', `${api}/dialogues`, session(tree.communeA, body), headers)
    for (const bad of [{ heldOn: '2026-02-30' }, { heldOn: addDays(today, 400) }, { heldOn: addDays(today, -400) }, { startsAt: '25:00' }, { title: '   ' }, { place: '' }, { kind: 'meeting' }]) {
      const res = await post(bad)
      expect(res.status, JSON.stringify(bad)).toBe(422)
    }
    const far = await post({ heldOn: addDays(today, 400) }, { 'accept-language': 'en' })
    expect(far.body.error.details.fields[0]).toEqual({ path: 'heldOn', message: 'The date must be within a year before or after today.' })
    expect((await call(t.app, office.auth, 'GET', `${api}/dialogues?org=${tree.communeA.id}&from=${today}&to=${addDays(today, -1)}`)).status).toBe(422)
    expect((await call(t.app, office.auth, 'GET', `${api}/dialogues?org=${tree.communeA.id}&cursor=bm90LWEtY3Vyc29y`)).status).toBe(422)

    const s = await held(office.auth, tree.communeA)
    expect((await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/hold`, { summary: 'Ghi nhận lần thứ hai', attendance: 3 })).status).toBe(409)
    expect((await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/questions`, { content: '   ' })).status).toBe(422)
    const promise = { content: 'Trả lời bằng văn bản cho công dân.', ownerOrgId: tree.communeA.id, ownerName: 'Văn phòng Đảng ủy', dueOn: addDays(today, 10) }
    const outside = await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/promises`, { ...promise, ownerOrgId: tree.communeB.id })
    expect(outside.status).toBe(422)
    expect(outside.body.error.details.fields[0]).toMatchObject({ path: 'ownerOrgId', message: expect.stringMatching(/trực thuộc/) })
    expect((await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/promises`, { ...promise, ownerOrgId: tree.root.id })).status).toBe(422)
    const early = await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/promises`, { ...promise, dueOn: addDays(today, -10) })
    expect(early.status).toBe(422)
    expect(early.body.error.details.fields[0].path).toBe('dueOn')
    expect((await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/promises`, { ...promise, content: '' })).status).toBe(422)
    const p = (await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/promises`, promise)).body as DialoguePromise
    expect((await call(t.app, office.auth, 'POST', `${api}/dialogue-promises/${p.id}/reports`, { progress: 101, note: 'Quá 100 phần trăm' })).status).toBe(422)
    expect((await call(t.app, office.auth, 'POST', `${api}/dialogue-promises/${p.id}/reports`, { progress: 10, note: '' })).status).toBe(422)
    expect((await call(t.app, office.auth, 'PATCH', `${api}/dialogue-promises/${p.id}`, { ownerOrgId: tree.communeB.id })).status).toBe(422)
    const dropped = await call(t.app, office.auth, 'POST', `${api}/dialogue-promises/${p.id}/reports`, { progress: 0, note: 'Công dân rút kiến nghị', status: 'dropped' })
    expect(dropped.body).toMatchObject({ status: 'dropped', progress: 0, doneOn: null, overdue: false })
    expect((await call(t.app, office.auth, 'PATCH', `${api}/dialogue-promises/${p.id}`, { ownerName: 'Người khác' })).status).toBe(409)
    expect((await call(t.app, office.auth, 'GET', `${api}/dialogues/00000000-0000-4000-8000-000000000000`)).status).toBe(404)
  })
})

describe('demo receptions', () => {
  it('seeds sessions and promises the API reads back', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await db.transaction((tx) => seedDemoDialogues(tx, { provinceId: tree.root.id, wardId: tree.communeB.id, wardUnitId: tree.schoolB.id, communeId: tree.communeA.id }))
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const sessions = await call(t.app, office.auth, 'GET', `${api}/dialogues?org=${tree.root.id}`)
    expect(sessions.body.items).toHaveLength(7)
    const promises = (await call(t.app, office.auth, 'GET', `${api}/dialogue-promises?org=${tree.communeB.id}`)).body.items as DialoguePromise[]
    expect(promises.map((p) => p.status).sort()).toEqual(['done', 'open', 'open'])
    const compliance = (await call(t.app, office.auth, 'GET', `${api}/dialogues/compliance?org=${tree.root.id}`)).body as ComplianceReport
    expect(compliance.items.find((i) => i.organization.id === tree.root.id)).toMatchObject({ held: 1, met: true })
    expect(compliance.items.find((i) => i.organization.id === tree.communeB.id)).toMatchObject({ held: 1, met: false })
  })
})

async function securityFixture(tree: Tree) {
  const db = t.database.db
  const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
  const planned = await schedule(office.auth, tree.communeA)
  const s = await held(office.auth, tree.communeA)
  const q = (await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/questions`, { content: QUESTION })).body
  const p = (await call(t.app, office.auth, 'POST', `${api}/dialogues/${s.id}/promises`, { content: 'Trả lời bằng văn bản cho công dân.', ownerOrgId: tree.schoolA.id, ownerName: 'Bí thư Đảng ủy trường', dueOn: addDays(today, 10) })).body
  return { planned, s, q, p }
}

describe('dialogues security', () => {
  runSharedSecurityTests(t, `${api}/dialogue`, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const { planned, s, q, p } = await securityFixture(tree)
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const member = await makeUser(db, [{ role: 'member', org: tree.communeA }])
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeA }])
    const question = `${api}/dialogues/${s.id}/questions/${q.id}`
    const reads = ['GET /api/v1/dialogues', 'GET /api/v1/dialogues/compliance', 'GET /api/v1/dialogues/:id', 'GET /api/v1/dialogue-promises', 'GET /api/v1/dialogue-promises/:id']
    return {
      cases: [
        { method: 'GET', route: `${api}/dialogues`, url: `${api}/dialogues?org=${tree.communeA.id}` },
        { method: 'GET', route: `${api}/dialogues/compliance`, url: `${api}/dialogues/compliance?org=${tree.communeA.id}` },
        { method: 'POST', route: `${api}/dialogues`, url: `${api}/dialogues`, body: session(tree.communeA) },
        { method: 'GET', route: `${api}/dialogues/:id`, url: `${api}/dialogues/${s.id}` },
        { method: 'PATCH', route: `${api}/dialogues/:id`, url: `${api}/dialogues/${planned.id}`, body: { place: 'Nơi khác' } },
        { method: 'POST', route: `${api}/dialogues/:id/hold`, url: `${api}/dialogues/${planned.id}/hold`, body: { summary: 'Ghi nhận trái phép buổi này', attendance: 1 } },
        { method: 'POST', route: `${api}/dialogues/:id/cancel`, url: `${api}/dialogues/${planned.id}/cancel`, body: { reason: 'Hủy trái phép' } },
        { method: 'POST', route: `${api}/dialogues/:id/questions`, url: `${api}/dialogues/${s.id}/questions`, body: { content: QUESTION } },
        { method: 'PUT', route: `${api}/dialogues/:id/questions/:questionId`, url: question, body: { content: QUESTION, response: 'Trả lời trái phép' } },
        { method: 'DELETE', route: `${api}/dialogues/:id/questions/:questionId`, url: question },
        { method: 'POST', route: `${api}/dialogues/:id/questions/:questionId/feedback`, url: `${question}/feedback`, body: { categoryId: 'ha-tang', communeId: tree.communeA.id, anonymous: true } },
        { method: 'POST', route: `${api}/dialogues/:id/promises`, url: `${api}/dialogues/${s.id}/promises`, body: { content: 'Hứa trái phép với công dân', ownerOrgId: tree.communeA.id, ownerName: 'Ai đó', dueOn: today } },
        { method: 'GET', route: `${api}/dialogue-promises`, url: `${api}/dialogue-promises?org=${tree.communeA.id}` },
        { method: 'GET', route: `${api}/dialogue-promises/:id`, url: `${api}/dialogue-promises/${p.id}` },
        { method: 'PATCH', route: `${api}/dialogue-promises/:id`, url: `${api}/dialogue-promises/${p.id}`, body: { ownerName: 'Người khác' } },
        { method: 'POST', route: `${api}/dialogue-promises/:id/reports`, url: `${api}/dialogue-promises/${p.id}/reports`, body: { progress: 50, note: 'Báo cáo trái phép' } },
      ],
      outsider: outsider.auth,
      tooLow: { member: member.auth, inspector: inspector.auth },
      allowedForTooLow: { inspector: reads },
    }
  })
})
