import { describe } from 'vitest'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { plans } from '../plans/plans.table.ts'

const t = useTestApp()
const base = '/api/v1/exports'

describe('exports security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const cycle = await makeCycle(db, 'registration')
    await makePerson(db, tree.cellA1, 'Cù Thị Mai', { phone: '0901 234 567' })
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    // A plain member of the cell: reads the tree around their own unit, no list of people, commitments or ratings.
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    // A secretary of the neighbouring cell: their own unit only.
    const neighbour = await makeUser(db, [{ role: 'secretary', org: tree.cellA2, scope: 'unit' }])
    const cycleQuery = `org=${tree.cellA1.id}&cycle=${cycle.id}`
    const [plan] = await db.insert(plans).values({ organizationId: tree.schoolA.id, cycleId: cycle.id, title: 'Kế hoạch của Đảng bộ trường' }).returning()
    return {
      cases: [
        // With `org`: without it each caller gets the people of their own units, as the list does.
        { method: 'GET', route: `${base}/people`, url: `${base}/people?org=${tree.cellA1.id}` },
        { method: 'GET', route: `${base}/organizations`, url: `${base}/organizations?org=${tree.schoolA.id}` },
        { method: 'GET', route: `${base}/commitments`, url: `${base}/commitments?${cycleQuery}` },
        { method: 'GET', route: `${base}/evaluations`, url: `${base}/evaluations?${cycleQuery}` },
        { method: 'GET', route: `${base}/dashboard`, url: `${base}/dashboard?org=${tree.schoolA.id}&cycle=${cycle.id}` },
        { method: 'GET', route: `${base}/feedback`, url: `${base}/feedback?org=${tree.cellA1.id}` },
        { method: 'GET', route: `${base}/shortcomings`, url: `${base}/shortcomings?org=${tree.cellA1.id}` },
        { method: 'GET', route: `${base}/plan`, url: `${base}/plan?plan=${plan.id}` },
      ],
      outsider: outsider.auth,
      tooLow: { member: member.auth, neighbour: neighbour.auth },
    }
  })
})
