// A model's photos and evidence: each file verified by its content as citizens' feedback attachments are (photos decoded
// and re-encoded upright without any metadata, PDFs screened for active content), photos only JPEG, PNG or WebP with a
// small WebP copy at most 480 px wide for lists on slow phones; at most ten of each per model, counted under a lock on
// the model so two uploads at once cannot pass the limit. Photos are in an order the editors set (positions 0, 1, 2…,
// kept dense under the same lock); the first is the cover.
import { and, asc, eq, sql } from 'drizzle-orm'
import { MODEL_MAX_FILES_PER_ROLE, type ModelFileRole, type UpdateModelFileBody } from '../../../common/contracts/models.ts'
import { queryRows, type Db, type Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts'
import { makeThumbnail } from '../../lib/thumbnail.ts'
import type { Upload } from '../../lib/uploads.ts'
import { cleanFileName, sniff, verifyAttachment, type VerifiedAttachment } from '../feedback/feedback.attachments.ts'
import { modelFiles } from './models.table.ts'

export interface VerifiedModelFile extends VerifiedAttachment {
  thumb: Buffer | null
}


export async function verifyModelFile(upload: Upload, role: ModelFileRole): Promise<VerifiedModelFile> {
  const kind = sniff(upload.bytes)
  // A photo is an image (a PDF or anything else is refused in words about photos); empty files get their own message.
  if (role === 'photo' && upload.bytes.length > 0 && (kind === null || kind === 'pdf')) {
    throw new AppError('unsupported_media_type', 'modelPhotoType', { name: cleanFileName(upload.fileName, /\.([A-Za-z0-9]{1,5})$/.exec(upload.fileName ?? '')?.[1]?.toLowerCase() ?? 'bin') }, { fields: [{ path: 'files', message: 'modelPhotoType' }] })
  }
  const file = await verifyAttachment(upload, null)
  return { ...file, thumb: role === 'photo' ? await makeThumbnail(file.data) : null }
}

export async function addModelFile({ db, ctx, model, role, caption, credit, file }: {
  db: Db
  ctx: Ctx
  model: { id: string; organizationId: string }
  role: ModelFileRole
  caption?: string
  credit?: string
  file: VerifiedModelFile
}): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from models where id = ${model.id} for update`)
    const [{ n, next }] = await queryRows<{ n: number; next: number }>(tx, sql`select count(*)::int as n, coalesce(max(position) + 1, 0)::int as next
      from model_files where model_id = ${model.id} and role = ${role}`)
    if (Number(n) >= MODEL_MAX_FILES_PER_ROLE) throw conflict(role === 'photo' ? 'modelPhotosFull' : 'modelEvidenceFull', { max: MODEL_MAX_FILES_PER_ROLE })
    const [row] = await tx.insert(modelFiles).values({
      modelId: model.id, role, caption: caption || null, credit: credit || null, position: Number(next), thumbData: file.thumb,
      fileName: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256, width: file.width, height: file.height, data: file.data,
    }).returning({ id: modelFiles.id })
    await audit(tx, ctx, { action: 'model.file_added', entityType: 'model', entityId: model.id, organizationId: model.organizationId, data: { fileId: row.id, role, mediaType: file.mediaType } })
    return row.id
  })
}

/** A model's files of one role in their order (read under the model's lock). */
function inOrder(tx: Tx, modelId: string, role: ModelFileRole) {
  return tx.select({ id: modelFiles.id, position: modelFiles.position }).from(modelFiles).where(and(eq(modelFiles.modelId, modelId), eq(modelFiles.role, role)))
    .orderBy(asc(modelFiles.position), asc(modelFiles.createdAt), asc(modelFiles.id))
}

/** Positions 0, 1, 2… in the given order (only the rows whose position changes are written). */
async function renumber(tx: Tx, ordered: { id: string; position: number }[]) {
  for (const [i, f] of ordered.entries()) if (f.position !== i) await tx.update(modelFiles).set({ position: i }).where(eq(modelFiles.id, f.id))
}

/** Locks the model (its files change one at a time) and reads one file's role; another model's file is "not found". */
async function lockFile(tx: Tx, modelId: string, fileId: string): Promise<ModelFileRole> {
  await tx.execute(sql`select id from models where id = ${modelId} for update`)
  const [file] = await tx.select({ role: modelFiles.role }).from(modelFiles).where(and(eq(modelFiles.id, fileId), eq(modelFiles.modelId, modelId)))
  if (!file) throw notFound('modelFileNotFound')
  return file.role as ModelFileRole
}

/**
 * A file's caption and credit, and a photo's place among the model's photos (clamped to the last; the others renumbered
 * 0, 1, 2…): the first photo is the cover of the model's page, the showcase and the share card. Evidence has no order.
 */
export async function updateModelFile({ db, ctx, model, fileId, input }: { db: Db; ctx: Ctx; model: { id: string; organizationId: string }; fileId: string; input: UpdateModelFileBody }) {
  const changes: { caption?: string | null; credit?: string | null } = {}
  if (input.caption !== undefined) changes.caption = input.caption || null
  if (input.credit !== undefined) changes.credit = input.credit || null
  if (Object.keys(changes).length === 0 && input.position === undefined) return
  await db.transaction(async (tx) => {
    const role = await lockFile(tx, model.id, fileId)
    let moved: { from: number; to: number } | undefined
    if (input.position !== undefined) {
      if (role !== 'photo') throw invalid('modelEvidenceUnordered', 'position')
      const photos = await inOrder(tx, model.id, 'photo')
      const from = photos.findIndex((f) => f.id === fileId)
      const [photo] = photos.splice(from, 1)
      const to = Math.min(input.position, photos.length)
      photos.splice(to, 0, photo)
      await renumber(tx, photos)
      moved = { from, to }
    }
    if (Object.keys(changes).length) await tx.update(modelFiles).set(changes).where(and(eq(modelFiles.id, fileId), eq(modelFiles.modelId, model.id)))
    const fields = [...Object.keys(changes), ...(moved ? ['position'] : [])]
    await audit(tx, ctx, { action: 'model.file_updated', entityType: 'model', entityId: model.id, organizationId: model.organizationId, data: { fileId, fields, ...(moved && { position: moved }) } })
  })
}

/** Deletes a file; the others of its role close the gap (0, 1, 2…), so the next photo becomes the cover. */
export async function deleteModelFile({ db, ctx, model, fileId }: { db: Db; ctx: Ctx; model: { id: string; organizationId: string }; fileId: string }) {
  await db.transaction(async (tx) => {
    const role = await lockFile(tx, model.id, fileId)
    await tx.delete(modelFiles).where(and(eq(modelFiles.id, fileId), eq(modelFiles.modelId, model.id)))
    await renumber(tx, await inOrder(tx, model.id, role))
    await audit(tx, ctx, { action: 'model.file_deleted', entityType: 'model', entityId: model.id, organizationId: model.organizationId, data: { fileId } })
  })
}
