// The remedy of a shortcoming end to end: the commune records one of a school's party organization, the school plans an
// action and reports on it with a photo, proposes the closure, the commune refuses it, the school proposes again, the
// commune verifies it, and reopens it when the fix did not hold; a member's own shortcoming; refusals (422, 409).
import { and, eq, sql } from 'drizzle-orm'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { ShortcomingDetail } from '../../../common/contracts/shortcomings.ts'
import { addDays, todayIso } from '../../../common/dates.ts'
import { queryRows } from '../../db/client.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, withAuth, type Auth } from '../../test/harness.ts'
import { auditEvents } from '../audit/audit.table.ts'

const t = useTestApp()
const base = '/api/v1/shortcomings'
const today = todayIso()
const DESCRIPTION = 'Sinh hoạt chuyên đề chưa đều, nội dung sinh hoạt chi bộ còn đơn điệu, chưa gắn với nhiệm vụ chính trị của đơn vị.'

/** A multipart body as a browser's FormData sends it. */
async function sendForm(auth: Auth, url: string, fields: Record<string, string>, files: { name: string; type: string; bytes: Buffer }[]) {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  for (const f of files) data.append('files', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  const request = new Request('http://localhost/', { method: 'POST', body: data })
  const res = await t.app.inject(withAuth(auth, { method: 'POST', url, payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')! } }))
  return { status: res.statusCode, body: res.json() }
}

const photo = () => sharp({ create: { width: 320, height: 240, channels: 3, background: '#2f6f3e' } }).jpeg().toBuffer()

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  await makeCycle(db, 'in_progress')
  const commune = await makeUser(db, [{ role: 'office', org: tree.communeA }])
  const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolA, scope: 'unit' }])
  const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeA }])
  return { db, tree, commune, school, inspector }
}

