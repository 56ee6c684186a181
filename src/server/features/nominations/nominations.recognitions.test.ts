// Recognitions from the ratings, over real cycles and decided evaluations written straight into their tables: members
// rated "Hoàn thành xuất sắc nhiệm vụ" for a year with their runs of consecutive years ("5 năm liền" from five), the
// organizations so rated ("trong sạch, vững mạnh tiêu biểu"), name-ordered pages, and the Excel file.
import ExcelJS from 'exceljs'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import type { RecognitionPage } from '../../../common/contracts/nominations.ts'
import { makePerson, makeTree, makeUser, type Tree } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { cycleOfYear, ratedMember, ratedOrganization } from '../../test/nomination-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { streakEnding } from './nominations.recognitions.ts'

const t = useTestApp()
const base = '/api/v1/recognitions'

describe('streakEnding', () => {
  it('counts the consecutive years ending with the year asked', () => {
    expect(streakEnding(new Set([2020, 2021, 2022, 2023, 2024]), 2024)).toBe(5)
    expect(streakEnding(new Set([2020, 2021, 2023, 2024]), 2024)).toBe(2)
    expect(streakEnding(new Set([2020, 2021, 2022]), 2024)).toBe(0)
    expect(streakEnding(new Set(), 2024)).toBe(0)
  })
})

describe('recognitions over a subtree', () => {
  let tree: Tree
  let office: Awaited<ReturnType<typeof makeUser>>
  const cycles = new Map<number, CycleRow>()
  const names = { five: 'Nguyễn Thị Năm', gap: 'Lê Văn Gián', other: 'Phạm Văn Khác', good: 'Trần Văn Tốt', six: 'Bùi Văn Sáu' }

  beforeAll(async () => {
    const db = t.database.db
    tree = await makeTree(db)
    office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    // Cycles 2041–2046 and 2048: 2047 has none, so a run through it breaks.
    for (const year of [2041, 2042, 2043, 2044, 2045, 2046, 2048]) cycles.set(year, await cycleOfYear(db, year))
    const five = await makePerson(db, tree.cellA1, names.five)
    const gap = await makePerson(db, tree.cellA2, names.gap)
    const other = await makePerson(db, tree.cellB1, names.other)
    const good = await makePerson(db, tree.cellA1, names.good)
    const six = await makePerson(db, tree.cellA2, names.six)
    for (const y of [2041, 2042, 2043, 2044, 2045]) await ratedMember(db, cycles.get(y)!, five.id, tree.cellA1, 'excellent')
    for (const y of [2043, 2045]) await ratedMember(db, cycles.get(y)!, gap.id, tree.cellA2, 'excellent')
    await ratedMember(db, cycles.get(2044)!, gap.id, tree.cellA2, 'good')
    await ratedMember(db, cycles.get(2045)!, other.id, tree.cellB1, 'excellent')
    await ratedMember(db, cycles.get(2045)!, good.id, tree.cellA1, 'good')
    for (const y of [2041, 2042, 2043, 2044, 2045, 2046, 2048]) await ratedMember(db, cycles.get(y)!, six.id, tree.cellA2, 'excellent')
    for (const y of [2041, 2042, 2043, 2044, 2045]) await ratedOrganization(db, cycles.get(y)!, tree.schoolA, 'excellent')
    await ratedOrganization(db, cycles.get(2044)!, tree.cellA2, 'excellent', false)
    await ratedOrganization(db, cycles.get(2045)!, tree.cellA2, 'excellent')
    await ratedOrganization(db, cycles.get(2045)!, tree.cellA1, 'good')
    await ratedOrganization(db, cycles.get(2045)!, tree.schoolB, 'excellent')
  })

  it('lists the members rated excellent with their runs, and the organizations "trong sạch, vững mạnh tiêu biểu"', async () => {
    const res = await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&year=2045`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const page = res.body as RecognitionPage
    // Name order: by given name (Gián, Năm, Sáu); the other commune's and the merely good are not there.
    expect(page.members.map((m) => [m.fullName, m.unit.id, m.streak, m.fiveYears])).toEqual([
      [names.gap, tree.cellA2.id, 1, false],
      [names.five, tree.cellA1.id, 5, true],
      [names.six, tree.cellA2.id, 5, true],
    ])
    // A proposed rating is not a decided one: the cell's run starts in 2045.
    expect(page.organizations.map((o) => [o.id, o.streak, o.fiveYears])).toEqual([
      [tree.cellA2.id, 1, false],
      [tree.schoolA.id, 5, true],
    ])
    expect(page.nextCursor).toBeNull()
  })

  it('breaks a run at a year without a cycle, and pages members in name order', async () => {
    const later = await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&year=2046`)
    expect(later.body.members.map((m: { fullName: string; streak: number }) => [m.fullName, m.streak])).toEqual([[names.six, 6]])
    expect(later.body.organizations).toEqual([])
    const gap = await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&year=2048`)
    expect(gap.body.members.map((m: { fullName: string; streak: number }) => [m.fullName, m.streak])).toEqual([[names.six, 1]])

    const first = await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&year=2045&limit=2`)
    expect(first.body.members.map((m: { fullName: string }) => m.fullName)).toEqual([names.gap, names.five])
    const second = await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&year=2045&limit=2&cursor=${first.body.nextCursor}`)
    expect(second.body.members.map((m: { fullName: string }) => m.fullName)).toEqual([names.six])
    expect(second.body.nextCursor).toBeNull()
    // One cell's own subtree.
    const cell = await call(t.app, office.auth, 'GET', `${base}?org=${tree.cellA1.id}&year=2045`)
    expect(cell.body.members.map((m: { fullName: string }) => m.fullName)).toEqual([names.five])
    expect((await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeB.id}&year=2045`)).status).toBe(403)
    expect((await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}`)).status).toBe(422)
  })

  it('exports the same as an Excel file, audited', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${base}.xlsx?org=${tree.communeA.id}&year=2045`, headers: { authorization: `Bearer ${office.token}` } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ghi-nhan-2045-dang-bo-xa-an-hoa\.xlsx"/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const ws = workbook.worksheets[0]
    expect(ws.name).toBe('Ghi nhận năm 2045')
    const rows = ws.getSheetValues().slice(2).map((r) => Array.from({ length: 8 }, (_, i) => (r as unknown[])[i + 1] ?? null))
    expect(rows).toEqual([
      [1, 'Tổ chức', tree.cellA2.name, null, 2045, 'Trong sạch, vững mạnh tiêu biểu năm 2045', 1, null],
      [2, 'Tổ chức', tree.schoolA.name, null, 2045, 'Trong sạch, vững mạnh tiêu biểu năm 2045', 5, '5 năm liền'],
      [3, 'Cá nhân', names.gap, tree.cellA2.name, 2045, 'Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2045', 1, null],
      [4, 'Cá nhân', names.five, tree.cellA1.name, 2045, 'Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2045', 5, '5 năm liền'],
      [5, 'Cá nhân', names.six, tree.cellA2.name, 2045, 'Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2045', 5, '5 năm liền'],
    ])
    const audits = await t.database.db.select({ data: auditEvents.data }).from(auditEvents).where(and(eq(auditEvents.action, 'export.recognitions'), eq(auditEvents.organizationId, tree.communeA.id)))
    expect(audits).toEqual([{ data: { filters: { org: tree.communeA.id, year: 2045 } } }])
  })
})
