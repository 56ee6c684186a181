// Each document from seeded data through the API: the file's headers, its content read back from the XML, the audit
// event of every generation; the PDF when LibreOffice is on this machine.
import { spawnSync } from 'node:child_process'
import { and, desc, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { todayIso, vietnameseDateLine } from '../../../common/dates.ts'
import { queryRows } from '../../db/client.ts'
import { readDocx } from '../../test/docx.ts'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, withAuth, type Auth } from '../../test/harness.ts'
import { decidedCell } from '../../test/report-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'

const t = useTestApp()
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

async function download(auth: Auth, url: string) {
  const res = await t.app.inject(withAuth(auth, { method: 'GET', url }))
  return { status: res.statusCode, headers: res.headers, body: res.rawPayload, json: () => JSON.parse(res.body) }
}

async function lastReport() {
  const [row] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'report.generate')).orderBy(desc(auditEvents.seq)).limit(1)
  return row
}

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const data = await decidedCell(db, tree)
  const office = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
  const self = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], data.members[1].person.id)
  return { tree, ...data, office, self }
}

describe('documents', () => {
  it('gives a member their commitment form, printable for signature, and audits it', async () => {
    const { cycle, members, self, tree } = await setup()
    const person = members[1].person
    const res = await download(self.auth, `/api/v1/reports/commitment?person=${person.id}&cycle=${cycle.id}`)
    expect(res.status, res.body.toString()).toBe(200)
    expect(res.headers['content-type']).toBe(DOCX)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="ban-cam-ket-${cycle.year}-dang-vien-thu-2.docx"; filename*=UTF-8''B%E1%BA%A3n%20cam%20k%E1%BA%BFt%20${cycle.year}%20-%20%C4%90%E1%BA%A3ng%20vi%C3%AAn%20Th%E1%BB%AD%202.docx`,
    )
    const doc = await readDocx(res.body)
    expect(doc.text).toContain(`ĐẢNG BỘ TRƯỜNG THPT AN HÒA\nCHI BỘ GIÁO VIÊN AN HÒA\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nAn Hòa, ${vietnameseDateLine(todayIso())}`)
    expect(doc.text).toContain(`BẢN CAM KẾT\nTu dưỡng, rèn luyện, phấn đấu năm ${cycle.year}`)
    expect(doc.text).toContain(`Họ và tên: Đảng viên Thử 2\nNgày sinh: ……………………\nChức vụ: Đảng viên\nChi bộ: ${tree.cellA1.name}\nTình trạng: Chi bộ đã duyệt ngày`)
    expect(doc.text).toContain(`1. Thực hiện nhiệm vụ chuyên môn\n1.1\nHoàn thành nhiệm vụ chuyên môn\nVượt kế hoạch\n15/12/${cycle.year}`)
    expect(doc.text).toMatch(/T\/M CHI BỘ\nBÍ THƯ\n\(Ký, ghi rõ họ tên\)\n(\n){4}Trần Thị Bích\nNGƯỜI CAM KẾT\n\(Ký, ghi rõ họ tên\)\n(\n){4}Đảng viên Thử 2/)

    const event = await lastReport()
    expect(event).toMatchObject({ actorAccountId: self.account.id, entityType: 'report', organizationId: tree.cellA1.id, data: { kind: 'commitment', format: 'docx', layout: 'party', personId: person.id, cycleId: cycle.id } })
  })

  it('lets the cell read a member\'s form, in the State layout too, and says plainly when there is none', async () => {
    const { cycle, members, tree } = await setup()
    const secretary = await makeUser(t.database.db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const res = await download(secretary.auth, `/api/v1/reports/commitment?person=${members[0].person.id}&cycle=${cycle.id}&layout=state`)
    expect(res.status).toBe(200)
    const doc = await readDocx(res.body)
    expect(doc.text).toContain('UBND XÃ AN HÒA\nTRƯỜNG THPT AN HÒA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc')
    expect(doc.text).toContain('Cơ quan, đơn vị: Trường THPT An Hòa')
    expect(doc.text).toContain('XÁC NHẬN CỦA CƠ QUAN, ĐƠN VỊ\nTHỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ')

    const newcomer = await makePerson(t.database.db, tree.cellA1, 'Ngô Thị Mới')
    const none = await call(t.app, secretary.auth, 'GET', `/api/v1/reports/commitment?person=${newcomer.id}&cycle=${cycle.id}`)
    expect(none.status).toBe(404)
    expect(none.body.error.message).toBe('Không tìm thấy bản cam kết.')
  })

  it('writes the year-end rating report of a grassroots organization: by level, by sub-unit, numbered', async () => {
    const { cycle, office, tree } = await setup()
    const res = await download(office.auth, `/api/v1/reports/rating-summary?org=${tree.schoolA.id}&cycle=${cycle.id}&number=9`)
    expect(res.status, res.body.toString()).toBe(200)
    expect(res.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="bao-cao-xep-loai-${cycle.year}-dang-bo-truong-thpt-an-hoa\\.docx"; filename\\*=UTF-8''B%C3%A1o%20c%C3%A1o`))
    const doc = await readDocx(res.body)
    expect(doc.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
    expect(doc.text).toContain(`ĐẢNG BỘ XÃ AN HÒA\nĐẢNG ỦY TRƯỜNG THPT AN HÒA\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 09-BC/ĐU\nAn Hòa, ${vietnameseDateLine(todayIso())}`)
    expect(doc.text).toContain('Thực hiện Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về kiểm điểm')
    // Six members and the cell's secretary placed in the cell, the grassroots secretary in the organization itself.
    expect(doc.text).toContain('Tổng số đảng viên: 8; đã kiểm điểm: 6; đã quyết định xếp loại: 6; chờ quyết định: 0; chưa kiểm điểm: 2.')
    expect(doc.text).toContain('1\nHoàn thành xuất sắc nhiệm vụ\n1\n16,7%\n2\nHoàn thành tốt nhiệm vụ\n5\n83,3%\n3\nHoàn thành nhiệm vụ\n0\n0%')
    expect(doc.text).toContain(`1\n${tree.cellA1.name}\n7\n6\n1\n5\n0\n0\n1\n2\n${tree.cellA2.name}\n0\n0\n0\n0\n0\n0\n0\n\nTổng số\n8\n6\n1\n5\n0\n0\n2`)
    expect(doc.text).toMatch(/Nơi nhận:\n- Đảng bộ xã An Hòa \(để báo cáo\),[\s\S]*T\/M ĐẢNG ỦY\nBÍ THƯ\n(\n){4}Hoàng Văn Sơn/)
    expect(await lastReport()).toMatchObject({ organizationId: tree.schoolA.id, data: { kind: 'rating-summary', format: 'docx', number: '9', cycleId: cycle.id } })
  })

  it('lists the decided members by level in name order, the number left blank unless given', async () => {
    const { cycle, office, tree } = await setup()
    const res = await download(office.auth, `/api/v1/reports/rating-decisions?org=${tree.schoolA.id}&cycle=${cycle.id}`)
    expect(res.status).toBe(200)
    const doc = await readDocx(res.body)
    expect(doc.text).toMatch(/\nSố \u00a0{6}-DS\/ĐU\n/)
    expect(doc.text).toContain(`I. Hoàn thành xuất sắc nhiệm vụ (1 đồng chí)\n1\nĐảng viên Thử 1\nĐảng viên\n${tree.cellA1.name}\nHoàn thành xuất sắc nhiệm vụ\nII. Hoàn thành tốt nhiệm vụ (5 đồng chí)\n1\nĐảng viên Thử 2`)
    expect(doc.text).toContain('5\nĐảng viên Thử 6\n')
    expect(doc.text).toContain('Tổng số: 6 đồng chí.')
    expect(doc.text).not.toMatch(/\b100\b/) // no scores of others
    expect((await lastReport()).data).toMatchObject({ kind: 'rating-decisions', people: 6, number: null })

    const state = await download(office.auth, `/api/v1/reports/rating-decisions?org=${tree.schoolA.id}&cycle=${cycle.id}&layout=state&number=3`)
    expect((await readDocx(state.body)).text).toContain('UBND XÃ AN HÒA\nTRƯỜNG THPT AN HÒA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 03/DS-TTHPTAH')
  })

  it('refuses bad parameters with the field named', async () => {
    const { cycle, office, tree } = await setup()
    const before = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events where action = 'report.generate'`)
    for (const q of ['number=abc', 'format=xls', 'layout=royal']) {
      const res = await call(t.app, office.auth, 'GET', `/api/v1/reports/rating-summary?org=${tree.schoolA.id}&cycle=${cycle.id}&${q}`)
      expect(res.status, q).toBe(422)
    }
    const bad = await call(t.app, office.auth, 'GET', `/api/v1/reports/rating-summary?org=${tree.schoolA.id}&cycle=${cycle.id}&number=abc`)
    expect(bad.body.error.details.fields[0]).toMatchObject({ path: 'number', message: 'Số văn bản chỉ gồm chữ số (ví dụ 09).' })
    const after = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events where action = 'report.generate'`)
    expect(after[0].n).toBe(before[0].n)
  })

  it('says whether PDF can be made', async () => {
    const { office } = await setup()
    expect((await call(t.app, office.auth, 'GET', '/api/v1/reports/capabilities')).body).toEqual({ pdf: hasSoffice })
  })

  it.skipIf(!hasSoffice)('converts to PDF with LibreOffice', { timeout: 120_000 }, async () => {
    const { cycle, office, tree, members, self } = await setup()
    const [summary, form] = await Promise.all([
      download(office.auth, `/api/v1/reports/rating-summary?org=${tree.schoolA.id}&cycle=${cycle.id}&format=pdf`),
      download(self.auth, `/api/v1/reports/commitment?person=${members[1].person.id}&cycle=${cycle.id}&format=pdf`),
    ])
    for (const res of [summary, form]) {
      expect(res.status, res.body.subarray(0, 300).toString()).toBe(200)
      expect(res.headers['content-type']).toBe('application/pdf')
      expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      expect(res.headers['content-disposition']).toMatch(/\.pdf"; filename\*=UTF-8''.*\.pdf$/)
    }
    const events = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'report.generate'), sql`${auditEvents.data}->>'format' = 'pdf'`))
    expect(events.map((e) => e.data.kind).sort()).toEqual(['commitment', 'rating-summary'])
  })
})
