// The dashboard of models and nominations on a hand-built province: nominations by level and status, commended models
// by area, kind and sub-unit, replication and its spread, the units that nominated nothing (and their list, paged in
// Vietnamese order), the year filter and its default, refusals, and the Excel workbook read back.
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ModelSummary } from '../../../common/contracts/modelStats.ts'
import type { ModelArea, ModelKind, NominationStatus } from '../../../common/contracts/models.base.ts'
import { queryRows, type Db } from '../../db/client.ts'
import { makeCycle, makePerson, makeTree, makeUser, type Tree } from '../../test/factories.ts'
import { call, useTestApp, withAuth, type Auth } from '../../test/harness.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { modelAdoptions, models } from './models.table.ts'
import { nominations } from '../nominations/nominations.table.ts'
import { rubricForYear } from '../rubrics/rubrics.query.ts'

const t = useTestApp()
const base = '/api/v1/models/summary'
const Y = 2031

async function model(db: Db, org: OrgRow, kind: ModelKind, area: ModelArea, title: string, extra: Partial<typeof models.$inferInsert> = {}) {
  const personId = kind === 'person' ? (await makePerson(db, org, 'Hồ Thị Mai')).id : null
  const [row] = await db.insert(models).values({ kind, area, title, organizationId: org.id, personId, summary: `Tóm tắt: ${title}`, ...extra }).returning()
  return row
}

async function nominate(db: Db, modelId: string, by: OrgRow, at: OrgRow, status: NominationStatus, year = Y) {
  const rubricId = (await rubricForYear(db, year))!.id
  await db.insert(nominations).values({ modelId, year, nominatedByOrgId: by.id, atOrgId: at.id, status, rubricId, reason: 'Tiêu biểu, có kết quả cụ thể, nhân rộng được.' })
}

async function adopt(db: Db, modelId: string, by: OrgRow, adoptedOn: string) {
  await db.insert(modelAdoptions).values({ modelId, organizationId: by.id, adoptedOn, result: 'Đã áp dụng, bước đầu có hiệu quả.' })
}

let tree: Tree
let office: Auth
let ids: Record<'mA1' | 'mA2' | 'mB1' | 'mB2' | 'mRoot', string>

/**
 * Y: the cell A1 nominates its practice (at the school, in review); the school A its collective (commended by the
 * commune); the cell B1 a person (commended by the province); the cell B2 a practice (returned to it); the province its
 * own practice (declined); the cell A2 one it withdrew. Y−1: the cell B2's practice commended by the province.
 * Adoptions: the school A's collective by the cell A2, the cell B1 and the school B in Y, by the ward B in Y−1 and by a
 * unit of another province in Y; the cell B1's person by the cell A1 in Y.
 */
beforeAll(async () => {
  const db = t.database.db
  tree = await makeTree(db)
  const other = await makeTree(db)
  office = (await makeUser(db, [{ role: 'office', org: tree.root }])).auth
  const mA1 = await model(db, tree.cellA1, 'practice', 'style', 'Mô hình "Chi bộ 4 tốt" ở Trường An Hòa')
  const mA2 = await model(db, tree.schoolA, 'collective', 'ethics', 'Tập thể giáo viên Trường THPT An Hòa', { commendedYear: Y })
  const mB1 = await model(db, tree.cellB1, 'person', 'ideology', 'Cô giáo Hồ Thị Mai', { commendedYear: Y })
  const mB2 = await model(db, tree.cellB2, 'practice', 'ideology', 'Mô hình "Tủ sách Bác Hồ"', { commendedYear: Y - 1 })
  const mRoot = await model(db, tree.root, 'practice', 'style', 'Mô hình "Dân vận khéo" của tỉnh')
  const mA2x = await model(db, tree.cellA2, 'practice', 'ethics', 'Mô hình đã rút')
  await nominate(db, mA1.id, tree.cellA1, tree.schoolA, 'in_review')
  await nominate(db, mA2.id, tree.schoolA, tree.communeA, 'commended')
  await nominate(db, mB1.id, tree.cellB1, tree.root, 'commended')
  await nominate(db, mB2.id, tree.cellB2, tree.cellB2, 'returned')
  await nominate(db, mRoot.id, tree.root, tree.root, 'declined')
  await nominate(db, mA2x.id, tree.cellA2, tree.schoolA, 'withdrawn')
  await nominate(db, mB2.id, tree.cellB2, tree.root, 'commended', Y - 1)
  await adopt(db, mA2.id, tree.cellA2, `${Y}-03-01`)
  await adopt(db, mA2.id, tree.cellB1, `${Y}-04-01`)
  await adopt(db, mA2.id, tree.schoolB, `${Y}-05-01`)
  await adopt(db, mA2.id, tree.communeB, `${Y - 1}-06-01`)
  await adopt(db, mA2.id, other.cellA1, `${Y}-07-01`)
  await adopt(db, mB1.id, tree.cellA1, `${Y}-02-01`)
  ids = { mA1: mA1.id, mA2: mA2.id, mB1: mB1.id, mB2: mB2.id, mRoot: mRoot.id }
})

