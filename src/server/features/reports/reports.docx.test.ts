// The documents' layout, read back from the .docx XML: page, margins, font, the header block of each format, the
// number and date lines, page numbers from page 2, repeated table headers, signatures and recipients.
import { describe, expect, it } from 'vitest'
import { paragraphs, readDocx } from '../../test/docx.ts'
import { commitmentModel, formatCount, formatPercent, ratingDecisionsModel, ratingSummaryModel, type Common } from './reports.compose.ts'
import type { RatingSummary } from './reports.data.ts'
import { renderDocx } from './reports.docx.ts'
import { initials, issuerFor, numberLine, placeOf, type OrgLite } from './reports.issuer.ts'
import { LAYOUTS } from './reports.templates.ts'

const city: OrgLite = { id: 'c', name: 'Đảng bộ thành phố Đà Nẵng', kind: 'province' }
const ward: OrgLite = { id: 'w', name: 'Đảng bộ phường Hải Châu', kind: 'ward' }
const school: OrgLite = { id: 's', name: 'Đảng bộ Trường THPT Phan Châu Trinh', kind: 'grassroots' }
const cell: OrgLite = { id: 'k', name: 'Chi bộ Giáo viên Toán', kind: 'cell' }

const levels = (excellent: number, good: number, complete: number, incomplete: number) => ({ excellent, good, complete, incomplete })
const summary: RatingSummary = {
  organization: { id: 'w', name: ward.name, people: 20, waiting: 2, decided: levels(2, 11, 3, 0) },
  children: [
    { id: 's', name: school.name, people: 12, waiting: 0, decided: levels(1, 8, 3, 0) },
    { id: 'q', name: 'Chi bộ Khu phố 1', people: 8, waiting: 2, decided: levels(1, 3, 0, 0) },
  ],
}

function common(layout: 'party' | 'state', chain: OrgLite[], number?: string): Common {
  return { layout, issuer: issuerFor(layout, chain), date: '2026-05-06', signer: 'Trần Thị Bích', number }
}

/** The run properties of the run holding `text`. */
function runProps(xml: string, text: string): string {
  const run = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find((r) => r[1].includes(`>${text}</w:t>`))
  return run?.[1].match(/<w:rPr>[\s\S]*?<\/w:rPr>/)?.[0] ?? ''
}

