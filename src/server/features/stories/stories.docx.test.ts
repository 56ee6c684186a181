// The press file: the seed article as a Word document — title, byline, the lead in bold, the body's paragraphs,
// headings, emphasis, lists, quotes and links as text with the address, the photos embedded with "caption (Ảnh:
// credit)", the tags — read back from word/document.xml; audited; and no stored payload becomes markup in it.
import JSZip from 'jszip'
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { StoryDetail } from '../../../common/contracts/stories.ts'
import { makeTree, makeUser } from '../../test/factories.ts'
import { paragraphs, readDocx } from '../../test/docx.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { phonePhoto, SEED, seedStory, uploadPhoto, webpPhoto } from './stories.fixtures.ts'
import { photoLine } from './stories.docx.ts'

const t = useTestApp()
const base = '/api/v1/stories'

async function download(auth: { token: string }, id: string) {
  return t.app.inject({ method: 'GET', url: `${base}/${id}/document.docx`, headers: { authorization: `Bearer ${auth.token}` } })
}

/** The run properties of the run holding `text`. */
function runProps(xml: string, text: string): string {
  const run = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find((r) => r[1].includes(`>${text}</w:t>`) || r[1].includes(`>${text}<`))
  return run?.[1].match(/<w:rPr>[\s\S]*?<\/w:rPr>/)?.[0] ?? ''
}

describe('the Word file for the press', () => {
  it('holds the article in order, with the photos and their credits, and is audited', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.schoolA }])
    const body = [
      `<p>${SEED.paragraphs[0]}</p>`,
      '<h2>Kết quả nổi bật</h2>',
      `<p>${SEED.paragraphs[1]} <strong>Đạo đức công vụ</strong> đã trở thành <em>văn hóa</em>, <u>ứng xử</u>.</p>`,
      '<ul><li><p>Nói đi đôi với làm</p></li><li><p>Gần dân, lắng nghe</p></li></ul>',
      '<ol><li><p>Xây dựng kế hoạch</p></li><li><p>Khắc phục hạn chế</p></li></ol>',
      '<blockquote><p>Học và làm theo Bác phải thành việc tự giác.</p></blockquote>',
      `<p>${SEED.paragraphs[2]} Xem <a href="https://baoquangnam.vn/chi-thi-05">Báo Quảng Nam</a>.</p>`,
    ].join('')
    const story = (await call(t.app, office.auth, 'POST', base, seedStory(tree.schoolA.id, { body, tags: ['Chỉ thị 05', 'Nêu gương'] }))).body as StoryDetail
    await uploadPhoto(t.app, office.auth, story.id, [{ name: 'nam-giang.jpg', type: 'image/jpeg', bytes: await phonePhoto() }], { caption: SEED.caption, credit: SEED.credit })
    await uploadPhoto(t.app, office.auth, story.id, [{ name: 'hop.webp', type: 'image/webp', bytes: await webpPhoto() }], { credit: 'Báo Quảng Nam' })

    const res = await download(inspector.auth, story.id)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="pho-bi-thu-thuong-truc-tinh-uy-le-van-dung-tu-giac-hoc-va-lam-theo-guong-bac\.docx"; filename\*=UTF-8''/)
    const docx = await readDocx(res.rawPayload)
    expect(paragraphs(docx.document).filter((p) => p !== '')).toEqual([
      SEED.title,
      'NG.ĐOAN (ghi)',
      SEED.lead,
      SEED.paragraphs[0],
      'Kết quả nổi bật',
      `${SEED.paragraphs[1]} Đạo đức công vụ đã trở thành văn hóa, ứng xử.`,
      '• Nói đi đôi với làm',
      '• Gần dân, lắng nghe',
      '1. Xây dựng kế hoạch',
      '2. Khắc phục hạn chế',
      'Học và làm theo Bác phải thành việc tự giác.',
      `${SEED.paragraphs[2]} Xem Báo Quảng Nam (https://baoquangnam.vn/chi-thi-05).`,
      'Phó Bí thư Thường trực Tỉnh ủy Lê Văn Dũng kiểm tra công tác chuẩn bị bầu cử sớm tại Nam Giang (Ảnh: ALĂNG NGƯỚC)',
      'Ảnh: Báo Quảng Nam',
      'Từ khóa: Chỉ thị 05, Nêu gương',
    ])
    expect(runProps(docx.document, SEED.lead)).toContain('<w:b/>')
    expect(runProps(docx.document, 'Đạo đức công vụ')).toContain('<w:b/>')
    expect(runProps(docx.document, 'văn hóa')).toContain('<w:i/>')
    expect(runProps(docx.document, 'ứng xử')).toMatch(/<w:u /)
    expect(runProps(docx.document, 'Học và làm theo Bác phải thành việc tự giác.')).toContain('<w:i/>')
    // Both photos are in the file, the WebP one as a JPEG Word can read; a document has no live links.
    const zip = await JSZip.loadAsync(res.rawPayload)
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))
    expect(media).toHaveLength(2)
    expect(media.every((n) => /\.(jpe?g|png)$/.test(n))).toBe(true)
    expect(docx.document).not.toContain('<w:hyperlink')
    expect(docx.styles).toContain('Times New Roman')

    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, story.id), eq(auditEvents.action, 'story.exported')))
    expect(event).toMatchObject({ actorAccountId: inspector.account.id, data: { format: 'docx' } })
  })

  it('turns no stored payload into markup in the document', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const body = [
      '<p>Trước<script>alert("x")</script><img src=x onerror="alert(1)"></p>',
      '<p><a href="javascript:alert(1)">Bấm vào</a> và <a href="https://ok.vn/?a=1&b=2">liên kết thật</a></p>',
      '<p>&lt;w:p&gt;&lt;/w:body&gt; chữ thường</p>',
      '<svg><a href="https://evil.test">svg</a></svg><iframe srcdoc="<p>x</p>"></iframe><p>Sau</p>',
    ].join('')
    const story = (await call(t.app, office.auth, 'POST', base, seedStory(tree.schoolA.id, { body, title: 'Tiêu đề <b>"&</b> </w:t>', tags: ['<script>'] }))).body as StoryDetail
    const res = await download(office.auth, story.id)
    expect(res.statusCode).toBe(200)
    const zip = await JSZip.loadAsync(res.rawPayload)
    const xml = await zip.file('word/document.xml')!.async('string')
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string')
    expect(paragraphs(xml).filter((p) => p !== '')).toEqual([
      'Tiêu đề <b>"&</b> </w:t>', 'NG.ĐOAN (ghi)', SEED.lead, 'Trước', 'Bấm vào và liên kết thật (https://ok.vn/?a=1&b=2)', '<w:p></w:body> chữ thường', 'Sau', 'Từ khóa: <script>',
    ])
    for (const bad of ['<script', '<img', '<svg', '<iframe', 'onerror', 'javascript:', '<w:hyperlink', 'evil.test']) expect(xml).not.toContain(bad)
    expect(rels).not.toMatch(/TargetMode="External"/)
  })

  it('writes the photo line as newspapers do', () => {
    expect(photoLine('Hội nghị sơ kết', 'NG.ĐOAN')).toBe('Hội nghị sơ kết (Ảnh: NG.ĐOAN)')
    expect(photoLine(null, 'NG.ĐOAN')).toBe('Ảnh: NG.ĐOAN')
    expect(photoLine('Hội nghị sơ kết', null)).toBe('Hội nghị sơ kết')
    expect(photoLine(null, null)).toBeNull()
  })
})
