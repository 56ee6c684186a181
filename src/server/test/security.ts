// The security-test helper every feature uses: each route tried anonymously, from another subtree and with too low a
// role, expecting a refusal and nothing changed (no audit event written, which every change writes).
import { sql } from 'drizzle-orm'
import type { InjectOptions } from 'fastify'
import { expect, it } from 'vitest'
import { queryRows } from '../db/client.ts'
import { call, type Auth, type TestContext } from './harness.ts'

export interface RouteCase {
  method: NonNullable<InjectOptions['method']>
  /** The registered route pattern, e.g. '/api/v1/organizations/:id' (checked against the app's route table). */
  route: string
  url: string
  body?: unknown
}

export interface SecurityMatrix {
  cases: RouteCase[]
  /** Accounts whose grants lie in another subtree. */
  outsider: Auth
  /** Accounts with a grant on the right organization but a role too low for the case; one per role tried. */
  tooLow: Record<string, Auth>
  /** Cases that the too-low roles may legitimately do (e.g. reads), by route pattern and method: 'GET /api/v1/…'. */
  allowedForTooLow?: Record<string, string[]>
  allowedForOutsider?: string[]
}

async function auditCount(t: TestContext): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events`)
  return Number(n)
}

async function expectRefused(t: TestContext, auth: Auth, c: RouteCase, allowed: number[]) {
  const before = await auditCount(t)
  const res = await call(t.app, auth, c.method, c.url, c.body)
  expect(allowed, `${c.method} ${c.url} answered ${res.status}: ${JSON.stringify(res.body)?.slice(0, 200)}`).toContain(res.status)
  expect(res.body?.error?.code).toBeTypeOf('string')
  if (c.method !== 'GET') expect(await auditCount(t), `${c.method} ${c.url} wrote an audit event`).toBe(before)
}

const key = (c: RouteCase) => `${c.method} ${c.route}`

/**
 * Declares the shared security tests. `load` runs inside each test (after the file's beforeAll has built the app).
 * `prefix` names the feature's routes: the matrix must cover every one of them (but those under `options.except`).
 */
export function runSharedSecurityTests(t: TestContext, prefix: string, load: () => Promise<SecurityMatrix>, options: { except?: string[] } = {}) {
  let matrix: SecurityMatrix | undefined
  const get = async () => (matrix ??= await load())

  it(`covers every ${prefix} route`, async () => {
    const { cases } = await get()
    // `except`: prefixes inside this one that another feature's security test covers (e.g. /api/v1/models/summary).
    const registered = t.app.routeTable
      .filter((r) => r.url.startsWith(prefix) && !options.except?.some((e) => r.url.startsWith(e)) && r.policy !== 'public')
      .map((r) => `${r.method} ${r.url}`)
    expect(new Set(cases.map(key))).toEqual(new Set(registered))
  })

  it('refuses anonymous callers with 401', async () => {
    for (const c of (await get()).cases) await expectRefused(t, null, c, [401])
  })

  it('refuses accounts from another subtree', async () => {
    const m = await get()
    for (const c of m.cases) if (!m.allowedForOutsider?.includes(key(c))) await expectRefused(t, m.outsider, c, [403, 404])
  })

  it('refuses roles that are too low', async () => {
    const m = await get()
    for (const [role, auth] of Object.entries(m.tooLow)) {
      for (const c of m.cases) if (!m.allowedForTooLow?.[role]?.includes(key(c))) await expectRefused(t, auth, c, [403, 404])
    }
  })
}