const counts = (c: Partial<Record<NominationStatus, number>>) => {
  const full = { in_review: 0, returned: 0, declined: 0, commended: 0, withdrawn: 0, ...c }
  return { ...full, total: Object.values(full).reduce((a, b) => a + b, 0) }
}

async function summary(auth: Auth, org: OrgRow, year?: number): Promise<ModelSummary> {
  const res = await call(t.app, auth, 'GET', `${base}?org=${org.id}${year ? `&year=${year}` : ''}`)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}

describe('the dashboard over the province', () => {
  it('counts nominations by the level holding them and by status', async () => {
    const s = await summary(office, tree.root, Y)
    expect(s.organization).toEqual({ id: tree.root.id, name: tree.root.name, kind: 'province' })
    expect(s.year).toBe(Y)
    expect(s.nominations.totals).toEqual(counts({ in_review: 1, returned: 1, declined: 1, commended: 2, withdrawn: 1 }))
    expect(s.nominations.byLevel).toEqual([
      { level: 'province', ...counts({ commended: 1, declined: 1 }) },
      { level: 'commune', ...counts({ commended: 1 }) },
      { level: 'grassroots', ...counts({ in_review: 1, withdrawn: 1 }) },
      { level: 'cell', ...counts({ returned: 1 }) },
    ])
  })

  it('counts the models commended in the year by area, kind and sub-unit', async () => {
    const s = await summary(office, tree.root, Y)
    expect(s.commended).toEqual({ total: 2, byArea: { ideology: 1, ethics: 1, style: 0 }, byKind: { person: 1, collective: 1, practice: 0 } })
    // The province's own, then its sub-units in Vietnamese order.
    const [own, b, a] = s.units
    expect(own).toMatchObject({ id: tree.root.id, own: true, nominations: counts({ declined: 1 }), commended: { total: 0 }, units: 0, silent: 0 })
    expect(a).toMatchObject({
      id: tree.communeA.id, name: tree.communeA.name, kind: 'commune', own: false,
      nominations: counts({ in_review: 1, commended: 1, withdrawn: 1 }), commended: { total: 1, ethics: 1, ideology: 0, style: 0 },
    })
    expect(b).toMatchObject({ id: tree.communeB.id, kind: 'ward', nominations: counts({ returned: 1, commended: 1 }), commended: { total: 1, ideology: 1 } })
    expect(s.units).toHaveLength(3)
  })

  it('counts adoptions in the year, and how far the most adopted models spread', async () => {
    const s = await summary(office, tree.root, Y)
    // By the subtree's units: A2, B1, school B, A1 (the other province's unit and last year's are not counted).
    expect(s.replication.bySubtree).toBe(4)
    // Of the subtree's models, by anyone: those four and the other province's unit.
    expect(s.replication.ofSubtreeModels).toBe(5)
    expect(s.units.map((u) => [u.id, u.adoptions])).toEqual([[tree.root.id, 0], [tree.communeB.id, 2], [tree.communeA.id, 2]])
    expect(s.replication.top).toEqual([
      {
        model: { id: ids.mA2, title: 'Tập thể giáo viên Trường THPT An Hòa', kind: 'collective', area: 'ethics' }, unit: { id: tree.schoolA.id, name: tree.schoolA.name },
        adoptions: 5, thisYear: 4, branches: 2, outside: 1,
      },
      { model: expect.objectContaining({ id: ids.mB1 }), unit: { id: tree.cellB1.id, name: tree.cellB1.name }, adoptions: 1, thisYear: 1, branches: 1, outside: 0 },
    ])
  })

  it('counts the units that nominated nothing (a withdrawn nomination does not count), by sub-unit', async () => {
    const s = await summary(office, tree.root, Y)
    expect(s.silent).toEqual({ units: 8, silent: 4 })
    expect(s.units.slice(1).map((u) => [u.name, u.units, u.silent])).toEqual([[tree.communeB.name, 4, 2], [tree.communeA.name, 4, 2]])
  })

  it('lists those units in Vietnamese order, a page at a time, with their parent', async () => {
    const first = await call(t.app, office, 'GET', `${base}/silent?org=${tree.root.id}&year=${Y}&limit=2`)
    expect(first.status).toBe(200)
    expect(first.body.total).toBe(4)
    expect(first.body.items).toEqual([
      { id: tree.cellA2.id, name: 'Chi bộ Hành chính An Hòa', kind: 'cell', parent: { id: tree.schoolA.id, name: tree.schoolA.name } },
      { id: tree.communeB.id, name: 'Đảng bộ phường Bình Minh', kind: 'ward', parent: { id: tree.root.id, name: tree.root.name } },
    ])
    const second = await call(t.app, office, 'GET', `${base}/silent?org=${tree.root.id}&year=${Y}&limit=2&cursor=${first.body.nextCursor}`)
    expect(second.body.items.map((u: { name: string }) => u.name)).toEqual(['Đảng bộ Trường THCS Bình Minh', 'Đảng bộ xã An Hòa'])
    expect(second.body.nextCursor).toBeNull()
  })
})

