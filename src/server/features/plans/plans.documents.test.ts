// A plan out of the application: the Excel export (items in outline order, rolled-up progress, status, owner, due
// date, latest update) and the Word documents in the Party format (the plan as issued, the review over a period), each
// audited and readable only by the plan's readers.
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { readDocx } from '../../test/docx.ts'
import { makeCycle } from '../../test/factories.ts'
import { call, useTestApp, withAuth } from '../../test/harness.ts'
import { makeItem, makePlan, planWorld, type PlanWorld } from '../../test/plan-fixtures.ts'
import { reportingPeriods } from './plans.table.ts'

const t = useTestApp({ SOFFICE_PATH: 'none' })
let w: PlanWorld
let planId: string
let periodId: string

beforeAll(async () => {
  w = await planWorld(t.database.db)
  planId = await makePlan(t, w.communeA.auth, w.tree.communeA.id, w.cycle.id, 'Kế hoạch thực hiện Chỉ thị 05-CT/TW năm nay')
  await call(t.app, w.communeA.auth, 'PATCH', `/api/v1/plans/${planId}`, { documentNumber: '12-KH/ĐU' })
  const top = await makeItem(t, w.communeA.auth, planId, { kind: 'breakthrough', title: 'Xây dựng mô hình dân vận khéo', expectedResult: 'Mỗi thôn 01 mô hình', ownerOrgId: w.tree.schoolA.id, dueOn: `${w.cycle.year}-10-31` })
  const sub = await makeItem(t, w.communeA.auth, planId, { title: '=Chọn mô hình điểm ở thôn 1', parentId: top.id })
  await makeItem(t, w.communeA.auth, planId, { kind: 'pressing', title: 'Xử lý dứt điểm rác thải tại chợ' })
  await call(t.app, w.communeA.auth, 'POST', `/api/v1/plan-items/${sub.id}/updates`, { progress: 40, status: 'in_progress', note: 'Đã chọn xong mô hình điểm' })
  const [p] = await t.database.db.insert(reportingPeriods).values({ cycleId: w.cycle.id, kind: 'half', label: `6 tháng đầu năm ${w.cycle.year}`, startsOn: '1900-01-01', endsOn: '2999-12-31', dueOn: '2999-12-31' }).returning()
  periodId = p.id
})

describe('plan exports and documents', () => {
  it('exports the plan to Excel in outline order, formulas neutralized, audited', async () => {
    const res = await t.app.inject(withAuth(w.office.auth, { method: 'GET', url: `/api/v1/exports/plan?plan=${planId}` }))
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ke-hoach-/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer)
    const ws = wb.worksheets[0]
    expect((ws.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['STT', 'Loại', 'Nhiệm vụ, chỉ tiêu'])
    const col = (key: number) => [2, 3, 4].map((r) => ws.getRow(r).getCell(key).value)
    expect(col(1)).toEqual(['1', '1.1', '2'])
    expect(col(2)).toEqual(['Nhiệm vụ đột phá', 'Nhiệm vụ', 'Vấn đề bức xúc, nổi cộm'])
    expect(col(3)[1]).toBe("'=Chọn mô hình điểm ở thôn 1")
    expect(col(9)).toEqual([40, 40, 0])
    expect(col(10)).toEqual(['Đang thực hiện', 'Đang thực hiện', 'Chưa thực hiện'])
    expect(ws.getRow(3).getCell(14).value).toBe('Đã chọn xong mô hình điểm')
    const [audit] = await queryRows<{ data: { rows: number } }>(t.database.db, sql`select data from audit_events where action = 'export.plan'`)
    expect(audit.data.rows).toBe(3)
    expect((await call(t.app, w.communeB.auth, 'GET', `/api/v1/exports/plan?plan=${planId}`)).status).toBe(403)
  })

  it('prints the plan in the Party format: header, number as issued, the items as a numbered table', async () => {
    const res = await t.app.inject(withAuth(w.communeA.auth, { method: 'GET', url: `/api/v1/reports/plan?plan=${planId}` }))
    expect(res.statusCode).toBe(200)
    const { text } = await readDocx(res.rawPayload)
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM')
    expect(text).toContain('ĐẢNG BỘ TỈNH THỬ NGHIỆM')
    expect(text).toContain('ĐẢNG ỦY XÃ AN HÒA')
    expect(text).toContain('Số 12-KH/ĐU')
    expect(text).toMatch(/An Hòa, ngày \d{2} tháng \d{1,2} năm \d{4}/)
    expect(text).toContain('KẾ HOẠCH\nThực hiện Chỉ thị 05-CT/TW năm nay')
    expect(text).toContain('Xây dựng mô hình dân vận khéo (nhiệm vụ đột phá)')
    expect(text).toContain('1.1')
    expect(text).toContain('T/M ĐẢNG ỦY')
    expect(text).toContain('Lưu Văn phòng.')
    const [audit] = await queryRows<{ data: { kind: string } }>(t.database.db, sql`select data from audit_events where action = 'report.generate' order by seq desc limit 1`)
    expect(audit.data.kind).toBe('plan')
  })

  it('prints the six-month review: totals, each item with its progress and latest note in the period', async () => {
    const res = await t.app.inject(withAuth(w.office.auth, { method: 'GET', url: `/api/v1/reports/plan-review?plan=${planId}&period=${periodId}&number=9` }))
    expect(res.statusCode).toBe(200)
    const { text } = await readDocx(res.rawPayload)
    expect(text).toContain('Số 09-BC/ĐU')
    expect(text).toContain(`BÁO CÁO\nSơ kết 6 tháng đầu năm ${w.cycle.year} thực hiện Kế hoạch số 12-KH/ĐU`)
    expect(text).toContain('Kế hoạch có 3 nhiệm vụ, chỉ tiêu')
    expect(text).toContain('Đã chọn xong mô hình điểm')
    expect(text).toContain('Chưa báo cáo trong kỳ.')
    expect(text).toContain('Tiếp tục thực hiện các nhiệm vụ, chỉ tiêu chưa hoàn thành: Xây dựng mô hình dân vận khéo; Xử lý dứt điểm rác thải tại chợ.')
    const next = await makeCycle(t.database.db, 'in_progress')
    const [other] = await t.database.db.insert(reportingPeriods).values({ cycleId: next.id, kind: 'year', label: 'Năm sau', startsOn: `${next.year}-01-01`, endsOn: `${next.year}-12-31`, dueOn: `${next.year + 1}-01-08` }).returning()
    expect((await call(t.app, w.office.auth, 'GET', `/api/v1/reports/plan-review?plan=${planId}&period=${other.id}`)).status).toBe(422)
    expect((await call(t.app, w.communeB.auth, 'GET', `/api/v1/reports/plan?plan=${planId}`)).status).toBe(403)
  })
})
