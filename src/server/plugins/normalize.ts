// Canonicalize once, before validation (ASVS 1.1.1): every string in params, query and body becomes NFC.
import type { FastifyInstance } from 'fastify'
import { nfc } from '../../common/text/index.ts'

function normalizeDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return nfc(value)
  if (depth > 20 || value === null || typeof value !== 'object') return value
  // Uploaded files (raw bodies) are bytes: decoded and normalized by their reader, not here.
  if (Buffer.isBuffer(value)) return value
  if (Array.isArray(value)) return value.map((v) => normalizeDeep(v, depth + 1))
  const out: Record<string, unknown> = Object.create(null)
  for (const [k, v] of Object.entries(value)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue
    out[nfc(k)] = normalizeDeep(v, depth + 1)
  }
  return out
}

export function registerNormalization(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    if (request.body !== undefined) request.body = normalizeDeep(request.body)
    request.query = normalizeDeep(request.query)
    request.params = normalizeDeep(request.params)
  })
}
