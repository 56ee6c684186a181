// Feedback sent as multipart/form-data: the same fields as the JSON body (collected, NFC-normalized and handed to the
// route's own zod schema) plus up to three files held in memory. Registered only on the routes that take files.
import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { FEEDBACK_MAX_FILE_BYTES, FEEDBACK_MAX_FILES } from '../../../common/contracts/feedback.attachments.ts'
import { nfc } from '../../../common/text/index.ts'
import { AppError } from '../../lib/errors.ts'
import type { MessageKey } from '../../lib/messages.ts'
import { verifyAttachments, type Upload, type VerifiedAttachment } from './feedback.attachments.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** Files of a multipart submission, as received (verified by the handler once the fields are valid). */
    feedbackUploads?: Upload[]
  }
}

const MAX_FIELDS = 12
/** A field's value: the content (5,000 characters, up to 4 bytes each) with room to spare. */
const MAX_FIELD_BYTES = 32 * 1024
/** The whole request: three full files and the fields. A longer declared body is refused before it is read. */
export const MAX_MULTIPART_BYTES = FEEDBACK_MAX_FILES * FEEDBACK_MAX_FILE_BYTES + 512 * 1024

/** Registers @fastify/multipart in the calling plugin only (the JSON API elsewhere does not take forms). */
export async function registerAttachmentUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    limits: {
      fileSize: FEEDBACK_MAX_FILE_BYTES, files: FEEDBACK_MAX_FILES, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES,
      fieldNameSize: 100, parts: FEEDBACK_MAX_FILES + MAX_FIELDS, headerPairs: 100,
    },
  })
}

const tooLarge = (key: MessageKey) => new AppError('payload_too_large', key, { files: FEEDBACK_MAX_FILES, mb: FEEDBACK_MAX_FILE_BYTES / 1024 / 1024 }, { fields: [{ path: 'files', message: key }] })
const malformed = () => new AppError('validation_failed', 'feedbackFormInvalid')

/** The multipart plugin's own failures, in our vocabulary (anything else from the parser: a malformed form). */
function fromParser(error: unknown): AppError {
  if (error instanceof AppError) return error
  const code = (error as { code?: string }).code
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge('feedbackFileTooLarge')
  if (code === 'FST_FILES_LIMIT') return tooLarge('feedbackTooManyFiles')
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return tooLarge('feedbackFormTooLarge')
  return malformed()
}

/** Form fields are text: the checkbox "anonymous" arrives as "true" or "false" (anything else fails validation). */
const fieldValue = (name: string, value: string): unknown => (name === 'anonymous' && (value === 'true' || value === 'false') ? value === 'true' : value)

/**
 * preValidation of a route taking feedback: for a multipart request, reads every part (limits enforced while reading),
 * sets the body to the fields and keeps the files on the request. JSON requests pass untouched.
 */
export async function readMultipartSubmission(req: FastifyRequest): Promise<void> {
  if (!req.isMultipart()) return
  if (Number(req.headers['content-length'] ?? 0) > MAX_MULTIPART_BYTES) throw tooLarge('feedbackFormTooLarge')
  const fields: Record<string, unknown> = {}
  const files: Upload[] = []
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer()
        // An empty file input sends a part without a name or bytes: nothing was chosen.
        if (bytes.length > 0 || part.filename) files.push({ fileName: part.filename, bytes })
        continue
      }
      if (part.valueTruncated || part.fieldnameTruncated) throw tooLarge('feedbackFormTooLarge')
      if (typeof part.value !== 'string') throw malformed()
      const name = nfc(part.fieldname)
      if (Object.hasOwn(fields, name)) throw malformed()
      const value = nfc(part.value)
      // An empty input is a field not filled in, as in the JSON body.
      if (value !== '') fields[name] = fieldValue(name, value)
    }
  } catch (error) {
    throw fromParser(error)
  }
  req.body = fields
  req.feedbackUploads = files
}

/** The verified files of this request (none for JSON); the sender's file names are dropped for anonymous senders. */
export function verifiedUploads(req: FastifyRequest, anonymous: boolean): Promise<VerifiedAttachment[]> {
  return verifyAttachments(req.feedbackUploads ?? [], anonymous)
}
