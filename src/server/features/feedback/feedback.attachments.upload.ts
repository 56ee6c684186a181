// Feedback sent as multipart/form-data: the same fields as the JSON body plus up to three files held in memory
// (the shared reader: lib/uploads.ts). Registered only on the routes that take files.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { FEEDBACK_MAX_FILE_BYTES, FEEDBACK_MAX_FILES } from '../../../common/contracts/feedback.attachments.ts'
import { maxMultipartBytes, readMultipartForm, registerUploads, type UploadLimits } from '../../lib/uploads.ts'
import { verifyAttachments, type VerifiedAttachment } from './feedback.attachments.ts'

/** A field's value: the content (5,000 characters, up to 4 bytes each) with room to spare. */
const LIMITS: UploadLimits = { maxFiles: FEEDBACK_MAX_FILES, maxFileBytes: FEEDBACK_MAX_FILE_BYTES, maxFields: 12, maxFieldBytes: 32 * 1024 }
/** The whole request: three full files and the fields. A longer declared body is refused before it is read. */
export const MAX_MULTIPART_BYTES = maxMultipartBytes(LIMITS)

/** Registers @fastify/multipart in the calling plugin only (the JSON API elsewhere does not take forms). */
export const registerAttachmentUploads = (app: FastifyInstance) => registerUploads(app, LIMITS)

/**
 * preValidation of a route taking feedback: for a multipart request, the body becomes the fields and the files are
 * kept on the request. The checkbox "anonymous" arrives as "true" or "false" (anything else fails validation).
 */
export const readMultipartSubmission = readMultipartForm({
  limits: LIMITS,
  messages: { fileTooLarge: 'feedbackFileTooLarge', tooManyFiles: 'feedbackTooManyFiles', formTooLarge: 'feedbackFormTooLarge', formInvalid: 'feedbackFormInvalid' },
  fieldValue: (name, value) => (name === 'anonymous' && (value === 'true' || value === 'false') ? value === 'true' : value),
})

/** The verified files of this request (none for JSON); the sender's file names are dropped for anonymous senders. */
export function verifiedUploads(req: FastifyRequest, anonymous: boolean): Promise<VerifiedAttachment[]> {
  return verifyAttachments(req.uploads ?? [], anonymous)
}
