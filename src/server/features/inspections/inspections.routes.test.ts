import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import type { InspectionDetail, InspectionListItem } from '../../../common/contracts/inspections.ts'
import { addDays, todayIso } from '../../../common/dates.ts'
import { queryRows } from '../../db/client.ts'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, type Auth } from '../../test/harness.ts'
import { thisYear, thisYearsCycle, visitBody } from './inspections.fixtures.ts'

const t = useTestApp()
const api = '/api/v1'
const today = todayIso()

beforeAll(async () => {
  await thisYearsCycle(t.database.db)
})

const auditActions = async (entityId: string) =>
  (await queryRows<{ action: string }>(t.database.db, sql`select action from audit_events where entity_id = ${entityId} order by seq`)).map((r) => r.action)

async function schedule(auth: Auth, body: Record<string, unknown>) {
  const res = await call(t.app, auth, 'POST', `${api}/inspections`, body)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body as InspectionDetail
}

const conclusion = {
  heldOn: today,
  conclusion: 'Đảng ủy cơ bản thực hiện tốt việc nêu gương; còn một số hạn chế trong sinh hoạt chi bộ.',
  recommendations: 'Khắc phục ngay việc ghi biên bản sinh hoạt chi bộ; rà soát lại cam kết của đảng viên.',
  reportDueOn: addDays(today, 30),
}

