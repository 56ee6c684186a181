import { describe } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'

const t = useTestApp()
const base = '/api/v1/models/summary'

describe('models summary security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const q = `org=${tree.schoolA.id}&year=2031`
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    // A member of the school reads nothing of the dashboard; the neighbouring cell's secretary only their own cell.
    const member = await makeUser(db, [{ role: 'member', org: tree.schoolA }])
    const cellSecretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    // The leader of the other commune (the ward) does not reach this school.
    const wardLeader = await makeUser(db, [{ role: 'leader', org: tree.communeB }])
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?${q}` },
        { method: 'GET', route: `${base}/silent`, url: `${base}/silent?${q}` },
        { method: 'GET', route: `${base}.xlsx`, url: `${base}.xlsx?${q}` },
      ],
      outsider: outsider.auth,
      tooLow: { member: member.auth, cellSecretary: cellSecretary.auth, wardLeader: wardLeader.auth },
    }
  })
})