describe('issuing body, place, numbers', () => {
  it('derives the Party issuing body, its symbol and the place from the tree', () => {
    expect(issuerFor('party', [city, ward])).toMatchObject({ superior: ['ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG'], body: ['ĐẢNG ỦY PHƯỜNG HẢI CHÂU'], name: 'Đảng ủy phường Hải Châu', symbol: 'ĐU', authority: 'T/M ĐẢNG ỦY', signerTitle: 'BÍ THƯ', place: 'Hải Châu' })
    expect(issuerFor('party', [city])).toMatchObject({ superior: [], body: ['THÀNH ỦY ĐÀ NẴNG'], symbol: 'TU', authority: 'T/M BAN THƯỜNG VỤ', place: 'Đà Nẵng' })
    expect(issuerFor('party', [city, ward, school, cell])).toMatchObject({ superior: ['ĐẢNG BỘ TRƯỜNG THPT PHAN CHÂU TRINH'], body: ['CHI BỘ GIÁO VIÊN TOÁN'], symbol: 'CB', authority: 'T/M CHI BỘ', place: 'Hải Châu' })
  })

  it('derives the State issuing body: a people\'s committee, or an agency under one (cells have none)', () => {
    expect(issuerFor('state', [city, ward])).toMatchObject({ superior: [], body: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẢI CHÂU'], symbol: 'UBND', authority: 'TM. ỦY BAN NHÂN DÂN', signerTitle: 'CHỦ TỊCH' })
    expect(issuerFor('state', [city, ward, school, cell])).toMatchObject({ superior: ['UBND PHƯỜNG HẢI CHÂU'], body: ['TRƯỜNG THPT PHAN CHÂU TRINH'], symbol: 'TTHPTPCT', authority: null, place: 'Hải Châu' })
  })

  it('writes numbers the Party way and the State way, zero-padded, or leaves room for the clerk', () => {
    expect(numberLine(LAYOUTS.party.numberPattern, 'KH', 'ĐU', '9')).toBe('Số 09-KH/ĐU')
    expect(numberLine(LAYOUTS.state.numberPattern, 'QĐ', 'UBND', '12')).toBe('Số: 12/QĐ-UBND')
    expect(numberLine(LAYOUTS.party.numberPattern, 'BC', 'ĐU', null)).toMatch(/^Số \u00a0{6}-BC\/ĐU$/)
    expect(initials('Sở Giáo dục và Đào tạo')).toBe('SGDĐT')
    expect(placeOf([{ id: 'x', name: 'Đảng bộ xã Trà Leng', kind: 'commune' }])).toBe('Trà Leng')
  })

  it('formats Vietnamese counts and shares', () => {
    expect(formatCount(1234)).toBe('1.234')
    expect(formatPercent(1, 8)).toBe('12,5%')
    expect(formatPercent(1, 4)).toBe('25%')
    expect(formatPercent(0, 0)).toBe('0%')
  })
})

describe('the .docx', () => {
  it('lays out a Party report on A4 with the format\'s margins, font, header block and page numbers', async () => {
    const doc = await readDocx(await renderDocx(ratingSummaryModel(summary, { year: 2026 }, 'Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị', common('party', [city, ward], '9'))))
    expect(doc.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
    expect(doc.document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/)
    expect(doc.styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:sz w:val="28"\/>/)
    expect(doc.document).not.toMatch(/w:rFonts w:ascii="(?!Times New Roman)/)

    const lines = paragraphs(doc.document)
    expect(lines.slice(0, 6)).toEqual(['ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG', 'ĐẢNG ỦY PHƯỜNG HẢI CHÂU', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 09-BC/ĐU', 'Hải Châu, ngày 06 tháng 5 năm 2026'])
    expect(runProps(doc.document, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="30"\/>[\s\S]*<w:u w:val="single"\/>/)
    expect(runProps(doc.document, 'ĐẢNG ỦY PHƯỜNG HẢI CHÂU')).toContain('<w:b/>')
    expect(runProps(doc.document, 'Hải Châu, ngày 06 tháng 5 năm 2026')).toContain('<w:i/>')
    expect(doc.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(lines).toEqual(expect.arrayContaining(['BÁO CÁO', 'Kết quả đánh giá, xếp loại chất lượng đảng viên năm 2026', '-----']))

    // Page numbers centred in the top margin from page 2; page 1 has an empty header of its own.
    expect(doc.document).toMatch(/<w:sectPr>[\s\S]*<w:titlePg\/>[\s\S]*<\/w:sectPr>/)
    expect(doc.headers.default).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>/)
    expect(doc.headers.first).not.toContain('PAGE')

    // Tables from the figures, header rows repeated on each page.
    expect(doc.text).toContain('Tổng số đảng viên: 20; đã kiểm điểm: 18; đã quyết định xếp loại: 16; chờ quyết định: 2; chưa kiểm điểm: 2.')
    expect(doc.text).toContain('Hoàn thành xuất sắc nhiệm vụ\n2\n12,5%')
    expect(doc.text).toContain('Hoàn thành tốt nhiệm vụ\n11\n68,8%')
    expect(doc.text).toContain('1\nĐảng bộ Trường THPT Phan Châu Trinh\n12\n12\n1\n8\n3\n0\n0')
    expect(doc.text).toContain('Tổng số\n20\n16\n2\n11\n3\n0\n4')
    expect(doc.document.match(/<w:tblHeader\/>/g)).toHaveLength(2)

    // Signature on the right, recipients bottom-left.
    expect(doc.text).toMatch(/Nơi nhận:\n- Đảng bộ thành phố Đà Nẵng \(để báo cáo\),\n- Các tổ chức đảng trực thuộc,\n- Lưu Văn phòng\.\nT\/M ĐẢNG ỦY\nBÍ THƯ\n(\n){4}Trần Thị Bích/)
    expect(runProps(doc.document, 'Nơi nhận:')).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/)
    expect(runProps(doc.document, '- Lưu Văn phòng.')).toContain('<w:sz w:val="22"/>')
  })

  it('lays out a State document: quốc hiệu and tiêu ngữ, "Số: …/…-UBND", no Party title', async () => {
    const doc = await readDocx(await renderDocx(ratingSummaryModel(summary, { year: 2026 }, 'Nghị định 335/2025/NĐ-CP', common('state', [city, ward], '12'))))
    const lines = paragraphs(doc.document)
    expect(lines.slice(0, 6)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẢI CHÂU', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/BC-UBND'])
    expect(lines[6]).toBe('Hải Châu, ngày 06 tháng 5 năm 2026')
    expect(runProps(doc.document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/)
    expect(runProps(doc.document, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>[\s\S]*<w:u w:val="single"\/>/)
    expect(doc.text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM')
    expect(doc.text).toMatch(/TM\. ỦY BAN NHÂN DÂN\nCHỦ TỊCH/)
    expect(doc.text).toMatch(/Nơi nhận:\n- Ủy ban nhân dân thành phố Đà Nẵng \(để báo cáo\),\n- Các cơ quan, đơn vị trực thuộc,\n- Lưu: VT\./)
    expect(doc.document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/)
    expect(doc.document).toContain('<w:titlePg/>')
  })

  it('leaves the number blank for the clerk and lists decided members by level', async () => {
    const rows = [
      { fullName: 'Lê Văn An', position: 'Đảng viên', unit: 'Chi bộ Khu phố 1', level: 'good' as const },
      { fullName: 'Phạm Thị Bình', position: 'Bí thư chi bộ', unit: 'Chi bộ Khu phố 1', level: 'excellent' as const },
      { fullName: 'Võ Văn Cường', position: null, unit: 'Chi bộ Khu phố 2', level: 'good' as const },
    ]
    const doc = await readDocx(await renderDocx(ratingDecisionsModel(rows, { year: 2026 }, 'Quy định số 366-QĐ/TW', common('party', [city, ward]))))
    expect(paragraphs(doc.document)[4]).toMatch(/^Số \u00a0{6}-DS\/ĐU$/)
    expect(doc.text).toContain('STT\nHọ và tên\nChức vụ\nChi bộ\nMức xếp loại\nI. Hoàn thành xuất sắc nhiệm vụ (1 đồng chí)\n1\nPhạm Thị Bình\nBí thư chi bộ\nChi bộ Khu phố 1\nHoàn thành xuất sắc nhiệm vụ\nII. Hoàn thành tốt nhiệm vụ (2 đồng chí)\n1\nLê Văn An')
    expect(doc.text).toContain('Tổng số: 3 đồng chí.')
  })

  it('makes the commitment form: no number, identity, items by area, the cell\'s and the member\'s signatures', async () => {
    const form = {
      person: { id: 'p', fullName: 'Nguyễn Văn An', birthDate: '1980-02-03', position: 'Giáo viên' },
      items: [
        { area: 'professional', content: 'Dạy tốt, học tốt', target: '100% giờ dạy đạt yêu cầu', deadline: '2026-12-15' },
        { area: 'politics', content: 'Học tập chuyên đề năm', target: '01 bài thu hoạch', deadline: '2026-06-30' },
      ],
      status: 'approved',
      approvedOn: '2026-03-20',
      submittedOn: '2026-03-15',
    }
    const doc = await readDocx(await renderDocx(commitmentModel(form, { year: 2026, themeTitle: 'Chuyên đề thử' }, cell.name, common('party', [city, ward, school, cell]))))
    const lines = paragraphs(doc.document)
    expect(lines.slice(0, 6)).toEqual(['ĐẢNG BỘ TRƯỜNG THPT PHAN CHÂU TRINH', 'CHI BỘ GIÁO VIÊN TOÁN', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Hải Châu, ngày 06 tháng 5 năm 2026'])
    expect(doc.text).toContain('BẢN CAM KẾT\nTu dưỡng, rèn luyện, phấn đấu năm 2026')
    expect(doc.text).toContain('Họ và tên: Nguyễn Văn An\nNgày sinh: 03/02/1980\nChức vụ: Giáo viên\nChi bộ: Chi bộ Giáo viên Toán\nTình trạng: Chi bộ đã duyệt ngày 20/03/2026')
    expect(doc.text).toContain('1. Tư tưởng chính trị\n1.1\nHọc tập chuyên đề năm\n01 bài thu hoạch\n30/06/2026\n2. Thực hiện nhiệm vụ chuyên môn\n2.1\nDạy tốt, học tốt')
    expect(doc.text).toMatch(/XÁC NHẬN CỦA CHI BỘ\nT\/M CHI BỘ\nBÍ THƯ\n\(Ký, ghi rõ họ tên\)\n(\n){4}Trần Thị Bích\nNGƯỜI CAM KẾT\n\(Ký, ghi rõ họ tên\)\n(\n){4}Nguyễn Văn An/)
    expect(doc.text).not.toContain('Nơi nhận')
  })
})
