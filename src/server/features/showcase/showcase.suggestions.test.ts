// Citizens suggest models without an account (public on purpose: the issue's "citizens may suggest one through the
// public site, moderated"); the communes' moderators accept them as draft models or decline them.
import { eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, type Auth } from '../../test/harness.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { models } from '../models/models.table.ts'
import { modelSuggestions } from './showcase.table.ts'

/** The app's clock runs with the real one, shifted when a test moves through a day. */
let shift = 0
const t = useTestApp({}, { clock: () => new Date(Date.now() + shift) })
const pub = '/api/v1/public/model-suggestions'
const base = '/api/v1/model-suggestions'

let ip = 1
/** Each suggestion from its own address, as real citizens (the form is rate-limited per address). */
const suggest = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: pub, payload: body, headers, remoteAddress: `198.51.100.${ip++}` })

const body = (communeId: string, extra: Record<string, unknown> = {}) => ({
  communeId, kind: 'practice', title: 'Mô hình “Bữa cơm nghĩa tình”',
  description: 'Chi hội phụ nữ thôn Đông nấu cơm miễn phí cho bệnh nhân nghèo mỗi tuần, đã duy trì ba năm.',
  suggesterName: 'Nguyễn Thị Góp Ý', suggesterContact: '0912 345 678', ...extra,
})

async function suggestOne(communeId: string, title: string) {
  const res = await suggest(body(communeId, { title }))
  expect(res.statusCode, res.body).toBe(201)
  const [row] = await t.database.db.select().from(modelSuggestions).where(eq(modelSuggestions.title, title))
  return row
}

const fields = (res: { json: () => { error: { details?: { fields?: { path: string; message: string }[] } } } }) =>
  Object.fromEntries((res.json().error.details?.fields ?? []).map((f) => [f.path, f.message]))

