// A story's photos: one uploaded at a time with its caption and credit — JPEG, PNG or WebP by content, decoded and
// re-encoded without metadata (upright, at most 2048 px) as feedback attachments are, with a WebP thumbnail at most
// 480 px wide for lists and slow phones — up to 12 per story, in an order the editor sets. Each change takes the
// story's row lock (the count and the order hold under concurrent uploads) and is audited in its transaction.
import { asc, eq } from 'drizzle-orm'
import { STORY_LIMITS, type UpdateStoryPhotoBody } from '../../../common/contracts/stories.ts'
import { cleanName } from '../../../common/text/index.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts'
import { makeThumbnail } from '../../lib/thumbnail.ts'
import type { Upload } from '../../lib/uploads.ts'
import { sniff, verifyAttachment, type VerifiedAttachment } from '../feedback/feedback.attachments.ts'
import type { StoryView } from './stories.query.ts'
import { stories, storyPhotos } from './stories.table.ts'

/** The one photo of an upload, checked by content and re-encoded; anything but a JPEG, PNG or WebP is refused. */
export async function verifyStoryPhoto(uploads: Upload[]): Promise<VerifiedAttachment> {
  const [upload] = uploads
  if (!upload || upload.bytes.length === 0) throw invalid('storyPhotoRequired', 'file')
  const kind = sniff(upload.bytes)
  if (kind !== 'jpeg' && kind !== 'png' && kind !== 'webp') {
    const name = cleanName(upload.fileName ?? '').replace(/[^\p{L}\p{M}\p{N} ._()-]/gu, '').slice(0, 100) || 'tep'
    throw new AppError('unsupported_media_type', 'storyPhotoType', { name }, { fields: [{ path: 'file', message: 'storyPhotoType' }] })
  }
  return verifyAttachment(upload, null)
}

const cleanOptional = (value: string | null | undefined) => (value ? cleanName(value) || null : null)

/** Locks the story (photos change one at a time) and reads its photos in order. */
async function lockPhotos(tx: Tx, storyId: string) {
  const [locked] = await tx.select({ id: stories.id }).from(stories).where(eq(stories.id, storyId)).for('update')
  if (!locked) throw notFound('storyNotFound')
  return tx.select({ id: storyPhotos.id, position: storyPhotos.position }).from(storyPhotos).where(eq(storyPhotos.storyId, storyId))
    .orderBy(asc(storyPhotos.position), asc(storyPhotos.createdAt), asc(storyPhotos.id))
}

/** Positions 0, 1, 2… in the given order (only the rows whose position changes are written). */
async function renumber(tx: Tx, ordered: { id: string; position: number }[]) {
  for (const [i, p] of ordered.entries()) if (p.position !== i) await tx.update(storyPhotos).set({ position: i }).where(eq(storyPhotos.id, p.id))
}

const touch = (tx: Tx, storyId: string) => tx.update(stories).set({ updatedAt: new Date() }).where(eq(stories.id, storyId))

export async function addStoryPhoto(db: Db, ctx: Ctx, view: StoryView, file: VerifiedAttachment, fields: { caption?: string | null; credit?: string | null }): Promise<string> {
  const thumb = await makeThumbnail(file.data)
  return db.transaction(async (tx) => {
    const photos = await lockPhotos(tx, view.row.id)
    if (photos.length >= STORY_LIMITS.photosMax) throw conflict('storyPhotosFull', { max: STORY_LIMITS.photosMax })
    await renumber(tx, photos)
    const [row] = await tx.insert(storyPhotos).values({
      storyId: view.row.id, caption: cleanOptional(fields.caption), credit: cleanOptional(fields.credit), position: photos.length, thumbData: thumb,
      fileName: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256, width: file.width, height: file.height, data: file.data,
    }).returning({ id: storyPhotos.id })
    await touch(tx, view.row.id)
    await audit(tx, ctx, { action: 'story.photo_added', entityType: 'story', entityId: view.row.id, organizationId: view.org.id, data: { photoId: row.id, size: file.size } })
    return row.id
  })
}

export async function updateStoryPhoto(db: Db, ctx: Ctx, view: StoryView, photoId: string, input: UpdateStoryPhotoBody): Promise<void> {
  await db.transaction(async (tx) => {
    const photos = await lockPhotos(tx, view.row.id)
    const at = photos.findIndex((p) => p.id === photoId)
    if (at < 0) throw notFound('storyPhotoNotFound')
    if (input.position !== undefined) {
      const [moved] = photos.splice(at, 1)
      photos.splice(Math.min(input.position, photos.length), 0, moved)
      await renumber(tx, photos)
    }
    const text: { caption?: string | null; credit?: string | null } = {}
    if (input.caption !== undefined) text.caption = cleanOptional(input.caption)
    if (input.credit !== undefined) text.credit = cleanOptional(input.credit)
    if (Object.keys(text).length) await tx.update(storyPhotos).set(text).where(eq(storyPhotos.id, photoId))
    await touch(tx, view.row.id)
    await audit(tx, ctx, { action: 'story.photo_updated', entityType: 'story', entityId: view.row.id, organizationId: view.org.id, data: { photoId, fields: Object.keys(input) } })
  })
}

export async function deleteStoryPhoto(db: Db, ctx: Ctx, view: StoryView, photoId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const photos = await lockPhotos(tx, view.row.id)
    if (!photos.some((p) => p.id === photoId)) throw notFound('storyPhotoNotFound')
    await tx.delete(storyPhotos).where(eq(storyPhotos.id, photoId))
    await renumber(tx, photos.filter((p) => p.id !== photoId))
    await touch(tx, view.row.id)
    await audit(tx, ctx, { action: 'story.photo_deleted', entityType: 'story', entityId: view.row.id, organizationId: view.org.id, data: { photoId } })
  })
}

/** The photo's bytes, or its thumbnail's, as a file to send. */
export function photoFileOf(row: { fileName: string; mediaType: string; data: Uint8Array; thumbData: Uint8Array | null }, thumb: boolean) {
  if (thumb && row.thumbData) {
    return { fileName: `${row.fileName.replace(/\.[a-z0-9]+$/i, '')}-nho.webp`, mediaType: 'image/webp', data: Buffer.from(row.thumbData) }
  }
  return { fileName: row.fileName, mediaType: row.mediaType, data: Buffer.from(row.data) }
}
