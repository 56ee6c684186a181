// A story's photos: a phone photo re-encoded upright without its GPS and camera data, with a WebP thumbnail at most
// 480 px wide; captions and credits; other files refused by content; twelve at most; the order; deletion; reading a
// photo or its thumbnail only through a story one may read.
import { eq } from 'drizzle-orm'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { StoryDetail } from '../../../common/contracts/stories.ts'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { phonePhoto, pngPhoto, SEED, seedStory, uploadPhoto, webpPhoto } from './stories.fixtures.ts'
import { storyPhotos } from './stories.table.ts'

const t = useTestApp()
const base = '/api/v1/stories'

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const secretary = await makeUser(db, [{ role: 'secretary', org: tree.schoolA, scope: 'unit' }])
  const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeA }])
  const outsider = await makeUser(db, [{ role: 'office', org: tree.communeB }])
  const story = (await call(t.app, secretary.auth, 'POST', base, seedStory(tree.schoolA.id))).body as StoryDetail
  return { db, tree, secretary, inspector, outsider, story }
}

describe('photos of a story', () => {
  it('re-encodes a phone photo upright without metadata, keeps its caption and credit, and makes a small WebP', async () => {
    const { db, secretary, inspector, story } = await setup()
    const bytes = await phonePhoto(900, 600)
    expect((await sharp(bytes).metadata()).exif?.toString('latin1')).toContain('WGS-84')
    const res = await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'C:\\Ảnh\\Nam Giang <1>.JPG', type: 'image/jpeg', bytes }], { caption: SEED.caption, credit: SEED.credit })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const detail = res.body as StoryDetail
    // Turned upright by its EXIF orientation (6): 600 × 900.
    expect(detail.photos).toEqual([{
      id: expect.any(String), caption: SEED.caption, credit: 'ALĂNG NGƯỚC', position: 0, fileName: 'Nam Giang 1.jpg', mediaType: 'image/jpeg',
      size: expect.any(Number), width: 600, height: 900,
    }])
    expect(detail).toMatchObject({ photoCount: 1, cover: { photoId: detail.photos[0].id, width: 600, height: 900 } })

    const [row] = await db.select().from(storyPhotos).where(eq(storyPhotos.storyId, story.id))
    const meta = await sharp(Buffer.from(row.data)).metadata()
    expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined])
    expect(Buffer.from(row.data).toString('latin1')).not.toMatch(/WGS-84|DienThoaiRe/)
    const thumb = await sharp(Buffer.from(row.thumbData!)).metadata()
    expect([thumb.format, thumb.width, thumb.height, thumb.exif]).toEqual(['webp', 480, 720, undefined])

    // Those who read the story read its photo and thumbnail, privately and never run by the browser.
    const url = `${base}/${story.id}/photos/${row.id}`
    const full = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${inspector.token}` } })
    expect(full.statusCode).toBe(200)
    expect(full.headers).toMatchObject({ 'content-type': 'image/jpeg', 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' })
    expect(full.headers['content-disposition']).toMatch(/^inline; filename="nam-giang-1\.jpg"/)
    expect(full.rawPayload.equals(Buffer.from(row.data))).toBe(true)
    const small = await t.app.inject({ method: 'GET', url: `${url}?size=thumb`, headers: { authorization: `Bearer ${inspector.token}` } })
    expect(small.headers['content-type']).toBe('image/webp')
    expect(small.rawPayload.equals(Buffer.from(row.thumbData!))).toBe(true)

    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'story.photo_added'))
    expect(event).toMatchObject({ entityId: story.id, data: { photoId: row.id } })
  })

  it('keeps a small photo as small, and takes WebP and PNG', async () => {
    const { secretary, story } = await setup()
    const png = await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'so-do.png', type: 'image/png', bytes: await pngPhoto(64, 48) }])
    expect(png.status).toBe(201)
    const webp = await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'anh.webp', type: 'image/webp', bytes: await webpPhoto() }], { credit: 'Báo Quảng Nam' })
    const photos = (webp.body as StoryDetail).photos
    expect(photos.map((p) => [p.mediaType, p.width, p.height, p.caption, p.credit, p.position])).toEqual([
      ['image/png', 64, 48, null, null, 0],
      ['image/webp', 640, 480, null, 'Báo Quảng Nam', 1],
    ])
  })

  it('refuses anything but one JPEG, PNG or WebP photo of at most 5 MB, in words the editor understands', async () => {
    const { db, secretary, story } = await setup()
    const pdf = await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'ke-hoach.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.7\n%%EOF\n') }])
    expect(pdf.status).toBe(415)
    expect(pdf.body.error.message).toBe('Tệp "ke-hoach.pdf" không được nhận: ảnh của bài viết chỉ nhận JPEG, PNG hoặc WebP, xét theo nội dung tệp.')
    const svg = await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'logo.jpg', type: 'image/jpeg', bytes: Buffer.from('<svg onload="alert(1)"></svg>') }], {}, { 'accept-language': 'en' })
    expect(svg.status).toBe(415)
    expect(svg.body.error.message).toBe('File "logo.jpg" is not accepted: a story\'s photos are JPEG, PNG or WebP only, judged by the content.')
    const broken = await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'hong.jpg', type: 'image/jpeg', bytes: (await phonePhoto()).subarray(0, 400) }])
    expect(broken.status).toBe(422)
    const two = await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'a.png', type: 'image/png', bytes: await pngPhoto() }, { name: 'b.png', type: 'image/png', bytes: await pngPhoto() }])
    expect(two.status).toBe(413)
    expect(two.body.error.message).toBe('Mỗi lần tải lên một ảnh, kèm chú thích và nguồn ảnh của nó.')
    const huge = await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'lon.jpg', type: 'image/jpeg', bytes: Buffer.concat([await phonePhoto(), Buffer.alloc(5 * 1024 * 1024)]) }])
    expect(huge.status).toBe(413)
    const none = await call(t.app, secretary.auth, 'POST', `${base}/${story.id}/photos`, { caption: 'Không có ảnh' })
    expect(none.status).toBe(422)
    expect(none.body.error.message).toBe('Chọn một ảnh (JPEG, PNG hoặc WebP) để tải lên.')
    expect(await db.select().from(storyPhotos).where(eq(storyPhotos.storyId, story.id))).toEqual([])
  })

  it('holds twelve photos at most, moves one to another place, edits its caption and deletes it', async () => {
    const { secretary, outsider, story } = await setup()
    const bytes = await pngPhoto(32, 24)
    let detail = story
    for (let i = 1; i <= 12; i++) detail = (await uploadPhoto(t.app, secretary.auth, story.id, [{ name: `anh-${i}.png`, type: 'image/png', bytes }], { caption: `Ảnh ${i}` })).body
    expect(detail.photos.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    const thirteenth = await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'anh-13.png', type: 'image/png', bytes }])
    expect(thirteenth.status).toBe(409)
    expect(thirteenth.body.error.message).toBe('Một bài viết có tối đa 12 ảnh.')

    const last = detail.photos[11]
    const moved = await call(t.app, secretary.auth, 'PATCH', `${base}/${story.id}/photos/${last.id}`, { position: 0, caption: '  Ảnh bìa ', credit: 'NG.ĐOAN' })
    expect(moved.status).toBe(200)
    const order = (moved.body as StoryDetail).photos
    expect(order.map((p) => p.caption)).toEqual(['Ảnh bìa', 'Ảnh 1', 'Ảnh 2', 'Ảnh 3', 'Ảnh 4', 'Ảnh 5', 'Ảnh 6', 'Ảnh 7', 'Ảnh 8', 'Ảnh 9', 'Ảnh 10', 'Ảnh 11'])
    expect(order.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(moved.body.cover.photoId).toBe(last.id)
    const cleared = await call(t.app, secretary.auth, 'PATCH', `${base}/${story.id}/photos/${last.id}`, { caption: null })
    expect(cleared.body.photos[0]).toMatchObject({ caption: null, credit: 'NG.ĐOAN' })

    const removed = await call(t.app, secretary.auth, 'DELETE', `${base}/${story.id}/photos/${order[1].id}`)
    expect(removed.status).toBe(200)
    expect((removed.body as StoryDetail).photos.map((p) => [p.caption, p.position])).toEqual([
      [null, 0], ['Ảnh 2', 1], ['Ảnh 3', 2], ['Ảnh 4', 3], ['Ảnh 5', 4], ['Ảnh 6', 5], ['Ảnh 7', 6], ['Ảnh 8', 7], ['Ảnh 9', 8], ['Ảnh 10', 9], ['Ảnh 11', 10],
    ])
    expect((await uploadPhoto(t.app, secretary.auth, story.id, [{ name: 'anh-moi.png', type: 'image/png', bytes }])).status).toBe(201)

    // Another story's photo, or a photo of a story outside one's reach, is not found.
    const other = (await call(t.app, secretary.auth, 'POST', base, seedStory(story.organization.id))).body as StoryDetail
    expect((await call(t.app, secretary.auth, 'GET', `${base}/${other.id}/photos/${last.id}`)).status).toBe(404)
    expect((await call(t.app, secretary.auth, 'PATCH', `${base}/${other.id}/photos/${last.id}`, { caption: 'x' })).status).toBe(404)
    expect((await call(t.app, outsider.auth, 'GET', `${base}/${story.id}/photos/${last.id}`)).status).toBe(404)
  })
})
