// The scoring rubrics of nominations as versioned data: the shipped one published, drafts copied and edited by an
// administrator, refusals (422, 409) in Vietnamese and English, publication, and the audit rows of each change.
import { and, count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { RubricContent } from '../../../common/contracts/rubrics.ts'
import { makeTree, makeUser, unique } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { auditEvents } from '../audit/audit.table.ts'

const t = useTestApp()
const base = '/api/v1/nomination-rubrics'
const SHIPPED = 'guong-dien-hinh-2026'

async function admin() {
  const tree = await makeTree(t.database.db)
  return (await makeUser(t.database.db, [{ role: 'admin', org: tree.root }])).auth
}

async function shippedId(auth: Awaited<ReturnType<typeof admin>>): Promise<string> {
  const list = await call(t.app, auth, 'GET', base)
  return list.body.items.find((r: { code: string }) => r.code === SHIPPED).id
}

describe('nomination rubrics', () => {
  it('ships one published, readable by any signed-in account', async () => {
    const tree = await makeTree(t.database.db)
    const { auth } = await makeUser(t.database.db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    const list = await call(t.app, auth, 'GET', base)
    expect(list.status).toBe(200)
    const shipped = list.body.items.find((r: { code: string }) => r.code === SHIPPED)
    expect(shipped).toMatchObject({ status: 'published', effectiveFrom: '2000-01-01', effectiveTo: null, usedByNominations: 0, abilities: { update: false, publish: false } })
    expect(shipped.content).toBeUndefined()
    const one = await call(t.app, auth, 'GET', `${base}/${shipped.id}`)
    expect(one.body.content.areas.style.map((c: { key: string; maxPoints: number }) => [c.key, c.maxPoints])).toEqual([['typical', 30], ['results', 30], ['replicable', 20], ['sustained', 20]])
    const unknown = await call(t.app, auth, 'GET', `${base}/${tree.root.id}`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.message).toBe('Không tìm thấy thang điểm xét chọn này.')
  })

  it('lets an administrator copy it into a draft, edit its criteria, publish it, and then never change it', async () => {
    const auth = await admin()
    const db = t.database.db
    const code = unique('tdx').toLowerCase()
    // Without content nor copyFromId: a copy of the newest published rubric (the shipped one here).
    const draft = await call(t.app, auth, 'POST', base, { code, name: 'Thang điểm xét chọn năm 2027', sourceDocument: 'Hướng dẫn 12-HD/BTGTW', effectiveFrom: '2027-01-01' })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    expect(draft.body).toMatchObject({ code, status: 'draft', effectiveTo: null, usedByNominations: 0, abilities: { update: true, publish: true } })
    const shipped = await call(t.app, auth, 'GET', `${base}/${await shippedId(auth)}`)
    expect(draft.body.content).toEqual(shipped.body.content)
    const url = `${base}/${draft.body.id}`

    const content: RubricContent = structuredClone(draft.body.content)
    content.areas.ethics = [
      { key: 'liem-chinh', title: 'Liêm chính, chí công vô tư trong thực thi công vụ', maxPoints: 40 },
      { key: 'phuc-vu', title: 'Tận tụy phục vụ nhân dân, được nhân dân tin yêu', maxPoints: 40 },
      { key: 'lan-toa', title: 'Sức lan tỏa trong cơ quan, đơn vị, địa phương', maxPoints: 20 },
    ]
    const saved = await call(t.app, auth, 'PATCH', url, { content, effectiveTo: '2027-12-31' })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.content.areas.ethics.map((c: { key: string }) => c.key)).toEqual(['liem-chinh', 'phuc-vu', 'lan-toa'])
    expect(saved.body).toMatchObject({ effectiveTo: '2027-12-31', status: 'draft' })

    const published = await call(t.app, auth, 'POST', `${url}/publish`, {})
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ status: 'published', abilities: { update: false, publish: false } })
    const frozen = await call(t.app, auth, 'PATCH', url, { name: 'Đổi tên sau khi ban hành' })
    expect(frozen.status).toBe(409)
    expect(frozen.body.error.message).toBe('Thang điểm đã ban hành không sửa được nữa; hãy tạo phiên bản mới.')
    const frozenEn = await call(t.app, auth, 'PATCH', url, { content }, { 'accept-language': 'en' })
    expect(frozenEn.body.error.message).toBe('A published rubric cannot change; create a new version.')
    expect((await call(t.app, auth, 'POST', `${url}/publish`, {})).status).toBe(409)
    const [row] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'nomination_rubric'), eq(auditEvents.action, 'nomination_rubric.publish'), eq(auditEvents.entityId, draft.body.id)))
    expect(row.data).toEqual({ code })

    // A copy of a named rubric; the code is taken now.
    const copy = await call(t.app, auth, 'POST', base, { code: unique('tdy').toLowerCase(), name: 'Bản sao để sửa', effectiveFrom: '2028-01-01', copyFromId: draft.body.id })
    expect(copy.status).toBe(201)
    expect(copy.body.content.areas.ethics).toEqual(content.areas.ethics)
    const dup = await call(t.app, auth, 'POST', base, { code, name: 'Trùng mã', effectiveFrom: '2029-01-01' })
    expect(dup.status).toBe(409)
    expect(dup.body.error.message).toBe(`Mã thang điểm "${code}" đã được dùng.`)
    expect(dup.body.error.details.fields).toEqual([{ path: 'code', message: `Mã thang điểm "${code}" đã được dùng.` }])

    const audits = await db.select({ action: auditEvents.action, entityId: auditEvents.entityId }).from(auditEvents).where(eq(auditEvents.entityType, 'nomination_rubric'))
    expect(audits.filter((a) => a.entityId === draft.body.id).map((a) => a.action)).toEqual(['nomination_rubric.create', 'nomination_rubric.update', 'nomination_rubric.publish'])
    expect(audits.filter((a) => a.entityId === copy.body.id).map((a) => a.action)).toEqual(['nomination_rubric.create'])
  })

  it('refuses criteria that do not add up to 100, repeated keys, bad codes and dates, in Vietnamese or English', async () => {
    const auth = await admin()
    const db = t.database.db
    const draft = await call(t.app, auth, 'POST', base, { code: unique('tdz').toLowerCase(), name: 'Bản nháp để thử lỗi', effectiveFrom: '2030-01-01' })
    const url = `${base}/${draft.body.id}`
    const audited = async () => (await db.select({ n: count() }).from(auditEvents))[0].n
    const before = await audited()
    const refused = async (method: 'POST' | 'PATCH', path: string, body: unknown, headers: Record<string, string> = {}) => {
      const res = await call(t.app, auth, method, path, body, headers)
      expect(res.status, JSON.stringify(res.body)).toBe(422)
      return res.body.error.details.fields as { path: string; message: string }[]
    }

    const unbalanced: RubricContent = structuredClone(draft.body.content)
    unbalanced.areas.style[0].maxPoints = 25
    expect(await refused('PATCH', url, { content: unbalanced })).toContainEqual({ path: 'content.areas.style', message: 'Tổng điểm tối đa các tiêu chí của mỗi lĩnh vực phải bằng 100.' })
    expect(await refused('PATCH', url, { content: unbalanced }, { 'accept-language': 'en' })).toContainEqual({ path: 'content.areas.style', message: 'The criteria of each area must add up to 100 points.' })
    const repeated: RubricContent = structuredClone(draft.body.content)
    repeated.areas.ideology[1].key = repeated.areas.ideology[0].key
    expect(await refused('PATCH', url, { content: repeated })).toContainEqual({ path: 'content.areas.ideology', message: 'Mã tiêu chí bị trùng.' })
    const badKey: RubricContent = structuredClone(draft.body.content)
    badKey.areas.ethics[0].key = 'Tiêu biểu'
    expect(await refused('PATCH', url, { content: badKey })).toContainEqual({ path: 'content.areas.ethics.0.key', message: 'Mã chỉ gồm chữ thường không dấu, số và các dấu . - _.' })
    expect(await refused('POST', base, { code: 'Thang Điểm', name: 'Mã sai', effectiveFrom: '2030-01-01' })).toContainEqual({ path: 'code', message: 'Mã chỉ gồm chữ thường không dấu, số và các dấu . - _.' })
    expect(await refused('POST', base, { code: 'mot-ma', name: 'Mã sai', effectiveFrom: '2030-01-01', content: unbalanced }, { 'accept-language': 'en' }))
      .toContainEqual({ path: 'content.areas.style', message: 'The criteria of each area must add up to 100 points.' })
    expect(await refused('PATCH', url, { effectiveTo: '2029-12-31' })).toEqual([{ path: 'effectiveTo', message: 'Ngày hết hiệu lực của thang điểm không được trước ngày có hiệu lực.' }])
    expect(await refused('POST', base, { code: 'ngay-sai', name: 'Ngày sai', effectiveFrom: '2030-01-01', effectiveTo: '2029-01-01' }, { 'accept-language': 'en' }))
      .toEqual([{ path: 'effectiveTo', message: 'The rubric\'s end date cannot be before its start date.' }])
    expect((await call(t.app, auth, 'POST', base, { code: 'khong-co-ban', name: 'Sao chép bản không có', effectiveFrom: '2030-01-01', copyFromId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404)

    // Nothing was written: the draft is as it was, and no audit event was added.
    const after = await call(t.app, auth, 'GET', url)
    expect(after.body).toMatchObject({ content: draft.body.content, effectiveTo: null })
    expect(await audited()).toBe(before)
  })
})
