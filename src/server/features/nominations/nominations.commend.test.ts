// Commendation decisions: the form each level may give (bằng khen by the province, giấy khen below, none by a cell),
// numbers unique per unit and year, only nominations in review at the issuing level for the year; the decisions over a
// subtree and one decision; and the decision as a Party-format .docx read back from its XML.
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { paragraphs, readDocx } from '../../test/docx.ts'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { makeModel } from '../../test/nomination-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'

const t = useTestApp()
const base = '/api/v1/commendations'
const YEAR = 2033
const REASON_PRACTICE = 'Mô hình giúp 30 hộ nghèo thoát nghèo bền vững trong hai năm.'
const REASON_PERSON = 'Gương mẫu, tận tụy, vận động nhân dân hiến 2.000 m² đất làm đường.'

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolB }])
  const ward = await makeUser(db, [{ role: 'secretary', org: tree.communeB }])
  const province = await makeUser(db, [{ role: 'leader', org: tree.root }])
  const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }])
  const person = await makePerson(db, tree.cellB2, 'Võ Thị Sáu Mươi')
  const practice = await makeModel(db, tree.cellB1, { title: 'Dân vận khéo trong xóa đói giảm nghèo', area: 'style' })
  const personal = await makeModel(db, tree.cellB2, { kind: 'person', personId: person.id, area: 'ethics', title: 'Tấm gương hiến đất làm đường' })
  const nominate = async (modelId: string, reason: string, year = YEAR) => {
    const res = await call(t.app, school.auth, 'POST', '/api/v1/nominations', { modelId, nominatedByOrgId: tree.schoolB.id, reason, year })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.id as string
  }
  // Both nominated by the school: held at the ward.
  const a = await nominate(practice.id, REASON_PRACTICE)
  const b = await nominate(personal.id, REASON_PERSON)
  const body = {
    organizationId: tree.communeB.id, year: YEAR, number: '3', signedOn: `${YEAR}-12-15`, form: 'certificate',
    title: `Gương điển hình tiên tiến trong học tập và làm theo Bác năm ${YEAR}`, signerName: 'Đặng Thị Phường', signerTitle: 'Bí thư', nominationIds: [a, b],
  }
  return { db, tree, school, ward, province, cell, person, practice, personal, nominate, a, b, body }
}