describe('the year and the subtree', () => {
  it('counts only the year asked for', async () => {
    const s = await summary(office, tree.root, Y - 1)
    expect(s.nominations.totals).toEqual(counts({ commended: 1 }))
    expect(s.nominations.byLevel).toEqual([{ level: 'province', ...counts({ commended: 1 }) }])
    expect(s.commended).toEqual({ total: 1, byArea: { ideology: 1, ethics: 0, style: 0 }, byKind: { person: 0, collective: 0, practice: 1 } })
    expect(s.replication.bySubtree).toBe(1)
    expect(s.replication.top.map((m) => [m.model.id, m.adoptions, m.thisYear])).toEqual([[ids.mA2, 1, 1]])
    // Every nominating unit but the cell B2 was silent that year.
    expect(s.silent).toEqual({ units: 8, silent: 7 })
    expect(s.years).toEqual(expect.arrayContaining([Y, Y - 1]))
    const none = await summary(office, tree.root, Y + 5)
    expect(none.nominations.totals.total).toBe(0)
    expect(none.silent).toEqual({ units: 8, silent: 8 })
  })

  it('over a commune: its own figures, its branch, and adoptions elsewhere counted as outside', async () => {
    const inspector = (await makeUser(t.database.db, [{ role: 'inspector', org: tree.communeA }])).auth
    const s = await summary(inspector, tree.communeA, Y)
    expect(s.nominations.totals).toEqual(counts({ in_review: 1, commended: 1, withdrawn: 1 }))
    expect(s.nominations.byLevel.map((l) => l.level)).toEqual(['commune', 'grassroots'])
    expect(s.units.map((u) => [u.name, u.own, u.units, u.silent])).toEqual([
      [tree.communeA.name, true, 1, 1],
      [tree.schoolA.name, false, 3, 1],
    ])
    expect(s.replication.bySubtree).toBe(2)
    expect(s.replication.top).toEqual([expect.objectContaining({ model: expect.objectContaining({ id: ids.mA2 }), adoptions: 5, branches: 1, outside: 4 })])
  })

  it('over a school, for its secretary (a grant on that unit only)', async () => {
    const secretary = (await makeUser(t.database.db, [{ role: 'secretary', org: tree.schoolA, scope: 'unit' }])).auth
    const s = await summary(secretary, tree.schoolA, Y)
    expect(s.nominations.totals).toEqual(counts({ in_review: 1, commended: 1, withdrawn: 1 }))
    expect(s.units.map((u) => [u.name, u.own, u.silent])).toEqual([[tree.schoolA.name, true, 0], [tree.cellA1.name, false, 0], [tree.cellA2.name, false, 1]])
    expect((await call(t.app, secretary, 'GET', `${base}?org=${tree.communeA.id}&year=${Y}`)).status).toBe(403)
  })

  it('defaults to the current cycle\'s year', async () => {
    const cycle = await makeCycle(t.database.db, 'in_progress')
    const s = await summary(office, tree.root)
    expect(s.year).toBe(cycle.year)
    const page = await call(t.app, office, 'GET', `${base}/silent?org=${tree.root.id}`)
    expect(page.body.total).toBe(8)
  })
})

describe('refusals', () => {
  it('answers a bad year, an unknown unit and a forged cursor with a clear 4xx', async () => {
    const bad = await call(t.app, office, 'GET', `${base}?org=${tree.root.id}&year=hai-nghin`)
    expect(bad.status).toBe(422)
    expect(bad.body.error.details.fields).toEqual([{ path: 'year', message: 'Năm tổng hợp phải là một năm, từ 1900 đến 2199 (ví dụ 2026).' }])
    const en = await call(t.app, office, 'GET', `${base}?org=${tree.root.id}&year=99999`, undefined, { 'accept-language': 'en' })
    expect(en.body.error.details.fields[0].message).toBe('The year must be a year from 1900 to 2199 (e.g. 2026).')
    const unknown = await call(t.app, office, 'GET', `${base}?org=${crypto.randomUUID()}&year=${Y}`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.message).toBe('Không tìm thấy tổ chức.')
    const forged = await call(t.app, office, 'GET', `${base}/silent?org=${tree.root.id}&cursor=${Buffer.from('["a"]').toString('base64url')}`)
    expect(forged.status).toBe(422)
    expect(forged.body.error.message).toBe('Con trỏ phân trang không hợp lệ.')
  })
})

