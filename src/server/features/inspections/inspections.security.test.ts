// Every inspection route tried anonymously, from another subtree and with too low a role. A member has no access; a
// secretary of the inspected unit reads nothing while the visit is planned; an inspector of the level above reads.
import { todayIso } from '../../../common/dates.ts'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { thisYear, thisYearsCycle, visitBody } from './inspections.fixtures.ts'

const t = useTestApp()
const api = '/api/v1'

runSharedSecurityTests(t, '/api/v1/inspection', async () => {
  const db = t.database.db
  await thisYearsCycle(db)
  const tree = await makeTree(db)
  const other = await makeTree(db)
  const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeA }])
  const programme = (await call(t.app, inspector.auth, 'POST', `${api}/inspection-programmes`, { orgId: tree.communeA.id, year: thisYear, title: 'Chương trình kiểm tra năm nay' })).body
  const planned = (await call(t.app, inspector.auth, 'POST', `${api}/inspections`, { ...visitBody(tree.communeA.id, tree.schoolA.id), points: ['Sổ đảng viên'] })).body
  const concluded = (await call(t.app, inspector.auth, 'POST', `${api}/inspections`, visitBody(tree.communeA.id, tree.schoolA.id))).body
  await call(t.app, inspector.auth, 'POST', `${api}/inspections/${concluded.id}/conclude`, {
    heldOn: todayIso(), conclusion: 'Kết luận kiểm tra đầy đủ nội dung.', recommendations: 'Kiến nghị khắc phục trong quý tới.', findings: [],
  })
  const member = await makeUser(db, [{ role: 'member', org: tree.communeA }])
  const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolA, scope: 'unit' }])
  const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'subtree' }])
  const outsider = await makeUser(db, [{ role: 'inspector', org: other.communeA }])
  const conclude = { heldOn: todayIso(), conclusion: 'Kết luận thử không được phép.', recommendations: 'Kiến nghị thử không được phép.', findings: [{ description: 'Phát hiện thử không được phép ghi.', severity: 'low' }] }
  return {
    outsider: outsider.auth,
    tooLow: { member: member.auth, inspectedSecretary: school.auth, cellBelowTarget: cell.auth },
    // The inspected unit lists the visits it received and reports back on a concluded one (its happy path is in the
    // routes test); everything else — a planned visit included — stays closed to it.
    allowedForTooLow: { inspectedSecretary: ['GET /api/v1/inspections/received', 'POST /api/v1/inspections/:id/report-back'] },
    cases: [
      { method: 'GET', route: '/api/v1/inspection-programmes', url: `${api}/inspection-programmes?org=${tree.communeA.id}&year=${thisYear}` },
      { method: 'POST', route: '/api/v1/inspection-programmes', url: `${api}/inspection-programmes`, body: { orgId: tree.communeA.id, year: thisYear, title: 'Chương trình trái phép' } },
      { method: 'PATCH', route: '/api/v1/inspection-programmes/:id', url: `${api}/inspection-programmes/${programme.id}`, body: { title: 'Đổi tên trái phép' } },
      { method: 'GET', route: '/api/v1/inspections', url: `${api}/inspections?org=${tree.communeA.id}&year=${thisYear}` },
      { method: 'GET', route: '/api/v1/inspections/received', url: `${api}/inspections/received?org=${tree.schoolA.id}` },
      { method: 'POST', route: '/api/v1/inspections', url: `${api}/inspections`, body: visitBody(tree.communeA.id, tree.schoolA.id) },
      { method: 'GET', route: '/api/v1/inspections/:id', url: `${api}/inspections/${planned.id}` },
      { method: 'PATCH', route: '/api/v1/inspections/:id', url: `${api}/inspections/${planned.id}`, body: { title: 'Đổi tên trái phép' } },
      { method: 'PUT', route: '/api/v1/inspections/:id/checks', url: `${api}/inspections/${planned.id}/checks`, body: { items: [] } },
      { method: 'POST', route: '/api/v1/inspections/:id/conclude', url: `${api}/inspections/${planned.id}/conclude`, body: conclude },
      { method: 'POST', route: '/api/v1/inspections/:id/cancel', url: `${api}/inspections/${planned.id}/cancel`, body: { reason: 'Hủy trái phép' } },
      // The inspector of the inspecting level and a member may not answer for the inspected unit.
      { method: 'POST', route: '/api/v1/inspections/:id/report-back', url: `${api}/inspections/${concluded.id}/report-back`, body: { report: 'Báo cáo trái phép của người khác.' } },
    ],
  }
})
