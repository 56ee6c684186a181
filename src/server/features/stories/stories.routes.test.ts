// Stories end to end inside the organization: the commune's office writes the seed article for a school, edits it,
// links a model, publishes it and takes it down; the list over a subtree with its filters and pages; refusals in
// Vietnamese and English (422, 409); who reads and who writes.
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { StoryDetail, StoryListItem } from '../../../common/contracts/stories.ts'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { makeModel, SEED, seedBody, seedStory } from './stories.fixtures.ts'
import { stories } from './stories.table.ts'

const t = useTestApp()
const base = '/api/v1/stories'
const en = { 'accept-language': 'en' }

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
  const secretary = await makeUser(db, [{ role: 'secretary', org: tree.schoolA, scope: 'unit' }])
  const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeA }])
  const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
  const neighbour = await makeUser(db, [{ role: 'office', org: tree.communeB }])
  return { db, tree, office, secretary, inspector, member, neighbour }
}

const titles = (body: { items: StoryListItem[] }) => body.items.map((s) => s.title)

describe('writing a story', () => {
  it('keeps the seed article: byline, lead, paragraphs, tags cleaned and de-duplicated; a draft until published', async () => {
    const { db, tree, office, secretary } = await setup()
    const created = await call(t.app, secretary.auth, 'POST', base, seedStory(tree.schoolA.id, { title: `  ${SEED.title}\u200B `, tags: [...SEED.tags, ' Nêu  gương '] }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const story = created.body as StoryDetail
    expect(story).toMatchObject({
      organization: { id: tree.schoolA.id, name: tree.schoolA.name }, model: null, title: SEED.title, byline: 'NG.ĐOAN (ghi)', lead: SEED.lead,
      body: seedBody(), status: 'draft', publishedAt: null, photoCount: 0, cover: null, photos: [],
      abilities: { edit: true, delete: true, publish: true, unpublish: false },
    })
    // "chi thi 05" is "Chỉ thị 05" without its marks, " Nêu  gương " is "Nêu gương": the first spelling stays.
    expect(story.tags).toEqual(['Chỉ thị 05', 'Nêu gương', 'Học và làm theo Bác'])
    expect(story.bodyLength).toBe(SEED.paragraphs.join('\n').length)
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, story.id), eq(auditEvents.action, 'story.created')))
    expect(event).toMatchObject({ organizationId: tree.schoolA.id, entityType: 'story' })
    expect(JSON.stringify(event.data)).not.toContain('Bác')

    // The commune above reads and may edit it; the edit changes only what is sent.
    const read = await call(t.app, office.auth, 'GET', `${base}/${story.id}`)
    expect(read.body.abilities).toEqual({ edit: true, delete: true, publish: true, unpublish: false })
    const edited = await call(t.app, office.auth, 'PATCH', `${base}/${story.id}`, { byline: 'NGỌC ĐOAN', tags: ['Dân vận khéo'] })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ byline: 'NGỌC ĐOAN', tags: ['Dân vận khéo'], title: SEED.title, lead: SEED.lead })
    const [updated] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, story.id), eq(auditEvents.action, 'story.updated')))
    expect(updated.data).toEqual({ fields: ['byline', 'tags'] })
    const cleared = await call(t.app, office.auth, 'PATCH', `${base}/${story.id}`, { byline: null, tags: [] })
    expect(cleared.body).toMatchObject({ byline: null, tags: [] })
  })

  it('publishes a story with a body, takes it down, and deletes only drafts', async () => {
    const { db, tree, secretary } = await setup()
    const empty = await call(t.app, secretary.auth, 'POST', base, { organizationId: tree.schoolA.id, title: 'Bài chưa viết xong', lead: 'Một đoạn mở đầu đủ dài cho bài.' })
    expect(empty.status).toBe(201)
    const refused = await call(t.app, secretary.auth, 'POST', `${base}/${empty.body.id}/publish`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.message).toBe('Bài viết chưa có nội dung: viết nội dung trước khi đăng.')

    const id = (await call(t.app, secretary.auth, 'POST', base, seedStory(tree.schoolA.id))).body.id as string
    const published = await call(t.app, secretary.auth, 'POST', `${base}/${id}/publish`)
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ status: 'published', abilities: { edit: true, delete: false, publish: false, unpublish: true } })
    expect(Date.parse(published.body.publishedAt)).toBeGreaterThan(0)
    const again = await call(t.app, secretary.auth, 'POST', `${base}/${id}/publish`, {}, en)
    expect(again.status).toBe(409)
    expect(again.body.error.message).toBe('The story is already published.')
    const deletePublished = await call(t.app, secretary.auth, 'DELETE', `${base}/${id}`)
    expect(deletePublished.status).toBe(409)
    expect(deletePublished.body.error.message).toBe('Chỉ xóa được bài viết nháp: hãy gỡ bài xuống trước.')
    // A published story can still be corrected, but keeps a body.
    expect((await call(t.app, secretary.auth, 'PATCH', `${base}/${id}`, { title: 'Tự giác học và làm theo gương Bác' })).body.status).toBe('published')
    const emptied = await call(t.app, secretary.auth, 'PATCH', `${base}/${id}`, { body: '<p> </p>' })
    expect([emptied.status, emptied.body.error.message]).toEqual([409, 'Bài viết đã đăng phải có nội dung: gỡ bài xuống trước khi xóa hết nội dung.'])

    const down = await call(t.app, secretary.auth, 'POST', `${base}/${id}/unpublish`)
    expect(down.body).toMatchObject({ status: 'draft', publishedAt: null })
    expect((await call(t.app, secretary.auth, 'POST', `${base}/${id}/unpublish`)).status).toBe(409)
    const [row] = await db.select().from(stories).where(eq(stories.id, id))
    expect(row.publishedAt).toBeNull()

    expect((await call(t.app, secretary.auth, 'DELETE', `${base}/${id}`)).status).toBe(204)
    expect((await call(t.app, secretary.auth, 'GET', `${base}/${id}`)).status).toBe(404)
    const actions = (await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, id))).map((e) => e.action)
    expect(actions).toEqual(['story.created', 'story.published', 'story.updated', 'story.unpublished', 'story.deleted'])
  })

  it('links a model of the subtree or a commended one, and nothing else', async () => {
    const { db, tree, secretary } = await setup()
    const own = await makeModel(db, tree.cellA1.id)
    const neighbours = await makeModel(db, tree.schoolB.id, { title: 'Mô hình của phường bạn' })
    const commended = await makeModel(db, tree.schoolB.id, { title: 'Gương đã được khen thưởng', commendedYear: 2025 })
    const linked = await call(t.app, secretary.auth, 'POST', base, seedStory(tree.schoolA.id, { modelId: own.id }))
    expect(linked.body.model).toEqual({ id: own.id, title: own.title })
    const other = await call(t.app, secretary.auth, 'POST', base, seedStory(tree.schoolA.id, { modelId: commended.id }))
    expect(other.body.model).toEqual({ id: commended.id, title: 'Gương đã được khen thưởng' })
    // Outside and not commended, or unknown: one refusal, so the model's existence does not show.
    for (const modelId of [neighbours.id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await call(t.app, secretary.auth, 'POST', base, seedStory(tree.schoolA.id, { modelId }))
      expect(refused.status).toBe(422)
      expect(refused.body.error.details.fields).toEqual([{ path: 'modelId', message: expect.stringContaining('Không tìm thấy gương điển hình này') }])
    }
    const unlinked = await call(t.app, secretary.auth, 'PATCH', `${base}/${linked.body.id}`, { modelId: null })
    expect(unlinked.body.model).toBeNull()
    expect((await call(t.app, secretary.auth, 'PATCH', `${base}/${linked.body.id}`, { modelId: neighbours.id })).status).toBe(422)
  })

  it('refuses bad fields with clear messages, in Vietnamese and in English', async () => {
    const { tree, secretary } = await setup()
    const post = (extra: Record<string, unknown>, headers: Record<string, string> = {}) => call(t.app, secretary.auth, 'POST', base, seedStory(tree.schoolA.id, extra), headers)
    const short = await post({ title: 'Bác' })
    expect(short.status).toBe(422)
    expect(short.body.error.details.fields).toEqual([{ path: 'title', message: 'Tiêu đề dài từ 5 đến 250 ký tự.' }])
    // Invisible characters do not count.
    const invisible = await post({ title: 'Bác\u200B\u200B\u200B\u200B' }, en)
    expect(invisible.body.error.details.fields).toEqual([{ path: 'title', message: 'The title is 5 to 250 characters long.' }])
    const lead = await post({ lead: 'Ngắn quá' }, en)
    expect(lead.body.error.details.fields).toEqual([{ path: 'lead', message: 'The lead is 10 to 1,000 characters long.' }])
    const tags = await post({ tags: Array.from({ length: 11 }, (_, i) => `Từ khóa ${i}`) })
    expect(tags.body.error.details.fields).toEqual([{ path: 'tags', message: 'Tối đa 10 từ khóa cho một bài viết.' }])
    const longTag = await post({ tags: ['x'.repeat(51)] })
    expect(longTag.body.error.details.fields).toEqual([{ path: 'tags.0', message: 'Mỗi từ khóa dài từ 1 đến 50 ký tự.' }])
    const longBody = await post({ body: `<p>${'Học và làm theo Bác. '.repeat(2400)}</p>` })
    expect(longBody.status).toBe(422)
    expect(longBody.body.error.details.fields[0]).toMatchObject({ path: 'body', message: expect.stringMatching(/^Nội dung bài viết tối đa 50\.000 ký tự \(hiện có 50\.\d{3}\)\.$/) })
    // The limit counts the text, not the markup around it.
    const marked = await post({ body: `<p><strong>${'Học tập '.repeat(5000)}</strong></p>` })
    expect(marked.status).toBe(201)
    const unknownField = await post({ createdBy: secretary.account.id })
    expect(unknownField.status).toBe(422)
  })

  it('stores what the sanitizer keeps: a stored script comes back as text only', async () => {
    const { tree, secretary } = await setup()
    const body = '<p onclick="alert(1)">Đoạn <strong>đậm</strong><script>alert(1)</script><img src=x onerror=alert(1)></p><a href="javascript:alert(1)">bấm</a><a href="https://baoquangnam.vn/">Báo</a>'
    const created = await call(t.app, secretary.auth, 'POST', base, seedStory(tree.schoolA.id, { body }))
    expect(created.body.body).toBe('<p>Đoạn <strong>đậm</strong></p>bấm<a href="https://baoquangnam.vn/" rel="noopener noreferrer nofollow" target="_blank">Báo</a>')
    const read = await call(t.app, secretary.auth, 'GET', `${base}/${created.body.id}`)
    expect(read.body.body).toBe(created.body.body)
    const patched = await call(t.app, secretary.auth, 'PATCH', `${base}/${created.body.id}`, { body: '<svg onload=alert(1)><p>Chỉ còn chữ</p></svg><p>Còn lại</p>' })
    expect(patched.body.body).toBe('<p>Còn lại</p>')
  })
})

