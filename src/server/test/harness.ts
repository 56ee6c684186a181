// Route tests: one app over a fresh database per test file, requests through app.inject.
import type { FastifyInstance, InjectOptions } from 'fastify'
import { afterAll, beforeAll } from 'vitest'
import { buildApp } from '../app.ts'
import { loadConfig, type Config } from '../config.ts'
import type { Database } from '../db/client.ts'
import type { Clock } from '../lib/clock.ts'
import { createTestDatabase } from './databases.ts'

export interface TestContext {
  app: FastifyInstance
  database: Database
  config: Config
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...overrides })
}

/** Call at the top of a test file: `const t = useTestApp()`; t.app and t.database are ready in tests. */
export function useTestApp(overrides: Record<string, string> = {}, options: { clock?: Clock } = {}): TestContext {
  const t = {} as TestContext
  beforeAll(async () => {
    t.config = testConfig(overrides)
    t.database = await createTestDatabase()
    t.app = await buildApp({ database: t.database, config: t.config, clock: options.clock, logger: process.env.TEST_LOG ? { level: 'error' } : false })
    await t.app.ready()
  })
  afterAll(async () => {
    await t.app?.close()
    await t.database?.close()
  })
  return t
}

/** Credentials a test request carries: a Bearer token, or a session cookie with its CSRF token. */
export type Auth = { token: string } | { cookie: string; csrf: string } | null

export function withAuth(auth: Auth, options: InjectOptions): InjectOptions {
  const headers: Record<string, string> = { ...(options.headers as Record<string, string>) }
  if (auth && 'token' in auth) headers.authorization = `Bearer ${auth.token}`
  if (auth && 'cookie' in auth) {
    headers.cookie = auth.cookie
    headers['x-csrf-token'] = auth.csrf
  }
  return { ...options, headers }
}

export async function call(app: FastifyInstance, auth: Auth, method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await app.inject(withAuth(auth, { method, url, payload: body as InjectOptions['payload'], headers }))
  return { status: res.statusCode, body: res.body ? safeJson(res.body) : null, headers: res.headers }
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
