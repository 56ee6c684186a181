// The printed certificates of a decision: one A4 landscape page per entry, "GIẤY KHEN" or "BẰNG KHEN" by the
// decision's form, each recipient (a person model by the person's name, a practice by its title) with the unit, the
// achievement, the decision's number and date and the signature — read back from the .docx's XML; audited; hidden
// from those who may not read the decision.
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { paragraphs, readDocx } from '../../test/docx.ts'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { makeModel } from '../../test/nomination-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'

const t = useTestApp()
const base = '/api/v1/commendations'
const YEAR = 2035
const PRACTICE = 'Dân vận khéo trong xóa đói giảm nghèo'
const PERSON = 'Võ Thị Sáu Mươi'
const REASON_PRACTICE = 'Mô hình giúp 30 hộ nghèo thoát nghèo bền vững trong hai năm.'
/** Too long for the page: the certificate leaves it to the decision. */
const REASON_PERSON = `Gương mẫu, tận tụy, vận động nhân dân hiến đất làm đường. ${'Kiên trì đến từng hộ, lắng nghe và giải thích. '.repeat(8)}`

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolB }])
  const ward = await makeUser(db, [{ role: 'secretary', org: tree.communeB }])
  const province = await makeUser(db, [{ role: 'leader', org: tree.root }])
  const person = await makePerson(db, tree.cellB2, PERSON)
  const practice = await makeModel(db, tree.cellB1, { title: PRACTICE, area: 'style' })
  const personal = await makeModel(db, tree.cellB2, { kind: 'person', personId: person.id, area: 'ethics', title: 'Tấm gương hiến đất làm đường' })
  const nominate = async (modelId: string, reason: string) => {
    const res = await call(t.app, school.auth, 'POST', '/api/v1/nominations', { modelId, nominatedByOrgId: tree.schoolB.id, reason, year: YEAR })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.id as string
  }
  const a = await nominate(practice.id, REASON_PRACTICE)
  const b = await nominate(personal.id, REASON_PERSON)
  const body = {
    organizationId: tree.communeB.id, year: YEAR, number: '5', signedOn: `${YEAR}-12-15`, form: 'certificate',
    title: `Gương điển hình tiên tiến trong học tập và làm theo Bác năm ${YEAR}`, signerName: 'Đặng Thị Phường', signerTitle: 'Bí thư', nominationIds: [a, b],
  }
  return { db, tree, school, ward, province, a, b, body }
}

async function download(token: string, id: string) {
  return t.app.inject({ method: 'GET', url: `${base}/${id}/certificates.docx`, headers: { authorization: `Bearer ${token}` } })
}

const count = (xml: string, part: string) => xml.split(part).length - 1

