// Published stories without an account (public by design: the unit's articles for the people). Drafts answer exactly
// as unknown ids; nothing internal is shown; the model links to its showcase page only when that page is public and,
// for a person, only with their recorded consent; photos are cached with an ETag.
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { PublicStory, PublicStorySummary, StoryDetail } from '../../../common/contracts/stories.ts'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { models } from '../models/models.table.ts'
import { makeModel, SEED, seedBody, seedStory, uploadPhoto, webpPhoto } from './stories.fixtures.ts'
import { stories } from './stories.table.ts'

const t = useTestApp()
const base = '/api/v1/stories'
const pub = '/api/v1/public/stories'
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
  const write = async (extra: Record<string, unknown> = {}, publish = true) => {
    const story = (await call(t.app, office.auth, 'POST', base, seedStory(tree.schoolA.id, extra))).body as StoryDetail
    if (publish) expect((await call(t.app, office.auth, 'POST', `${base}/${story.id}/publish`)).status).toBe(200)
    return story
  }
  return { db, tree, office, write }
}

const ids = (body: { items: PublicStorySummary[] }) => body.items.map((s) => s.id)

describe('public stories', () => {
  it('shows a published story to anyone, and a draft exactly as an unknown id', async () => {
    const { tree, office, write } = await setup()
    const story = await write({ tags: ['Chỉ thị 05', 'Nêu gương'] })
    const draft = await write({ title: 'Bản nháp chưa đăng của chi bộ' }, false)

    const read = await call(t.app, null, 'GET', `${pub}/${story.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toEqual({
      id: story.id, title: SEED.title, lead: SEED.lead, byline: SEED.byline, tags: ['Chỉ thị 05', 'Nêu gương'], publishedAt: expect.any(String),
      unit: { name: tree.schoolA.name }, model: null, cover: null, body: seedBody(), photos: [],
    } satisfies PublicStory)
    // Nothing internal: no unit id or path, no account, no status.
    const text = JSON.stringify(read.body)
    for (const secret of [tree.schoolA.id, tree.schoolA.path, office.account.id, 'draft', 'createdBy', 'organizationId']) expect(text).not.toContain(secret)

    const hidden = await call(t.app, null, 'GET', `${pub}/${draft.id}`)
    const unknown = await call(t.app, null, 'GET', `${pub}/${UNKNOWN}`)
    expect(hidden.status).toBe(404)
    expect({ ...hidden.body.error, requestId: null }).toEqual({ ...unknown.body.error, requestId: null })
    expect(ids((await call(t.app, null, 'GET', pub)).body)).not.toContain(draft.id)

    // Taken down: gone from the list and the page.
    await call(t.app, office.auth, 'POST', `${base}/${story.id}/unpublish`)
    expect((await call(t.app, null, 'GET', `${pub}/${story.id}`)).status).toBe(404)
    expect(ids((await call(t.app, null, 'GET', pub)).body)).not.toContain(story.id)
  })

  it('lists newest first, searches without diacritics, filters by tag and model, and pages', async () => {
    const { db, tree, write } = await setup()
    const model = await makeModel(db, tree.cellA1.id, { title: 'Mô hình "Tổ dân phố tự quản"' })
    const marker = `Khánh Hòa ${Date.now()}`
    const a = await write({ title: `${marker}: Đảng bộ xã sơ kết Chỉ thị 05`, tags: ['Sơ kết'] })
    const b = await write({ title: `${marker}: Tổ dân phố tự quản giữ gìn vệ sinh`, tags: ['Dân vận khéo', 'Môi trường'], modelId: model.id })
    await write({ title: `${marker}: bài chưa đăng`, tags: ['Sơ kết'] }, false)
    expect(ids((await call(t.app, null, 'GET', `${pub}?q=${encodeURIComponent(marker)}`)).body)).toEqual([b.id, a.id])
    const folded = `${marker.replace('Khánh Hòa', 'KHANH hoa')}: to dan pho`
    expect(ids((await call(t.app, null, 'GET', `${pub}?q=${encodeURIComponent(folded)}`)).body)).toEqual([b.id])
    expect(ids((await call(t.app, null, 'GET', `${pub}?q=${encodeURIComponent(marker)}&tag=${encodeURIComponent('so ket')}`)).body)).toEqual([a.id])
    expect(ids((await call(t.app, null, 'GET', `${pub}?tag=${encodeURIComponent('DÂN VẬN KHÉO')}&q=${encodeURIComponent(marker)}`)).body)).toEqual([b.id])
    expect(ids((await call(t.app, null, 'GET', `${pub}?model=${model.id}`)).body)).toEqual([b.id])

    // 21 more: a page holds 20, the cursor brings the rest, nothing repeated or skipped.
    const many = `Trang ${Date.now()}`
    const [row] = await db.select().from(stories).where(eq(stories.id, a.id))
    const base = row.publishedAt!.getTime()
    const inserted = await db.insert(stories).values(Array.from({ length: 21 }, (_, i) => ({
      organizationId: tree.schoolA.id, title: `${many} số ${i}`, lead: SEED.lead, body: '<p>Nội dung.</p>', status: 'published', publishedAt: new Date(base - (i % 3) * 1000),
    }))).returning({ id: stories.id })
    const first = await call(t.app, null, 'GET', `${pub}?q=${encodeURIComponent(many)}`)
    expect(first.body.items).toHaveLength(20)
    const second = await call(t.app, null, 'GET', `${pub}?q=${encodeURIComponent(many)}&cursor=${first.body.nextCursor}`)
    expect(second.body.nextCursor).toBeNull()
    expect(new Set([...ids(first.body), ...ids(second.body)])).toEqual(new Set(inserted.map((r) => r.id)))
    expect((await call(t.app, null, 'GET', `${pub}?cursor=xyz`)).status).toBe(422)
  })

  it("links the model's showcase page only when it is public, and a person's only with their consent", async () => {
    const { db, tree, write } = await setup()
    const person = await makePerson(db, tree.cellA1, 'Trần Thị Gương')
    const practice = await makeModel(db, tree.cellA1.id, { title: 'Cách làm hay đã công khai', commendedYear: 2025, publishedAt: new Date() })
    const internal = await makeModel(db, tree.cellA1.id, { title: 'Mô hình chưa công khai' })
    const withoutConsent = await makeModel(db, tree.cellA1.id, { kind: 'person', personId: person.id, title: 'Gương đảng viên trẻ tiêu biểu', commendedYear: 2025, publishedAt: new Date() })
    const model = async (modelId: string) => (await call(t.app, null, 'GET', `${pub}/${(await write({ modelId })).id}`)).body.model
    expect(await model(practice.id)).toEqual({ id: practice.id, title: 'Cách làm hay đã công khai' })
    expect(await model(internal.id)).toEqual({ id: null, title: 'Mô hình chưa công khai' })
    const story = await write({ modelId: withoutConsent.id })
    const read = async () => (await call(t.app, null, 'GET', `${pub}/${story.id}`)).body as PublicStory
    expect((await read()).model).toEqual({ id: null, title: 'Gương đảng viên trẻ tiêu biểu' })
    expect(JSON.stringify(await read())).not.toContain(withoutConsent.id)
    await db.update(models).set({ consentRecordedAt: new Date() }).where(eq(models.id, withoutConsent.id))
    expect((await read()).model).toEqual({ id: withoutConsent.id, title: 'Gương đảng viên trẻ tiêu biểu' })
    // Consent withdrawn: the link goes again.
    await db.update(models).set({ consentRecordedAt: null }).where(eq(models.id, withoutConsent.id))
    const listed = (await call(t.app, null, 'GET', `${pub}?model=${withoutConsent.id}`)).body.items as PublicStorySummary[]
    expect(listed.map((s) => s.model)).toEqual([{ id: null, title: 'Gương đảng viên trẻ tiêu biểu' }])
  })

  it("serves a published story's photos with long cache headers and an ETag, and nothing of a draft", async () => {
    const { office, write } = await setup()
    const story = await write({}, false)
    const up = await uploadPhoto(t.app, office.auth, story.id, [{ name: 'anh.webp', type: 'image/webp', bytes: await webpPhoto(1200, 800) }], { caption: SEED.caption, credit: SEED.credit })
    const photo = (up.body as StoryDetail).photos[0]
    const url = `${pub}/${story.id}/photos/${photo.id}`
    expect((await call(t.app, null, 'GET', url)).status).toBe(404)
    await call(t.app, office.auth, 'POST', `${base}/${story.id}/publish`)

    const listed = (await call(t.app, null, 'GET', `${pub}/${story.id}`)).body as PublicStory
    expect(listed.photos).toEqual([{ id: photo.id, caption: SEED.caption, credit: SEED.credit, width: 1200, height: 800 }])
    expect(listed.cover).toEqual({ photoId: photo.id, width: 1200, height: 800 })
    const full = await t.app.inject({ method: 'GET', url })
    expect(full.statusCode).toBe(200)
    expect(full.headers).toMatchObject({ 'content-type': 'image/webp', 'cache-control': 'public, max-age=604800', 'x-content-type-options': 'nosniff' })
    const etag = full.headers.etag as string
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
    const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } })
    expect([again.statusCode, again.body]).toEqual([304, ''])
    const thumb = await t.app.inject({ method: 'GET', url: `${url}?size=thumb` })
    expect(thumb.headers.etag).toBe(etag.replace(/"$/, '-thumb"'))
    expect(thumb.rawPayload.length).toBeLessThan(full.rawPayload.length)
    // A photo of another story, or an unknown one: not found, and never cached.
    const wrong = await t.app.inject({ method: 'GET', url: `${pub}/${UNKNOWN}/photos/${photo.id}` })
    expect([wrong.statusCode, wrong.headers['cache-control']]).toEqual([404, 'no-store'])
    await call(t.app, office.auth, 'POST', `${base}/${story.id}/unpublish`)
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404)
  })
})
