import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { deleteExpiredSessions } from './auth.service.ts'
import { TEST_PASSWORD, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'

const t = useTestApp()

async function login(username: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers })
  const setCookie = String(res.headers['set-cookie'] ?? '')
  const cookie = setCookie.split(';')[0]
  return { res, cookie, body: res.json(), auth: { cookie, csrf: res.json().csrfToken as string } }
}

describe('sign in, sessions, sign out', () => {
  it('signs in, shows who I am and what I may do, and signs out', async () => {
    const tree = await makeTree(t.database.db)
    const { username } = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    const { res, body, auth, cookie } = await login(username.toUpperCase())
    expect(res.statusCode).toBe(200)
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/)
    expect(String(res.headers['set-cookie'])).toMatch(/SameSite=Strict/)
    expect(cookie).toMatch(/^ng_session=[A-Za-z0-9_-]{43}$/)
    expect(body.grants).toEqual([expect.objectContaining({ role: 'office', scope: 'subtree', organization: expect.objectContaining({ id: tree.root.id }) })])
    expect(body.abilities).toEqual({ manageAccounts: false, createOrganizations: true, createPeople: true, findPeople: true, manageCycles: false })

    const me = await call(t.app, auth, 'GET', '/api/v1/auth/me')
    expect(me.body.account.username).toBe(username)
    const out = await call(t.app, auth, 'POST', '/api/v1/auth/logout')
    expect(out.status).toBe(200)
    expect((await call(t.app, auth, 'GET', '/api/v1/auth/me')).status).toBe(401)
  })

  it('stores only a hash of the session id and rotates the session at sign-in', async () => {
    const tree = await makeTree(t.database.db)
    const { username, account } = await makeUser(t.database.db, [{ role: 'leader', org: tree.root }])
    const first = await login(username)
    const sessionId = first.cookie.split('=')[1]
    const rows = await queryRows<{ id_hash: string }>(t.database.db, sql`select id_hash from sessions where account_id = ${account.id}`)
    expect(rows.map((r) => r.id_hash)).not.toContain(sessionId)
    const second = await login(username, TEST_PASSWORD, { cookie: first.cookie })
    expect(second.cookie).not.toBe(first.cookie)
    expect((await call(t.app, first.auth, 'GET', '/api/v1/auth/me')).status).toBe(401)
    expect((await call(t.app, second.auth, 'GET', '/api/v1/auth/me')).status).toBe(200)
  })

  it('answers a wrong password and an unknown account the same way, in Vietnamese or English', async () => {
    const tree = await makeTree(t.database.db)
    const { username } = await makeUser(t.database.db, [{ role: 'leader', org: tree.root }])
    const wrong = await login(username, 'sai-mật-khẩu-rồi')
    const unknown = await login('khong-ton-tai', 'sai-mật-khẩu-rồi')
    expect(wrong.res.statusCode).toBe(401)
    expect(unknown.res.statusCode).toBe(401)
    expect(wrong.body.error.message).toBe(unknown.body.error.message)
    expect(wrong.body.error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.')
    const en = await login(username, 'sai-mật-khẩu-rồi', { 'accept-language': 'en-US,en;q=0.9' })
    expect(en.body.error.message).toBe('Wrong username or password.')
  })

  it('throttles repeated failures per account with 429, even for accounts that do not exist', async () => {
    for (const name of ['ai-do-khong-co', (await makeUser(t.database.db, [])).username]) {
      const codes: number[] = []
      for (let i = 0; i < 11; i++) codes.push((await login(name, `sai-${i}-mật-khẩu`, { 'x-forwarded-for': `10.0.0.${i}` })).res.statusCode)
      expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true)
      const last = await login(name, 'sai-nữa-mật-khẩu')
      expect(last.res.statusCode).toBe(429)
      expect(Number(last.res.headers['retry-after'])).toBeGreaterThan(0)
      expect(last.body.error.code).toBe('rate_limited')
    }
  })

  it('refuses cookie-authenticated writes without the CSRF token or from another site', async () => {
    const tree = await makeTree(t.database.db)
    const { username } = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    const { cookie, auth } = await login(username)
    const body = { name: 'Đổi tên' }
    const noToken = await t.app.inject({ method: 'PATCH', url: `/api/v1/organizations/${tree.cellA1.id}`, payload: body, headers: { cookie } })
    expect(noToken.statusCode).toBe(403)
    expect(noToken.json().error.code).toBe('csrf_failed')
    const crossSite = await call(t.app, auth, 'PATCH', `/api/v1/organizations/${tree.cellA1.id}`, body, { 'sec-fetch-site': 'cross-site' })
    expect(crossSite.status).toBe(403)
    const ok = await call(t.app, auth, 'PATCH', `/api/v1/organizations/${tree.cellA1.id}`, body)
    expect(ok.status).toBe(200)
  })

  it('accepts personal API tokens as Bearer credentials, without CSRF', async () => {
    const tree = await makeTree(t.database.db)
    const { token } = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    expect((await call(t.app, { token }, 'PATCH', `/api/v1/organizations/${tree.cellA1.id}`, { name: 'Chi bộ Bearer' })).status).toBe(200)
    expect((await call(t.app, { token: `${token}x` }, 'GET', '/api/v1/auth/me')).status).toBe(401)
  })
})

