// Models end to end: a school records a practice, a collective and a person (placed under it), edits the story (kept
// through the sanitizer), lists them with filters and a search without diacritics in Vietnamese order, pages through
// them; who reads what (the unit, a level above, other units once commended, the person); deleting only drafts never
// nominated; refusals in Vietnamese and English.
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ModelDetail, ModelListItem } from '../../../common/contracts/models.ts'
import { makePerson } from '../../test/factories.ts'
import { call, useTestApp, type Auth } from '../../test/harness.ts'
import { commend, createModel, modelsSetup, nominate, SUMMARY } from '../../test/model-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'

const t = useTestApp()
const base = '/api/v1/models'

async function listAll(auth: Auth, query: string): Promise<ModelListItem[]> {
  const items: ModelListItem[] = []
  let cursor: string | null = null
  do {
    const res = await call(t.app, auth, 'GET', `${base}?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    items.push(...res.body.items)
    cursor = res.body.nextCursor
  } while (cursor)
  return items
}

describe('recording and editing a model', () => {
  it('creates each kind with its rules, sanitizes the story and audits every change', async () => {
    const { db, tree, person, users } = await modelsSetup(t)
    const practice = await createModel(t, users.school.auth, {
      title: 'Mô hình “Dân vận khéo” ở xóm Đồng Tâm', organizationId: tree.schoolA.id,
      story: '<p>Chi bộ <b>vận động</b> bà con.</p><script>alert(1)</script><p><a href="javascript:alert(1)">xem</a> <img src=x onerror=alert(1)></p>',
      results: 'Làm được 3,2 km đường bê tông.',
    })
    expect(practice).toMatchObject({
      kind: 'practice', area: 'style', organization: { id: tree.schoolA.id, name: tree.schoolA.name }, person: null, movement: null,
      state: 'draft', commendedYear: null, publishedAt: null, coverFileId: null, adoptionCount: 0, origin: 'unit', consent: null, publicShowsPerson: true,
      photos: [], evidence: [], nominationCount: 0, results: 'Làm được 3,2 km đường bê tông.',
      abilities: { edit: true, delete: true, upload: true, recordConsent: false, withdrawConsent: false, publish: false, unpublish: false, adopt: false },
    })
    expect(practice.story).toBe('<p>Chi bộ <strong>vận động</strong> bà con.</p><p>xem </p>')
    const [created] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, practice.id))
    expect(created).toMatchObject({ action: 'model.created', entityType: 'model', organizationId: tree.schoolA.id, data: { kind: 'practice', area: 'style' } })

    const own = await createModel(t, users.commune.auth, { kind: 'person', title: 'Cô giáo tận tụy với học trò vùng khó', area: 'ethics', organizationId: tree.schoolA.id, personId: person.id })
    expect(own).toMatchObject({ kind: 'person', person: { id: person.id, fullName: 'Trần Thị Bích Ngọc' }, publicShowsPerson: false, abilities: { recordConsent: true } })

    const edited = await call(t.app, users.school.auth, 'PATCH', `${base}/${practice.id}`, { story: '<h1>Cách làm</h1><p onclick="x()">Họp dân <i>mỗi tháng</i>.</p>', area: 'ideology' })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body).toMatchObject({ area: 'ideology', story: '<h2>Cách làm</h2><p>Họp dân <em>mỗi tháng</em>.</p>' })
    const actions = (await db.select({ action: auditEvents.action, data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.entityId, practice.id))).map((e) => e.action)
    expect(actions).toEqual(['model.created', 'model.updated'])
  })

  it('refuses what does not fit, in Vietnamese and in English', async () => {
    const { db, tree, person, users } = await modelsSetup(t)
    const refused = async (body: Record<string, unknown>, field: string, headers: Record<string, string> = {}) => {
      const res = await call(t.app, users.school.auth, 'POST', base, { kind: 'practice', title: 'Một mô hình hay', area: 'style', organizationId: tree.schoolA.id, summary: SUMMARY, ...body }, headers)
      expect(res.status, JSON.stringify(res.body)).toBe(422)
      return res.body.error.details.fields.find((f: { path: string }) => f.path === field)?.message as string
    }
    expect(await refused({ kind: 'person' }, 'personId')).toBe('Gương điển hình cá nhân phải chọn người được nêu gương.')
    expect(await refused({ kind: 'person' }, 'personId', { 'accept-language': 'en' })).toBe('A model of kind person needs the person.')
    expect(await refused({ personId: person.id }, 'personId')).toMatch(/Chỉ gương điển hình cá nhân/)
    const elsewhere = await makePerson(db, tree.cellB1, 'Lê Văn Hùng')
    expect(await refused({ kind: 'person', personId: elsewhere.id }, 'personId')).toMatch(/đang sinh hoạt, công tác tại đơn vị/)
    expect(await refused({ summary: 'Ngắn quá' }, 'summary')).toBeTruthy()
    expect(await refused({ title: 'Ab' }, 'title')).toBeTruthy()
    const long = `<p>${'Chuyện dài. '.repeat(1700)}</p>`
    expect(await refused({ story: long }, 'story')).toBe('Câu chuyện dài quá 20.000 ký tự (không kể định dạng).')
    expect(await refused({ story: long }, 'story', { 'accept-language': 'en' })).toMatch(/^The story is longer than/)
    // A movement launched by the other commune does not fit a school of this one; a closed one takes no new models.
    const foreign = await call(t.app, users.ward.auth, 'POST', '/api/v1/movements', { organizationId: tree.communeB.id, name: 'Phong trào của phường', startsOn: '2026-01-01' })
    expect(await refused({ movementId: foreign.body.id }, 'movementId')).toMatch(/do đơn vị của gương điển hình hoặc một cấp trên/)
    const closed = await call(t.app, users.commune.auth, 'POST', '/api/v1/movements', { organizationId: tree.communeA.id, name: 'Phong trào đã xong', startsOn: '2025-01-01' })
    await call(t.app, users.commune.auth, 'POST', `/api/v1/movements/${closed.body.id}/close`)
    expect(await refused({ movementId: closed.body.id }, 'movementId')).toBe('Phong trào thi đua này đã kết thúc.')
    // An inspector reads but does not record.
    const inspector = await call(t.app, users.inspector.auth, 'POST', base, { kind: 'practice', title: 'Một mô hình hay', area: 'style', organizationId: tree.schoolA.id, summary: SUMMARY })
    expect(inspector.status).toBe(403)
  })

  it('moves the consent away with the person it was given by', async () => {
    const { db, tree, person, users } = await modelsSetup(t)
    const m = await createModel(t, users.school.auth, { kind: 'person', title: 'Đảng viên trẻ gương mẫu', organizationId: tree.schoolA.id, personId: person.id })
    await call(t.app, users.school.auth, 'PUT', `${base}/${m.id}/consent`, { note: 'Bản đồng ý ký ngày 12/3/2026.' })
    const other = await makePerson(db, tree.cellA2, 'Phạm Minh Châu')
    const changed = await call(t.app, users.school.auth, 'PATCH', `${base}/${m.id}`, { personId: other.id })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({ person: { id: other.id }, consent: null, publicShowsPerson: false })
  })
})

describe('who reads a model', () => {
  it('its unit and the levels above; other staff once commended (without evidence or the consent note); the person; nobody else', async () => {
    const { tree, person, users } = await modelsSetup(t)
    const m = await createModel(t, users.school.auth, { kind: 'person', title: 'Bí thư chi bộ gần dân', organizationId: tree.cellA1.id, personId: person.id })
    await call(t.app, users.school.auth, 'PUT', `${base}/${m.id}/consent`, { note: 'Đồng ý bằng văn bản ngày 01/3/2026.' })
    const url = `${base}/${m.id}`
    const read = async (auth: Auth) => call(t.app, auth, 'GET', url)
    expect((await read(users.commune.auth)).body.abilities.edit).toBe(true)
    const inspector = await read(users.inspector.auth)
    expect(inspector.body.abilities).toMatchObject({ edit: false, delete: false, upload: false, recordConsent: false, publish: false })
    expect(inspector.body.consent.note).toBe('Đồng ý bằng văn bản ngày 01/3/2026.')
    expect((await read(users.ward.auth)).status).toBe(404)
    expect((await read(users.member.auth)).status).toBe(404)
    const mine = await read(users.own.auth)
    expect(mine.status).toBe(200)
    expect(mine.body.abilities).toMatchObject({ edit: false, withdrawConsent: true })
    expect(mine.body.consent).toMatchObject({ note: 'Đồng ý bằng văn bản ngày 01/3/2026.', recordedBy: null })

    await commend(t, m.id)
    const ward = await read(users.ward.auth)
    expect(ward.status).toBe(200)
    expect(ward.body).toMatchObject({ state: 'commended', commendedYear: 2026, evidence: [], consent: { note: null, recordedBy: null }, abilities: { edit: false, adopt: true } })
    expect((await read(users.outsider.auth)).status).toBe(200)
    expect((await read(users.member.auth)).status).toBe(404)
  })
})

describe('the list', () => {
  it('filters a subtree, searches without diacritics, orders titles the Vietnamese way and pages without gaps', async () => {
    const { tree, person, users } = await modelsSetup(t)
    const mv = await call(t.app, users.commune.auth, 'POST', '/api/v1/movements', { organizationId: tree.communeA.id, name: 'Dân vận khéo giai đoạn 2026–2030', startsOn: '2026-01-01' })
    const titles = ['Đường hoa nông thôn mới', 'Dân vận khéo ở xóm Trại', 'Ánh sáng đường quê', 'Bữa cơm có thịt cho học trò', 'Ăn sáng miễn phí cho người già']
    const made: ModelDetail[] = []
    for (const [i, title] of titles.entries()) {
      made.push(await createModel(t, users.school.auth, { title, summary: `${title}: cách làm hiệu quả của đơn vị.`, organizationId: i % 2 ? tree.cellA1.id : tree.schoolA.id, area: i === 1 ? 'ethics' : 'style', movementId: i === 1 ? mv.body.id : undefined }))
    }
    const personModel = await createModel(t, users.school.auth, { kind: 'person', title: 'Cô giáo Ngọc', organizationId: tree.cellA1.id, personId: person.id, summary: 'Cô giáo dạy học sinh dân tộc thiểu số ở điểm trường xa.' })
    await createModel(t, users.ward.auth, { title: 'Mô hình của phường bạn', organizationId: tree.communeB.id })

    const all = await listAll(users.commune.auth, `org=${tree.communeA.id}`)
    expect(all.map((m) => m.title)).toEqual(['Ánh sáng đường quê', 'Ăn sáng miễn phí cho người già', 'Bữa cơm có thịt cho học trò', 'Cô giáo Ngọc', 'Dân vận khéo ở xóm Trại', 'Đường hoa nông thôn mới'])
    const titlesOf = async (auth: Auth, query: string) => (await listAll(auth, query)).map((m) => m.title)
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&q=${encodeURIComponent('dan van')}`)).toEqual(['Dân vận khéo ở xóm Trại'])
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&q=${encodeURIComponent('ĐIỂM TRƯỜNG')}`)).toEqual(['Cô giáo Ngọc'])
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&q=duong`)).toEqual(['Ánh sáng đường quê', 'Đường hoa nông thôn mới'])
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&q=${encodeURIComponent('100%')}`)).toEqual([])
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&area=ethics`)).toEqual(['Dân vận khéo ở xóm Trại'])
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&movement=${mv.body.id}`)).toEqual(['Dân vận khéo ở xóm Trại'])
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&kind=person`)).toEqual(['Cô giáo Ngọc'])
    expect(await titlesOf(users.commune.auth, `org=${tree.cellA1.id}`)).toEqual(['Bữa cơm có thịt cho học trò', 'Cô giáo Ngọc', 'Dân vận khéo ở xóm Trại'])
    expect(all.find((m) => m.id === personModel.id)).toMatchObject({ person: { fullName: 'Trần Thị Bích Ngọc' }, movement: null })

    // States: a nomination held at the commune; a commended one; a published one.
    await nominate(t, made[0].id, tree.schoolA.id, tree.communeA.id)
    await commend(t, made[2].id)
    await commend(t, made[4].id)
    expect((await call(t.app, users.school.auth, 'POST', `${base}/${made[4].id}/publish`)).status).toBe(200)
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&state=nominated`)).toEqual(['Đường hoa nông thôn mới'])
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&state=commended`)).toEqual(['Ánh sáng đường quê'])
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&state=published`)).toEqual(['Ăn sáng miễn phí cho người già'])
    expect(await titlesOf(users.commune.auth, `org=${tree.communeA.id}&state=draft`)).toEqual(['Bữa cơm có thịt cho học trò', 'Cô giáo Ngọc', 'Dân vận khéo ở xóm Trại'])

    // Another commune's office lists only the commended models of this one (to find what to adopt).
    expect((await call(t.app, users.ward.auth, 'GET', `${base}?org=${tree.communeA.id}`)).status).toBe(403)
    expect(await titlesOf(users.ward.auth, `org=${tree.communeA.id}&state=commended`)).toEqual(['Ánh sáng đường quê'])
    expect((await call(t.app, users.member.auth, 'GET', `${base}?org=${tree.cellA1.id}&state=commended`)).status).toBe(403)
    const forged = await call(t.app, users.commune.auth, 'GET', `${base}?org=${tree.communeA.id}&cursor=bm9wZQ`)
    expect(forged.status).toBe(422)
  })
})

describe('deleting', () => {
  it('takes only a draft never nominated', async () => {
    const { tree, users } = await modelsSetup(t)
    const draft = await createModel(t, users.school.auth, { title: 'Bản nháp sẽ xóa', organizationId: tree.schoolA.id })
    const nominated = await createModel(t, users.school.auth, { title: 'Đã đề cử rồi bị trả lại', organizationId: tree.schoolA.id })
    await nominate(t, nominated.id, tree.schoolA.id, tree.communeA.id, 'declined')
    expect((await call(t.app, users.school.auth, 'GET', `${base}/${nominated.id}`)).body).toMatchObject({ state: 'draft', nominationCount: 1, abilities: { delete: false } })
    const refused = await call(t.app, users.school.auth, 'DELETE', `${base}/${nominated.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.message).toBe('Gương điển hình này đã được đề cử nên không xóa được (lịch sử đề cử phải được giữ lại).')
    expect((await call(t.app, users.inspector.auth, 'DELETE', `${base}/${draft.id}`)).status).toBe(403)
    expect((await call(t.app, users.school.auth, 'DELETE', `${base}/${draft.id}`)).status).toBe(204)
    expect((await call(t.app, users.school.auth, 'GET', `${base}/${draft.id}`)).status).toBe(404)
  })
})