describe('an inspection from programme to report back', () => {
  it('draws the checklist from the criteria, concludes with findings that become shortcomings, and takes the report back', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeA }])
    const province = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolA, scope: 'unit' }])
    const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])

    const created = await call(t.app, inspector.auth, 'POST', `${api}/inspection-programmes`, { orgId: tree.communeA.id, year: thisYear, title: `Chương trình kiểm tra, giám sát năm ${thisYear}`, documentNumber: '05-CTr/UBKT' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ year: thisYear, documentNumber: '05-CTr/UBKT', organization: { id: tree.communeA.id } })
    expect((await call(t.app, inspector.auth, 'POST', `${api}/inspection-programmes`, { orgId: tree.communeA.id, year: thisYear, title: 'Chương trình thứ hai' })).status).toBe(409)
    expect((await call(t.app, inspector.auth, 'PATCH', `${api}/inspection-programmes/${created.body.id}`, { documentNumber: '06-CTr/UBKT' })).status).toBe(200)
    const view = await call(t.app, province.auth, 'GET', `${api}/inspection-programmes?org=${tree.communeA.id}&year=${thisYear}`)
    expect(view.body).toMatchObject({ programme: { documentNumber: '06-CTr/UBKT' }, cycleExists: true, abilities: { manage: false } })

    const v = await schedule(inspector.auth, { ...visitBody(tree.communeA.id, tree.schoolA.id), drawCriteria: true, points: ['Việc ghi biên bản sinh hoạt chi bộ'] })
    expect(v).toMatchObject({ status: 'planned', programmeId: created.body.id, target: { id: tree.schoolA.id }, abilities: { edit: true, cancel: true, conclude: true, reportBack: false } })
    // The collective criteria of QĐ 366 (general, then tasks), then the point written by hand.
    expect(v.checks.length).toBeGreaterThan(2)
    expect(v.checks[0].criterionKey).toMatch(/:collective:/)
    expect(v.checks.at(-1)).toMatchObject({ criterionKey: null, criterion: 'Việc ghi biên bản sinh hoạt chi bộ', result: null })

    // A planned visit is not shown to the inspected unit (it may be unannounced).
    expect((await call(t.app, school.auth, 'GET', `${api}/inspections/${v.id}`)).status).toBe(404)
    const items = v.checks.map((c, i) => ({ id: c.id, criterion: c.criterion, result: i === 0 ? 'partly' : 'met', note: i === 0 ? 'Chưa đầy đủ' : null }))
    const saved = await call(t.app, inspector.auth, 'PUT', `${api}/inspections/${v.id}/checks`, { items })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.checks[0]).toMatchObject({ result: 'partly', note: 'Chưa đầy đủ', criterionKey: v.checks[0].criterionKey })

    const findings = [
      { description: 'Biên bản sinh hoạt chi bộ ghi chưa đầy đủ ý kiến phát biểu.', severity: 'medium' },
      { description: 'Chưa rà soát cam kết tu dưỡng, rèn luyện của đảng viên.', severity: 'high' },
    ]
    const done = await call(t.app, inspector.auth, 'POST', `${api}/inspections/${v.id}/conclude`, { ...conclusion, findings })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    const d = done.body as InspectionDetail
    expect(d).toMatchObject({ status: 'done', heldOn: today, findingCount: 2, reportOverdue: false, abilities: { edit: false, conclude: false, reportBack: false } })
    expect(d.findings.every((f) => f.shortcomingId)).toBe(true)
    const raised = await queryRows<{ id: string; source: string; subject_org_id: string; person_id: string | null; organization_id: string; severity: string; source_id: string }>(db,
      sql`select id, source, subject_org_id, person_id, organization_id, severity, source_id from shortcomings where source_id = ${v.id} order by severity`)
    expect(raised.map((r) => [r.source, r.subject_org_id, r.person_id, r.organization_id, r.severity])).toEqual([
      ['inspection', tree.schoolA.id, null, tree.communeA.id, 'high'], ['inspection', tree.schoolA.id, null, tree.communeA.id, 'medium'],
    ])
    expect(new Set(raised.map((r) => r.id))).toEqual(new Set(d.findings.map((f) => f.shortcomingId)))

    const twice = await call(t.app, inspector.auth, 'POST', `${api}/inspections/${v.id}/conclude`, { ...conclusion, findings: [] })
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toMatch(/đã kết luận/)

    // Concluded: the inspected unit reads it and reports back; a cell below it does not report; the inspector does not.
    const seen = (await call(t.app, school.auth, 'GET', `${api}/inspections/${v.id}`)).body as InspectionDetail
    expect(seen).toMatchObject({ recommendations: conclusion.recommendations, abilities: { reportBack: true, conclude: false } })
    const received = await call(t.app, school.auth, 'GET', `${api}/inspections/received?org=${tree.schoolA.id}`)
    expect(received.body.items.map((i: InspectionListItem) => i.id)).toEqual([v.id])
    const report = { report: 'Đã bổ sung biên bản, tổ chức rà soát cam kết của toàn bộ đảng viên.' }
    expect((await call(t.app, inspector.auth, 'POST', `${api}/inspections/${v.id}/report-back`, report)).status).toBe(403)
    expect((await call(t.app, cell.auth, 'POST', `${api}/inspections/${v.id}/report-back`, report)).status).toBe(404)
    const back = await call(t.app, school.auth, 'POST', `${api}/inspections/${v.id}/report-back`, report)
    expect(back.status, JSON.stringify(back.body)).toBe(200)
    expect(back.body).toMatchObject({ reportBack: report.report, abilities: { reportBack: false } })
    expect(back.body.reportedBackAt).toBeTruthy()
    expect((await call(t.app, school.auth, 'POST', `${api}/inspections/${v.id}/report-back`, report)).status).toBe(409)

    const list = await call(t.app, province.auth, 'GET', `${api}/inspections?org=${tree.root.id}&year=${thisYear}&subtree=true`)
    expect(list.body.items.map((i: InspectionListItem) => [i.id, i.status, i.findingCount])).toEqual([[v.id, 'done', 2]])
    expect((await call(t.app, province.auth, 'GET', `${api}/inspections?org=${tree.root.id}&year=${thisYear}`)).body.items).toEqual([])
    expect(await auditActions(v.id)).toEqual(['inspection.create', 'inspection.checks', 'inspection.conclude', 'inspection.report_back'])
  })

  it('names a person placed in the unit as the subject, and draws the individual criteria', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const person = await makePerson(db, tree.cellB1, 'Trần Thị Được Kiểm Tra')
    const v = await schedule(office.auth, { ...visitBody(tree.root.id, tree.cellB1.id, { inProgramme: false, kind: 'supervision' }), targetPersonId: person.id, drawCriteria: true })
    expect(v).toMatchObject({ programmeId: null, kind: 'supervision', targetPerson: { id: person.id, fullName: 'Trần Thị Được Kiểm Tra' } })
    expect(v.checks[0].criterionKey).toMatch(/:individual:/)
    const done = await call(t.app, office.auth, 'POST', `${api}/inspections/${v.id}/conclude`, { ...conclusion, findings: [{ description: 'Chưa gương mẫu trong việc thực hiện cam kết.', severity: 'low' }] })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    const [row] = await queryRows<{ person_id: string; subject_org_id: string | null }>(db, sql`select person_id, subject_org_id from shortcomings where source_id = ${v.id}`)
    expect(row).toEqual({ person_id: person.id, subject_org_id: null })
  })
})

