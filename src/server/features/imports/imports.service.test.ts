import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { systemCtx } from '../../lib/actor.ts'
import { AppError } from '../../lib/errors.ts'
import { recomputeAllCounts } from '../organizations/organizations.counts.ts'
import { makePerson, makeTree, type Tree } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { encodeTcvn3, encodeVni, makeXlsx, makeZip, workbookEntries } from '../../test/sheet-fixtures.ts'
import { presentResult } from './imports.present.ts'
import { runImport, type ImportOptions } from './imports.service.ts'

const t = useTestApp()
let tree: Tree
const ctx = systemCtx('test:import')
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Chức vụ', 'Mã đơn vị', 'Ngày vào Đảng', 'Số thẻ đảng viên']

const run = (file: Buffer, extra: Partial<ImportOptions> = {}) =>
  runImport({ db: t.database.db, ctx, kind: 'people', file, fileName: 'ds.xlsx', org: tree.cellA1, dryRun: false, ...extra })

const peopleIn = (orgId: string) =>
  queryRows<{ fullName: string; birthDate: string | null; position: string }>(t.database.db, sql`
    select p.full_name as "fullName", p.birth_date::text as "birthDate", pl.position from people p
    join placements pl on pl.person_id = p.id and pl.to_date is null where pl.organization_id = ${orgId} order by p.sort_key`)

beforeAll(async () => {
  tree = await makeTree(t.database.db)
})

