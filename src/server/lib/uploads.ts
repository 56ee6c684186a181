// Forms that carry files (multipart/form-data): the fields collected, NFC-normalized and handed to the route's own zod
// schema, and the files held in memory within the feature's limits (each file is then verified by content: see
// features/feedback/feedback.attachments.ts). Registered only on the plugins whose routes take files. Used by
// citizens' feedback and by plan progress updates.
import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { nfc } from '../../common/text/index.ts'
import { AppError } from './errors.ts'
import type { MessageKey } from './messages.ts'

/** A file as received: the name the sender's device gave (shown back cleaned, never used as a path) and its bytes. */
export interface Upload {
  fileName: string
  bytes: Buffer
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Files of a multipart submission, as received (verified by the handler once the fields are valid). */
    uploads?: Upload[]
  }
}

export interface UploadLimits {
  maxFiles: number
  maxFileBytes: number
  maxFields: number
  /** A field's value in bytes. */
  maxFieldBytes: number
}

/** The messages of each refusal (each takes {files} and {mb}). */
export interface UploadMessages {
  fileTooLarge: MessageKey
  tooManyFiles: MessageKey
  formTooLarge: MessageKey
  formInvalid: MessageKey
}

/** The whole request: every file full and room for the fields. A longer declared body is refused before it is read. */
export const maxMultipartBytes = (limits: UploadLimits) => limits.maxFiles * limits.maxFileBytes + 512 * 1024

/** Registers @fastify/multipart in the calling plugin only (the JSON API elsewhere does not take forms). */
export async function registerUploads(app: FastifyInstance, limits: UploadLimits): Promise<void> {
  await app.register(multipart, {
    limits: {
      fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: limits.maxFields, fieldSize: limits.maxFieldBytes,
      fieldNameSize: 100, parts: limits.maxFiles + limits.maxFields, headerPairs: 100,
    },
  })
}

export interface MultipartOptions {
  limits: UploadLimits
  messages: UploadMessages
  /** Form fields are text: turn the ones the schema wants as booleans or numbers into those (else left as text). */
  fieldValue?: (name: string, value: string) => unknown
}

/**
 * A preValidation hook for a route taking files: for a multipart request, reads every part (limits enforced while
 * reading), sets the body to the fields and keeps the files on the request. JSON requests pass untouched.
 */
export function readMultipartForm({ limits, messages, fieldValue = (_, v) => v }: MultipartOptions) {
  const tooLarge = (key: MessageKey) => new AppError('payload_too_large', key, { files: limits.maxFiles, mb: limits.maxFileBytes / 1024 / 1024 }, { fields: [{ path: 'files', message: key }] })
  const malformed = () => new AppError('validation_failed', messages.formInvalid)
  /** The multipart plugin's own failures, in our vocabulary (anything else from the parser: a malformed form). */
  const fromParser = (error: unknown): AppError => {
    if (error instanceof AppError) return error
    const code = (error as { code?: string }).code
    if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(messages.fileTooLarge)
    if (code === 'FST_FILES_LIMIT') return tooLarge(messages.tooManyFiles)
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return tooLarge(messages.formTooLarge)
    return malformed()
  }
  return async function readMultipart(req: FastifyRequest): Promise<void> {
    if (!req.isMultipart()) return
    if (Number(req.headers['content-length'] ?? 0) > maxMultipartBytes(limits)) throw tooLarge(messages.formTooLarge)
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
        if (part.valueTruncated || part.fieldnameTruncated) throw tooLarge(messages.formTooLarge)
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
    req.uploads = files
  }
}