describe('refusals', () => {
  it('answers 422 and 409 with clear messages', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeA }])
    const admin = await makeUser(db, [{ role: 'admin', org: tree.root }])
    const stranger = await makePerson(db, tree.cellA2, 'Người Ở Chi Bộ Khác')
    const post = (body: Record<string, unknown>) => call(t.app, inspector.auth, 'POST', `${api}/inspections`, body)

    // No programme yet for this level and year.
    const noProgramme = await post(visitBody(tree.communeA.id, tree.schoolA.id))
    expect(noProgramme.status).toBe(409)
    expect(noProgramme.body.error.message).toMatch(/chưa có chương trình/)
    const unscheduled = (extra: Record<string, unknown>) => visitBody(tree.communeA.id, tree.schoolA.id, { inProgramme: false, ...extra })
    for (const [extra, field] of [
      [{ targetOrgId: tree.communeB.id }, 'targetOrgId'],
      [{ targetOrgId: tree.communeA.id }, 'targetOrgId'],
      [{ targetOrgId: tree.cellA1.id, targetPersonId: stranger.id }, 'targetPersonId'],
      [{ plannedOn: addDays(today, 900) }, 'plannedOn'],
    ] as const) {
      const res = await post(unscheduled(extra))
      expect(res.status, JSON.stringify(extra)).toBe(422)
      expect(res.body.error.details.fields[0].path).toBe(field)
    }
    const outside = await call(t.app, inspector.auth, 'POST', `${api}/inspections`, unscheduled({ targetOrgId: tree.root.id }), { 'accept-language': 'en' })
    expect(outside.body.error.message).toBe('The inspected unit must lie under the inspecting level (not be that level itself).')

    const v = await schedule(inspector.auth, unscheduled({ points: ['Sổ sách đảng viên'] }))
    const early = await call(t.app, admin.auth, 'POST', `${api}/inspections/${v.id}/report-back`, { report: 'Báo cáo trước khi có kết luận.' })
    expect(early.status).toBe(409)
    expect(early.body.error.message).toMatch(/chưa có kết luận/)
    expect((await call(t.app, inspector.auth, 'POST', `${api}/inspections/${v.id}/conclude`, { ...conclusion, heldOn: addDays(today, 1), findings: [] })).status).toBe(422)
    const badDue = await call(t.app, inspector.auth, 'POST', `${api}/inspections/${v.id}/conclude`, { ...conclusion, reportDueOn: addDays(today, -1), findings: [] })
    expect(badDue.status).toBe(422)
    expect((await call(t.app, inspector.auth, 'PUT', `${api}/inspections/${v.id}/checks`, { items: [{ id: '00000000-0000-4000-8000-000000000000', criterion: 'Nội dung lạ', result: null }] })).status).toBe(422)

    expect((await call(t.app, inspector.auth, 'POST', `${api}/inspections/${v.id}/cancel`, { reason: 'Trùng lịch đại hội chi bộ' })).status).toBe(200)
    const cancelled = (await call(t.app, inspector.auth, 'GET', `${api}/inspections/${v.id}`)).body as InspectionDetail
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Trùng lịch đại hội chi bộ', conclusion: null })
    expect((await call(t.app, inspector.auth, 'POST', `${api}/inspections/${v.id}/conclude`, { ...conclusion, findings: [] })).status).toBe(409)
    expect((await call(t.app, inspector.auth, 'PATCH', `${api}/inspections/${v.id}`, { title: 'Đổi tên sau khi hủy' })).status).toBe(409)
  })

  it('flags a report back that is overdue', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeB }])
    const heldOn = today.slice(0, 4) === addDays(today, -10).slice(0, 4) ? addDays(today, -10) : today
    const v = await schedule(inspector.auth, visitBody(tree.communeB.id, tree.schoolB.id, { inProgramme: false, plannedOn: heldOn }))
    const res = await call(t.app, inspector.auth, 'POST', `${api}/inspections/${v.id}/conclude`, { ...conclusion, heldOn, reportDueOn: heldOn, findings: [] })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.reportOverdue).toBe(heldOn < today)
  })
})
