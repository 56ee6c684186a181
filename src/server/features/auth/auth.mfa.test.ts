// Two-step sign-in (TOTP) where the installation requires it of accounts that see a subtree.
import { Secret, TOTP } from 'otpauth'
import { describe, expect, it } from 'vitest'
import { TEST_PASSWORD, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, type Auth } from '../../test/harness.ts'

const t = useTestApp({ MFA_REQUIRED: 'subtree' })
const code = (secret: string, at = Date.now()) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at })

async function login(username: string, otp?: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD, ...(otp ? { otp } : {}) } })
  const cookie = String(res.headers['set-cookie'] ?? '').split(';')[0]
  return { status: res.statusCode, body: res.json(), auth: { cookie, csrf: res.json().csrfToken } as Auth }
}

describe('two-step sign-in', () => {
  it('makes a subtree account set it up before working, then asks for a fresh code at each sign-in', async () => {
    const tree = await makeTree(t.database.db)
    const admin = await makeUser(t.database.db, [{ role: 'admin', org: tree.root }])
    const { username, account } = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    const first = await login(username)
    expect(first.status).toBe(200)
    expect(first.body.mfa).toEqual({ enabled: false, required: true })
    const blocked = await call(t.app, first.auth, 'GET', `/api/v1/organizations/${tree.root.id}`)
    expect(blocked.status).toBe(403)
    expect(blocked.body.error.code).toBe('mfa_setup_required')

    const setup = await call(t.app, first.auth, 'POST', '/api/v1/auth/mfa/setup')
    expect(setup.status).toBe(200)
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/)
    expect(setup.body.qrSvg).toMatch(/^<svg/)
    const wrong = await call(t.app, first.auth, 'POST', '/api/v1/auth/mfa/confirm', { otp: code(setup.body.secret, Date.now() - 10 * 60_000) })
    expect(wrong.status).toBe(422)
    const used = code(setup.body.secret)
    const confirmed = await call(t.app, first.auth, 'POST', '/api/v1/auth/mfa/confirm', { otp: used })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.mfa).toEqual({ enabled: true, required: true })
    expect((await call(t.app, first.auth, 'GET', `/api/v1/organizations/${tree.root.id}`)).status).toBe(200)

    const noCode = await login(username)
    expect(noCode.status).toBe(401)
    expect(noCode.body.error).toMatchObject({ code: 'mfa_required', message: expect.stringMatching(/mã xác thực 6 chữ số/) })
    const replay = await login(username, used)
    expect(replay.status).toBe(401)
    expect(replay.body.error.message).toMatch(/đã được dùng/)
    const next = await login(username, code(setup.body.secret, Date.now() + 30_000))
    expect(next.status).toBe(200)
    expect(next.body.mfa.enabled).toBe(true)

    const accountView = await call(t.app, admin.auth, 'GET', `/api/v1/accounts/${account.id}`)
    expect(accountView.body.mfaEnabled).toBe(true)
    expect(JSON.stringify(accountView.body)).not.toContain(setup.body.secret)
    const reset = await call(t.app, admin.auth, 'POST', `/api/v1/accounts/${account.id}/mfa/reset`)
    expect(reset.body.mfaEnabled).toBe(false)
    expect((await call(t.app, next.auth, 'GET', '/api/v1/auth/me')).status).toBe(401)
    expect((await login(username)).body.mfa).toEqual({ enabled: false, required: true })
  })

  it('does not ask it of an account that sees only its own unit', async () => {
    const tree = await makeTree(t.database.db)
    const { username } = await makeUser(t.database.db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const res = await login(username)
    expect(res.body.mfa).toEqual({ enabled: false, required: false })
    expect((await call(t.app, res.auth, 'GET', `/api/v1/organizations/${tree.cellA1.id}`)).status).toBe(200)
  })

  it('lets personal API tokens through: they are issued by an administrator on the server', async () => {
    const tree = await makeTree(t.database.db)
    const { auth } = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    expect((await call(t.app, auth, 'GET', `/api/v1/organizations/${tree.root.id}`)).status).toBe(200)
  })
})
