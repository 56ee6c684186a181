// The public showcase is open without an account on purpose (the "public showcase, no account needed"): these
// tests hold what it may and may not show — only published, commended models; a person without consent never named
// or pictured; nothing internal in any answer.
import { eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { makePerson, makeTree, type Tree } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { models } from '../models/models.table.ts'
import { adopt, makeModel, makeStory } from './showcase.fixtures.ts'

const t = useTestApp()
const base = '/api/v1/public/models'
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

type Item = { id: string; title: string; thumbnailUrl: string | null }
const ids = (body: { items: Item[] }) => body.items.map((i) => i.id)
const list = async (query: string) => {
  const res = await call(t.app, null, 'GET', `${base}?${query}`)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body as { items: Item[]; nextCursor: string | null }
}
const inA = (tree: Tree, extra = '') => list(`commune=${tree.communeA.id}${extra}`)

describe('public showcase: the list', () => {
  it('shows only published, commended models, newest commended first, each small', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const older = await makeModel(db, { org: tree.schoolA, title: 'Mô hình “Tổ tự quản an toàn”', year: 2025, published: true, photos: 2 })
    const newer = await makeModel(db, { org: tree.cellA1, title: 'Chi bộ giáo viên đổi mới giờ sinh hoạt', year: 2026, published: true })
    await makeModel(db, { org: tree.cellA2, title: 'Khen thưởng nhưng chưa công khai', year: 2026, published: false })
    await makeModel(db, { org: tree.cellA2, title: 'Bản nháp chưa khen thưởng' })
    await adopt(db, older.model.id, tree.cellB1)

    const body = await inA(tree)
    expect(ids(body)).toEqual([newer.model.id, older.model.id])
    expect(body.nextCursor).toBeNull()
    const item = body.items[1]
    expect(Object.keys(item).sort()).toEqual(['adoptions', 'area', 'commune', 'id', 'kind', 'summary', 'thumbnailUrl', 'title', 'unit', 'year'])
    expect(item).toMatchObject({
      title: 'Mô hình “Tổ tự quản an toàn”', kind: 'practice', area: 'ethics', year: 2025, adoptions: 1,
      unit: { name: 'Đảng bộ Trường THPT An Hòa' }, commune: { name: 'Đảng bộ xã An Hòa' },
      thumbnailUrl: `${base}/${older.model.id}/photos/${older.photos[0].id}?size=thumb`,
    })
    expect(body.items[0].thumbnailUrl).toBeNull()
  })

  it('finds a title, a summary or a unit with or without diacritics, never a unit code', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const a = await makeModel(db, { org: tree.cellA1, title: 'Đường hoa nông thôn mới', summary: 'Người dân  tự nguyện hiến đất mở rộng đường làng.', year: 2026, published: true })
    const b = await makeModel(db, { org: tree.schoolA, title: 'Sổ tay đảng viên điện tử', year: 2026, published: true })
    const search = async (q: string) => ids(await inA(tree, `&q=${encodeURIComponent(q)}`))
    expect(await search('duong hoa')).toEqual([a.model.id])
    expect(await search('ĐƯỜNG HOA')).toEqual([a.model.id])
    expect(await search('hien dat mo rong')).toEqual([a.model.id])
    expect(await search('so tay dang vien')).toEqual([b.model.id])
    expect((await search('truong thpt an hoa')).sort()).toEqual([b.model.id].sort())
    expect(await search('giao vien an hoa')).toEqual([a.model.id])
    expect(await search(tree.cellA1.code)).toEqual([])
    expect(await search('100%_')).toEqual([])
    expect((await search('   ')).sort()).toEqual([a.model.id, b.model.id].sort())
  })

  it('filters by area, kind, year and branch; offers the branches and years that have public models', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const ideology = await makeModel(db, { org: tree.cellA1, title: 'Học tập tư tưởng qua sách nói', area: 'ideology', kind: 'collective', year: 2024, published: true })
    const style = await makeModel(db, { org: tree.cellA2, title: 'Phong cách gần dân', area: 'style', year: 2026, published: true })
    const inB = await makeModel(db, { org: tree.cellB1, title: 'Phường xanh sạch đẹp', area: 'style', year: 2026, published: true })
    expect(ids(await inA(tree, '&area=ideology'))).toEqual([ideology.model.id])
    expect(ids(await inA(tree, '&kind=collective'))).toEqual([ideology.model.id])
    expect(ids(await inA(tree, '&year=2026'))).toEqual([style.model.id])
    expect(ids(await list(`commune=${tree.communeB.id}`))).toEqual([inB.model.id])
    expect(ids(await list(`commune=${tree.communeB.id}&area=ideology`))).toEqual([])

    const notBranch = await call(t.app, null, 'GET', `${base}?commune=${tree.schoolA.id}`)
    expect(notBranch.status).toBe(422)
    expect(notBranch.body.error.details.fields[0]).toMatchObject({ path: 'commune', message: 'Chỉ lọc được theo xã, phường hoặc đơn vị trực thuộc tỉnh.' })
    expect((await call(t.app, null, 'GET', `${base}?commune=${UNKNOWN}`)).status).toBe(422)

    const filters = await call(t.app, null, 'GET', `${base}/filters`)
    expect(filters.status).toBe(200)
    expect(filters.body.communes).toEqual(expect.arrayContaining([{ id: tree.communeA.id, name: 'Đảng bộ xã An Hòa' }, { id: tree.communeB.id, name: 'Đảng bộ phường Bình Minh' }]))
    expect(filters.body.years).toEqual(expect.arrayContaining([2026, 2024]))
    expect(filters.body.years).toEqual([...filters.body.years].sort((x: number, y: number) => y - x))
  })

  it('pages 24 at a time without skipping or repeating ties', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const made = []
    for (let i = 0; i < 26; i++) {
      // Pairs share a publication time: the keyset must not skip or repeat either.
      made.push(await makeModel(db, { org: tree.cellB2, title: `Mô hình số ${i}`, year: 2025 + (i % 2), published: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 4))) }))
    }
    const first = await list(`commune=${tree.communeB.id}`)
    expect(first.items).toHaveLength(24)
    const second = await list(`commune=${tree.communeB.id}&cursor=${first.nextCursor}`)
    expect(second.items).toHaveLength(2)
    expect(second.nextCursor).toBeNull()
    const all = [...ids(first), ...ids(second)]
    const rows = await db.select().from(models).where(inArray(models.id, made.map((m) => m.model.id)))
    rows.sort((x, y) => (y.commendedYear! - x.commendedYear!) || (y.publishedAt!.getTime() - x.publishedAt!.getTime()) || (y.id < x.id ? -1 : 1))
    expect(all).toEqual(rows.map((r) => r.id))
  })

  it('refuses malformed input with 4xx, in English when asked', async () => {
    for (const query of ['area=nope', 'kind=x', 'year=abc', 'commune=x', 'cursor=%%%', `cursor=${Buffer.from(JSON.stringify([2026, 'x; drop', UNKNOWN])).toString('base64url')}`, `q=${'a'.repeat(200)}`, 'org=x']) {
      const res = await call(t.app, null, 'GET', `${base}?${query}`)
      expect(res.status, query).toBe(422)
      expect(res.body.error.code).toBe('validation_failed')
    }
    const en = await call(t.app, null, 'GET', `${base}/not-a-uuid`, undefined, { 'accept-language': 'en' })
    expect(en.status).toBe(422)
    expect(en.body.error.message).toBe('The data is not valid.')
    const missing = await call(t.app, null, 'GET', `${base}/${UNKNOWN}`, undefined, { 'accept-language': 'en' })
    expect(missing.body.error.message).toBe('This model was not found, or it is not (or no longer) public.')
  })

  it('limits each address to 120 reads a minute', async () => {
    const from = (remoteAddress: string) => t.app.inject({ method: 'GET', url: `${base}/${UNKNOWN}`, remoteAddress })
    for (let i = 0; i < 120; i++) expect((await from('203.0.113.9')).statusCode).toBe(404)
    const limited = await from('203.0.113.9')
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.code).toBe('rate_limited')
    expect((await from('203.0.113.10')).statusCode).toBe(404)
  })
})