describe('changing my own password', () => {
  it('checks the current password, ends my other sessions and tokens, keeps this one', async () => {
    const tree = await makeTree(t.database.db)
    const { username, token } = await makeUser(t.database.db, [{ role: 'leader', org: tree.root }])
    const other = await login(username)
    const mine = await login(username)
    const wrong = await call(t.app, mine.auth, 'POST', '/api/v1/auth/password', { currentPassword: 'không-đúng-đâu', newPassword: 'mật-khẩu-mới-rất-dài-đủ' })
    expect(wrong.status).toBe(422)
    expect(wrong.body.error.details.fields[0]).toEqual({ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' })
    const short = await call(t.app, mine.auth, 'POST', '/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'ngắn' })
    expect(short.status).toBe(422)
    const ok = await call(t.app, mine.auth, 'POST', '/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'mật-khẩu-mới-rất-dài-đủ' })
    expect(ok.status).toBe(200)
    expect((await call(t.app, mine.auth, 'GET', '/api/v1/auth/me')).status).toBe(200)
    expect((await call(t.app, other.auth, 'GET', '/api/v1/auth/me')).status).toBe(401)
    expect((await call(t.app, { token }, 'GET', '/api/v1/auth/me')).status).toBe(401)
    expect((await login(username)).res.statusCode).toBe(401)
    expect((await login(username, 'mật-khẩu-mới-rất-dài-đủ')).res.statusCode).toBe(200)
  })
})

describe('session timeouts', () => {
  const short = useTestApp({ SESSION_IDLE_MINUTES: '1' })
  it('ends a session idle for longer than the idle timeout', async () => {
    const tree = await makeTree(short.database.db)
    const { username, account } = await makeUser(short.database.db, [{ role: 'leader', org: tree.root }])
    const res = await short.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } })
    const cookie = String(res.headers['set-cookie']).split(';')[0]
    await short.database.db.execute(sql`update sessions set last_seen_at = now() - interval '2 minutes' where account_id = ${account.id}`)
    const me = await short.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })
    expect(me.statusCode).toBe(401)
    expect(me.json().error.message).toMatch(/hết hạn/)
  })

  it('sweeps sessions past their timeouts and keeps live ones', async () => {
    const tree = await makeTree(short.database.db)
    const { username, account } = await makeUser(short.database.db, [{ role: 'leader', org: tree.root }])
    for (let i = 0; i < 3; i++) await short.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } })
    await short.database.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where account_id = ${account.id}`)
    const live = await short.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } })
    expect(await deleteExpiredSessions(short.database.db, { idleMs: 60_000, absoluteMs: 3_600_000 })).toBeGreaterThanOrEqual(3)
    const cookie = String(live.headers['set-cookie']).split(';')[0]
    expect((await short.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200)
  })
})
