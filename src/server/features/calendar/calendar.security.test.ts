import { describe } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'

const t = useTestApp()
const base = '/api/v1/calendar'

describe('calendar security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    // Every signed-in account reads; only administrators (of the installation) edit, whatever their org grants.
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    const reads = [`GET ${base}/days`, `GET ${base}/add-working-days`]
    return {
      cases: [
        { method: 'GET', route: `${base}/days`, url: `${base}/days?year=2026` },
        { method: 'GET', route: `${base}/add-working-days`, url: `${base}/add-working-days?from=2026-02-10&days=10` },
        { method: 'PUT', route: `${base}/days/:date`, url: `${base}/days/2026-02-23`, body: { kind: 'holiday', name: 'Nghỉ trái phép' } },
        { method: 'DELETE', route: `${base}/days/:date`, url: `${base}/days/2026-02-17` },
      ],
      outsider: office.auth,
      allowedForOutsider: reads,
      tooLow: { office: office.auth, secretary: secretary.auth, member: member.auth },
      allowedForTooLow: { office: reads, secretary: reads, member: reads },
    }
  })
})