describe('a shortcoming of an organization', () => {
  it('is recorded, remedied with reported actions, proposed, refused, proposed again, verified and reopened', async () => {
    const { db, tree, commune, school, inspector } = await setup()
    const created = await call(t.app, commune.auth, 'POST', base, {
      organizationId: tree.communeA.id, subjectOrgId: tree.schoolA.id, description: DESCRIPTION, severity: 'high',
      cause: 'Cấp ủy chưa quan tâm đúng mức đến việc chuẩn bị nội dung sinh hoạt.', dueOn: addDays(today, 60),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const s = created.body as ShortcomingDetail
    expect(s).toMatchObject({
      subjectKind: 'org', subject: { id: tree.schoolA.id, name: tree.schoolA.name }, raisedBy: { id: tree.communeA.id }, source: 'direct', severity: 'high',
      status: 'open', overdue: false, actions: [], abilities: { addAction: true, propose: false, verify: false, reopen: false },
    })
    expect(s.timeline.map((e) => e.kind)).toEqual(['raised'])
    const url = `${base}/${s.id}`

    // The school's own secretary plans an action and reports on it from the phone, with a photo.
    const asSchool = await call(t.app, school.auth, 'GET', url)
    expect(asSchool.body.abilities).toEqual({ addAction: true, propose: true, verify: false, reopen: false })
    const planned = await call(t.app, school.auth, 'POST', `${url}/actions`, {
      content: 'Xây dựng kế hoạch sinh hoạt chuyên đề hằng quý, phân công chuẩn bị nội dung', ownerOrgId: tree.schoolA.id, ownerName: 'Đồng chí Phó Bí thư Đảng ủy', dueOn: addDays(today, 30),
    })
    expect(planned.status, JSON.stringify(planned.body)).toBe(201)
    const [action] = planned.body.actions
    expect(action).toMatchObject({ owner: { id: tree.schoolA.id }, status: 'open', progress: 0, overdue: false, abilities: { report: true } })
    const reported = await sendForm(school.auth, `${url}/actions/${action.id}/reports`, { progress: '50', note: 'Đã tổ chức sinh hoạt chuyên đề quý I, có biên bản và ảnh.' }, [
      { name: 'sinh-hoat-quy-1.jpg', type: 'image/jpeg', bytes: await photo() },
    ])
    expect(reported.status, JSON.stringify(reported.body)).toBe(200)
    expect(reported.body.actions[0]).toMatchObject({ progress: 50, status: 'open' })
    const report = reported.body.timeline.at(-1)
    expect(report).toMatchObject({ kind: 'action_reported', actionId: action.id, progress: 50, evidence: [{ fileName: 'sinh-hoat-quy-1.jpg', mediaType: 'image/jpeg' }] })
    const file = await t.app.inject(withAuth(inspector.auth, { method: 'GET', url: `${url}/evidence/${report.evidence[0].id}` }))
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('image/jpeg')
    expect(file.headers['cache-control']).toBe('private, no-store')
    const foreign = await call(t.app, inspector.auth, 'GET', `${url}/evidence/${s.id}`)
    expect(foreign.status).toBe(404)

    // The school proposes the closure; the commune refuses it with a reason; a second proposal; the commune verifies.
    const proposed = await call(t.app, school.auth, 'POST', `${url}/propose`, { note: 'Đã khắc phục: sinh hoạt chuyên đề đều đặn hằng quý.' })
    expect(proposed.body).toMatchObject({ status: 'proposed', abilities: { propose: false } })
    expect(proposed.body.proposedAt).toBeTypeOf('string')
    expect((await call(t.app, school.auth, 'POST', `${url}/propose`, { note: 'Đề nghị lại lần nữa.' })).status).toBe(409)
    expect((await call(t.app, school.auth, 'POST', `${url}/verify`, {})).status).toBe(403)
    expect((await call(t.app, inspector.auth, 'POST', `${url}/verify`, {})).status).toBe(403)
    const refused = await call(t.app, commune.auth, 'POST', `${url}/reject`, { reason: 'Mới thực hiện một quý, chưa đủ căn cứ đánh giá.' })
    expect(refused.body).toMatchObject({ status: 'open', proposedAt: null })
    expect((await call(t.app, commune.auth, 'POST', `${url}/verify`, {})).status).toBe(409)

    const done = await call(t.app, school.auth, 'POST', `${url}/actions/${action.id}/reports`, { progress: 80, note: 'Đã sinh hoạt chuyên đề quý II và quý III.', status: 'done' })
    expect(done.body.actions[0]).toMatchObject({ progress: 100, status: 'done', doneOn: today, abilities: { report: false } })
    expect((await call(t.app, school.auth, 'POST', `${url}/actions/${action.id}/reports`, { progress: 100, note: 'Báo cáo thêm.' })).status).toBe(409)
    await call(t.app, school.auth, 'POST', `${url}/propose`, { note: 'Đã sinh hoạt chuyên đề đủ ba quý liên tiếp.' })
    const verified = await call(t.app, commune.auth, 'POST', `${url}/verify`, { note: 'Xác nhận đã khắc phục.' })
    expect(verified.body).toMatchObject({ status: 'fixed', overdue: false, abilities: { addAction: false, verify: false, reopen: true } })
    expect(verified.body.fixedAt).toBeTypeOf('string')
    const late = await call(t.app, school.auth, 'POST', `${url}/actions`, { content: 'Một biện pháp thêm', ownerName: 'Chi ủy', dueOn: addDays(today, 10) })
    expect(late.status).toBe(409)

    // The fix did not hold: the commune reopens it (counted).
    expect((await call(t.app, school.auth, 'POST', `${url}/reopen`, { reason: 'Quý IV không sinh hoạt chuyên đề.' })).status).toBe(403)
    const reopened = await call(t.app, commune.auth, 'POST', `${url}/reopen`, { reason: 'Quý IV không sinh hoạt chuyên đề.' })
    expect(reopened.body).toMatchObject({ status: 'open', reopenedCount: 1, fixedAt: null })
    expect((await call(t.app, commune.auth, 'POST', `${url}/reopen`, { reason: 'Mở lại lần nữa.' })).status).toBe(409)
    expect(reopened.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'raised', 'action_added', 'action_reported', 'proposed', 'rejected', 'action_reported', 'proposed', 'verified', 'reopened',
    ])
    expect(reopened.body.timeline.find((e: { kind: string }) => e.kind === 'rejected').note).toBe('Mới thực hiện một quý, chưa đủ căn cứ đánh giá.')
    // Every step wrote its audit event.
    const audits = await db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityType, 'shortcoming'), eq(auditEvents.entityId, s.id)))
    expect(audits.map((a) => a.action).sort()).toEqual([
      'shortcoming.action_added', 'shortcoming.action_reported', 'shortcoming.action_reported', 'shortcoming.proposed', 'shortcoming.proposed',
      'shortcoming.raised', 'shortcoming.rejected', 'shortcoming.reopened', 'shortcoming.verified',
    ])
    const [stored] = await queryRows<{ verified_by: string | null; reopened_count: number }>(db, sql`select verified_by, reopened_count from shortcomings where id = ${s.id}`)
    expect(stored).toEqual({ verified_by: null, reopened_count: 1 })
  })

  it('refuses what does not fit (422) and steps out of turn (409)', async () => {
    const { tree, commune, school } = await setup()
    const body = { organizationId: tree.communeA.id, subjectOrgId: tree.schoolA.id, description: DESCRIPTION }
    const refused = async (input: Record<string, unknown>, field: string, headers: Record<string, string> = {}) => {
      const res = await call(t.app, commune.auth, 'POST', base, input, headers)
      expect(res.status, JSON.stringify(res.body)).toBe(422)
      expect(res.body.error.details.fields[0].path).toBe(field)
      return res.body.error.message as string
    }
    expect(await refused({ ...body, subjectOrgId: tree.schoolB.id }, 'subjectOrgId')).toMatch(/^Đối tượng phải là đơn vị nêu hạn chế/)
    expect(await refused({ ...body, subjectOrgId: undefined }, 'subjectPersonId')).toBe('Chọn đúng một đối tượng: một người hoặc một tổ chức.')
    const outsider = await makePerson(t.database.db, tree.cellB1, 'Lê Văn Ngoài')
    await refused({ ...body, subjectOrgId: undefined, subjectPersonId: outsider.id }, 'subjectPersonId')
    await refused({ ...body, subjectPersonId: outsider.id }, 'subjectPersonId')
    await refused({ ...body, dueOn: addDays(today, -1) }, 'dueOn')
    expect(await refused({ ...body, dueOn: addDays(today, 2000) }, 'dueOn', { 'accept-language': 'en' })).toBe('The due date can be at most 5 years from today.')
    await refused({ ...body, source: 'feedback' }, 'sourceId')
    await refused({ ...body, sourceId: tree.root.id }, 'sourceId')
    await refused({ ...body, description: 'ngắn' }, 'description')
    expect((await call(t.app, commune.auth, 'POST', base, { ...body, severity: 'critical' })).status).toBe(422)
    // Recording at a unit one's grants do not reach.
    expect((await call(t.app, school.auth, 'POST', base, { ...body, organizationId: tree.communeA.id })).status).toBe(403)

    const s = (await call(t.app, commune.auth, 'POST', base, body)).body as ShortcomingDetail
    const url = `${base}/${s.id}`
    const action = { content: 'Rà soát, bổ sung quy chế làm việc của cấp ủy', ownerName: 'Đồng chí Bí thư', dueOn: addDays(today, 20) }
    const outside = await call(t.app, school.auth, 'POST', `${url}/actions`, { ...action, ownerOrgId: tree.communeB.id })
    expect(outside.status).toBe(422)
    expect(outside.body.error.details.fields[0].path).toBe('ownerOrgId')
    expect((await call(t.app, school.auth, 'POST', `${url}/actions`, { ...action, dueOn: addDays(today, -3) })).status).toBe(422)
    expect((await call(t.app, school.auth, 'POST', `${url}/actions/${s.id}/reports`, { progress: 10, note: 'Không có biện pháp này.' })).status).toBe(404)
    expect((await call(t.app, school.auth, 'POST', `${url}/propose`, { note: 'x' })).status).toBe(422)
    expect((await call(t.app, commune.auth, 'POST', `${url}/reject`, { reason: 'Chưa có đề nghị nào.' })).status).toBe(409)
    expect((await call(t.app, commune.auth, 'POST', `${url}/reopen`, { reason: 'Chưa khắc phục mà mở lại.' })).status).toBe(409)
    const progress = await sendForm(school.auth, `${url}/actions/${(await call(t.app, school.auth, 'POST', `${url}/actions`, action)).body.actions[0].id}/reports`, { progress: 'năm mươi', note: 'Tiến độ viết bằng chữ.' }, [])
    expect(progress.status).toBe(422)
    const notImage = await sendForm(school.auth, `${url}/propose`, { note: 'Kèm tệp không phải ảnh.' }, [{ name: 'a.svg', type: 'image/svg+xml', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') }])
    expect(notImage.status).toBe(415)
    expect((await call(t.app, school.auth, 'GET', url)).body.status).toBe('open')
  })
})

describe("a member's own shortcoming", () => {
  it('is read and remedied by the member, verified by the cell that named it, hidden from other members', async () => {
    const { db, tree } = await setup()
    const person = await makePerson(db, tree.cellA1, 'Phạm Thị Hoa')
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], person.id)
    const other = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], (await makePerson(db, tree.cellA1, 'Đỗ Văn Khác')).id)
    const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const created = await call(t.app, cell.auth, 'POST', base, { organizationId: tree.cellA1.id, subjectPersonId: person.id, description: 'Chưa gương mẫu thực hiện nhiệm vụ nơi cư trú, ít tham gia sinh hoạt tổ dân phố.', severity: 'low' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ subjectKind: 'person', subject: { id: person.id, name: 'Phạm Thị Hoa' }, subjectUnit: { id: tree.cellA1.id, name: tree.cellA1.name } })
    const url = `${base}/${created.body.id}`

    const mine = await call(t.app, member.auth, 'GET', `${base}/mine`)
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id])
    const own = await call(t.app, member.auth, 'GET', url)
    expect(own.body.abilities).toEqual({ addAction: true, propose: true, verify: false, reopen: false })
    expect((await call(t.app, other.auth, 'GET', url)).status).toBe(404)
    expect((await call(t.app, other.auth, 'GET', `${base}/mine`)).body.items).toEqual([])
    expect((await call(t.app, member.auth, 'GET', `${base}?org=${tree.cellA1.id}`)).status).toBe(403)

    const planned = await call(t.app, member.auth, 'POST', `${url}/actions`, { content: 'Tham gia đầy đủ sinh hoạt tổ dân phố hằng tháng', ownerName: 'Phạm Thị Hoa', dueOn: addDays(today, 90) })
    expect(planned.status).toBe(201)
    await call(t.app, member.auth, 'POST', `${url}/actions/${planned.body.actions[0].id}/reports`, { progress: 100, note: 'Đã tham gia đủ 3 kỳ sinh hoạt, có xác nhận của tổ trưởng.', status: 'done' })
    expect((await call(t.app, member.auth, 'POST', `${url}/propose`, { note: 'Đã tham gia đầy đủ, có xác nhận của tổ dân phố.' })).body.status).toBe('proposed')
    expect((await call(t.app, member.auth, 'POST', `${url}/verify`, {})).status).toBe(403)
    const verified = await call(t.app, cell.auth, 'POST', `${url}/verify`, {})
    expect(verified.body.status).toBe('fixed')
    expect((await call(t.app, member.auth, 'GET', `${base}/mine`)).body.items[0].status).toBe('fixed')
  })
})
