import { describe } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { assessedMembers } from '../../test/evaluation-fixtures.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { systemCtx } from '../../lib/actor.ts'
import { getCommitment } from '../commitments/commitments.service.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { recordReview } from './evaluations.service.ts'

const t = useTestApp()
const base = '/api/v1/evaluations'

describe('evaluations security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const { cycle, members } = await assessedMembers(db, tree, tree.cellA1, 2)
    const commitment = await getCommitment(db, members[0].commitmentId)
    const e = await recordReview({ db, ctx: systemCtx('test'), commitment, cycle, unit: await getOrganization(db, tree.cellA1.id), input: { reviewDate: '2025-12-01', attendancePresent: 5, attendanceTotal: 5, votes: { excellent: 0, good: 5, complete: 0, incomplete: 0 }, proposedLevel: 'good' } })
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const leader = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    const url = `${base}/${e.id}`
    const reads = [`GET ${base}`, `GET ${base}/summary`, `GET ${base}/quota-use`, `GET ${base}/:id`]
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?org=${tree.cellA1.id}&cycle=${cycle.id}` },
        { method: 'GET', route: `${base}/summary`, url: `${base}/summary?org=${tree.root.id}&cycle=${cycle.id}` },
        { method: 'GET', route: `${base}/quota-use`, url: `${base}/quota-use?org=${tree.root.id}&cycle=${cycle.id}` },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'POST', route: `${base}/review`, url: `${base}/review`, body: { commitmentId: members[1].commitmentId, reviewDate: '2025-12-01', attendancePresent: 5, attendanceTotal: 5, votes: { excellent: 0, good: 5, complete: 0, incomplete: 0 }, proposedLevel: 'good' } },
        { method: 'POST', route: `${base}/:id/decide`, url: `${url}/decide`, body: { level: 'good' } },
        { method: 'POST', route: `${base}/decide-batch`, url: `${base}/decide-batch`, body: { items: [{ id: e.id, level: 'good' }] } },
        { method: 'POST', route: `${base}/:id/annul`, url: `${url}/annul`, body: { reason: 'Hủy trái phép để thử' } },
      ],
      outsider: outsider.auth,
      tooLow: { leader: leader.auth, member: member.auth },
      allowedForTooLow: { leader: reads },
    }
  })
})