describe('import people: text and dates as offices write them', () => {
  it('converts TCVN3 (by font, all-caps font, or by content), VNI and decomposed text to NFC and reports each conversion', async () => {
    const code = tree.cellA1.code
    const file = await makeXlsx([
      ['DANH SÁCH ĐẢNG VIÊN CHI BỘ'].concat([]),
      [],
      ['  HỌ VÀ TÊN ', 'ngay sinh', 'Mã đơn vị', 'Chức vụ'],
      ['(1)', '(2)', '(3)', '(4)'],
      [{ value: encodeTcvn3('Nguyễn Thị Hường'), font: '.VnTime' }, '06/05/1980', code, { value: encodeTcvn3('Đảng viên'), font: '.VnTime' }],
      [{ value: encodeTcvn3('trần văn bình'), font: '.VnTimeH' }, '6.5.1981', code, null],
      [encodeTcvn3('Lê Thị Thư'), '6-5-1982', code, null],
      [{ value: encodeVni('Phạm Quốc Việt'), font: 'VNI-Times' }, '1983-05-06', code, null],
      ['Hoàng Văn Đức'.normalize('NFD'), new Date(Date.UTC(1984, 4, 6)), code, null],
    ])
    const outcome = await run(file)
    expect(outcome.refusal).toBeNull()
    expect(outcome.totals).toMatchObject({ rows: 5, created: 5, skipped: 0 })
    const names = (await peopleIn(tree.cellA1.id)).map((p) => [p.fullName, p.birthDate?.slice(0, 10)])
    expect(names).toEqual(expect.arrayContaining([
      ['Nguyễn Thị Hường', '1980-05-06'], ['TRẦN VĂN BÌNH', '1981-05-06'], ['Lê Thị Thư', '1982-05-06'],
      ['Phạm Quốc Việt', '1983-05-06'], ['Hoàng Văn Đức', '1984-05-06'],
    ]))
    for (const [name] of names) expect(name).toBe(String(name).normalize('NFC'))
    const result = presentResult(outcome, 'vi')
    expect(result.conversions).toEqual(expect.arrayContaining([
      { row: 5, column: 'HỌ VÀ TÊN', from: 'tcvn3' }, { row: 5, column: 'Chức vụ', from: 'tcvn3' },
      { row: 6, column: 'HỌ VÀ TÊN', from: 'tcvn3' }, { row: 7, column: 'HỌ VÀ TÊN', from: 'tcvn3' },
      { row: 8, column: 'HỌ VÀ TÊN', from: 'vni' }, { row: 9, column: 'HỌ VÀ TÊN', from: 'nfd' },
    ]))
  })

  it('reports impossible dates, bare years, unknown units and duplicates by row, and imports the valid rows', async () => {
    await makePerson(t.database.db, tree.cellA2, 'Đỗ Văn Trùng', { birthDate: '1970-01-02' })
    const file = await makeXlsx([
      HEADER,
      [1, 'Vũ Thị Hợp Lệ', '02/01/1990', 'Nữ', 'Kinh', 'Đảng viên', tree.cellA2.code, '03/02/2015', 'IMP-001'],
      [2, 'Vũ Văn Sai Ngày', '31/02/1990', 'Nam', null, null, tree.cellA2.code, null, null],
      [3, 'Vũ Văn Chỉ Năm', 1975, 'Nam', null, null, tree.cellA2.code, null, null],
      [4, 'Vũ Văn Không Đơn Vị', null, null, null, null, 'KHONG-CO', null, null],
      [5, 'Vũ Thị Hợp Lệ', '02/01/1990', 'Nữ', null, null, tree.cellA2.code, null, null],
      [6, 'Đỗ Văn Trùng', '02/01/1970', 'Nam', null, null, tree.cellB1.code, null, null],
      [7, '', '01/01/1990', null, null, null, tree.cellA2.code, null, null],
      [8, 'Vũ Văn Giới', null, 'Không rõ', null, null, tree.cellA2.code, null, null],
    ])
    const outcome = await run(file, { org: null })
    const result = presentResult(outcome, 'vi')
    expect(result.created).toBe(1)
    const byRow = Object.fromEntries(result.errors.map((e) => [e.row, e.message]))
    expect(byRow[3]).toMatch(/31\/02\/1990.*không phải ngày hợp lệ/)
    expect(byRow[4]).toMatch(/chỉ có năm 1975/)
    expect(byRow[5]).toMatch(/KHONG-CO/)
    expect(byRow[6]).toMatch(/Trùng với dòng 2/)
    expect(byRow[7]).toMatch(/Có thể trùng với Đỗ Văn Trùng \(sinh ngày 02\/01\/1970\)/)
    expect(byRow[8]).toMatch(/Thiếu họ và tên/)
    expect(byRow[9]).toMatch(/Giới tính "Không rõ"/)
    expect(presentResult(outcome, 'en').errors.find((e) => e.row === 3)?.message).toMatch(/not a valid date/)
  })

  it('is idempotent: the same file again creates and changes nothing, and unit counts stay equal to a recompute', async () => {
    const file = await makeXlsx([
      HEADER,
      [1, 'Bùi Văn Một', '01/01/1980', 'Nam', 'Kinh', 'Bí thư chi bộ', tree.cellB2.code, '01/01/2005', 'IMP-B1'],
      [2, 'Bùi Thị Hai', '02/02/1982', 'Nữ', 'Tày', 'Đảng viên', tree.cellB2.code, null, null],
      [3, 'Bùi Văn Ba', null, 'Nam', null, null, tree.cellB2.code, null, null],
    ])
    const first = await run(file)
    expect(first.totals).toMatchObject({ created: 3, updated: 0 })
    const again = await run(file)
    expect(again.totals).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    expect(presentResult(again, 'vi')).toMatchObject({ created: 0, updated: 0, skipped: 3, errors: [] })
    expect(again.written).toBe(false)
    const changed = await makeXlsx([HEADER, [1, 'Bùi Văn Một', '01/01/1980', 'Nam', 'Kinh', 'Phó bí thư chi bộ', tree.cellB2.code, '01/01/2005', 'IMP-B1']])
    expect((await run(changed)).totals).toMatchObject({ created: 0, updated: 1 })
    const [before] = await queryRows<{ n: number }>(t.database.db, sql`select people_count as n from organizations where id = ${tree.cellB2.id}`)
    await t.database.db.transaction((tx) => recomputeAllCounts(tx))
    const [after] = await queryRows<{ n: number }>(t.database.db, sql`select people_count as n from organizations where id = ${tree.cellB2.id}`)
    expect(Number(before.n)).toBe(3)
    expect(Number(after.n)).toBe(3)
    const [audit] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events where action = 'import.people'`)
    expect(audit.n).toBeGreaterThanOrEqual(2)
  })

  it('writes nothing on a dry run, and takes formulas as their values', async () => {
    const file = await makeXlsx([['Họ và tên', 'Ngày sinh'], [{ value: { formula: 'CONCATENATE("Ngô ","Văn Công Thức")', result: 'Ngô Văn Công Thức' } }, '01/01/1990']])
    const dry = await run(file, { dryRun: true, org: tree.cellB1 })
    expect(dry.totals.created).toBe(1)
    expect(dry.written).toBe(false)
    expect(await peopleIn(tree.cellB1.id)).toEqual([])
    await run(file, { org: tree.cellB1 })
    expect((await peopleIn(tree.cellB1.id)).map((p) => p.fullName)).toEqual(['Ngô Văn Công Thức'])
  })

  it('reads CSV in UTF-8 or in legacy 8-bit bytes, with ; as separator', async () => {
    const text = `Họ và tên;Ngày sinh;Mã đơn vị\n${encodeTcvn3('Đặng Thị Cúc')};07/08/1979;${tree.schoolB.code}\n`
    const latin1 = Buffer.from(text.replace('Họ và tên', 'Ho va ten').replace('Ngày sinh', 'Ngay sinh').replace('Mã đơn vị', 'Ma don vi'), 'latin1')
    const outcome = await run(latin1, { fileName: 'ds.csv' })
    expect(outcome.totals.created).toBe(1)
    expect((await peopleIn(tree.schoolB.id)).map((p) => p.fullName)).toEqual(['Đặng Thị Cúc'])
    expect(outcome.conversions.counts.tcvn3).toBe(1)
  })

  it('keeps every Vietnamese letter whole across the chunks a large sheet is inflated in', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => [`Nguyễn Thị Hường Số ${i}`, '01/02/1990', i % 2 ? 'Nữ' : 'Nam', 'Mường', 'Ủy viên', tree.cellB2.code])
    const outcome = await run(await makeXlsx([['Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Chức vụ', 'Mã đơn vị'], ...rows]), { dryRun: true })
    expect(outcome.totals).toMatchObject({ rows: 6000, created: 6000, errors: 0 })
    expect(outcome.rows.every((r) => !r.label.includes('\uFFFD'))).toBe(true)
  })

  it('decodes rich text run by run, each by its own font', async () => {
    const mixed = { value: { richText: [{ text: encodeTcvn3('Đoàn Thị '), font: { name: '.VnTime' } }, { text: 'Hạnh', font: { name: 'Times New Roman' } }] } }
    const outcome = await run(await makeXlsx([['Họ và tên', 'Ngày sinh'], [mixed, '03/03/1993']]), { dryRun: true, org: tree.cellB1 })
    expect(outcome.rows[0]).toMatchObject({ label: 'Đoàn Thị Hạnh', action: 'create' })
    expect(outcome.conversions.counts.tcvn3).toBe(1)
  })

  it("reads Excel's Unicode Text (UTF-16, tab-separated)", async () => {
    const text = `Họ và tên\tNgày sinh\tMã đơn vị\r\nHồ Thị Mười Sáu\t16/06/1966\t${tree.schoolA.code}\r\n`
    const outcome = await run(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), { fileName: 'ds.txt' })
    expect(outcome.totals.created).toBe(1)
    expect((await peopleIn(tree.schoolA.id)).map((p) => [p.fullName, p.birthDate?.slice(0, 10)])).toEqual([['Hồ Thị Mười Sáu', '1966-06-16']])
  })

  it('refuses a file without a header row or without the name column, as a whole', async () => {
    const noHeader = await run(await makeXlsx([['a', 'b'], ['c', 'd']]))
    expect(noHeader.refusal).toEqual({ key: 'missingHeader' })
    expect(presentResult(noHeader, 'vi').errors[0].message).toMatch(/Không tìm thấy dòng tiêu đề/)
    const noName = await run(await makeXlsx([['Ngày sinh', 'Giới tính'], ['01/01/1990', 'Nam']]))
    expect(presentResult(noName, 'vi').errors[0].message).toMatch(/Thiếu cột bắt buộc: Họ và tên/)
  })
})

describe('import: hostile files are refused before any row is read', () => {
  const refusal = async (file: Buffer, limits?: ImportOptions['limits']) => {
    try {
      await run(file, limits ? { limits } : {})
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      return { code: (error as AppError).code, key: (error as AppError).messageKey, reason: (error as AppError).params.reason }
    }
    throw new Error('not refused')
  }
  const limits = { maxEntries: 50, maxUncompressedBytes: 5_000_000, maxSheetBytes: 2_000_000, maxRatio: 100 }

  it('refuses what is not a spreadsheet, and old .xls files with a hint', async () => {
    expect(await refusal(Buffer.from('%PDF-1.4 hello'))).toMatchObject({ code: 'unsupported_media_type', key: 'importNotSpreadsheet' })
    expect(await refusal(Buffer.from('<html><script>alert(1)</script>'))).toMatchObject({ key: 'importNotSpreadsheet' })
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatchObject({ key: 'importOldExcel' })
    expect(await refusal(await makeZip([{ name: 'hello.txt', data: Buffer.from('hi') }]))).toMatchObject({ key: 'importNotSpreadsheet' })
    expect(await refusal(Buffer.from('PK\u0003\u0004 broken zip'))).toMatchObject({ key: 'importHostileFile', reason: 'zip' })
  })

  it('refuses zip bombs, too many entries, giant sheets, macros and external links', async () => {
    const base = await workbookEntries()
    const bomb = await makeZip([...base, { name: 'xl/media/image1.png', data: Buffer.alloc(3_000_000) }])
    expect(await refusal(bomb, limits)).toMatchObject({ key: 'importHostileFile', reason: 'ratio' })
    const many = await makeZip([...base, ...Array.from({ length: 60 }, (_, i) => ({ name: `xl/x${i}.xml`, data: Buffer.from('<x/>') }))])
    expect(await refusal(many, limits)).toMatchObject({ reason: 'entries' })
    const giant = await makeZip(base.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, data: Buffer.concat([e.data, Buffer.from(' '.repeat(2_500_000))]) } : e)))
    expect(await refusal(giant, { ...limits, maxRatio: 100_000 })).toMatchObject({ reason: 'sheet' })
    expect(await refusal(await makeZip([...base, { name: 'xl/vbaProject.bin', data: Buffer.from('macro') }]))).toMatchObject({ reason: 'macros' })
    expect(await refusal(await makeZip([...base, { name: 'xl/externalLinks/externalLink1.xml', data: Buffer.from('<x/>') }]))).toMatchObject({ reason: 'externalLinks' })
  })
})

describe('import organizations', () => {
  it('creates units with parents later in the file, renames known ones and refuses moves', async () => {
    const parent = tree.communeB.code
    const file = await makeXlsx([
      ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên'],
      ['IMP-CB1', 'Chi bộ Thôn Một', 'Chi bộ', 'IMP-DB'],
      ['IMP-DB', 'Đảng bộ Trường Nhập Liệu', 'Đảng bộ cơ sở', parent],
      [tree.cellB1.code, 'Chi bộ đổi tên', 'Chi bộ', tree.schoolB.code],
      [tree.cellA1.code, 'Chi bộ A1', 'Chi bộ', tree.schoolB.code],
      ['IMP-X', 'Không rõ loại', 'Ban chỉ đạo', parent],
    ])
    const outcome = await runImport({ db: t.database.db, ctx, kind: 'organizations', file, fileName: 'to-chuc.xlsx', org: null, dryRun: false })
    expect(outcome.totals).toMatchObject({ rows: 5, created: 2, updated: 1, skipped: 2 })
    const result = presentResult(outcome, 'vi')
    expect(result.errors.map((e) => e.row)).toEqual([5, 6])
    expect(result.errors[0].message).toMatch(/cấp trên khác/)
    expect(result.errors[1].message).toMatch(/Loại tổ chức "Ban chỉ đạo"/)
    const rows = await queryRows<{ code: string; name: string; parent: string; childCount: number }>(t.database.db, sql`
      select o.code, o.name, p.code as parent, o.child_count as "childCount" from organizations o join organizations p on p.id = o.parent_id
      where o.code in ('IMP-CB1', 'IMP-DB', ${tree.cellB1.code}) order by o.code`)
    expect(rows.map((r) => [r.code, r.name, r.parent])).toEqual(expect.arrayContaining([
      ['IMP-CB1', 'Chi bộ Thôn Một', 'IMP-DB'], ['IMP-DB', 'Đảng bộ Trường Nhập Liệu', parent], [tree.cellB1.code, 'Chi bộ đổi tên', tree.schoolB.code],
    ]))
    expect(rows.find((r) => r.code === 'IMP-DB')?.childCount).toBe(1)
    const again = await runImport({ db: t.database.db, ctx, kind: 'organizations', file, fileName: 'to-chuc.xlsx', org: null, dryRun: false })
    expect(again.totals).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
  })
})