describe('the Excel workbook', () => {
  const values = (ws: ExcelJS.Worksheet) => {
    const rows: unknown[][] = []
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    return rows
  }

  it('holds the dashboard\'s figures in five sheets, and is audited', async () => {
    const res = await t.app.inject(withAuth(office, { method: 'GET', url: `${base}.xlsx?org=${tree.root.id}&year=${Y}` }))
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(String(res.headers['content-disposition'])).toContain(`filename="tong-hop-guong-dien-hinh-${Y}-dang-bo-tinh-thu-nghiem-`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Đề cử theo cấp', 'Khen thưởng theo lĩnh vực', 'Theo đơn vị trực thuộc', 'Nhân rộng', 'Đơn vị chưa đề cử'])
    const [levels, areas, units, replication, silent] = workbook.worksheets.map(values)

    expect(levels[1]).toEqual(['Tổng số đề cử', 6])
    expect(levels[2]).toEqual(['Cấp đang giữ hồ sơ', 'Đang xem xét', 'Trả lại', 'Không đề nghị', 'Đã khen thưởng', 'Đã rút', 'Tổng số'])
    expect(levels.slice(3)).toEqual([
      ['Cấp tỉnh, thành phố', 0, 0, 1, 1, 0, 2], ['Cấp xã', 0, 0, 0, 1, 0, 1], ['Cấp cơ sở', 1, 0, 0, 0, 1, 2], ['Chi bộ', 0, 1, 0, 0, 0, 1],
      ['Tổng cộng', 1, 1, 1, 2, 1, 6],
    ])
    expect(areas.slice(3)).toEqual([
      ['Lĩnh vực', 'Tư tưởng Hồ Chí Minh', 1], ['Lĩnh vực', 'Đạo đức Hồ Chí Minh', 1], ['Lĩnh vực', 'Phong cách Hồ Chí Minh', 0],
      ['Loại', 'Cá nhân', 1], ['Loại', 'Tập thể', 1], ['Loại', 'Mô hình, cách làm', 0],
    ])
    expect(units.slice(2).map((r) => [r[1], r[8], r[9], r[13], r[14], r[15]])).toEqual([
      [`${tree.root.name} (đơn vị)`, 1, 0, 0, 0, 0],
      [tree.communeB.name, 2, 1, 2, 4, 2],
      [tree.communeA.name, 3, 1, 2, 4, 2],
    ])
    expect(replication.slice(1, 3)).toEqual([
      ['Lượt nhân rộng do các đơn vị trong phạm vi ghi nhận trong năm', 4], ['Lượt nhân rộng các mô hình của phạm vi trong năm (mọi đơn vị)', 5],
    ])
    expect(replication.slice(4)).toEqual([
      [1, 'Tập thể giáo viên Trường THPT An Hòa', 'Tập thể', 'Đạo đức Hồ Chí Minh', tree.schoolA.name, 5, 4, 2, 1],
      [2, 'Cô giáo Hồ Thị Mai', 'Cá nhân', 'Tư tưởng Hồ Chí Minh', tree.cellB1.name, 1, 1, 1, 0],
    ])
    expect(silent.slice(4).map((r) => [r[0], r[1], r[3]])).toEqual([
      [1, 'Chi bộ Hành chính An Hòa', tree.schoolA.name], [2, 'Đảng bộ phường Bình Minh', tree.root.name],
      [3, 'Đảng bộ Trường THCS Bình Minh', tree.communeB.name], [4, 'Đảng bộ xã An Hòa', tree.root.name],
    ])
    const [event] = await queryRows<{ organization_id: string; data: unknown }>(t.database.db, sql`
      select organization_id, data from audit_events where action = 'export.model_summary' order by seq desc limit 1`)
    expect(event).toEqual({ organization_id: tree.root.id, data: { filters: { org: tree.root.id, year: Y }, rows: 4 } })
  })

  it('neutralizes text a spreadsheet could run', async () => {
    const db = t.database.db
    const risky = await model(db, tree.cellA1, 'practice', 'style', '=HYPERLINK("http://x.invalid","bấm")')
    await adopt(db, risky.id, tree.cellA2, `${Y}-01-15`)
    const res = await t.app.inject(withAuth(office, { method: 'GET', url: `${base}.xlsx?org=${tree.communeA.id}&year=${Y}` }))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer)
    const titles = values(workbook.getWorksheet('Nhân rộng')!).slice(4).map((r) => r[1])
    expect(titles).toContain('\'=HYPERLINK("http://x.invalid","bấm")')
  })
})