describe('public showcase: a model', () => {
  it('shows the story, results, commendations, photos, spread and published stories', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const x = await makeModel(db, {
      org: tree.schoolA, title: 'Thư viện xanh', year: 2026, published: true, photos: 2, evidence: 1, issuer: tree.communeA,
      movement: 'Phong trào thi đua Dân vận khéo', story: '<p>Trường <strong>mở</strong> thư viện.</p>', results: '1.200 lượt mượn sách',
    })
    await adopt(db, x.model.id, tree.cellB1, '2026-02-01')
    await adopt(db, x.model.id, tree.schoolB, '2026-04-01', 'Áp dụng ở toàn trường.')
    await adopt(db, x.model.id, other.cellA1, '2026-03-01')
    const about = await makeStory(db, tree.communeA, { title: 'Thư viện giữa sân trường', lead: 'Một mô hình hay.', modelId: x.model.id })
    await makeStory(db, tree.communeA, { title: 'Bản nháp', lead: 'Chưa đăng.', modelId: x.model.id, published: false })

    const res = await call(t.app, null, 'GET', `${base}/${x.model.id}`)
    expect(res.status).toBe(200)
    const m = res.body
    expect(m).toMatchObject({
      id: x.model.id, title: 'Thư viện xanh', kind: 'practice', area: 'ethics', year: 2026, movement: x.movement!.name, person: null,
      story: '<p>Trường <strong>mở</strong> thư viện.</p>', results: '1.200 lượt mượn sách',
      unit: { name: 'Đảng bộ Trường THPT An Hòa' }, commune: { name: 'Đảng bộ xã An Hòa' }, adoptions: 3,
    })
    expect(m.commendations).toEqual([{ form: 'certificate', title: 'Điển hình tiên tiến năm 2026', issuer: 'Đảng bộ xã An Hòa', number: x.commendation!.number, signedOn: '2026-11-20' }])
    expect(m.photos).toEqual(x.photos.map((p, i) => ({
      id: p.id, caption: `Ảnh ${i + 1}`, credit: 'Ảnh: Lê Nhiếp', width: 1200, height: 800,
      url: `${base}/${x.model.id}/photos/${p.id}`, thumbnailUrl: `${base}/${x.model.id}/photos/${p.id}?size=thumb`,
    })))
    expect(m.spread.adoptions).toBe(3)
    // Two units in the ward of this tree, one in a commune of another tree: two branches reached.
    expect(m.spread.communes).toBe(2)
    expect(m.spread.units.map((u: { unit: string }) => u.unit)).toEqual(['Đảng bộ Trường THCS Bình Minh', other.cellA1.name, 'Chi bộ Giáo viên Bình Minh'])
    expect(m.spread.units[0]).toEqual({ unit: 'Đảng bộ Trường THCS Bình Minh', commune: 'Đảng bộ phường Bình Minh', adoptedOn: '2026-04-01', result: 'Áp dụng ở toàn trường.' })
    expect(m.stories).toEqual([{ id: about.story.id, title: 'Thư viện giữa sân trường', lead: 'Một mô hình hay.', publishedAt: about.story.publishedAt!.toISOString() }])
  })

  it('answers an unknown, an unpublished and a not-commended model the same 404', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const hidden = await makeModel(db, { org: tree.cellA1, title: 'Chưa công khai', year: 2026, published: false, photos: 1 })
    const draft = await makeModel(db, { org: tree.cellA1, title: 'Chưa khen thưởng' })
    const shown = await makeModel(db, { org: tree.cellA1, title: 'Đã công khai rồi gỡ', year: 2026, published: true, photos: 1 })
    const unknown = await call(t.app, null, 'GET', `${base}/${UNKNOWN}`)
    expect(unknown.status).toBe(404)
    const strip = (b: { error: Record<string, unknown> }) => ({ ...b.error, requestId: undefined })
    for (const id of [hidden.model.id, draft.model.id]) {
      const res = await call(t.app, null, 'GET', `${base}/${id}`)
      expect(res.status).toBe(404)
      expect(strip(res.body)).toEqual(strip(unknown.body))
    }
    expect((await call(t.app, null, 'GET', `${base}/${hidden.model.id}/photos/${hidden.photos[0].id}`)).status).toBe(404)

    // Taken down after publication: gone from the list, the page and the photos.
    expect((await call(t.app, null, 'GET', `${base}/${shown.model.id}/photos/${shown.photos[0].id}`)).status).toBe(200)
    await db.update(models).set({ publishedAt: null }).where(eq(models.id, shown.model.id))
    expect(ids(await inA(tree))).toEqual([])
    expect((await call(t.app, null, 'GET', `${base}/${shown.model.id}`)).status).toBe(404)
    expect((await call(t.app, null, 'GET', `${base}/${shown.model.id}/photos/${shown.photos[0].id}`)).status).toBe(404)
  })

  it('sends photos with long caching and an ETag, small copies on request, never evidence files', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const x = await makeModel(db, { org: tree.cellA1, title: 'Ảnh và minh chứng', year: 2026, published: true, photos: 1, evidence: 1 })
    const y = await makeModel(db, { org: tree.cellA2, title: 'Mô hình khác', year: 2026, published: true, photos: 1 })
    const photo = x.photos[0]
    const full = await t.app.inject({ url: `${base}/${x.model.id}/photos/${photo.id}` })
    expect(full.statusCode).toBe(200)
    expect(full.headers['content-type']).toBe('image/jpeg')
    expect(full.headers['cache-control']).toBe('public, max-age=604800')
    expect(full.headers.etag).toBe(`"${photo.sha256}"`)
    expect(full.headers['x-content-type-options']).toBe('nosniff')
    expect(full.rawPayload.equals(Buffer.from(photo.data))).toBe(true)

    const thumb = await t.app.inject({ url: `${base}/${x.model.id}/photos/${photo.id}?size=thumb` })
    expect(thumb.statusCode).toBe(200)
    expect(thumb.headers['content-type']).toBe('image/webp')
    expect(thumb.headers.etag).toBe(`"${photo.sha256}-t"`)
    expect(thumb.rawPayload.equals(Buffer.from(photo.thumbData!))).toBe(true)

    const again = await t.app.inject({ url: `${base}/${x.model.id}/photos/${photo.id}`, headers: { 'if-none-match': `"${photo.sha256}"` } })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')

    for (const url of [`${base}/${x.model.id}/photos/${x.evidence[0].id}`, `${base}/${x.model.id}/photos/${y.photos[0].id}`, `${base}/${x.model.id}/photos/${UNKNOWN}`]) {
      const res = await t.app.inject({ url })
      expect(res.statusCode, url).toBe(404)
      expect(res.headers['cache-control']).toBe('no-store')
    }
    expect((await t.app.inject({ url: `${base}/${x.model.id}/photos/${photo.id}?size=huge` })).statusCode).toBe(422)
  })

  it('exposes nothing internal: no ids of people, accounts or units, no paths or codes, no evidence, no consent note', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const person = await makePerson(db, tree.cellA1, 'Phan Thị Đồng Ý')
    const x = await makeModel(db, { org: tree.cellA1, kind: 'person', personId: person.id, consent: true, title: 'Tấm gương tận tụy', year: 2026, published: true, photos: 1, evidence: 1 })
    const listed = await inA(tree)
    const page = await call(t.app, null, 'GET', `${base}/${x.model.id}`)
    expect(Object.keys(page.body).sort()).toEqual([
      'adoptions', 'area', 'commendations', 'commune', 'id', 'kind', 'movement', 'person', 'photos', 'results', 'spread', 'stories', 'story', 'summary', 'title', 'unit', 'year',
    ])
    expect(Object.keys(page.body.person).sort()).toEqual(['fullName', 'position'])
    expect(Object.keys(page.body.unit)).toEqual(['name'])
    const text = JSON.stringify([listed, page.body])
    for (const secret of [person.id, tree.cellA1.id, tree.communeA.id, tree.cellA1.path, tree.cellA1.code, 'ghi chú nội bộ', 'minh-chung', x.evidence[0].id, 'consent', 'createdBy', 'personId', 'organizationId', 'sha256']) {
      expect(text).not.toContain(secret)
    }
  })
})

