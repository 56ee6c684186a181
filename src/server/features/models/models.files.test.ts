// A model's photos and evidence: a phone photo re-encoded upright without EXIF or GPS and given a small WebP copy at
// most 480 px wide; a PDF refused as a photo but kept as evidence; evidence hidden from other units' staff; ten of
// each at most; caption and credit edited; deletion; downloads served safely; photos put in order, the first the cover
// everywhere it shows (the model's page and list, the public showcase, the share card).
import { and, asc, eq, sql } from 'drizzle-orm'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { deflateSync } from 'node:zlib'
import { queryRows } from '../../db/client.ts'
import { call, useTestApp, withAuth } from '../../test/harness.ts'
import { commend, createModel, modelsSetup, phonePhoto, upload } from '../../test/model-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { makeModel } from '../showcase/showcase.fixtures.ts'
import { shareCardFor } from '../showcase/showcase.og.ts'
import { modelFiles } from './models.table.ts'

const t = useTestApp()
const base = '/api/v1/models'

function pdf(): Buffer {
  const content = deflateSync(Buffer.from('BT /F1 12 Tf 20 100 Td (Bien ban) Tj ET'))
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n', 'latin1'),
    Buffer.from(`3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 5 0 R >>\nendobj\n5 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    content,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 6 >>\nstartxref\n0\n%%EOF\n', 'latin1'),
  ])
}

describe('photos', () => {
  it('are re-encoded without metadata, get a small WebP copy and are served with their caption and credit', async () => {
    const { db, tree, users } = await modelsSetup(t)
    const m = await createModel(t, users.school.auth, { title: 'Vườn rau sạch của chi bộ', organizationId: tree.schoolA.id })
    const res = await upload(t, users.school.auth, `${base}/${m.id}/files`, { role: 'photo', caption: 'Đảng viên chăm sóc vườn rau', credit: 'Ảnh: Ngọc Ánh' }, [
      { name: 'IMG_2041.JPG', type: 'image/jpeg', bytes: await phonePhoto(1200, 800) },
    ])
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const [photo] = res.body.photos
    // Turned upright by its EXIF orientation (800 × 1200), at most 2048 px, as JPEG.
    expect(photo).toMatchObject({ role: 'photo', caption: 'Đảng viên chăm sóc vườn rau', credit: 'Ảnh: Ngọc Ánh', fileName: 'IMG_2041.jpg', mediaType: 'image/jpeg', width: 800, height: 1200, hasThumb: true })
    expect(res.body.coverFileId).toBe(photo.id)

    const [row] = await db.select().from(modelFiles).where(eq(modelFiles.id, photo.id))
    const stored = await sharp(Buffer.from(row.data)).metadata()
    expect(stored.exif).toBeUndefined()
    expect(stored.orientation).toBeUndefined()
    const thumb = await sharp(Buffer.from(row.thumbData!)).metadata()
    expect(thumb).toMatchObject({ format: 'webp', width: 480, height: 720 })
    expect(thumb.exif).toBeUndefined()

    const full = await t.app.inject(withAuth(users.inspector.auth, { method: 'GET', url: `${base}/${m.id}/files/${photo.id}` }))
    expect(full.statusCode).toBe(200)
    expect(full.headers).toMatchObject({ 'content-type': 'image/jpeg', 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' })
    const small = await t.app.inject(withAuth(users.inspector.auth, { method: 'GET', url: `${base}/${m.id}/files/${photo.id}?size=thumb` }))
    expect(small.statusCode).toBe(200)
    expect(small.headers['content-type']).toBe('image/webp')
    expect(small.rawPayload.length).toBe(row.thumbData!.length)

    const edited = await call(t.app, users.school.auth, 'PATCH', `${base}/${m.id}/files/${photo.id}`, { caption: 'Vườn rau mùa thu hoạch', credit: null })
    expect(edited.body.photos[0]).toMatchObject({ caption: 'Vườn rau mùa thu hoạch', credit: null })
    const actions = (await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, m.id))).map((e) => e.action)
    expect(actions).toEqual(['model.created', 'model.file_added', 'model.file_updated'])
  })

  it('are images only; evidence may be a PDF and stays inside the unit; ten of each at most', async () => {
    const { tree, users } = await modelsSetup(t)
    const m = await createModel(t, users.school.auth, { title: 'Tổ hòa giải ở cơ sở', organizationId: tree.schoolA.id })
    const url = `${base}/${m.id}/files`
    const asPhoto = await upload(t, users.school.auth, url, { role: 'photo' }, [{ name: 'bien-ban.pdf', type: 'application/pdf', bytes: pdf() }])
    expect(asPhoto.status).toBe(415)
    expect(asPhoto.body.error.message).toBe('Ảnh "bien-ban.pdf" phải là ảnh JPEG, PNG hoặc WebP (tài liệu PDF tải lên ở mục minh chứng).')
    const svg = await upload(t, users.school.auth, url, { role: 'photo' }, [{ name: 'logo.svg', type: 'image/svg+xml', bytes: Buffer.from('<svg onload="alert(1)"/>') }], { 'accept-language': 'en' })
    expect(svg.status).toBe(415)
    expect(svg.body.error.message).toMatch(/^The photo "logo.svg" must be a JPEG/)
    const none = await upload(t, users.school.auth, url, { role: 'photo' }, [])
    expect(none.status).toBe(422)
    expect(none.body.error.details.fields[0].message).toBe('Chọn một ảnh hoặc tệp minh chứng để tải lên.')
    const two = await upload(t, users.school.auth, url, { role: 'evidence' }, [{ name: 'a.pdf', type: 'application/pdf', bytes: pdf() }, { name: 'b.pdf', type: 'application/pdf', bytes: pdf() }])
    expect(two.status).toBe(413)
    expect((await upload(t, users.inspector.auth, url, { role: 'evidence' }, [{ name: 'a.pdf', type: 'application/pdf', bytes: pdf() }])).status).toBe(403)

    const evidence = await upload(t, users.school.auth, url, { role: 'evidence', caption: 'Biên bản họp tổ' }, [{ name: 'Biên bản.pdf', type: 'application/pdf', bytes: pdf() }])
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(201)
    expect(evidence.body.evidence[0]).toMatchObject({ role: 'evidence', fileName: 'Biên bản.pdf', mediaType: 'application/pdf', hasThumb: false })
    const evidenceId = evidence.body.evidence[0].id as string
    const download = await t.app.inject(withAuth(users.commune.auth, { method: 'GET', url: `${url}/${evidenceId}` }))
    expect(download.headers['content-disposition']).toMatch(/^attachment;/)
    expect((await call(t.app, users.commune.auth, 'GET', `${url}/${evidenceId}?size=thumb`)).status).toBe(404)

    // Once commended, another commune's staff read the model and its photos, but never the evidence.
    await commend(t, m.id)
    const photo = await upload(t, users.school.auth, url, { role: 'photo' }, [{ name: 'anh.png', type: 'image/png', bytes: await sharp({ create: { width: 64, height: 48, channels: 3, background: '#123456' } }).png().toBuffer() }])
    const ward = await call(t.app, users.ward.auth, 'GET', `${base}/${m.id}`)
    expect(ward.body.evidence).toEqual([])
    expect(ward.body.photos).toHaveLength(1)
    expect((await t.app.inject(withAuth(users.ward.auth, { method: 'GET', url: `${url}/${photo.body.photos[0].id}` }))).statusCode).toBe(200)
    const hidden = await call(t.app, users.ward.auth, 'GET', `${url}/${evidenceId}`)
    expect(hidden.status).toBe(404)

    for (let i = 1; i < 10; i++) expect((await upload(t, users.school.auth, url, { role: 'evidence' }, [{ name: `bb-${i}.pdf`, type: 'application/pdf', bytes: pdf() }])).status).toBe(201)
    const full = await upload(t, users.school.auth, url, { role: 'evidence' }, [{ name: 'bb-11.pdf', type: 'application/pdf', bytes: pdf() }])
    expect(full.status).toBe(409)
    expect(full.body.error.message).toBe('Mỗi gương điển hình có tối đa 10 tệp minh chứng: xóa bớt trước khi tải thêm.')
    // Photos are counted apart.
    expect((await upload(t, users.school.auth, url, { role: 'photo' }, [{ name: 'anh-2.jpg', type: 'image/jpeg', bytes: await phonePhoto(300, 200) }])).status).toBe(201)

    const removed = await call(t.app, users.school.auth, 'DELETE', `${url}/${evidenceId}`)
    expect(removed.status).toBe(200)
    expect(removed.body.evidence).toHaveLength(9)
    expect((await call(t.app, users.school.auth, 'DELETE', `${url}/${evidenceId}`)).status).toBe(404)
  })

  it('go with the draft they belong to', async () => {
    const { tree, users } = await modelsSetup(t)
    const m = await createModel(t, users.school.auth, { title: 'Bản nháp có ảnh', organizationId: tree.schoolA.id })
    await upload(t, users.school.auth, `${base}/${m.id}/files`, { role: 'photo' }, [{ name: 'a.jpg', type: 'image/jpeg', bytes: await phonePhoto(300, 200) }])
    expect((await call(t.app, users.school.auth, 'DELETE', `${base}/${m.id}`)).status).toBe(204)
    const [{ n }] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from model_files where model_id = ${m.id}`)
    expect(Number(n)).toBe(0)
  })
})

