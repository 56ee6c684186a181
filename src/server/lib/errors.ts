// One error vocabulary: AppError carries a closed code (with its HTTP status) and a message key.
import type { ErrorCode } from '../../common/contracts/enums.ts'
import type { MessageKey } from './messages.ts'

export const STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  csrf_failed: 403,
  mfa_required: 401,
  mfa_setup_required: 403,
  internal: 500,
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(messageKey)
  }
  get status() {
    return STATUS[this.code]
  }
}

export const notFound = (what: MessageKey = 'notFound') => new AppError('not_found', what)
export const forbidden = (key: MessageKey = 'forbidden') => new AppError('forbidden', key)
export const conflict = (key: MessageKey, params: Record<string, string | number> = {}) => new AppError('conflict', key, params)
export const invalid = (key: MessageKey, field: string, params: Record<string, string | number> = {}) =>
  new AppError('validation_failed', key, params, { fields: [{ path: field, message: key }] })

/** Unique-violation and FK errors from either driver, mapped once. */
export function fromDatabaseError(error: unknown): AppError | null {
  const e = (error as { cause?: unknown }).cause ?? error
  const code = (e as { code?: string }).code
  const constraint = String((e as { constraint?: string }).constraint ?? '')
  if (code === '23505') return new AppError('conflict', 'duplicate', { constraint })
  if (code === '23503') return new AppError('conflict', 'referenced', { constraint })
  if (code === '23514') return new AppError('validation_failed', 'checkFailed', { constraint })
  if (code === '22P02' || code === '22007' || code === '22008') return new AppError('validation_failed', 'invalidValue')
  return null
}
