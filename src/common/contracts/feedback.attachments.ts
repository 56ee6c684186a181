// Photos and documents sent with citizens' feedback: the limits the form and the server share, and an attachment as
// listed on a case (the internal case page and the sender's status page). The bytes are fetched from their own URL.
import { z } from 'zod'
import { Id } from './common.ts'

/** At most this many files with one case. */
export const FEEDBACK_MAX_FILES = 3
/** Each file at most 5 MB as sent (the browser shrinks large photos first). */
export const FEEDBACK_MAX_FILE_BYTES = 5 * 1024 * 1024
/** Photos are stored at most this many pixels on their long side. */
export const FEEDBACK_MAX_IMAGE_SIDE = 2048

export const FEEDBACK_ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const
export const FeedbackAttachmentType = z.enum(FEEDBACK_ATTACHMENT_TYPES)
export type FeedbackAttachmentType = z.infer<typeof FeedbackAttachmentType>

export const FeedbackAttachment = z.object({
  id: Id,
  /** A clean name for downloads (for an anonymous sender a neutral one: "tep-dinh-kem-1.jpg"). */
  fileName: z.string(),
  mediaType: FeedbackAttachmentType,
  /** Bytes as stored (after re-encoding, for images). */
  size: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
})
export type FeedbackAttachment = z.infer<typeof FeedbackAttachment>

export const AttachmentParams = z.strictObject({ id: Id, attachmentId: Id })
export const PublicAttachmentParams = z.strictObject({ code: z.string().min(1).max(64), attachmentId: Id })
