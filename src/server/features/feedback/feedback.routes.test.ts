import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { FeedbackCase, FeedbackReceipt, PublicFeedback } from '../../../common/contracts/feedback.ts'
import { todayIso } from '../../../common/dates.ts'
import { queryRows } from '../../db/client.ts'
import { addWorkingDays } from '../calendar/calendar.service.ts'
import { makeTree, makeUser } from '../../test/factories.ts'
import ExcelJS from 'exceljs'
import { call, useTestApp, withAuth } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { parseTrackingCode } from './feedback.codes.ts'
import { redactAnswer } from './feedback.service.ts'
import { feedbackCases, feedbackRoutes } from './feedback.table.ts'

const t = useTestApp()
const pub = '/api/v1/public/feedback'
const CONTENT = 'Đèn đường trên đường Lê Lợi đoạn trước trường tiểu học bị hỏng hơn hai tuần, buổi tối rất tối và nguy hiểm.'

// Each submission comes from its own address, as real senders do (the intake is rate-limited per address).
let ip = 10
const send = (body: unknown) => t.app.inject({ method: 'POST', url: pub, payload: body as object, remoteAddress: `203.0.113.${ip++}` })

describe('public feedback', () => {
  it('takes feedback without an account, answers an unguessable code, and shows the status by that code only', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const options = await call(t.app, null, 'GET', `${pub}/options`)
    expect(options.status).toBe(200)
    expect(options.body.categories.map((c: { id: string }) => c.id)).toContain('ha-tang')
    expect(options.body.communes.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([tree.communeA.id, tree.communeB.id]))

    const res = await send({ categoryId: 'ha-tang', communeId: tree.communeA.id, content: CONTENT, anonymous: false, name: 'Trần Thị Dân', phone: '0905 123 456' })
    expect(res.statusCode, res.body).toBe(201)
    const receipt = res.json() as FeedbackReceipt
    expect(receipt.trackingCode).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{1,4}){6}$/)
    expect(receipt.reference).toMatch(/^PA-\d{4}-\d{6}$/)
    // 10 working days to acknowledge (QĐ 11-QĐi/TW), 3 to answer an infrastructure case, on the working-day calendar.
    expect(receipt.acknowledgeDue).toBe(await addWorkingDays(db, todayIso(), 10))
    expect(receipt.handlingDue).toBe(await addWorkingDays(db, todayIso(), 3))
    // Only the hash is stored.
    const [row] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, receipt.reference))
    expect(JSON.stringify(row)).not.toContain(parseTrackingCode(receipt.trackingCode)!)
    expect(row.handlerId).toBe(tree.communeA.id)

    const status = await call(t.app, null, 'GET', `${pub}/${receipt.trackingCode.toLowerCase().replaceAll('-', ' ')}`)
    expect(status.status).toBe(200)
    const page = status.body as PublicFeedback
    expect(page).toMatchObject({ reference: receipt.reference, status: 'received', commune: tree.communeA.name, answer: null, canRate: false })
    expect(JSON.stringify(page)).not.toMatch(/Trần Thị Dân|0905/)
    expect(page.history.map((h) => h.kind)).toEqual(['received'])

    // Unknown and malformed codes are the same 404.
    const unknown = await call(t.app, null, 'GET', `${pub}/${'2'.repeat(27)}`)
    const malformed = await call(t.app, null, 'GET', `${pub}/not-a-code`)
    expect([unknown.status, malformed.status]).toEqual([404, 404])
    expect(unknown.body.error.message).toBe(malformed.body.error.message)

    // A double click sends the same text again: refused, nothing new written.
    const again = await send({ categoryId: 'ha-tang', communeId: tree.communeA.id, content: CONTENT, anonymous: true })
    expect(again.statusCode).toBe(409)
  })

  it('refuses contact details with an anonymous submission, bad topics and communes that are not communes', async () => {
    const tree = await makeTree(t.database.db)
    const base = { categoryId: 'moi-truong', communeId: tree.communeB.id, content: `${CONTENT} (môi trường)`, anonymous: true }
    expect((await send({ ...base, phone: '0905123456' })).statusCode).toBe(422)
    expect((await send({ ...base, categoryId: 'khong-co' })).statusCode).toBe(422)
    const notCommune = await send({ ...base, communeId: tree.cellA1.id })
    expect(notCommune.statusCode).toBe(422)
    expect(notCommune.json().error.details.fields[0].path).toBe('communeId')
    expect((await send({ ...base, content: 'ngắn quá' })).statusCode).toBe(422)
    const english = await t.app.inject({ method: 'POST', url: pub, payload: { ...base, categoryId: 'khong-co' }, headers: { 'accept-language': 'en' }, remoteAddress: '198.51.100.7' })
    expect(english.json().error.details.fields[0].message).toMatch(/topic/)
    const ok = await send(base)
    expect(ok.statusCode).toBe(201)
    const [contacts] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from feedback_contacts c join feedback_cases f on f.id = c.case_id where f.reference = ${ok.json().reference}`)
    expect(contacts.n).toBe(0)
  })
})

describe('handling a case', () => {
  it('routes by rule, shows the contact to the handling unit only, and publishes the approved answer with personal data masked', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    // Environment cases about commune A go to school A's committee (a routing rule), others to the commune.
    await db.insert(feedbackRoutes).values({ communeId: tree.communeA.id, categoryId: 'moi-truong', handlerId: tree.schoolA.id })
    const receipt = (await send({ categoryId: 'moi-truong', communeId: tree.communeA.id, content: `${CONTENT} Rác thải đổ trộm ở bãi đất trống.`, anonymous: false, name: 'Lê Văn Báo', email: 'bao@example.vn' })).json() as FeedbackReceipt
    const [row] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, receipt.reference))
    expect(row.handlerId).toBe(tree.schoolA.id)

    const office = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const head = await makeUser(db, [{ role: 'secretary', org: tree.schoolA }])
    const above = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const other = await makeUser(db, [{ role: 'office', org: tree.communeB }])

    const inbox = await call(t.app, office.auth, 'GET', `/api/v1/feedback?org=${tree.schoolA.id}`)
    expect(inbox.body.items.map((i: { reference: string }) => i.reference)).toEqual([receipt.reference])
    const mine = (await call(t.app, office.auth, 'GET', `/api/v1/feedback/${row.id}`)).body as FeedbackCase
    expect(mine.contact).toEqual({ name: 'Lê Văn Báo', phone: null, email: 'bao@example.vn' })
    // The level above supervises the case but does not see who sent it; another commune does not see it at all.
    const supervised = (await call(t.app, above.auth, 'GET', `/api/v1/feedback/${row.id}`)).body as FeedbackCase
    expect(supervised.contact).toBeNull()
    expect((await call(t.app, above.auth, 'GET', `/api/v1/feedback?org=${tree.communeA.id}`)).body.items).toHaveLength(1)
    expect((await call(t.app, other.auth, 'GET', `/api/v1/feedback/${row.id}`)).status).toBe(404)

    expect((await call(t.app, office.auth, 'POST', `/api/v1/feedback/${row.id}/acknowledge`, {})).status).toBe(200)
    const answer = 'Đơn vị đã kiểm tra, tổ chức thu gom rác và lắp biển cấm đổ rác. Liên hệ anh Nam 0905 111 222 hoặc nam@xa.gov.vn nếu còn tái diễn.'
    expect((await call(t.app, office.auth, 'PUT', `/api/v1/feedback/${row.id}/answer`, { text: answer })).status).toBe(200)
    // Not public until the head approves; the office cannot approve.
    expect(((await call(t.app, null, 'GET', `${pub}/${receipt.trackingCode}`)).body as PublicFeedback).answer).toBeNull()
    expect((await call(t.app, office.auth, 'POST', `/api/v1/feedback/${row.id}/approve`, {})).status).toBe(403)
    expect((await call(t.app, head.auth, 'POST', `/api/v1/feedback/${row.id}/approve`, {})).status).toBe(200)

    const published = (await call(t.app, null, 'GET', `${pub}/${receipt.trackingCode}`)).body as PublicFeedback
    expect(published.status).toBe('answered')
    expect(published.answer?.text).toContain('tổ chức thu gom rác')
    expect(published.answer?.text).not.toMatch(/0905|nam@xa/)
    expect(published.history.map((h) => h.kind)).toEqual(['received', 'acknowledged', 'answered'])
    expect(published).toMatchObject({ canRate: true, canReopen: true })

    const rated = await t.app.inject({ method: 'POST', url: `${pub}/${receipt.trackingCode}/rating`, payload: { rating: 4, comment: 'Đã xử lý nhanh' } })
    expect(rated.statusCode).toBe(200)
    expect((await t.app.inject({ method: 'POST', url: `${pub}/${receipt.trackingCode}/rating`, payload: { rating: 5 } })).statusCode).toBe(409)
    const closed = (await call(t.app, null, 'GET', `${pub}/${receipt.trackingCode}`)).body as PublicFeedback
    expect(closed).toMatchObject({ status: 'closed', rating: 4, canRate: false, canReopen: false })

    // The commune above sees the case in its digest, under the sub-unit that handled it.
    const summary = (await call(t.app, above.auth, 'GET', `/api/v1/feedback/summary?org=${tree.communeA.id}`)).body
    expect(summary.totals).toMatchObject({ received: 1, answered: 1, answeredOnTime: 1, open: 0, rated: 1, averageRating: 4 })
    expect(summary.byUnit).toEqual([expect.objectContaining({ id: tree.schoolA.id, received: 1 })])
    expect(summary.byCategory).toEqual([expect.objectContaining({ id: 'moi-truong', received: 1 })])

    // The commune's Excel export lists the case, never the sender's contact.
    const exported = await t.app.inject(withAuth(above.auth, { method: 'GET', url: `/api/v1/exports/feedback?org=${tree.communeA.id}` }))
    expect(exported.statusCode).toBe(200)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer)
    const sheet = wb.worksheets[0]
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['Số phản ánh', 'Ngày nhận', 'Lĩnh vực', 'Đơn vị xử lý', 'Tình trạng', 'Hạn trả lời', 'Đánh giá (1–5)']))
    const values = JSON.stringify(sheet.getRow(2).values)
    expect(values).toContain(receipt.reference)
    expect(values).toContain('Đã đóng')
    expect(values).not.toMatch(/Lê Văn Báo|bao@example/)
  })

  it('lets an office enter a case received by phone, and masks personal data in answers', async () => {
    const tree = await makeTree(t.database.db)
    const office = await makeUser(t.database.db, [{ role: 'office', org: tree.communeB }])
    const res = await call(t.app, office.auth, 'POST', '/api/v1/feedback', { categoryId: 'thu-tuc', communeId: tree.communeB.id, content: `${CONTENT} (qua điện thoại)`, anonymous: false, name: 'Bà Năm', phone: '0236 3821 000', channel: 'phone' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.trackingCode).toMatch(/^[2-9A-Z-]+$/)
    expect(redactAnswer('Gọi 0905123456, +84 905 123 456 hoặc a.b@c.vn')).toBe('Gọi [đã ẩn], [đã ẩn] hoặc [đã ẩn]')
  })
})

describe('routing', () => {
  it('re-routes by an office above both units, returns a misrouted case, and edits the routing rules', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const operator = await makeUser(db, [{ role: 'office', org: tree.root }])
    const schoolOffice = await makeUser(db, [{ role: 'office', org: tree.schoolB }])
    const receipt = (await send({ categoryId: 'dat-dai', communeId: tree.communeB.id, content: `${CONTENT} (đất đai, xây dựng trái phép)`, anonymous: true })).json() as FeedbackReceipt
    const [row] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, receipt.reference))
    expect(row.handlerId).toBe(tree.communeB.id)

    // The school's office cannot pull a case to itself; the operator above both can send it there.
    expect((await call(t.app, schoolOffice.auth, 'POST', `/api/v1/feedback/${row.id}/transfer`, { orgId: tree.schoolB.id, reason: 'Thuộc trường' })).status).toBe(404)
    expect((await call(t.app, operator.auth, 'POST', `/api/v1/feedback/${row.id}/transfer`, { orgId: tree.schoolB.id, reason: 'Việc của nhà trường' })).status).toBe(200)
    expect((await call(t.app, schoolOffice.auth, 'GET', `/api/v1/feedback?org=${tree.schoolB.id}`)).body.items).toHaveLength(1)
    const status = (await call(t.app, null, 'GET', `${pub}/${receipt.trackingCode}`)).body as PublicFeedback
    expect(status.history.map((e) => [e.kind, e.unit])).toEqual([['received', tree.communeB.name], ['transferred', tree.schoolB.name]])

    // The school sends it back: it goes to the unit that passed it on.
    expect((await call(t.app, schoolOffice.auth, 'POST', `/api/v1/feedback/${row.id}/return`, { reason: 'Không thuộc phạm vi của trường' })).status).toBe(200)
    const [back] = await db.select().from(feedbackCases).where(eq(feedbackCases.id, row.id))
    expect(back.handlerId).toBe(tree.communeB.id)

    // Rules: land cases of commune B go to school B from now on; listed for the commune; removed again.
    expect((await call(t.app, operator.auth, 'PUT', '/api/v1/feedback-routes', { communeId: tree.communeB.id, categoryId: 'dat-dai', handlerId: tree.schoolB.id })).status).toBe(200)
    expect((await call(t.app, operator.auth, 'PUT', '/api/v1/feedback-routes', { communeId: tree.communeB.id, categoryId: 'khong-co', handlerId: tree.schoolB.id })).status).toBe(422)
    expect((await call(t.app, operator.auth, 'PUT', '/api/v1/feedback-routes', { communeId: tree.cellB1.id, categoryId: '*', handlerId: tree.schoolB.id })).status).toBe(422)
    const rules = await call(t.app, operator.auth, 'GET', `/api/v1/feedback-routes?org=${tree.communeB.id}`)
    expect(rules.body.items).toEqual([{ commune: { id: tree.communeB.id, name: tree.communeB.name }, categoryId: 'dat-dai', handler: { id: tree.schoolB.id, name: tree.schoolB.name } }])
    const next = (await send({ categoryId: 'dat-dai', communeId: tree.communeB.id, content: `${CONTENT} (lấn chiếm đất công)`, anonymous: true })).json() as FeedbackReceipt
    const [routed] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, next.reference))
    expect(routed.handlerId).toBe(tree.schoolB.id)
    expect((await call(t.app, operator.auth, 'DELETE', `/api/v1/feedback-routes?communeId=${tree.communeB.id}&categoryId=dat-dai`)).status).toBe(200)
    expect((await call(t.app, operator.auth, 'GET', `/api/v1/feedback-routes?org=${tree.communeB.id}`)).body.items).toEqual([])
  })
})

describe('duplicates', () => {
  it('suggests likely duplicates about the same commune and merges one into the other, keeping both senders informed', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const handler = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const text = 'Đường liên thôn từ cầu Bà Rén đến trường tiểu học bị sụt lún nhiều ổ gà, xe máy đi lại rất nguy hiểm vào ban đêm.'
    const first = (await send({ categoryId: 'ha-tang', communeId: tree.communeA.id, content: text, anonymous: true })).json() as FeedbackReceipt
    const second = (await send({ categoryId: 'ha-tang', communeId: tree.communeA.id, content: `${text} Đề nghị sửa sớm.`, anonymous: true })).json() as FeedbackReceipt
    const unrelated = (await send({ categoryId: 'moi-truong', communeId: tree.communeA.id, content: 'Tiếng ồn từ xưởng gỗ ban đêm ảnh hưởng giấc ngủ của các hộ dân xung quanh khu chợ.', anonymous: true })).json() as FeedbackReceipt
    const [a] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, first.reference))
    const [b] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, second.reference))

    const similar = await call(t.app, handler.auth, 'GET', `/api/v1/feedback/${b.id}/similar`)
    expect(similar.status).toBe(200)
    expect(similar.body.items.map((i: { reference: string }) => i.reference)).toEqual([first.reference])
    expect(similar.body.items[0].similarity).toBeGreaterThan(0.5)
    expect(similar.body.items.map((i: { reference: string }) => i.reference)).not.toContain(unrelated.reference)

    expect((await call(t.app, handler.auth, 'POST', `/api/v1/feedback/${b.id}/merge`, { intoId: a.id })).status).toBe(200)
    expect((await call(t.app, handler.auth, 'POST', `/api/v1/feedback/${b.id}/merge`, { intoId: a.id })).status).toBe(409)
    // The second sender's code now follows the remaining case, answer and rating included.
    const followed = (await call(t.app, null, 'GET', `${pub}/${second.trackingCode}`)).body as PublicFeedback
    expect(followed).toMatchObject({ reference: first.reference, mergedInto: first.reference, status: 'received' })
    expect((await call(t.app, handler.auth, 'GET', `/api/v1/feedback?org=${tree.communeA.id}&status=received`)).body.items.map((i: { reference: string }) => i.reference)).not.toContain(second.reference)
    const history = ((await call(t.app, handler.auth, 'GET', `/api/v1/feedback/${a.id}`)).body as FeedbackCase).history
    expect(history.map((h) => [h.kind, h.note])).toContainEqual(['merged_from', second.reference])
  })
})

describe('feedback security', () => {
  runSharedSecurityTests(t, '/api/v1/feedback', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const receipt = (await send({ categoryId: 'an-ninh', communeId: tree.communeA.id, content: `${CONTENT} (an ninh trật tự)`, anonymous: true })).json() as FeedbackReceipt
    const [row] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, receipt.reference))
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const member = await makeUser(db, [{ role: 'member', org: tree.communeA }])
    const url = `/api/v1/feedback/${row.id}`
    return {
      cases: [
        { method: 'GET', route: '/api/v1/feedback', url: `/api/v1/feedback?org=${tree.communeA.id}` },
        { method: 'GET', route: '/api/v1/feedback/summary', url: `/api/v1/feedback/summary?org=${tree.communeA.id}` },
        { method: 'POST', route: '/api/v1/feedback', url: '/api/v1/feedback', body: { categoryId: 'khac', communeId: tree.communeA.id, content: CONTENT, anonymous: true, channel: 'phone' } },
        { method: 'GET', route: '/api/v1/feedback/:id', url },
        { method: 'POST', route: '/api/v1/feedback/:id/acknowledge', url: `${url}/acknowledge`, body: {} },
        { method: 'PUT', route: '/api/v1/feedback/:id/answer', url: `${url}/answer`, body: { text: 'Một câu trả lời đủ dài để được chấp nhận.' } },
        { method: 'POST', route: '/api/v1/feedback/:id/approve', url: `${url}/approve`, body: {} },
        { method: 'POST', route: '/api/v1/feedback/:id/transfer', url: `${url}/transfer`, body: { orgId: tree.schoolA.id, reason: 'Chuyển thử trái phép' } },
        { method: 'POST', route: '/api/v1/feedback/:id/return', url: `${url}/return`, body: { reason: 'Trả lại trái phép' } },
        { method: 'GET', route: '/api/v1/feedback/:id/similar', url: `${url}/similar` },
        { method: 'POST', route: '/api/v1/feedback/:id/merge', url: `${url}/merge`, body: { intoId: row.id } },
        // Refused before the attachment is looked up (feedback.attachments.test.ts serves a real one).
        { method: 'GET', route: '/api/v1/feedback/:id/attachments/:attachmentId', url: `${url}/attachments/${row.id}` },
        { method: 'GET', route: '/api/v1/feedback-routes', url: `/api/v1/feedback-routes?org=${tree.communeA.id}` },
        { method: 'PUT', route: '/api/v1/feedback-routes', url: '/api/v1/feedback-routes', body: { communeId: tree.communeA.id, categoryId: '*', handlerId: tree.schoolA.id } },
        { method: 'DELETE', route: '/api/v1/feedback-routes', url: `/api/v1/feedback-routes?communeId=${tree.communeA.id}&categoryId=*` },
        { method: 'GET', route: '/api/v1/feedback-categories', url: '/api/v1/feedback-categories' },
        { method: 'PUT', route: '/api/v1/feedback-categories/:id', url: '/api/v1/feedback-categories/khac', body: { name: 'Nội dung khác', handlingDays: 1, active: true, sortOrder: 8 } },
      ],
      outsider: outsider.auth,
      tooLow: { member: member.auth },
      // The topics are the installation's, not a subtree's: any unit handling feedback reads them.
      allowedForOutsider: ['GET /api/v1/feedback-categories'],
    }
  })
})