describe('suggesting a model (public)', () => {
  it('receives a suggestion in plain text, NFC, and audits its id only', async () => {
    const tree = await makeTree(t.database.db)
    const decomposed = 'Mô hình “Bếp ăn tình thương”'.normalize('NFD')
    const res = await suggest(body(tree.communeA.id, { title: decomposed, suggesterContact: 'gop.y@example.vn' }))
    expect(res.statusCode).toBe(201)
    expect(res.json()).toEqual({ received: true, commune: 'Đảng bộ xã An Hòa' })
    expect(res.headers['cache-control']).toBe('no-store')
    const [row] = await t.database.db.select().from(modelSuggestions).where(eq(modelSuggestions.communeId, tree.communeA.id))
    expect(row).toMatchObject({ title: 'Mô hình “Bếp ăn tình thương”', kind: 'practice', status: 'pending', suggesterName: 'Nguyễn Thị Góp Ý', suggesterContact: 'gop.y@example.vn', modelId: null })
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, row.id))
    expect(events.map((e) => [e.action, e.data, e.organizationId])).toEqual([['model_suggestion.submitted', {}, tree.communeA.id]])
    expect(JSON.stringify(events.map((e) => [e.data, e.actorLabel]))).not.toMatch(/Góp Ý|gop\.y/)
  })

  it('refuses bad input with clear messages, in Vietnamese and in English', async () => {
    const tree = await makeTree(t.database.db)
    const bad = await suggest(body(tree.communeA.id, {
      title: 'Ngắn', description: '<b>Quá ngắn</b>', suggesterContact: 'gọi tôi', suggesterName: '<script>x</script>',
    }))
    expect(bad.statusCode).toBe(422)
    const vi = fields(bad)
    expect(vi.description).toBeDefined()
    expect(vi.title).toBeDefined()
    expect(vi.suggesterContact).toBe('Liên hệ là một số điện thoại (ít nhất 6 chữ số) hoặc một địa chỉ thư điện tử.')
    expect(vi.suggesterName).toBe('Chỉ nhập chữ thường, không dùng thẻ HTML (dạng <...>).')

    const en = await suggest(body(tree.communeA.id, { title: 'Tiêu đề <a href="x">có thẻ</a>', suggesterContact: '12' }), { 'accept-language': 'en' })
    expect(en.statusCode).toBe(422)
    expect(en.json().error.message).toBe('The data is not valid.')
    expect(fields(en)).toEqual({ title: 'Plain text only: no HTML tags (like <...>).', suggesterContact: 'The contact is a phone number (at least 6 digits) or an email address.' })

    // A comparison sign is text, not markup.
    expect((await suggest(body(tree.communeA.id, { title: 'Giảm tỷ lệ hộ nghèo < 2% nhờ tổ vay vốn' }))).statusCode).toBe(201)

    for (const communeId of [tree.cellA1.id, tree.root.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await suggest(body(communeId), { 'accept-language': 'en' })
      expect(res.statusCode).toBe(422)
      expect(fields(res)).toEqual({ communeId: 'Choose a commune or ward from the list.' })
    }
    expect((await suggest({ ...body(tree.communeA.id), kind: 'hero' })).statusCode).toBe(422)
    expect((await suggest({ ...body(tree.communeA.id), status: 'accepted' })).statusCode).toBe(422)
    // Invisible characters do not count towards the length.
    expect((await suggest(body(tree.communeA.id, { title: '\u200B\u200B\u200B\u200B\u200Bab' }))).statusCode).toBe(422)
  })

  it('answers 409 to the same title for the same commune within a day', async () => {
    const tree = await makeTree(t.database.db)
    expect((await suggest(body(tree.communeA.id))).statusCode).toBe(201)
    const again = await suggest(body(tree.communeA.id, { title: 'mo hinh “bua com nghia tinh”' }))
    expect(again.statusCode).toBe(409)
    expect(again.json().error.message).toBe('Gương điển hình “mo hinh “bua com nghia tinh”” đã được giới thiệu cho xã, phường này trong hôm nay. Cảm ơn bạn, không cần gửi lại.')
    expect((await suggest(body(tree.communeB.id))).statusCode).toBe(201)
    shift = 25 * 60 * 60 * 1000
    try {
      expect((await suggest(body(tree.communeA.id))).statusCode).toBe(201)
    } finally {
      shift = 0
    }
  })

  it('takes at most 5 suggestions an hour from one address', async () => {
    const tree = await makeTree(t.database.db)
    const from = (i: number, address: string) => t.app.inject({ method: 'POST', url: pub, payload: body(tree.communeB.id, { title: `Gương sáng số ${i} ở phường` }), remoteAddress: address })
    for (let i = 0; i < 5; i++) expect((await from(i, '203.0.113.50')).statusCode).toBe(201)
    const limited = await from(5, '203.0.113.50')
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.code).toBe('rate_limited')
    expect((await from(6, '203.0.113.51')).statusCode).toBe(201)
  })
})