describe('a commendation decision', () => {
  it('follows the rules of the level: the form it may give, the nominations it holds, a number used once', async () => {
    const { tree, ward, province, cell, nominate, practice, a, body } = await setup()
    const refused = async (auth: typeof ward.auth, input: Record<string, unknown>, field: string) => {
      const res = await call(t.app, auth, 'POST', base, input)
      expect(res.status, JSON.stringify(res.body)).toBe(422)
      expect(res.body.error.details.fields[0].path).toBe(field)
      return res.body.error.message as string
    }
    expect(await refused(cell.auth, { ...body, organizationId: tree.cellB1.id }, 'organizationId')).toBe('Chi bộ không ra quyết định khen thưởng: hãy chuyển hồ sơ lên cấp trên.')
    expect(await refused(ward.auth, { ...body, form: 'diploma' }, 'form')).toMatch(/^Bằng khen do cấp tỉnh/)
    expect(await refused(province.auth, { ...body, organizationId: tree.root.id }, 'form')).toMatch(/^Bằng khen do cấp tỉnh/)
    // Held at the ward, not at the province; for the decision's year only; each once.
    expect(await refused(province.auth, { ...body, organizationId: tree.root.id, form: 'diploma' }, 'nominationIds')).toMatch(/^Có hồ sơ không đang chờ xét ở cấp ra quyết định/)
    await refused(ward.auth, { ...body, year: YEAR + 1 }, 'nominationIds')
    await refused(ward.auth, { ...body, nominationIds: [a, a] }, 'nominationIds')
    await refused(ward.auth, { ...body, nominationIds: [tree.root.id] }, 'nominationIds')
    await refused(ward.auth, { ...body, nominationIds: [] }, 'nominationIds')
    await refused(ward.auth, { ...body, number: '3a' }, 'number')
    // The school holds a level below: it may issue only for what it holds (nothing here).
    const school = await call(t.app, (await makeUser(t.database.db, [{ role: 'office', org: tree.schoolB }])).auth, 'POST', base, { ...body, organizationId: tree.schoolB.id })
    expect(school.status).toBe(422)
    expect((await call(t.app, province.auth, 'POST', base, { ...body, organizationId: tree.communeA.id })).status).toBe(422)
    expect((await call(t.app, cell.auth, 'POST', base, body)).status).toBe(403)

    const issued = await call(t.app, ward.auth, 'POST', base, body)
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    expect(issued.body).toMatchObject({ organization: { id: tree.communeB.id }, number: '03', numberLine: 'Số 03-QĐ/ĐU', form: 'certificate', count: 2, signedOn: `${YEAR}-12-15` })
    // Those commended, by unit then title: the practice's cell before the person's.
    expect(issued.body.commended.map((c: { model: { unit: { id: string } }; reason: string }) => [c.model.unit.id, c.reason])).toEqual([[tree.cellB1.id, REASON_PRACTICE], [tree.cellB2.id, REASON_PERSON]])
    const again = await nominate(practice.id, REASON_PRACTICE, YEAR - 1)
    const taken = await call(t.app, ward.auth, 'POST', base, { ...body, year: YEAR - 1, number: '3', nominationIds: [again] })
    expect(taken.status).toBe(201)
    const twice = await call(t.app, ward.auth, 'POST', base, { ...body, number: '03', nominationIds: [await nominate((await makeModel(t.database.db, tree.cellB1)).id, REASON_PRACTICE)] })
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toBe(`Số quyết định 03 năm ${YEAR} của đơn vị này đã được dùng.`)
    // Already commended: no longer in review.
    expect((await call(t.app, ward.auth, 'POST', base, { ...body, number: '4' })).status).toBe(422)
    const audit = await t.database.db.select({ data: auditEvents.data }).from(auditEvents).where(and(eq(auditEvents.action, 'commendation.issued'), eq(auditEvents.entityId, issued.body.id)))
    expect(audit).toEqual([{ data: { year: YEAR, number: '03', form: 'certificate', nominations: 2 } }])
  })

  it('is listed over the subtree, read by the units whose models it commends, and hidden from others', async () => {
    const { db, tree, school, ward, province, cell, body } = await setup()
    const issued = (await call(t.app, ward.auth, 'POST', base, body)).body
    const listed = await call(t.app, province.auth, 'GET', `${base}?org=${tree.root.id}&year=${YEAR}`)
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(issued.id)
    expect((await call(t.app, province.auth, 'GET', `${base}?org=${tree.root.id}&year=${YEAR + 5}`)).body.items).toEqual([])
    expect((await call(t.app, ward.auth, 'GET', `${base}?org=${tree.communeB.id}`)).body.items.map((i: { id: string }) => i.id)).toEqual([issued.id])
    expect((await call(t.app, ward.auth, 'GET', `${base}?org=${tree.root.id}`)).status).toBe(403)
    // The school nominated them, the cell's model is among them: both read it; the other commune does not.
    expect((await call(t.app, school.auth, 'GET', `${base}/${issued.id}`)).body.commended).toHaveLength(2)
    expect((await call(t.app, cell.auth, 'GET', `${base}/${issued.id}`)).status).toBe(200)
    const elsewhere = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    expect((await call(t.app, elsewhere.auth, 'GET', `${base}/${issued.id}`)).status).toBe(404)
    expect((await call(t.app, elsewhere.auth, 'GET', `${base}/${issued.id}/document.docx`)).status).toBe(404)
  })
})

