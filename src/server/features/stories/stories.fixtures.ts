// Test fixtures of stories: the article this product started from (../shared/reference/seed-article.vi.txt) as a
// story's fields, models inserted directly (their own routes are another feature's), photos and multipart forms.
import sharp from 'sharp'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../db/client.ts'
import { withAuth, type Auth } from '../../test/harness.ts'
import { models } from '../models/models.table.ts'

export const SEED = {
  title: 'Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng: Tự giác học và làm theo gương Bác',
  byline: 'NG.ĐOAN (ghi)',
  lead: 'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở thành công việc thường xuyên ở các tổ chức đảng, cơ quan, đơn vị, của cán bộ, đảng viên và nhân dân. Đặc biệt, học và làm theo Bác đã trở thành sự tự giác của các tập thể, cá nhân.',
  paragraphs: [
    'Triển khai thực hiện Chỉ thị 05 của Bộ Chính trị (khóa XII), cấp ủy đảng, chính quyền, cơ quan, ban, ngành, đoàn thể các cấp trong tỉnh tăng cường lãnh đạo, chỉ đạo vừa toàn diện, vừa trọng tâm.',
    'Tác phong, lề lối làm việc của cán bộ, đảng viên, công chức, viên chức có chuyển biến tích cực theo hướng khoa học, sát thực tế, gần dân, phục vụ nhân dân, khắc phục tình trạng quan liêu, xa dân.',
    'Thời gian tới, cấp ủy các cấp cần chủ động xây dựng kế hoạch, giải pháp khắc phục những hạn chế, khuyết điểm đã chỉ ra và những vấn đề mới phát sinh trong thực hiện nhiệm vụ.',
  ],
  caption: 'Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng kiểm tra công tác chuẩn bị bầu cử sớm tại Nam Giang',
  credit: 'ALĂNG NGƯỚC',
  tags: ['Chỉ thị 05', 'Nêu gương', 'chi thi 05', 'Học và làm theo Bác'],
}

export const seedBody = () => SEED.paragraphs.map((p) => `<p>${p}</p>`).join('')

export const seedStory = (organizationId: string, extra: Record<string, unknown> = {}) => ({
  organizationId, title: SEED.title, byline: SEED.byline, lead: SEED.lead, body: seedBody(), tags: SEED.tags, ...extra,
})

/** A model of a unit (a practice by default), inserted as its own feature would keep it. */
export async function makeModel(db: Db, organizationId: string, extra: Partial<typeof models.$inferInsert> = {}) {
  const [row] = await db.insert(models).values({
    kind: 'practice', title: 'Mô hình "Dân vận khéo" ở khu dân cư', area: 'style', organizationId, summary: 'Cán bộ gần dân, lắng nghe và giải quyết kịp thời kiến nghị của nhân dân.', ...extra,
  }).returning()
  return row
}

/** A photo from a phone: turned on its side by EXIF, with the camera's make and a GPS position. */
export const phonePhoto = (width = 900, height = 600) => sharp({ create: { width, height, channels: 3, background: '#2f6f4f' } })
  .jpeg({ quality: 90 }).withMetadata({ orientation: 6 })
  .withExifMerge({ IFD0: { Make: 'DienThoaiRe', Model: 'X1' }, IFD3: { GPSMapDatum: 'WGS-84', GPSLatitudeRef: 'N', GPSLatitude: '15/1 34/1 0/1' } })
  .toBuffer()
export const webpPhoto = (width = 640, height = 480) => sharp({ create: { width, height, channels: 3, background: '#993333' } }).webp().toBuffer()
export const pngPhoto = (width = 64, height = 48) => sharp({ create: { width, height, channels: 4, background: '#3366cc' } }).png().toBuffer()

export interface FilePart { name: string; type: string; bytes: Buffer }

/** A multipart body as a browser's FormData sends it (boundary and all). */
export async function form(fields: Record<string, string>, files: FilePart[]) {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  for (const f of files) data.append('file', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  const request = new Request('http://localhost/', { method: 'POST', body: data })
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! }
}

export async function uploadPhoto(app: FastifyInstance, auth: Auth, storyId: string, files: FilePart[], fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const { payload, contentType } = await form(fields, files)
  const res = await app.inject(withAuth(auth, { method: 'POST', url: `/api/v1/stories/${storyId}/photos`, payload, headers: { 'content-type': contentType, ...headers } }))
  return { status: res.statusCode, body: res.json() }
}
