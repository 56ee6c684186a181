import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { call, type Auth, useTestApp } from '../../test/harness.ts'
import { makePerson, makeTree, makeUser, TEST_PASSWORD, unique } from '../../test/factories.ts'

const t = useTestApp()
const NEW_PASSWORD = 'một-mật-khẩu-mới-cũng-đủ-dài'

/** Signs in through the API and returns the session cookie with its CSRF token (null when refused). */
async function login(username: string, password: string): Promise<{ status: number; auth: Auth }> {
  const res = await call(t.app, null, 'POST', '/api/v1/auth/login', { username, password })
  if (res.status !== 200) return { status: res.status, auth: null }
  const setCookie = res.headers['set-cookie']
  const first = (Array.isArray(setCookie) ? setCookie[0] : setCookie) ?? ''
  return { status: res.status, auth: { cookie: first.split(';')[0], csrf: res.body.csrfToken } }
}

/** The audit trail of one account: its own events and those of its grants, oldest first. */
async function auditOf(accountId: string) {
  const rows = await queryRows<{ action: string; actor: string | null }>(t.database.db, sql`
    select action, actor_account_id::text as actor from audit_events
    where (entity_type = 'account' and entity_id = ${accountId}) or (entity_type = 'grant' and data->>'accountId' = ${accountId})
    order by seq`)
  return rows
}

