// Test fixtures of the showcase: a model written straight into its tables (the models and nominations slices own the
// steps that get it there), commended by a decision, published, with photos, evidence, adoptions and stories.
import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { modelAdoptions, modelFiles, models, movements } from '../models/models.table.ts'
import { commendations, nominations } from '../nominations/nominations.table.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { rubricForYear } from '../rubrics/rubrics.query.ts'
import { stories, storyPhotos } from '../stories/stories.table.ts'

let n = 0
/** Bytes that start like a JPEG (the route never decodes them). */
export const jpegBytes = (seed: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`photo ${seed}`)])
/** Bytes that start like a WebP (the small copies). */
export const webpBytes = (seed: string) => Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBP'), Buffer.from(`thumb ${seed}`)])
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')

export interface ModelSpec {
  org: OrgRow
  title: string
  summary?: string
  kind?: 'person' | 'collective' | 'practice'
  area?: 'ideology' | 'ethics' | 'style'
  personId?: string
  consent?: boolean
  /** Commended in that year by a decision of `issuer` (default: the model's unit). */
  year?: number
  issuer?: OrgRow
  published?: boolean | Date
  photos?: number
  evidence?: number
  story?: string
  results?: string
  movement?: string
}

export async function makeModel(db: Db, spec: ModelSpec) {
  const i = ++n
  const movement = spec.movement
    ? (await db.insert(movements).values({ organizationId: spec.org.id, name: `${spec.movement} ${i}`, startsOn: '2024-01-01' }).returning())[0]
    : null
  const [model] = await db.insert(models).values({
    kind: spec.kind ?? 'practice', title: spec.title, area: spec.area ?? 'ethics', organizationId: spec.org.id, personId: spec.personId ?? null,
    summary: spec.summary ?? `Tóm tắt của ${spec.title}`, story: spec.story ?? '<p>Câu chuyện.</p>', results: spec.results ?? 'Kết quả đo được.',
    movementId: movement?.id ?? null, consentRecordedAt: spec.consent ? new Date() : null, consentNote: spec.consent ? 'Bản đồng ý ký ngày 12/3/2026 (ghi chú nội bộ)' : null,
  }).returning()
  let commendation = null
  if (spec.year) {
    const issuer = spec.issuer ?? spec.org
    ;[commendation] = await db.insert(commendations).values({
      organizationId: issuer.id, year: spec.year, number: `${100 + i}-QĐ/ĐU`, signedOn: `${spec.year}-11-20`, form: 'certificate',
      title: `Điển hình tiên tiến năm ${spec.year}`, signerName: 'Trần Văn Ký', signerTitle: 'Bí thư',
    }).returning()
    await db.insert(nominations).values({
      modelId: model.id, year: spec.year, nominatedByOrgId: spec.org.id, reason: 'Có nhiều đóng góp.', atOrgId: issuer.id, status: 'commended', commendationId: commendation.id,
      rubricId: (await rubricForYear(db, spec.year))!.id,
    })
    const publishedAt = spec.published === true ? new Date() : spec.published || null
    await db.update(models).set({ commendedYear: spec.year, publishedAt }).where(eq(models.id, model.id))
  }
  const photos = []
  for (let k = 0; k < (spec.photos ?? 0); k++) {
    const data = jpegBytes(`${i}-${k}`)
    const [f] = await db.insert(modelFiles).values({
      modelId: model.id, role: 'photo', caption: `Ảnh ${k + 1}`, credit: 'Ảnh: Lê Nhiếp', position: k, thumbData: webpBytes(`${i}-${k}`),
      fileName: `anh-${k + 1}.jpg`, mediaType: 'image/jpeg', size: data.length, sha256: sha(data), width: 1200, height: 800, data,
    }).returning()
    photos.push(f)
  }
  const evidence = []
  for (let k = 0; k < (spec.evidence ?? 0); k++) {
    const data = Buffer.from(`%PDF-1.4 evidence ${i}-${k}`)
    const [f] = await db.insert(modelFiles).values({
      modelId: model.id, role: 'evidence', position: k, fileName: `minh-chung-${k + 1}.pdf`, mediaType: 'application/pdf', size: data.length, sha256: sha(data), data,
    }).returning()
    evidence.push(f)
  }
  return { model, commendation, movement, photos, evidence }
}

export async function adopt(db: Db, modelId: string, org: OrgRow, adoptedOn = '2026-03-01', result = 'Đã áp dụng, giảm một nửa thời gian giải quyết hồ sơ.') {
  await db.insert(modelAdoptions).values({ modelId, organizationId: org.id, adoptedOn, result })
}

export async function makeStory(db: Db, org: OrgRow, spec: { title: string; lead: string; modelId?: string; published?: boolean; photo?: boolean }) {
  const [story] = await db.insert(stories).values({
    organizationId: org.id, modelId: spec.modelId ?? null, title: spec.title, lead: spec.lead, body: '<p>Nội dung.</p>',
    status: spec.published === false ? 'draft' : 'published', publishedAt: spec.published === false ? null : new Date(),
  }).returning()
  let photo = null
  if (spec.photo) {
    const data = jpegBytes(`story-${story.id}`)
    ;[photo] = await db.insert(storyPhotos).values({
      storyId: story.id, caption: 'Ảnh bài viết', fileName: 'anh.jpg', mediaType: 'image/jpeg', size: data.length, sha256: sha(data), width: 1000, height: 600, data,
    }).returning()
  }
  return { story, photo }
}