describe('moderating suggestions', () => {
  async function setup() {
    const db = t.database.db
    const tree = await makeTree(db)
    const communeOffice = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const wardOffice = await makeUser(db, [{ role: 'office', org: tree.communeB }])
    const province = await makeUser(db, [{ role: 'leader', org: tree.root }])
    return { tree, communeOffice, wardOffice, province }
  }
  const listOf = async (auth: Auth, query = '') => {
    const res = await call(t.app, auth, 'GET', `${base}${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body as { items: { id: string; suggesterContact: string | null; status: string }[]; nextCursor: string | null }
  }

  it("lists the suggestions of the communes I moderate, with the suggester's contact", async () => {
    const { tree, communeOffice, wardOffice, province } = await setup()
    const a = await suggestOne(tree.communeA.id, 'Gương sáng ở xã An Hòa')
    const b = await suggestOne(tree.communeB.id, 'Gương sáng ở phường Bình Minh')
    const mine = await listOf(communeOffice.auth)
    expect(mine.items.map((i) => i.id)).toEqual([a.id])
    expect(mine.items[0]).toMatchObject({ commune: { id: tree.communeA.id, name: 'Đảng bộ xã An Hòa' }, suggesterContact: '0912 345 678', suggesterName: 'Nguyễn Thị Góp Ý', abilities: { accept: true, decline: true } })
    expect((await listOf(wardOffice.auth, `?org=${tree.communeB.id}`)).items.map((i) => i.id)).toEqual([b.id])
    expect((await listOf(province.auth, `?org=${tree.root.id}`)).items.map((i) => i.id)).toEqual([b.id, a.id])
    expect((await listOf(province.auth, `?org=${tree.root.id}&status=declined`)).items).toEqual([])
    expect((await call(t.app, wardOffice.auth, 'GET', `${base}?org=${tree.communeA.id}`)).status).toBe(403)
    const paged = await listOf(province.auth, `?org=${tree.root.id}&limit=1`)
    expect(paged.items.map((i) => i.id)).toEqual([b.id])
    expect((await listOf(province.auth, `?org=${tree.root.id}&limit=1&cursor=${paged.nextCursor}`)).items.map((i) => i.id)).toEqual([a.id])
  })

  it('accepts one as a draft model of a unit in the commune, once, in one step with its audit', async () => {
    const { tree, communeOffice } = await setup()
    const s = await suggestOne(tree.communeA.id, 'Tổ tự quản “Ngõ xóm bình yên”')
    const url = `${base}/${s.id}/accept`
    const outside = await call(t.app, communeOffice.auth, 'POST', url, { organizationId: tree.cellB1.id, kind: 'practice', area: 'style' })
    expect(outside.status).toBe(422)
    expect(outside.body.error.details.fields[0].path).toBe('organizationId')
    const accepted = await call(t.app, communeOffice.auth, 'POST', url, { organizationId: tree.schoolA.id, kind: 'collective', area: 'style' })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body).toMatchObject({ status: 'accepted', model: { title: 'Tổ tự quản “Ngõ xóm bình yên”' }, abilities: { accept: false, decline: false } })
    expect(accepted.body.moderatedBy).toBe(`Người dùng ${communeOffice.username}`)
    const [model] = await t.database.db.select().from(models).where(eq(models.id, accepted.body.model.id))
    expect(model).toMatchObject({
      kind: 'collective', area: 'style', organizationId: tree.schoolA.id, origin: 'citizen', personId: null, publishedAt: null, commendedYear: null,
      summary: 'Chi hội phụ nữ thôn Đông nấu cơm miễn phí cho bệnh nhân nghèo mỗi tuần, đã duy trì ba năm.',
      story: '<p>Chi hội phụ nữ thôn Đông nấu cơm miễn phí cho bệnh nhân nghèo mỗi tuần, đã duy trì ba năm.</p>',
    })
    const events = await t.database.db.select().from(auditEvents).where(inArray(auditEvents.entityId, [s.id, model.id]))
    expect(events.map((e) => e.action).sort()).toEqual(['model.created', 'model_suggestion.accepted', 'model_suggestion.submitted'])
    expect(JSON.stringify(events.map((e) => [e.data, e.actorLabel]))).not.toMatch(/0912|Góp Ý/)
    const twice = await call(t.app, communeOffice.auth, 'POST', url, { organizationId: tree.schoolA.id, kind: 'collective', area: 'style' })
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toBe('Gợi ý này đã được xử lý (tiếp nhận hoặc từ chối).')
  })

  it('asks for the person of a person model, placed in the chosen unit', async () => {
    const { tree, communeOffice } = await setup()
    const s = await suggestOne(tree.communeA.id, 'Cô giáo 20 năm cắm bản')
    const url = `${base}/${s.id}/accept`
    const placed = await makePerson(t.database.db, tree.cellA1, 'Vũ Thị Cắm Bản')
    const elsewhere = await makePerson(t.database.db, tree.cellA2, 'Hà Văn Khác')
    const en = { 'accept-language': 'en' }
    const missing = await call(t.app, communeOffice.auth, 'POST', url, { organizationId: tree.cellA1.id, kind: 'person', area: 'ethics' }, en)
    expect(missing.status).toBe(422)
    expect(missing.body.error.details.fields).toEqual([{ path: 'personId', message: 'A person model needs the person, placed now in the chosen unit.' }])
    const wrong = await call(t.app, communeOffice.auth, 'POST', url, { organizationId: tree.cellA1.id, kind: 'person', area: 'ethics', personId: elsewhere.id })
    expect(wrong.body.error.details.fields).toEqual([{ path: 'personId', message: 'Người được chọn không đang sinh hoạt, công tác tại đơn vị đã chọn.' }])
    const extra = await call(t.app, communeOffice.auth, 'POST', url, { organizationId: tree.cellA1.id, kind: 'practice', area: 'ethics', personId: placed.id })
    expect(extra.status).toBe(422)
    const ok = await call(t.app, communeOffice.auth, 'POST', url, { organizationId: tree.cellA1.id, kind: 'person', area: 'ethics', personId: placed.id, title: 'Cô giáo Vũ Thị Cắm Bản', summary: 'Hai mươi năm bám bản dạy chữ.' })
    expect(ok.status).toBe(200)
    const [model] = await t.database.db.select().from(models).where(eq(models.id, ok.body.model.id))
    expect(model).toMatchObject({ kind: 'person', personId: placed.id, title: 'Cô giáo Vũ Thị Cắm Bản', summary: 'Hai mươi năm bám bản dạy chữ.', consentRecordedAt: null })
  })

  it('places the model only in a unit the moderator holds', async () => {
    const { tree } = await setup()
    // The commune's own office, for the commune itself only.
    const unitOnly = await makeUser(t.database.db, [{ role: 'office', org: tree.communeA, scope: 'unit' }])
    const s = await suggestOne(tree.communeA.id, 'Gương sáng chỉ cấp xã')
    const below = await call(t.app, unitOnly.auth, 'POST', `${base}/${s.id}/accept`, { organizationId: tree.cellA1.id, kind: 'practice', area: 'ideology' })
    expect(below.status).toBe(403)
    expect(below.body.error.message).toBe('Đơn vị của gương điển hình phải là xã, phường được giới thiệu hoặc một đơn vị trực thuộc mà bạn phụ trách.')
    const there = await call(t.app, unitOnly.auth, 'POST', `${base}/${s.id}/accept`, { organizationId: tree.communeA.id, kind: 'practice', area: 'ideology' })
    expect(there.status).toBe(200)
  })

  it('declines one with a note, after which it takes no other step', async () => {
    const { tree, communeOffice } = await setup()
    const s = await suggestOne(tree.communeA.id, 'Gợi ý trùng với mô hình đã có')
    const short = await call(t.app, communeOffice.auth, 'POST', `${base}/${s.id}/decline`, { note: 'x' })
    expect(short.status).toBe(422)
    const declined = await call(t.app, communeOffice.auth, 'POST', `${base}/${s.id}/decline`, { note: 'Đã có mô hình này trong danh sách của xã.' })
    expect(declined.status).toBe(200)
    expect(declined.body).toMatchObject({ status: 'declined', moderationNote: 'Đã có mô hình này trong danh sách của xã.', model: null })
    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'model_suggestion.declined'))
    expect(event.data).toEqual({})
    expect((await call(t.app, communeOffice.auth, 'POST', `${base}/${s.id}/accept`, { organizationId: tree.schoolA.id, kind: 'practice', area: 'style' })).status).toBe(409)
    expect((await call(t.app, communeOffice.auth, 'POST', `${base}/${s.id}/decline`, { note: 'Một lần nữa.' })).status).toBe(409)
    expect((await listOf(communeOffice.auth, '?status=declined')).items.map((i) => i.id)).toEqual([s.id])
  })
})
