// Files sent with citizens' feedback: what a file is, decided by its content (never by its declared type or name);
// photos decoded and re-encoded (turned upright, every metadata such as GPS dropped, at most 2048 px); PDFs checked for
// active content and kept as sent; clean file names; and the rows kept in the database with the case.
import { createHash } from 'node:crypto'
import { and, asc, eq } from 'drizzle-orm'
import sharp, { type Metadata } from 'sharp'
import { FEEDBACK_MAX_FILE_BYTES, FEEDBACK_MAX_IMAGE_SIDE, type FeedbackAttachment, type FeedbackAttachmentType } from '../../../common/contracts/feedback.attachments.ts'
import { nfc } from '../../../common/text/index.ts'
import type { Tx } from '../../db/client.ts'
import { AppError, notFound } from '../../lib/errors.ts'
import type { MessageKey } from '../../lib/messages.ts'
import type { Upload } from '../../lib/uploads.ts'
import { screenPdf, type PdfProblem } from './feedback.pdf.ts'
import { feedbackAttachments } from './feedback.table.ts'

/** Decompression bombs: an image declaring more pixels than this is refused before it is decoded. */
export const MAX_INPUT_PIXELS = 40_000_000
const JPEG_QUALITY = 82

export type { Upload }

export interface VerifiedAttachment {
  fileName: string
  mediaType: FeedbackAttachmentType
  size: number
  sha256: string
  width: number | null
  height: number | null
  data: Buffer
}

type Kind = 'jpeg' | 'png' | 'webp' | 'pdf'
const MEDIA: Record<Kind, FeedbackAttachmentType> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' }
const EXTENSION: Record<Kind, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', pdf: 'pdf' }

const startsWith = (bytes: Buffer, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b)
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

/** The file's kind by its first bytes (magic numbers); null for anything else (SVG, HTML, archives, executables…). */
export function sniff(bytes: Buffer): Kind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf'
  return null
}

const refuse = (code: 'validation_failed' | 'unsupported_media_type', key: MessageKey, name: string, params: Record<string, string | number> = {}) =>
  new AppError(code, key, { name, ...params }, { fields: [{ path: 'files', message: key }] })

/** The sender's name without folders, control or format characters, or punctuation beyond a little. */
function cleanBase(raw: string | undefined): string {
  const last = nfc(raw ?? '').split(/[\\/]/).pop() ?? ''
  const base = last.replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N} ._(),+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  return [...base].slice(0, 100).join('').trim()
}

/**
 * A clean name for downloads: NFC, no folders, no control or format characters, letters (Vietnamese included), digits
 * and a little punctuation, at most 100 characters, and the extension of what the file really is.
 */
export function cleanFileName(raw: string | undefined, extension: string, fallback = 'tep-dinh-kem'): string {
  const base = cleanBase(raw).replace(/\.[A-Za-z0-9]{1,5}$/, '').trim()
  return `${base || fallback}.${extension}`
}

