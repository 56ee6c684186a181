// One handler for every failure: the error envelope, Vietnamese or English, never a stack trace or SQL.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { ErrorCode } from '../../common/contracts/enums.ts'
import { AppError, STATUS, fromDatabaseError } from '../lib/errors.ts'
import { localeFrom, messages, translate, type Locale, type MessageKey } from '../lib/messages.ts'

const zodLocales = { vi: z.locales.vi(), en: z.locales.en() }

const isMessageKey = (value: unknown): value is MessageKey => typeof value === 'string' && Object.hasOwn(messages, value)

function fieldMessages(error: { validation: { instancePath: string; keyword: string; message?: string; params: object }[] }, locale: Locale) {
  return error.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.')
    // Schemas may name one of our messages (z.string().regex(re, { error: 'orgCodeFormat' })); else zod's own, localized.
    if (isMessageKey(v.message)) return { path, message: translate(v.message, locale) }
    const issue = { ...v.params, code: v.keyword, path: path ? path.split('.') : [] } as never
    return { path, message: zodLocales[locale].localeError(issue) ?? v.keyword }
  })
}

/** Field messages given as message keys by services (invalid('dateBeforeStart', 'toDate')) are translated here. */
function translateDetails(details: unknown, locale: Locale, params: Record<string, string | number>): unknown {
  const fields = (details as { fields?: { path: string; message: string }[] } | undefined)?.fields
  if (!fields) return details
  return { ...(details as object), fields: fields.map((f) => ({ ...f, message: isMessageKey(f.message) ? translate(f.message, locale, params) : f.message })) }
}

/** Fastify's own errors (body too large, bad JSON, wrong content type) mapped to our codes. */
function fromFastifyError(error: FastifyError): AppError | null {
  const byCode: Record<string, [ErrorCode, MessageKey]> = {
    FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'payloadTooLarge'],
    FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'unsupportedMediaType'],
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['validation_failed', 'malformedJson'],
    FST_ERR_CTP_EMPTY_JSON_BODY: ['validation_failed', 'malformedJson'],
    FST_ERR_CTP_INVALID_JSON_BODY: ['validation_failed', 'malformedJson'],
  }
  const hit = byCode[error.code]
  if (hit) return new AppError(hit[0], hit[1])
  if (error.statusCode === 400 && error instanceof SyntaxError) return new AppError('validation_failed', 'malformedJson')
  if (error.statusCode === 429) return new AppError('rate_limited', 'rateLimited', { seconds: 60 })
  return null
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError, details?: unknown) {
  const locale = localeFrom(request.headers['accept-language'])
  const message = translate(error.messageKey, locale, { ...error.params, requestId: request.id })
  return reply.status(STATUS[error.code]).send({
    error: { code: error.code, message, details: details ?? translateDetails(error.details, locale, error.params), requestId: request.id },
  })
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = localeFrom(request.headers['accept-language'])
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendError(request, reply, new AppError('validation_failed', 'validationFailed'), { fields: fieldMessages(error, locale) })
    }
    const known = error instanceof AppError ? error : (fromDatabaseError(error) ?? fromFastifyError(error))
    if (known) {
      if (known.code === 'rate_limited') reply.header('retry-after', String(known.params.seconds ?? 60))
      return sendError(request, reply, known)
    }
    request.log.error({ err: error }, 'unhandled error')
    return sendError(request, reply, new AppError('internal', 'internal'))
  })
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('not_found', 'routeNotFound')))
}
