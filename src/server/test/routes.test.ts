// Deny by default: every API route declares a policy, and only the intended ones are public.
import { describe, expect, it } from 'vitest'
import { call, useTestApp } from './harness.ts'

const t = useTestApp()

describe('route policies', () => {
  it('every /api route declares a policy', () => {
    const api = t.app.routeTable.filter((r) => r.url.startsWith('/api/'))
    expect(api.length).toBeGreaterThan(20)
    const missing = api.filter((r) => !r.policy && !r.url.startsWith('/api/docs'))
    expect(missing).toEqual([])
  })

  it('only sign-in, the public exemplary commitments, citizens\' feedback, health and the API description are public', () => {
    const pub = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1') && r.policy === 'public').map((r) => `${r.method} ${r.url}`)
    expect(pub.sort()).toEqual([
      'GET /api/v1/public/exemplary', 'GET /api/v1/public/exemplary/:commitmentId',
      'GET /api/v1/public/feedback/:code', 'GET /api/v1/public/feedback/:code/attachments/:attachmentId', 'GET /api/v1/public/feedback/options',
      'GET /api/v1/public/models', 'GET /api/v1/public/models/:id', 'GET /api/v1/public/models/:id/photos/:fileId', 'GET /api/v1/public/models/filters',
      'GET /api/v1/public/stories', 'GET /api/v1/public/stories/:id', 'GET /api/v1/public/stories/:id/photos/:photoId',
      'POST /api/v1/auth/login',
      'POST /api/v1/public/feedback', 'POST /api/v1/public/feedback/:code/rating', 'POST /api/v1/public/feedback/:code/reopen',
      'POST /api/v1/public/model-suggestions',
    ])
  })

  it('every non-public /api/v1 route refuses an anonymous caller', async () => {
    const id = '00000000-0000-4000-8000-000000000000'
    for (const r of t.app.routeTable.filter((x) => x.url.startsWith('/api/v1') && x.policy !== 'public')) {
      const res = await call(t.app, null, r.method as 'GET', r.url.replace(/:[a-zA-Z]+/g, id), r.method === 'GET' ? undefined : {})
      expect(res.status, `${r.method} ${r.url}`).toBe(401)
    }
  })

  it('answers unknown addresses, bad JSON and oversized bodies with the error envelope', async () => {
    const unknown = await call(t.app, null, 'GET', '/api/v1/khong-co')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error).toMatchObject({ code: 'not_found', message: 'Không có địa chỉ này.' })
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: '{"username":', headers: { 'content-type': 'application/json' } })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().error.code).toBe('validation_failed')
    const big = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: JSON.stringify({ username: 'a'.repeat(2_000_000), password: 'x' }), headers: { 'content-type': 'application/json' } })
    expect(big.statusCode).toBe(413)
    expect(big.body).not.toMatch(/at .*\.ts/)
  })

  it('serves the OpenAPI 3.1 description', async () => {
    const res = await call(t.app, null, 'GET', '/api/openapi.json')
    expect(res.status).toBe(200)
    expect(res.body.openapi).toBe('3.1.0')
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/organizations/{id}', '/api/v1/people']))
  })

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/)
    expect(res.headers['content-security-policy']).toMatch(/object-src 'none'/)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['cache-control']).toBe('no-store')
  })
})