describe('accounts routes', () => {
  it('lets an administrator create an account with grants and find it', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const person = await makePerson(db, tree.cellA1, 'Đặng Thị Xuân Hòa')
    const admin = await makeUser(db, [{ role: 'admin', org: tree.root }])
    const username = unique('hoa').toLowerCase()
    const created = await call(t.app, admin.auth, 'POST', '/api/v1/accounts', {
      username, displayName: '  Đặng Thị  Xuân Hòa ', password: NEW_PASSWORD, personId: person.id,
      grants: [{ role: 'office', organizationId: tree.communeA.id }, { role: 'secretary', organizationId: tree.cellA1.id, scope: 'unit' }],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ username, displayName: 'Đặng Thị Xuân Hòa', status: 'active', person: { id: person.id, fullName: 'Đặng Thị Xuân Hòa' }, lastLoginAt: null })
    expect(created.body.grants.map((g: { role: string; scope: string; organization: { id: string } }) => [g.role, g.scope, g.organization.id])).toEqual([
      ['office', 'subtree', tree.communeA.id],
      ['secretary', 'unit', tree.cellA1.id],
    ])
    expect(Object.keys(created.body)).not.toContain('passwordHash')
    expect(JSON.stringify(created.body)).not.toMatch(/argon2|password/i)

    const one = await call(t.app, admin.auth, 'GET', `/api/v1/accounts/${created.body.id}`)
    expect(one.status).toBe(200)
    expect(one.body).toEqual(created.body)
    expect(JSON.stringify(one.body)).not.toMatch(/argon2/)

    const byUsername = await call(t.app, admin.auth, 'GET', `/api/v1/accounts?q=${encodeURIComponent(username.toUpperCase())}`)
    expect(byUsername.status).toBe(200)
    expect(byUsername.body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id])
    const byName = await call(t.app, admin.auth, 'GET', `/api/v1/accounts?q=${encodeURIComponent('dang thi xuan hoa')}`)
    expect(byName.body.items.map((a: { id: string }) => a.id)).toContain(created.body.id)
    expect(JSON.stringify(byName.body)).not.toMatch(/argon2/)
    const nobody = await call(t.app, admin.auth, 'GET', `/api/v1/accounts?q=${unique('khong-co-ai')}`)
    expect(nobody.body).toEqual({ items: [], nextCursor: null })

    // The new account signs in with its password and holds the grants it was given.
    const session = await login(username, NEW_PASSWORD)
    expect(session.status).toBe(200)
    const me = await call(t.app, session.auth, 'GET', '/api/v1/auth/me')
    expect(me.body.grants).toHaveLength(2)
    expect(me.body.person).toEqual({ id: person.id, fullName: 'Đặng Thị Xuân Hòa' })
    expect((await auditOf(created.body.id)).map((e) => e.action)).toEqual(['account.create', 'grant.create', 'grant.create', 'auth.login'])
    expect((await auditOf(created.body.id))[0].actor).toBe(admin.account.id)
  })

  it('disables an account: its sessions and tokens stop working at once, and it can be enabled again', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const admin = await makeUser(db, [{ role: 'admin', org: tree.root }])
    const user = await makeUser(db, [{ role: 'office', org: tree.communeB }])
    const session = await login(user.username, TEST_PASSWORD)
    expect(session.status).toBe(200)
    expect((await call(t.app, session.auth, 'GET', '/api/v1/auth/me')).status).toBe(200)

    const disabled = await call(t.app, admin.auth, 'PATCH', `/api/v1/accounts/${user.account.id}`, { status: 'disabled' })
    expect(disabled.status, JSON.stringify(disabled.body)).toBe(200)
    expect(disabled.body.status).toBe('disabled')
    expect((await call(t.app, session.auth, 'GET', '/api/v1/auth/me')).status).toBe(401)
    expect((await call(t.app, user.auth, 'GET', `/api/v1/organizations/${tree.communeB.id}`)).status).toBe(401)
    expect((await login(user.username, TEST_PASSWORD)).status).toBe(401)
    const listed = await call(t.app, admin.auth, 'GET', `/api/v1/accounts?q=${user.username}`)
    expect(listed.body.items.map((a: { status: string }) => a.status)).toEqual(['disabled'])

    const enabled = await call(t.app, admin.auth, 'PATCH', `/api/v1/accounts/${user.account.id}`, { status: 'active', displayName: 'Văn phòng Bình Minh' })
    expect(enabled.body).toMatchObject({ status: 'active', displayName: 'Văn phòng Bình Minh' })
    // The old session stays ended; a new sign-in works.
    expect((await call(t.app, session.auth, 'GET', '/api/v1/auth/me')).status).toBe(401)
    expect((await login(user.username, TEST_PASSWORD)).status).toBe(200)
    expect((await call(t.app, user.auth, 'GET', `/api/v1/organizations/${tree.communeB.id}`)).status).toBe(200)

    const actions = (await auditOf(user.account.id)).map((e) => e.action)
    expect(actions.filter((a) => a === 'account.update')).toHaveLength(2)
  })

  it('sets a new password: the old one stops working and open sessions end', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const admin = await makeUser(db, [{ role: 'admin', org: tree.root }])
    const user = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const session = await login(user.username, TEST_PASSWORD)
    expect(session.status).toBe(200)

    const set = await call(t.app, admin.auth, 'POST', `/api/v1/accounts/${user.account.id}/password`, { password: NEW_PASSWORD })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    expect(set.body).toEqual({ ok: true })
    expect((await call(t.app, session.auth, 'GET', '/api/v1/auth/me')).status).toBe(401)
    expect((await login(user.username, TEST_PASSWORD)).status).toBe(401)
    const fresh = await login(user.username.toUpperCase(), NEW_PASSWORD)
    expect(fresh.status).toBe(200)
    expect((await call(t.app, fresh.auth, 'GET', '/api/v1/auth/me')).body.account.id).toBe(user.account.id)
    expect((await auditOf(user.account.id)).map((e) => e.action)).toContain('account.set_password')

    const before = await auditOf(user.account.id)
    for (const password of ['ngắn-quá', 'password1234', 'aaaaaaaaaaaaaaaa', '1234567890123']) {
      const weak = await call(t.app, admin.auth, 'POST', `/api/v1/accounts/${user.account.id}/password`, { password })
      expect(weak.status, password).toBe(422)
      expect(weak.body.error.details.fields[0].path).toBe('password')
    }
    const english = await call(t.app, admin.auth, 'POST', `/api/v1/accounts/${user.account.id}/password`, { password: 'Password1234' }, { 'accept-language': 'en' })
    expect(english.body.error.message).toBe('This password is too common; choose another.')
    expect(await auditOf(user.account.id)).toEqual(before)
    expect((await login(user.username, NEW_PASSWORD)).status).toBe(200)
  })

  it('adds and removes grants; a duplicate grant is refused', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const admin = await makeUser(db, [{ role: 'admin', org: tree.root }])
    const user = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    const added = await call(t.app, admin.auth, 'POST', `/api/v1/accounts/${user.account.id}/grants`, { role: 'office', organizationId: tree.schoolA.id })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    expect(added.body.grants.map((g: { role: string; scope: string }) => `${g.role}/${g.scope}`)).toEqual(['member/unit', 'office/subtree'])
    // The new grant takes effect on the next request.
    const created = await call(t.app, user.auth, 'POST', '/api/v1/people', { fullName: 'Người Được Thêm', placement: { organizationId: tree.cellA2.id, position: 'Đảng viên', fromDate: '2025-01-01' } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)

    const dup = await call(t.app, admin.auth, 'POST', `/api/v1/accounts/${user.account.id}/grants`, { role: 'office', organizationId: tree.schoolA.id })
    expect(dup.status).toBe(409)
    expect(dup.body.error.message).toBe('Tài khoản đã có quyền này.')
    const dupUnit = await call(t.app, admin.auth, 'POST', `/api/v1/accounts/${user.account.id}/grants`, { role: 'office', organizationId: tree.schoolA.id, scope: 'unit' })
    expect(dupUnit.status).toBe(409)
    const badRole = await call(t.app, admin.auth, 'POST', `/api/v1/accounts/${user.account.id}/grants`, { role: 'king', organizationId: tree.schoolA.id })
    expect(badRole.status).toBe(422)
    const noOrg = await call(t.app, admin.auth, 'POST', `/api/v1/accounts/${user.account.id}/grants`, { role: 'leader', organizationId: '00000000-0000-4000-8000-000000000000' })
    expect(noOrg.status).toBe(404)

    const office = added.body.grants.find((g: { role: string }) => g.role === 'office')
    const removed = await call(t.app, admin.auth, 'DELETE', `/api/v1/accounts/${user.account.id}/grants/${office.id}`)
    expect(removed.status).toBe(200)
    expect(removed.body.grants.map((g: { role: string }) => g.role)).toEqual(['member'])
    const again = await call(t.app, admin.auth, 'DELETE', `/api/v1/accounts/${user.account.id}/grants/${office.id}`)
    expect(again.status).toBe(404)
    // A grant of one account cannot be removed through another.
    const member = removed.body.grants[0]
    const elsewhere = await call(t.app, admin.auth, 'DELETE', `/api/v1/accounts/${admin.account.id}/grants/${member.id}`)
    expect(elsewhere.status).toBe(404)
    const refused = await call(t.app, user.auth, 'POST', '/api/v1/people', { fullName: 'Người Không Được Thêm', placement: { organizationId: tree.cellA2.id, position: 'Đảng viên', fromDate: '2025-01-01' } })
    expect(refused.status).toBe(403)

    const actions = (await auditOf(user.account.id)).map((e) => e.action)
    expect(actions).toEqual(['account.create', 'grant.create', 'grant.create', 'grant.delete'])
  })

  it('refuses what would lock out or confuse: self-disable, weak passwords, taken usernames, unknown fields', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const admin = await makeUser(db, [{ role: 'admin', org: tree.root }])
    const before = await auditOf(admin.account.id)
    const self = await call(t.app, admin.auth, 'PATCH', `/api/v1/accounts/${admin.account.id}`, { status: 'disabled' })
    expect(self.status).toBe(409)
    expect(self.body.error.message).toBe('Bạn không thể tự khóa tài khoản của mình.')
    expect((await call(t.app, admin.auth, 'GET', `/api/v1/accounts/${admin.account.id}`)).body.status).toBe('active')
    expect(await auditOf(admin.account.id)).toEqual(before)

    const username = unique('trung').toLowerCase()
    const body = { username, displayName: 'Tài khoản trùng', password: NEW_PASSWORD }
    expect((await call(t.app, admin.auth, 'POST', '/api/v1/accounts', body)).status).toBe(201)
    const dup = await call(t.app, admin.auth, 'POST', '/api/v1/accounts', { ...body, username: ` ${username} ` })
    expect(dup.status).toBe(409)
    expect(dup.body.error.message).toContain(username)
    expect(dup.body.error.details.fields[0].path).toBe('username')
    // A name differing only in case is the same name: never a second account.
    const upper = await call(t.app, admin.auth, 'POST', '/api/v1/accounts', { ...body, username: username.toUpperCase() })
    expect([409, 422]).toContain(upper.status)
    const listed = await call(t.app, admin.auth, 'GET', `/api/v1/accounts?q=${username}`)
    expect(listed.body.items).toHaveLength(1)

    const cases: [string, Record<string, unknown>][] = [
      ['short password', { password: 'ngắn' }],
      ['common password', { password: 'matkhau123456' }],
      ['too-long password', { password: 'x'.repeat(129) }],
      ['unknown field', { passwordHash: '$argon2id$v=19$…' }],
      ['bad username', { username: 'có dấu cách' }],
      ['no display name', { displayName: undefined }],
      ['invisible display name', { displayName: '\u200B\u200C\u200D' }],
      ['unknown role', { grants: [{ role: 'owner', organizationId: tree.root.id }] }],
    ]
    for (const [label, change] of cases) {
      const res = await call(t.app, admin.auth, 'POST', '/api/v1/accounts', { ...body, username: unique('x').toLowerCase(), ...change })
      expect(res.status, label).toBe(422)
      expect(res.body.error.code).toBe('validation_failed')
    }
    const dupInBody = await call(t.app, admin.auth, 'POST', '/api/v1/accounts', {
      ...body, username: unique('y').toLowerCase(), grants: [{ role: 'leader', organizationId: tree.root.id }, { role: 'leader', organizationId: tree.root.id }],
    })
    expect(dupInBody.status).toBe(409)
    const blankName = await call(t.app, admin.auth, 'PATCH', `/api/v1/accounts/${admin.account.id}`, { displayName: '\u2066\u2069' })
    expect(blankName.status).toBe(422)
    const patchUnknown = await call(t.app, admin.auth, 'PATCH', `/api/v1/accounts/${admin.account.id}`, { username: 'doi-ten' })
    expect(patchUnknown.status).toBe(422)
    const missing = await call(t.app, admin.auth, 'PATCH', '/api/v1/accounts/00000000-0000-4000-8000-000000000000', { displayName: 'Không có' })
    expect(missing.status).toBe(404)
    const count = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from accounts where username like ${'y%'} and display_name = 'Tài khoản trùng'`)
    expect(Number(count[0].n)).toBe(0)
  })
})