describe('the certificates of a decision', () => {
  it('prints one landscape giấy khen per entry: the issuer, the recipient and unit, the achievement, the decision and the signature', async () => {
    const { db, tree, ward, body } = await setup()
    const issued = await call(t.app, ward.auth, 'POST', base, body)
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    const res = await download(ward.token, issued.body.id)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="giay-khen-theo-quyet-dinh-so-05-nam-2035-dang-bo-phuong-binh-minh\.docx"/)
    const doc = await readDocx(res.rawPayload)
    // A4 turned: wider than tall, in one section; a page break before the second certificate only.
    expect(doc.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/)
    expect(count(doc.document, '<w:pgSz ')).toBe(1)
    expect(count(doc.document, '<w:pageBreakBefore/>')).toBe(1)
    expect(doc.document).not.toContain('BẰNG KHEN')
    expect(doc.styles).toContain('Times New Roman')

    const lines = paragraphs(doc.document).filter(Boolean)
    const page = (from: number) => lines.slice(from, from + 7)
    const first = lines.indexOf('ĐẢNG BỘ TỈNH THỬ NGHIỆM')
    const second = lines.indexOf('ĐẢNG BỘ TỈNH THỬ NGHIỆM', first + 1)
    expect(second).toBeGreaterThan(first)
    const achievement = `Đã có thành tích xuất sắc, tiêu biểu (Gương điển hình tiên tiến trong học tập và làm theo Bác năm ${YEAR})`
    expect(page(first)).toEqual(['ĐẢNG BỘ TỈNH THỬ NGHIỆM', 'ĐẢNG ỦY PHƯỜNG BÌNH MINH', '*', 'GIẤY KHEN', 'Tặng', PRACTICE, tree.cellB1.name])
    expect(lines.slice(first + 7, first + 9)).toEqual([achievement, REASON_PRACTICE])
    // The person model: the person's name; the reason too long for the page is left out.
    expect(page(second)).toEqual(['ĐẢNG BỘ TỈNH THỬ NGHIỆM', 'ĐẢNG ỦY PHƯỜNG BÌNH MINH', '*', 'GIẤY KHEN', 'Tặng', PERSON, tree.cellB2.name])
    expect(lines[second + 7]).toBe(achievement)
    expect(doc.text).not.toContain('Kiên trì đến từng hộ')
    // The decision, the place and date, the signature: on each page.
    const closing = ['Quyết định số 05-QĐ/ĐU, ngày 15 tháng 12 năm 2035', `Bình Minh, ngày 15 tháng 12 năm ${YEAR}`, 'T/M ĐẢNG ỦY', 'BÍ THƯ', 'Đặng Thị Phường']
    expect(lines.slice(second - 5, second)).toEqual(closing)
    expect(lines.slice(-5)).toEqual(closing)
    // The title large, bold and red; the recipient large and bold.
    expect(doc.document).toMatch(/<w:b\/><w:bCs\/><w:color w:val="C00000"\/><w:sz w:val="80"\/><w:szCs w:val="80"\/><\/w:rPr><w:t xml:space="preserve">GIẤY KHEN<\/w:t>/)
    expect(doc.document).toMatch(new RegExp(`<w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr><w:t xml:space="preserve">${PERSON}</w:t>`))

    const audits = await db.select({ data: auditEvents.data }).from(auditEvents).where(and(eq(auditEvents.action, 'report.generate'), eq(auditEvents.entityId, issued.body.id)))
    expect(audits).toHaveLength(1)
    expect(audits[0].data).toMatchObject({ kind: 'commendation-certificates', format: 'docx', form: 'certificate', number: '05', year: YEAR, count: 2 })
  })

  it('prints bằng khen for the province\'s decision, under its standing committee\'s signature', async () => {
    const { tree, ward, province, a, b } = await setup()
    for (const id of [a, b]) expect((await call(t.app, ward.auth, 'POST', `/api/v1/nominations/${id}/forward`)).status).toBe(200)
    const issued = await call(t.app, province.auth, 'POST', base, {
      organizationId: tree.root.id, year: YEAR, number: '12', signedOn: `${YEAR}-12-28`, form: 'diploma', title: `Điển hình tiên tiến năm ${YEAR}`,
      signerName: 'Nguyễn Văn Tỉnh', signerTitle: 'Phó Bí thư Thường trực', nominationIds: [a, b],
    })
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    const res = await download(province.token, issued.body.id)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="bang-khen-theo-quyet-dinh-so-12-nam-2035-dang-bo-tinh-thu-nghiem\.docx"/)
    const doc = await readDocx(res.rawPayload)
    expect(doc.document).toContain('w:orient="landscape"')
    expect(count(doc.document, '<w:pageBreakBefore/>')).toBe(1)
    const lines = paragraphs(doc.document).filter(Boolean)
    expect(lines.filter((l) => l === 'BẰNG KHEN')).toHaveLength(2)
    expect(doc.document).not.toContain('GIẤY KHEN')
    expect(lines).toEqual(expect.arrayContaining([PRACTICE, PERSON, 'Quyết định số 12-QĐ/TU, ngày 28 tháng 12 năm 2035', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'Nguyễn Văn Tỉnh']))
  })

  it('is hidden from a unit the decision does not concern and from a member, as the decision is', async () => {
    const { db, tree, ward, body } = await setup()
    const issued = (await call(t.app, ward.auth, 'POST', base, body)).body
    const elsewhere = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    expect((await download(elsewhere.token, issued.id)).statusCode).toBe(404)
    const member = await makeUser(db, [{ role: 'member', org: tree.cellB1 }])
    // Answered as the decision is: nothing tells them it exists.
    for (const who of [elsewhere, member]) {
      expect((await download(who.token, issued.id)).statusCode).toBe(404)
      expect((await call(t.app, who.auth, 'GET', `${base}/${issued.id}/document.docx`)).status).toBe(404)
    }
    const audits = await db.select({ data: auditEvents.data }).from(auditEvents).where(and(eq(auditEvents.action, 'report.generate'), eq(auditEvents.entityId, issued.id)))
    expect(audits).toEqual([])
  })
})