describe('the decision as a .docx', () => {
  it('has the Party header, number, date, title, bases, Điều 1 with the table of those commended, Điều 2–3, signature and recipients', async () => {
    const { db, tree, ward, body } = await setup()
    const issued = (await call(t.app, ward.auth, 'POST', base, body)).body
    const res = await t.app.inject({ method: 'GET', url: `${base}/${issued.id}/document.docx`, headers: { authorization: `Bearer ${ward.token}` } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="quyet-dinh-khen-thuong-so-03-nam-2033-dang-bo-phuong-binh-minh\.docx"/)
    const doc = await readDocx(res.rawPayload)
    const lines = paragraphs(doc.document)
    expect(lines.slice(0, 6)).toEqual(['ĐẢNG BỘ TỈNH THỬ NGHIỆM', 'ĐẢNG ỦY PHƯỜNG BÌNH MINH', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 03-QĐ/ĐU', `Bình Minh, ngày 15 tháng 12 năm ${YEAR}`])
    const at = (text: string) => lines.indexOf(text)
    expect(at('QUYẾT ĐỊNH')).toBeGreaterThan(5)
    expect(lines[at('QUYẾT ĐỊNH') + 1]).toBe(`về việc khen thưởng Gương điển hình tiên tiến trong học tập và làm theo Bác năm ${YEAR}`)
    expect(lines).toEqual(expect.arrayContaining([
      'ĐẢNG ỦY PHƯỜNG BÌNH MINH',
      'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      'Căn cứ Quy chế làm việc của Đảng ủy phường Bình Minh;',
      `Căn cứ kết quả xét duyệt hồ sơ đề nghị khen thưởng năm ${YEAR};`,
      `Xét đề nghị của ${tree.schoolB.name},`,
      'QUYẾT ĐỊNH:',
      `Điều 1. Tặng Giấy khen của Đảng ủy phường Bình Minh cho 2 tập thể, cá nhân và mô hình, cách làm có thành tích xuất sắc, tiêu biểu (Gương điển hình tiên tiến trong học tập và làm theo Bác năm ${YEAR}), có tên sau đây:`,
      'STT', 'Tập thể, cá nhân, mô hình, cách làm', 'Đơn vị', 'Thành tích',
    ]))
    // The table's rows: number, name (a practice, a person), unit, achievement.
    const row = at('Mô hình “Dân vận khéo trong xóa đói giảm nghèo”')
    expect(lines.slice(row - 1, row + 3)).toEqual(['1', 'Mô hình “Dân vận khéo trong xóa đói giảm nghèo”', tree.cellB1.name, REASON_PRACTICE])
    expect(lines.slice(row + 3, row + 7)).toEqual(['2', 'Đồng chí Võ Thị Sáu Mươi', tree.cellB2.name, REASON_PERSON])
    expect(lines.find((l) => l.startsWith('Điều 2. '))).toMatch(/tiếp tục phát huy thành tích/)
    expect(lines.find((l) => l.startsWith('Điều 3. '))).toBe('Điều 3. Quyết định có hiệu lực kể từ ngày ký. Văn phòng Đảng ủy phường Bình Minh, các cấp ủy, tổ chức đảng có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.')
    expect(doc.text).toMatch(/T\/M ĐẢNG ỦY\nBÍ THƯ\n(\n){4}Đặng Thị Phường$/m)
    expect(lines).toEqual(expect.arrayContaining(['Nơi nhận:', '- Đảng bộ tỉnh Thử Nghiệm (để báo cáo),', '- Như Điều 3,', '- Lưu Văn phòng.']))
    expect(doc.document).toContain('<w:tblHeader/>')
    const audits = await db.select({ data: auditEvents.data }).from(auditEvents).where(and(eq(auditEvents.action, 'report.generate'), eq(auditEvents.entityId, issued.id)))
    expect(audits).toHaveLength(1)
    expect(audits[0].data).toMatchObject({ kind: 'commendation', format: 'docx', number: '03', year: YEAR })
  })

  it('names the province\'s standing committee when the province gives bằng khen', async () => {
    const { tree, ward, province, a } = await setup()
    await call(t.app, ward.auth, 'POST', `/api/v1/nominations/${a}/forward`)
    const issued = await call(t.app, province.auth, 'POST', base, {
      organizationId: tree.root.id, year: YEAR, number: '12', signedOn: `${YEAR}-12-28`, form: 'diploma', title: `Điển hình tiên tiến năm ${YEAR}`,
      signerName: 'Nguyễn Văn Tỉnh', signerTitle: 'Phó Bí thư Thường trực', nominationIds: [a],
    })
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    const res = await t.app.inject({ method: 'GET', url: `${base}/${issued.body.id}/document.docx`, headers: { authorization: `Bearer ${province.token}` } })
    const lines = paragraphs((await readDocx(res.rawPayload)).document)
    expect(lines.slice(0, 4)).toEqual(['TỈNH ỦY THỬ NGHIỆM', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 12-QĐ/TU'])
    expect(lines).toEqual(expect.arrayContaining(['BAN THƯỜNG VỤ TỈNH ỦY THỬ NGHIỆM', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'Nguyễn Văn Tỉnh']))
    expect(lines.find((l) => l.startsWith('Điều 1. '))).toMatch(/^Điều 1\. Tặng Bằng khen của Tỉnh ủy Thử Nghiệm cho 1 tập thể/)
    expect(lines.some((l) => l.includes('(để báo cáo)'))).toBe(false)
  })
})