/** Decodes and re-encodes a photo: upright by EXIF, no metadata, long side ≤ 2048 px; JPEG and WebP stay lossy, PNG lossless. */
async function reencode(bytes: Buffer, kind: Exclude<Kind, 'pdf'>, name: string): Promise<{ data: Buffer; kind: Kind; width: number; height: number }> {
  // 'error': a cut-off or damaged photo is refused; a mere warning (stray bytes some phones write) is not, since the
  // pixels are re-encoded anyway.
  const open = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', autoOrient: true, sequentialRead: true })
  let meta: Metadata
  try {
    // The header only (no pixels decoded): the size is checked here so a bomb gets its own message.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw refuse('validation_failed', 'feedbackImageUnreadable', name)
  }
  if (meta.format !== kind) throw refuse('validation_failed', 'feedbackImageUnreadable', name)
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_INPUT_PIXELS) throw refuse('validation_failed', 'feedbackImageTooManyPixels', name, { max: MAX_INPUT_PIXELS / 1_000_000 })
  const resized = () => open().resize({ width: FEEDBACK_MAX_IMAGE_SIDE, height: FEEDBACK_MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
  try {
    // Without keepMetadata/withMetadata sharp writes no EXIF, XMP or IPTC: GPS, camera and device data are gone.
    const encode = (target: Kind) =>
      target === 'png' ? resized().png({ compressionLevel: 9 })
        : target === 'webp' ? resized().webp({ quality: JPEG_QUALITY })
          : resized().flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
    let target: Kind = kind
    let out = await encode(target).toBuffer({ resolveWithObject: true })
    // A photo sent as PNG can grow past the limit when re-encoded losslessly: then it is stored as JPEG.
    if (target === 'png' && out.data.length > FEEDBACK_MAX_FILE_BYTES) {
      target = 'jpeg'
      out = await encode(target).toBuffer({ resolveWithObject: true })
    }
    return { data: out.data, kind: target, width: out.info.width, height: out.info.height }
  } catch {
    throw refuse('validation_failed', 'feedbackImageUnreadable', name)
  }
}

const PDF_PROBLEM: Record<PdfProblem, MessageKey> = {
  invalid: 'feedbackPdfInvalid', encrypted: 'feedbackPdfEncrypted', active: 'feedbackPdfActive', unchecked: 'feedbackPdfUnchecked',
}

/**
 * One uploaded file made safe to keep, or refused with a clear reason. `neutralName` (anonymous senders) replaces the
 * device's file name, which may name the sender, with "tep-dinh-kem-N".
 */
export async function verifyAttachment(upload: Upload, neutralName: string | null): Promise<VerifiedAttachment> {
  // Named in messages as the sender knows it (cleaned: it goes back in a JSON message).
  const shown = cleanBase(upload.fileName) || 'tep-dinh-kem'
  if (upload.bytes.length === 0) throw refuse('validation_failed', 'feedbackFileEmpty', shown)
  const kind = sniff(upload.bytes)
  if (!kind) throw refuse('unsupported_media_type', 'feedbackFileType', shown)
  let data = upload.bytes
  let stored: Kind = kind
  let size: { width: number; height: number } | null = null
  if (kind === 'pdf') {
    const problem = screenPdf(upload.bytes)
    if (problem) throw refuse('validation_failed', PDF_PROBLEM[problem], shown)
  } else {
    const image = await reencode(upload.bytes, kind, shown)
    data = image.data
    stored = image.kind
    size = { width: image.width, height: image.height }
  }
  return {
    fileName: cleanFileName(neutralName ?? upload.fileName, EXTENSION[stored]),
    mediaType: MEDIA[stored], size: data.length, sha256: createHash('sha256').update(data).digest('hex'),
    width: size?.width ?? null, height: size?.height ?? null, data,
  }
}

/** Every file of a submission, one after the other (each image is decoded off the main thread by libvips). */
export async function verifyAttachments(uploads: Upload[], anonymous: boolean): Promise<VerifiedAttachment[]> {
  const out: VerifiedAttachment[] = []
  for (const [i, upload] of uploads.entries()) out.push(await verifyAttachment(upload, anonymous ? `tep-dinh-kem-${i + 1}` : null))
  return out
}

/** Called inside the transaction that writes the case: all files or none. */
export async function insertAttachments(tx: Tx, caseId: string, files: VerifiedAttachment[]): Promise<void> {
  if (files.length === 0) return
  await tx.insert(feedbackAttachments).values(files.map((f) => ({
    caseId, fileName: f.fileName, mediaType: f.mediaType, size: f.size, sha256: f.sha256, width: f.width, height: f.height, data: f.data,
  })))
}

/** The attachments of a case as listed (never the bytes). */
export async function caseAttachments(db: Tx, caseId: string): Promise<FeedbackAttachment[]> {
  const rows = await db.select({
    id: feedbackAttachments.id, fileName: feedbackAttachments.fileName, mediaType: feedbackAttachments.mediaType,
    size: feedbackAttachments.size, width: feedbackAttachments.width, height: feedbackAttachments.height,
  }).from(feedbackAttachments).where(eq(feedbackAttachments.caseId, caseId)).orderBy(asc(feedbackAttachments.createdAt), asc(feedbackAttachments.id))
  return rows.map((r) => ({ ...r, mediaType: r.mediaType as FeedbackAttachmentType }))
}

/** One attachment of this case with its bytes; another case's attachment is "not found". */
export async function caseAttachment(db: Tx, caseId: string, attachmentId: string) {
  const [row] = await db.select().from(feedbackAttachments).where(and(eq(feedbackAttachments.caseId, caseId), eq(feedbackAttachments.id, attachmentId)))
  if (!row) throw notFound('feedbackAttachmentNotFound')
  return { ...row, mediaType: row.mediaType as FeedbackAttachmentType, data: Buffer.from(row.data) }
}
