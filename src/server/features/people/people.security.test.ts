import { describe } from 'vitest'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { queryRows } from '../../db/client.ts'
import { sql } from 'drizzle-orm'

const t = useTestApp()
const base = '/api/v1/people'

describe('people security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const person = await makePerson(db, tree.cellA1, 'Cù Thị Mai', { phone: '0901 234 567' })
    const [placement] = await queryRows<{ id: string }>(db, sql`select id from placements where person_id = ${person.id}`)
    const id = person.id
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const leader = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.schoolA }])
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    // A plain member of the same cell, whose account is not linked to this person.
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    const reads = [`GET ${base}`, `GET ${base}/:id`]
    const placementBody = { organizationId: tree.cellA1.id, position: 'Đảng viên', fromDate: '2025-01-01' }
    return {
      cases: [
        // With `org`: without it the list answers each caller with the people of their own units.
        { method: 'GET', route: base, url: `${base}?org=${tree.cellA1.id}` },
        { method: 'GET', route: `${base}/:id`, url: `${base}/${id}` },
        { method: 'POST', route: base, url: base, body: { fullName: 'Người Mới Thêm', placement: placementBody } },
        { method: 'PATCH', route: `${base}/:id`, url: `${base}/${id}`, body: { phone: '0999 999 999' } },
        { method: 'POST', route: `${base}/:id/placements`, url: `${base}/${id}/placements`, body: { ...placementBody, organizationId: tree.cellA2.id, isPrimary: false } },
        { method: 'PATCH', route: `${base}/:id/placements/:placementId`, url: `${base}/${id}/placements/${placement.id}`, body: { toDate: '2025-06-30', endReason: 'left' } },
      ],
      outsider: outsider.auth,
      tooLow: { leader: leader.auth, inspector: inspector.auth, secretary: secretary.auth, member: member.auth },
      // Leaders, inspectors and secretaries read the people of their units; none of them changes anyone.
      allowedForTooLow: { leader: reads, inspector: reads, secretary: reads },
    }
  })
})