describe('public showcase: consent', () => {
  it('shows a person who has not consented only as the unit and the practice, and hides them again when consent is withdrawn', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const person = await makePerson(db, tree.cellB1, 'Lương Văn Kín')
    const x = await makeModel(db, {
      org: tree.cellB1, kind: 'person', personId: person.id, title: 'Lương Văn Kín — người giữ rừng', summary: 'Ông lương văn kín giữ rừng 20 năm.',
      story: '<p>Câu chuyện về Lương Văn Kín.</p>', year: 2026, published: true, photos: 2,
    })
    const url = `${base}/${x.model.id}`
    const photoUrl = `${url}/photos/${x.photos[0].id}`
    const byName = () => list(`commune=${tree.communeB.id}&q=luong van kin`)
    const hidden = async () => {
      const page = (await call(t.app, null, 'GET', url)).body
      expect(page).toMatchObject({ person: null, photos: [], title: 'L.V.K. — người giữ rừng', summary: 'Ông L.V.K. giữ rừng 20 năm.', story: '<p>Câu chuyện về L.V.K..</p>', unit: { name: 'Chi bộ Giáo viên Bình Minh' } })
      expect(JSON.stringify(page)).not.toMatch(/Lương Văn Kín|lương văn kín/)
      const [item] = (await list(`commune=${tree.communeB.id}`)).items
      expect(item).toMatchObject({ id: x.model.id, thumbnailUrl: null, title: 'L.V.K. — người giữ rừng' })
      expect((await call(t.app, null, 'GET', photoUrl)).status).toBe(404)
      expect((await call(t.app, null, 'GET', `${photoUrl}?size=thumb`)).status).toBe(404)
      expect(ids(await byName())).toEqual([])
      expect(ids(await list(`commune=${tree.communeB.id}&q=van kin`))).toEqual([])
      // Still found by what it is about.
      expect(ids(await list(`commune=${tree.communeB.id}&q=giu rung`))).toEqual([x.model.id])
    }
    await hidden()

    await db.update(models).set({ consentRecordedAt: new Date() }).where(eq(models.id, x.model.id))
    const page = (await call(t.app, null, 'GET', url)).body
    expect(page.person).toEqual({ fullName: 'Lương Văn Kín', position: 'Đảng viên' })
    expect(page.title).toBe('Lương Văn Kín — người giữ rừng')
    expect(page.photos).toHaveLength(2)
    expect((await call(t.app, null, 'GET', photoUrl)).status).toBe(200)
    expect(ids(await byName())).toEqual([x.model.id])
    expect((await list(`commune=${tree.communeB.id}`)).items[0].thumbnailUrl).toBe(`${photoUrl}?size=thumb`)

    // Withdrawn: hidden again, everywhere.
    await db.update(models).set({ consentRecordedAt: null }).where(eq(models.id, x.model.id))
    await hidden()
  })
})