describe('the order of photos', () => {
  /** A commended, published model of the school with three photos (positions 0, 1, 2), as the showcase's tests make one. */
  async function published() {
    const { db, tree, users } = await modelsSetup(t)
    const made = await makeModel(db, { org: tree.schoolA, title: 'Tủ sách pháp luật ở khu dân cư', year: 2026, published: true, photos: 3, evidence: 1 })
    return { db, tree, users, id: made.model.id, photos: made.photos.map((p) => p.id), evidenceId: made.evidence[0].id }
  }
  const positions = async (modelId: string) => (await t.database.db.select({ id: modelFiles.id, position: modelFiles.position }).from(modelFiles)
    .where(and(eq(modelFiles.modelId, modelId), eq(modelFiles.role, 'photo'))).orderBy(asc(modelFiles.position))).map((f) => [f.id, f.position])
  const updates = async (modelId: string) => t.database.db.select({ data: auditEvents.data }).from(auditEvents)
    .where(and(eq(auditEvents.entityId, modelId), eq(auditEvents.action, 'model.file_updated')))

  it('moves the last photo to the front: it is the cover on the model page, the showcase and the share card', async () => {
    const { tree, users, id, photos: [a, b, c] } = await published()
    const url = `${base}/${id}/files`
    const moved = await call(t.app, users.school.auth, 'PATCH', `${url}/${c}`, { position: 0 })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.photos.map((p: { id: string; position: number }) => [p.id, p.position])).toEqual([[c, 0], [a, 1], [b, 2]])
    expect(moved.body.coverFileId).toBe(c)
    expect(await positions(id)).toEqual([[c, 0], [a, 1], [b, 2]])
    const [event] = await updates(id)
    expect(event.data).toEqual({ fileId: c, fields: ['position'], position: { from: 2, to: 0 } })

    const page = await call(t.app, users.inspector.auth, 'GET', `${base}/${id}`)
    expect([page.body.coverFileId, page.body.photos[0].id]).toEqual([c, c])
    const list = await call(t.app, users.school.auth, 'GET', `${base}?org=${tree.schoolA.id}`)
    expect(list.body.items.find((m: { id: string }) => m.id === id).coverFileId).toBe(c)
    const showcase = await call(t.app, null, 'GET', `/api/v1/public/models?q=${encodeURIComponent('tủ sách pháp luật')}`)
    expect(showcase.body.items.map((m: { thumbnailUrl: string }) => m.thumbnailUrl)).toEqual([`/api/v1/public/models/${id}/photos/${c}?size=thumb`])
    const publicPage = await call(t.app, null, 'GET', `/api/v1/public/models/${id}`)
    expect(publicPage.body.photos.map((p: { id: string }) => p.id)).toEqual([c, a, b])
    expect((await shareCardFor(t.database.db, `/cong-khai/guong-dien-hinh/${id}`))?.image?.url).toBe(`/api/v1/public/models/${id}/photos/${c}`)

    // A place past the last is the last; a move and a new caption at once; a deletion closes the gap.
    const last = await call(t.app, users.school.auth, 'PATCH', `${url}/${a}`, { position: 9 })
    expect(last.body.photos.map((p: { id: string }) => p.id)).toEqual([c, b, a])
    const both = await call(t.app, users.commune.auth, 'PATCH', `${url}/${b}`, { position: 0, caption: 'Ảnh bìa mới' })
    expect(both.body.photos.map((p: { id: string; caption: string }) => [p.id, p.caption])).toEqual([[b, 'Ảnh bìa mới'], [c, 'Ảnh 3'], [a, 'Ảnh 1']])
    expect((await updates(id)).map((e) => (e.data as { fields: string[] }).fields)).toEqual([['position'], ['position'], ['caption', 'position']])
    const removed = await call(t.app, users.school.auth, 'DELETE', `${url}/${b}`)
    expect(removed.body.coverFileId).toBe(c)
    expect(await positions(id)).toEqual([[c, 0], [a, 1]])
  })

  it('refuses a bad position, an evidence file or another model’s photo, in Vietnamese or English, and changes nothing', async () => {
    const { db, tree, users, id, photos, evidenceId } = await published()
    const other = await createModel(t, users.school.auth, { title: 'Một gương khác của trường', organizationId: tree.schoolA.id })
    const url = `${base}/${id}/files`
    const before = await positions(id)
    const [{ n: events }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events`)
    for (const position of [-1, 1.5, '0', 10, null]) {
      const res = await call(t.app, users.school.auth, 'PATCH', `${url}/${photos[2]}`, { position, caption: 'Không được lưu' })
      expect(res.status, JSON.stringify(position)).toBe(422)
      expect(res.body.error.details.fields).toEqual([{ path: 'position', message: 'Vị trí của ảnh phải là một số nguyên từ 0 (ảnh bìa) đến 9.' }])
    }
    const en = await call(t.app, users.school.auth, 'PATCH', `${url}/${photos[2]}`, { position: -1 }, { 'accept-language': 'en' })
    expect(en.body.error.details.fields[0].message).toBe('A photo’s position must be a whole number from 0 (the cover) to 9.')
    const evidence = await call(t.app, users.school.auth, 'PATCH', `${url}/${evidenceId}`, { position: 0, caption: 'Không được lưu' })
    expect(evidence.status).toBe(422)
    expect(evidence.body.error.message).toBe('Tài liệu minh chứng không sắp thứ tự: chỉ đổi được thứ tự của hình ảnh.')
    const evidenceEn = await call(t.app, users.school.auth, 'PATCH', `${url}/${evidenceId}`, { position: 0 }, { 'accept-language': 'en' })
    expect(evidenceEn.body.error.message).toBe('Evidence files have no order: only photos can be moved.')
    const elsewhere = await call(t.app, users.school.auth, 'PATCH', `${base}/${other.id}/files/${photos[2]}`, { position: 0 })
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.body.error.message).toBe('Không tìm thấy ảnh hoặc tệp minh chứng này.')
    expect((await call(t.app, users.inspector.auth, 'PATCH', `${url}/${photos[2]}`, { position: 0 })).status).toBe(403)

    expect(await positions(id)).toEqual(before)
    const page = await call(t.app, users.school.auth, 'GET', `${base}/${id}`)
    expect([page.body.coverFileId, page.body.photos[2].caption, page.body.evidence[0].caption]).toEqual([photos[0], 'Ảnh 3', null])
    const [{ n: after }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events`)
    expect(Number(after)).toBe(Number(events))
  })
})
