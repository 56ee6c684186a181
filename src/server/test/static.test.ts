// The built web app: precompressed assets cached for good, pages revalidated, unknown assets 404 (not the app shell).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../app.ts'
import type { Database } from '../db/client.ts'
import { createTestDatabase } from './databases.ts'
import { testConfig } from './harness.ts'

const webRoot = mkdtempSync(join(tmpdir(), 'neuguong-web-'))
let app: FastifyInstance
let database: Database

beforeAll(async () => {
  mkdirSync(join(webRoot, 'assets'))
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Nêu Gương</title>')
  const js = 'console.log("xin chào")'.repeat(100)
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), js)
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js.br'), brotliCompressSync(js))
  database = await createTestDatabase()
  app = await buildApp({ database, config: testConfig(), webRoot })
})
afterAll(async () => {
  await app.close()
  await database.close()
  rmSync(webRoot, { recursive: true, force: true })
})

describe('web app delivery', () => {
  it('sends hashed assets precompressed and cached for a year', async () => {
    const res = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br, gzip' } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.headers.vary).toMatch(/accept-encoding/i)
  })

  it('answers every app path with the shell, revalidated, and unknown assets with 404', async () => {
    for (const url of ['/', '/to-chuc/123', '/nguoi?q=le']) {
      const res = await app.inject({ url })
      expect(res.statusCode, url).toBe(200)
      expect(res.body).toContain('<title>Nêu Gương</title>')
      expect(res.headers['cache-control']).toBe('no-cache')
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/)
    }
    expect((await app.inject({ url: '/assets/missing-123.js' })).statusCode).toBe(404)
    expect((await app.inject({ url: '/api/v1/khong-co' })).json().error.code).toBe('not_found')
  })
})
