// The one way the web app talks to /api/v1: JSON, the session cookie, the CSRF header on writes,
// the UI language, and every failure as an ApiError carrying the server's localized message.
import type { ErrorCode } from '../../common/contracts/enums.ts'
import i18n from '../i18n/index.ts'

const BASE = '/api/v1'

/** Codes the server sends, plus the two failures that never reach it. */
export type ApiErrorCode = ErrorCode | 'network' | 'bad_response'

export interface FieldError {
  path: string
  message: string
}

export class ApiError extends Error {
  readonly status: number
  readonly code: ApiErrorCode
  readonly fields: FieldError[]
  readonly requestId: string | null
  /** The envelope's `details` as sent (e.g. the quota's numbers on a refused decision). */
  readonly details: unknown

  constructor(init: { status: number; code: ApiErrorCode; message: string; fields?: FieldError[]; requestId?: string | null; details?: unknown }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.fields = init.fields ?? []
    this.requestId = init.requestId ?? null
    this.details = init.details ?? null
  }

  /** The message for one form field, when the server named it (paths like `placement.organizationId`). */
  field(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

let csrfToken: string | null = null

/** Set from the login answer and from /auth/me; kept in memory only. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>

function url(path: string, params?: QueryParams): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  }
  const qs = search.toString()
  return `${BASE}${path}${qs ? `?${qs}` : ''}`
}

/** A bare message key (e.g. `moveIntoOwnSubtree`) rather than a sentence: show the envelope's message instead. */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*$/

function parseFields(details: unknown, message: string): FieldError[] {
  const fields = (details as { fields?: unknown } | null | undefined)?.fields
  if (!Array.isArray(fields)) return []
  return fields
    .filter((f): f is FieldError => typeof f?.path === 'string' && typeof f?.message === 'string')
    .map((f) => (MESSAGE_KEY.test(f.message) ? { path: f.path, message } : f))
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: ErrorCode; message?: string; details?: unknown; requestId?: string }
  } | null
  const error = body?.error
  if (!error?.message) {
    return new ApiError({ status: response.status, code: 'bad_response', message: i18n.t('errors.badResponse', { status: response.status }) })
  }
  return new ApiError({
    status: response.status,
    code: error.code ?? 'internal',
    message: error.message,
    fields: parseFields(error.details, error.message),
    requestId: error.requestId ?? null,
    details: error.details,
  })
}

/** A body sent as it is (a file's bytes, or a form) with its own headers (Content-Type, X-File-Name…), instead of JSON. */
interface RawBody {
  body: Blob | FormData
  headers: Record<string, string>
}

async function request<T>(method: string, path: string, options: { params?: QueryParams; body?: unknown; raw?: RawBody; signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language === 'en' ? 'en' : 'vi' }
  if (options.raw) Object.assign(headers, options.raw.headers)
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  let response: Response
  try {
    response = await fetch(url(path, options.params), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw ? options.raw.body : options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    })
  } catch (cause) {
    if ((cause as Error)?.name === 'AbortError') throw cause
    throw new ApiError({ status: 0, code: 'network', message: i18n.t('errors.network') })
  }
  if (!response.ok) throw await toApiError(response)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

export const api = {
  get: <T>(path: string, params?: QueryParams, signal?: AbortSignal) => request<T>('GET', path, { params, signal }),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
}

/**
 * POST a file's bytes as the whole body (`Content-Type`: the one given, else the file's type, else
 * application/octet-stream), with the session cookie, the CSRF header and the same ApiError on failure as `api`.
 * Extra headers (e.g. `X-File-Name`) are sent as given.
 */
export function sendBinary<T>(path: string, body: Blob, options: { params?: QueryParams; headers?: Record<string, string>; contentType?: string } = {}): Promise<T> {
  const headers = { ...options.headers, 'Content-Type': options.contentType || body.type || 'application/octet-stream' }
  return request<T>('POST', path, { params: options.params, raw: { body, headers } })
}

/**
 * POST a multipart form (files with fields): the browser writes its Content-Type with the boundary; the session
 * cookie, the CSRF header and the same ApiError on failure as `api`.
 */
export function sendForm<T>(path: string, form: FormData): Promise<T> {
  return request<T>('POST', path, { raw: { body: form, headers: {} } })
}
