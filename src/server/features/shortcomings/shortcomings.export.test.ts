// The register as an Excel file: the list's rows and filters, names only (no birth dates or contacts), audited.
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { addDays, todayIso } from '../../../common/dates.ts'
import { queryRows } from '../../db/client.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, withAuth } from '../../test/harness.ts'

const t = useTestApp()

describe('the register as an Excel file', () => {
  it('holds the filtered register of the subtree, names only, and is audited', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makeCycle(db, 'in_progress')
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const person = await makePerson(db, tree.cellA1, 'Ngô Thị Bích', { phone: '0912 345 678', birthDate: '1980-05-06' })
    const raise = (body: Record<string, unknown>) => call(t.app, office.auth, 'POST', '/api/v1/shortcomings', { organizationId: tree.communeA.id, ...body })
    await raise({ subjectPersonId: person.id, description: '=Chưa gương mẫu trong sinh hoạt chi bộ, còn đi muộn nhiều lần.', severity: 'high', dueOn: addDays(todayIso(), 30) })
    await raise({ subjectOrgId: tree.schoolA.id, description: 'Công tác kiểm tra, giám sát chưa thường xuyên.', cause: 'Ủy ban kiểm tra thiếu cán bộ.' })

    const res = await t.app.inject(withAuth(office.auth, { method: 'GET', url: `/api/v1/exports/shortcomings?org=${tree.communeA.id}` }))
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
    expect(String(res.headers['content-disposition'])).toContain('filename="han-che-khuyet-diem-')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer)
    const ws = workbook.worksheets[0]
    expect(ws.name).toBe('Hạn chế, khuyết điểm')
    const headers = (ws.getRow(1).values as unknown[]).slice(1)
    expect(headers.slice(0, 5)).toEqual(['STT', 'Đối tượng', 'Tên cá nhân, tổ chức', 'Đơn vị của cá nhân', 'Đơn vị nêu'])
    const rows: unknown[][] = []
    ws.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1))
    })
    expect(rows.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['Tổ chức', tree.schoolA.name, undefined, tree.communeA.name],
      ['Cá nhân', 'Ngô Thị Bích', tree.cellA1.name, tree.communeA.name],
    ])
    // Text that a spreadsheet could run is neutralized; no phone number or birth date anywhere.
    expect(rows[1][7]).toBe("'=Chưa gương mẫu trong sinh hoạt chi bộ, còn đi muộn nhiều lần.")
    expect(JSON.stringify(rows)).not.toMatch(/0912|1980/)

    const high = await t.app.inject(withAuth(office.auth, { method: 'GET', url: `/api/v1/exports/shortcomings?org=${tree.communeA.id}&severity=high` }))
    const filtered = new ExcelJS.Workbook()
    await filtered.xlsx.load(high.rawPayload as unknown as ExcelJS.Buffer)
    expect(filtered.worksheets[0].rowCount).toBe(2)
    const [audit] = await queryRows<{ organization_id: string; data: { rows: number; filters: Record<string, unknown> } }>(db, sql`
      select organization_id, data from audit_events where action = 'export.shortcomings' order by seq desc limit 1`)
    expect(audit).toMatchObject({ organization_id: tree.communeA.id, data: { rows: 1, filters: { org: tree.communeA.id, severity: 'high' } } })
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], person.id)
    expect((await call(t.app, member.auth, 'GET', `/api/v1/exports/shortcomings?org=${tree.cellA1.id}`)).status).toBe(403)
  })
})
