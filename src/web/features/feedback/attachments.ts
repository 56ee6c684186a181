// Files sent with feedback, on the browser's side: what the picker takes (the server decides again, by content), large
// photos shrunk before sending so a cheap phone on a slow line sends ~300 KB instead of 5 MB, the multipart body, and
// the addresses a case's files are read from. Plain functions except shrinkPhoto (canvas): unit-tested in
// attachments.test.ts.
import {
  FEEDBACK_ATTACHMENT_TYPES, FEEDBACK_MAX_FILE_BYTES, FEEDBACK_MAX_FILES, FEEDBACK_MAX_IMAGE_SIDE,
} from '../../../common/contracts/feedback.attachments.ts'
import { formatNumber } from '../../components/format.ts'

export { FEEDBACK_MAX_FILES }
export const MAX_FILE_MB = FEEDBACK_MAX_FILE_BYTES / 1024 / 1024
export const ATTACHMENT_ACCEPT = FEEDBACK_ATTACHMENT_TYPES.join(',')
/** A photo larger than this before shrinking is not even tried (a phone would run out of memory decoding it). */
const MAX_PHOTO_BEFORE_SHRINK = 40 * 1024 * 1024
/** Photos smaller than this are sent as they are. */
const SHRINK_FROM_BYTES = 400 * 1024
const JPEG_QUALITY = 0.82

export type AttachmentProblem = 'type' | 'size' | 'count'

const EXTENSIONS: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' }

/** The type the picker goes by: the browser's, else the extension's (some phones give none). */
export function declaredType(file: Pick<File, 'name' | 'type'>): string {
  if (file.type) return file.type
  return EXTENSIONS[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? ''
}

export const isPhoto = (file: Pick<File, 'name' | 'type'>) => declaredType(file).startsWith('image/')

/** Why a file cannot be sent as it is now (photos are checked for size after shrinking), or null. */
export function attachmentProblem(file: Pick<File, 'name' | 'type' | 'size'>, shrunk: boolean): AttachmentProblem | null {
  const type = declaredType(file)
  if (!(FEEDBACK_ATTACHMENT_TYPES as readonly string[]).includes(type)) return 'type'
  const limit = type.startsWith('image/') && !shrunk ? MAX_PHOTO_BEFORE_SHRINK : FEEDBACK_MAX_FILE_BYTES
  return file.size > limit ? 'size' : null
}

/** The files kept when more are chosen: the first ones up to the limit; the rest are refused as too many. */
export function withinCount<T>(current: T[], chosen: T[]): { kept: T[]; overflow: T[] } {
  const room = Math.max(0, FEEDBACK_MAX_FILES - current.length)
  return { kept: [...current, ...chosen.slice(0, room)], overflow: chosen.slice(room) }
}

/** "312 KB", "4,2 MB" (Vietnamese digit grouping). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
}

/** The long side brought down to 2048 px, the other in proportion. */
export function fittedSize(width: number, height: number, max = FEEDBACK_MAX_IMAGE_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/**
 * A large photo redrawn on a canvas at most 2048 px and saved as JPEG (which also leaves its GPS position and camera
 * data on the phone). Whatever fails — an old browser, too little memory, a larger result — the original is kept.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (!isPhoto(file) || file.size <= SHRINK_FROM_BYTES || typeof createImageBitmap !== 'function') return file
  let bitmap: ImageBitmap | null = null
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
    const size = fittedSize(bitmap.width, bitmap.height)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const context = canvas.getContext('2d')
    if (!context) return file
    // A transparent PNG on white, not black, once it is a JPEG.
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, size.width, size.height)
    context.drawImage(bitmap, 0, 0, size.width, size.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY))
    if (!blob || blob.size >= file.size) return file
    const name = `${file.name.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'anh'}.jpg`
    return new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified })
  } catch {
    return file
  } finally {
    bitmap?.close()
  }
}

/** The multipart body: the same fields as the JSON body (booleans as "true"/"false", empty ones left out), then the files. */
export function feedbackFormData(fields: object, files: File[]): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'boolean') form.append(name, String(value))
    else if (typeof value === 'string' && value !== '') form.append(name, value)
  }
  for (const file of files) form.append('files', file, file.name)
  return form
}

/** A file of a case, for the units reading it (cookie session). */
export const caseAttachmentUrl = (caseId: string, attachmentId: string) => `/api/v1/feedback/${caseId}/attachments/${attachmentId}`

/** A file the sender attached, by the tracking code (which stays in this page's memory and its links). */
export const publicAttachmentUrl = (code: string, attachmentId: string) => `/api/v1/public/feedback/${encodeURIComponent(code)}/attachments/${attachmentId}`