describe('reading stories', () => {
  it('lists a subtree newest first with filters (status, model, q without diacritics) and pages', async () => {
    const { db, tree, office, inspector, neighbour } = await setup()
    const model = await makeModel(db, tree.cellA2.id)
    const write = (org: string, title: string, extra: Record<string, unknown> = {}) => call(t.app, office.auth, 'POST', base, seedStory(org, { title, tags: [], ...extra })).then((r) => r.body as StoryDetail)
    const first = await write(tree.schoolA.id, 'Chi bộ Giáo viên học tập chuyên đề năm')
    const second = await write(tree.cellA2.id, 'Dân vận khéo ở khu phố', { modelId: model.id, tags: ['Dân vận'] })
    const third = await write(tree.communeA.id, 'Đảng bộ xã sơ kết Chỉ thị 05')
    await call(t.app, office.auth, 'POST', `${base}/${third.id}/publish`)
    const otherSide = await makeUser(db, [{ role: 'office', org: tree.communeB }])
    await call(t.app, otherSide.auth, 'POST', base, seedStory(tree.communeB.id, { title: 'Bài của phường bạn' }))

    const all = await call(t.app, inspector.auth, 'GET', `${base}?org=${tree.communeA.id}`)
    expect(titles(all.body)).toEqual([third.title, second.title, first.title])
    expect(titles((await call(t.app, office.auth, 'GET', `${base}?org=${tree.schoolA.id}`)).body)).toEqual([second.title, first.title])
    expect(titles((await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&status=published`)).body)).toEqual([third.title])
    expect(titles((await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&model=${model.id}`)).body)).toEqual([second.title])
    expect(titles((await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&q=${encodeURIComponent('chi thi 05')}`)).body)).toEqual([third.title])
    expect(titles((await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&q=${encodeURIComponent('DAN VAN')}`)).body)).toEqual([second.title])
    // The lead and tags are searched too (every story here carries the seed lead); "%" is a character, not a wildcard.
    expect(titles((await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&q=tu%20giac`)).body)).toHaveLength(3)
    expect(titles((await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&q=%25`)).body)).toEqual([])

    const page1 = await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&limit=2`)
    expect(titles(page1.body)).toEqual([third.title, second.title])
    const page2 = await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&limit=2&cursor=${page1.body.nextCursor}`)
    expect(titles(page2.body)).toEqual([first.title])
    expect(page2.body.nextCursor).toBeNull()
    expect((await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&cursor=bm90LWEtY3Vyc29y`)).status).toBe(422)

    // The other ward's office sees none of these, and cannot list this commune.
    expect((await call(t.app, neighbour.auth, 'GET', `${base}?org=${tree.communeA.id}`)).status).toBe(403)
    expect((await call(t.app, neighbour.auth, 'GET', `${base}/${first.id}`)).status).toBe(404)
  })

  it("lists a model's stories over every unit the caller reads", async () => {
    const { db, tree, office, inspector, member, neighbour } = await setup()
    const model = await makeModel(db, tree.cellA1.id, { title: 'Gương được nhân rộng', commendedYear: 2025 })
    const ours = (await call(t.app, office.auth, 'POST', base, seedStory(tree.schoolA.id, { title: 'Xã An Hòa viết về gương', modelId: model.id }))).body as StoryDetail
    const theirs = (await call(t.app, neighbour.auth, 'POST', base, seedStory(tree.communeB.id, { title: 'Phường Bình Minh học tập gương', modelId: model.id }))).body as StoryDetail
    await call(t.app, office.auth, 'POST', base, seedStory(tree.schoolA.id, { title: 'Bài không về gương này' }))
    expect(titles((await call(t.app, inspector.auth, 'GET', `${base}?model=${model.id}`)).body)).toEqual([ours.title])
    expect(titles((await call(t.app, neighbour.auth, 'GET', `${base}?model=${model.id}`)).body)).toEqual([theirs.title])
    const admin = await makeUser(db, [{ role: 'admin', org: tree.root }])
    expect(titles((await call(t.app, admin.auth, 'GET', `${base}?model=${model.id}`)).body)).toEqual([theirs.title, ours.title])
    expect((await call(t.app, member.auth, 'GET', `${base}?model=${model.id}`)).status).toBe(403)
    const neither = await call(t.app, office.auth, 'GET', `${base}?status=draft`)
    expect(neither.status).toBe(422)
    expect(neither.body.error.details.fields).toEqual([{ path: 'org', message: 'Chọn đơn vị (hoặc gương điển hình) để xem bài viết.' }])
  })

  it('lets inspectors read but not write, and members neither', async () => {
    const { tree, secretary, inspector, member } = await setup()
    const id = (await call(t.app, secretary.auth, 'POST', base, seedStory(tree.schoolA.id))).body.id as string
    const read = await call(t.app, inspector.auth, 'GET', `${base}/${id}`)
    expect(read.status).toBe(200)
    expect(read.body.abilities).toEqual({ edit: false, delete: false, publish: false, unpublish: false })
    const edit = await call(t.app, inspector.auth, 'PATCH', `${base}/${id}`, { title: 'Sửa bởi kiểm tra viên' })
    expect(edit.status).toBe(403)
    expect(edit.body.error.message).toBe('Bạn không có quyền thực hiện thao tác này.')
    expect((await call(t.app, inspector.auth, 'POST', base, seedStory(tree.schoolA.id))).status).toBe(403)
    expect((await call(t.app, member.auth, 'GET', `${base}/${id}`)).status).toBe(404)
    expect((await call(t.app, member.auth, 'POST', base, seedStory(tree.cellA1.id))).status).toBe(403)
  })
})
