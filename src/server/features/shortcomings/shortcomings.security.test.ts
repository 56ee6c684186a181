import { describe } from 'vitest'
import { addDays, todayIso } from '../../../common/dates.ts'
import { makeCycle, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'

const t = useTestApp()
const base = '/api/v1/shortcomings'

describe('shortcomings security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const cycle = await makeCycle(db, 'in_progress')
    const school = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const body = { organizationId: tree.schoolA.id, subjectOrgId: tree.cellA1.id, description: 'Chi bộ chưa duy trì sinh hoạt định kỳ đúng quy định.' }
    const created = await call(t.app, school.auth, 'POST', base, body)
    const url = `${base}/${created.body.id}`
    const planned = await call(t.app, school.auth, 'POST', `${url}/actions`, { content: 'Xây dựng lịch sinh hoạt cả năm', ownerName: 'Bí thư chi bộ', dueOn: addDays(todayIso(), 30) })
    const actionId = planned.body.actions[0].id as string
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    // Reads the subtree and records shortcomings, but neither plans nor verifies remedies.
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.schoolA }])
    // The neighbouring cell's secretary: their own unit only.
    const neighbour = await makeUser(db, [{ role: 'secretary', org: tree.cellA2, scope: 'unit' }])
    // A member of the cell without a person record: nothing of the register.
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?org=${tree.schoolA.id}` },
        { method: 'GET', route: `${base}/summary`, url: `${base}/summary?org=${tree.schoolA.id}` },
        { method: 'GET', route: `${base}/mine`, url: `${base}/mine` },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'GET', route: `${base}/:id/evidence/:evidenceId`, url: `${url}/evidence/${actionId}` },
        { method: 'POST', route: base, url: base, body },
        { method: 'POST', route: `${base}/carry-over`, url: `${base}/carry-over?org=${tree.schoolA.id}&cycle=${cycle.id}` },
        { method: 'POST', route: `${base}/:id/actions`, url: `${url}/actions`, body: { content: 'Một biện pháp khác', ownerName: 'Chi ủy', dueOn: addDays(todayIso(), 20) } },
        { method: 'POST', route: `${base}/:id/actions/:actionId/reports`, url: `${url}/actions/${actionId}/reports`, body: { progress: 40, note: 'Đã xây dựng xong dự thảo.' } },
        { method: 'POST', route: `${base}/:id/propose`, url: `${url}/propose`, body: { note: 'Đã khắc phục xong.' } },
        { method: 'POST', route: `${base}/:id/verify`, url: `${url}/verify`, body: {} },
        { method: 'POST', route: `${base}/:id/reject`, url: `${url}/reject`, body: { reason: 'Chưa đủ căn cứ.' } },
        { method: 'POST', route: `${base}/:id/reopen`, url: `${url}/reopen`, body: { reason: 'Chưa hiệu quả.' } },
      ],
      outsider: outsider.auth,
      tooLow: { inspector: inspector.auth, neighbour: neighbour.auth, member: member.auth },
      allowedForTooLow: { inspector: [`GET ${base}`, `GET ${base}/summary`, `GET ${base}/:id`, `POST ${base}`] },
    }
  })
})
