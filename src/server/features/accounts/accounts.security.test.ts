import { describe } from 'vitest'
import { makeTree, makeUser, unique } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { loadGrantViews } from './accounts.service.ts'

const t = useTestApp()
const base = '/api/v1/accounts'

describe('accounts security', () => {
  // Accounts belong to the installation: no organization's office, leader, secretary or member manages them.
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const target = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }, { role: 'leader', org: tree.schoolA }])
    const [grant] = await loadGrantViews(db, target.account.id)
    const id = target.account.id
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const leader = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    return {
      cases: [
        { method: 'GET', route: base, url: base },
        { method: 'GET', route: `${base}/:id`, url: `${base}/${id}` },
        { method: 'POST', route: base, url: base, body: { username: unique('sec').toLowerCase(), displayName: 'Tài khoản lạ', password: 'mật-khẩu-không-được-tạo', grants: [{ role: 'admin', organizationId: tree.root.id }] } },
        { method: 'PATCH', route: `${base}/:id`, url: `${base}/${id}`, body: { status: 'disabled' } },
        { method: 'POST', route: `${base}/:id/password`, url: `${base}/${id}/password`, body: { password: 'mật-khẩu-bị-chiếm-đoạt' } },
        { method: 'POST', route: `${base}/:id/grants`, url: `${base}/${id}/grants`, body: { role: 'admin', organizationId: tree.root.id } },
        { method: 'DELETE', route: `${base}/:id/grants/:grantId`, url: `${base}/${id}/grants/${grant.id}` },
        { method: 'POST', route: `${base}/:id/mfa/reset`, url: `${base}/${id}/mfa/reset` },
      ],
      outsider: outsider.auth,
      // `self`: an account may not re-grant, re-enable or re-password itself through these routes either.
      tooLow: { office: office.auth, leader: leader.auth, secretary: secretary.auth, member: member.auth, self: target.auth },
    }
  })
})
