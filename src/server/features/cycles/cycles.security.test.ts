import { describe } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { systemCtx } from '../../lib/actor.ts'
import { createCycle } from './cycles.service.ts'

const t = useTestApp()
const base = '/api/v1/cycles'

describe('cycles security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const cycle = await createCycle({
      db, ctx: systemCtx('test'),
      input: { year: 2040, themeTitle: 'Chuyên đề thử nghiệm về an ninh', themeScope: 'year', registrationDeadline: '2040-03-31', midyearReviewDate: '2040-07-15', yearendReviewDate: '2040-12-15' },
    })
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const leader = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    const reads = [`GET ${base}`, `GET ${base}/current`, `GET ${base}/:id`]
    const url = `${base}/${cycle.id}`
    return {
      cases: [
        { method: 'GET', route: base, url: base },
        { method: 'GET', route: `${base}/current`, url: `${base}/current` },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'POST', route: base, url: base, body: { year: 2041, themeTitle: 'Chuyên đề không được tạo', themeScope: 'year', registrationDeadline: '2041-03-31', midyearReviewDate: '2041-07-15', yearendReviewDate: '2041-12-15' } },
        { method: 'PATCH', route: `${base}/:id`, url, body: { themeTitle: 'Chuyên đề bị sửa trái phép' } },
        { method: 'POST', route: `${base}/:id/open-registration`, url: `${url}/open-registration`, body: {} },
        { method: 'POST', route: `${base}/:id/start`, url: `${url}/start`, body: {} },
        { method: 'POST', route: `${base}/:id/begin-yearend-review`, url: `${url}/begin-yearend-review`, body: {} },
        { method: 'POST', route: `${base}/:id/close`, url: `${url}/close`, body: {} },
      ],
      // Cycles belong to the whole installation: no other subtree to come from; an office is the closest outsider.
      outsider: office.auth,
      allowedForOutsider: reads,
      tooLow: { leader: leader.auth, member: member.auth },
      allowedForTooLow: { leader: reads, member: reads },
    }
  })
})
