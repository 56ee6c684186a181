import { describe } from 'vitest'
import { systemCtx } from '../../lib/actor.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { createMine, replaceItems, submitCommitment } from './commitments.service.ts'

const t = useTestApp()
const base = '/api/v1/commitments'

describe('commitments security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const cycle = await makeCycle(db, 'registration')
    const owner = await makePerson(db, tree.cellA1, 'Phạm Văn Chủ')
    const ownerAccount = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], owner.id)
    const ctx = { ...systemCtx('test'), actor: { ...systemCtx('test').actor, personId: owner.id, accountId: ownerAccount.account.id, via: 'session' as const } }
    const c = await createMine({ db, ctx, cycle })
    await replaceItems({ db, ctx, commitment: c, cycle, items: [{ area: 'ethics', content: 'Giữ gìn đạo đức, lối sống', target: 'Không vi phạm', deadline: `${cycle.year}-12-31` }] })
    const submitted = await submitCommitment(db, ctx, c, cycle)
    const outsider = await makeUser(db, [{ role: 'secretary', org: other.cellA1, scope: 'unit' }, { role: 'office', org: other.root }])
    const colleague = await makePerson(db, tree.cellA1, 'Trần Thị Đồng Nghiệp')
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], colleague.id)
    const leader = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const url = `${base}/${submitted.id}`
    const reads = [`GET ${base}`, `GET ${base}/summary`, `GET ${base}/pending`, `GET ${base}/:id`]
    return {
      cases: [
        { method: 'GET', route: `${base}/mine`, url: `${base}/mine?cycle=${cycle.id}` },
        { method: 'POST', route: `${base}/mine`, url: `${base}/mine`, body: { cycleId: cycle.id } },
        { method: 'GET', route: base, url: `${base}?org=${tree.cellA1.id}&cycle=${cycle.id}` },
        { method: 'GET', route: `${base}/summary`, url: `${base}/summary?org=${tree.root.id}&cycle=${cycle.id}` },
        { method: 'GET', route: `${base}/pending`, url: `${base}/pending?org=${tree.root.id}&cycle=${cycle.id}&stage=register` },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'PUT', route: `${base}/:id/items`, url: `${url}/items`, body: { items: [] } },
        { method: 'POST', route: `${base}/:id/submit`, url: `${url}/submit`, body: {} },
        { method: 'POST', route: `${base}/:id/approve`, url: `${url}/approve`, body: {} },
        { method: 'POST', route: `${base}/:id/return`, url: `${url}/return`, body: { comment: 'Trả lại trái phép' } },
        { method: 'POST', route: `${base}/:id/reopen`, url: `${url}/reopen`, body: {} },
        { method: 'PUT', route: `${base}/:id/progress`, url: `${url}/progress`, body: { items: [{ id: submitted.id, percent: 50 }] } },
        { method: 'PUT', route: `${base}/:id/self-assessment`, url: `${url}/self-assessment`, body: { items: [{ id: submitted.id, result: 'done' }], scores: {}, level: 'good' } },
      ],
      // "Mine" answers each caller about themselves: an account with no person gets a clear 409, one with a person
      // and no placement in an open cycle likewise; nobody reaches someone else's commitment through it.
      outsider: outsider.auth,
      allowedForOutsider: [],
      tooLow: { member: member.auth, leader: leader.auth },
      allowedForTooLow: { member: [`GET ${base}/mine`, `POST ${base}/mine`], leader: reads },
    }
  })
})
