import { crc32, deflateSync } from 'node:zlib'
import { eq, sql } from 'drizzle-orm'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { FeedbackCase, FeedbackReceipt, PublicFeedback } from '../../../common/contracts/feedback.ts'
import { queryRows } from '../../db/client.ts'
import { messages, type MessageKey } from '../../lib/messages.ts'
import { makeTree, makeUser, type Tree } from '../../test/factories.ts'
import { call, useTestApp, withAuth, type Auth } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { cleanFileName, sniff } from './feedback.attachments.ts'
import { screenPdf } from './feedback.pdf.ts'
import { feedbackAttachments, feedbackCases } from './feedback.table.ts'

const t = useTestApp()
const pub = '/api/v1/public/feedback'
const CONTENT = 'Cống thoát nước trước chợ Bà Rén bị vỡ, nước thải tràn ra đường, ảnh chụp sáng nay kèm theo phản ánh này.'

interface FilePart { name: string; type: string; bytes: Buffer }

/** A multipart body as a browser's FormData sends it (boundary and all). */
async function form(fields: Record<string, string>, files: FilePart[]) {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  for (const f of files) data.append('files', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  const request = new Request('http://localhost/', { method: 'POST', body: data })
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! }
}

// Each submission comes from its own address (the intake is rate-limited per address).
let ip = 10
async function sendForm(fields: Record<string, string>, files: FilePart[], { url = pub, auth = null as Auth, headers = {} as Record<string, string> } = {}) {
  const { payload, contentType } = await form(fields, files)
  const res = await t.app.inject(withAuth(auth, { method: 'POST', url, payload, headers: { 'content-type': contentType, ...headers }, remoteAddress: `198.51.100.${ip++}` }))
  return { status: res.statusCode, body: res.json() }
}

/** A photo from a phone: turned on its side by EXIF, with the camera's make and a GPS position. */
const phonePhoto = (width = 300, height = 200) => sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
  .jpeg({ quality: 95 }).withMetadata({ orientation: 6 })
  .withExifMerge({ IFD0: { Make: 'DienThoaiRe', Model: 'X1' }, IFD3: { GPSMapDatum: 'WGS-84', GPSLatitudeRef: 'N', GPSLatitude: '16/1 3/1 0/1' } })
  .toBuffer()
/** A decompression bomb: a PNG declaring 10,000 × 10,000 pixels (its header alone: refused before decoding). */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(10_000, 0)
  header.writeUInt32BE(10_000, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(30_001))), chunk('IEND', Buffer.alloc(0))])
}
const png = (width: number, height: number) => sharp({ create: { width, height, channels: 4, background: '#ff000080' } }).png().toBuffer()

/** A one-page PDF; `catalog` is added to the catalog's dictionary, `objects` after the page. */
function pdf(catalog = '', objects = ''): Buffer {
  const content = deflateSync(Buffer.from('BT /F1 12 Tf 20 100 Td (Don de nghi) Tj ET'))
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${catalog}>>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n`, 'latin1'),
    Buffer.from(`3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 5 0 R >>\nendobj\n5 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    content,
    Buffer.from(`\nendstream\nendobj\n${objects}trailer\n<< /Root 1 0 R /Size 6 >>\nstartxref\n0\n%%EOF\n`, 'latin1'),
  ])
}
/** A script hidden in a deflated object stream, its name spelled with an escape. */
function pdfWithHiddenScript(): Buffer {
  const inner = deflateSync(Buffer.from('4 0 << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>'))
  const objStm = Buffer.concat([Buffer.from(`6 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length ${inner.length} /Filter /FlateDecode >>\nstream\n`), inner, Buffer.from('\nendstream\nendobj\n')])
  return pdf('/OpenAction 4 0 R ', objStm.toString('latin1'))
}

async function counts() {
  const [row] = await queryRows<{ cases: number; files: number }>(t.database.db, sql`select (select count(*)::int from feedback_cases) as cases, (select count(*)::int from feedback_attachments) as files`)
  return row
}

const fieldsFor = (tree: Tree, extra: Record<string, string> = {}) => ({ categoryId: 'moi-truong', communeId: tree.communeA.id, content: `${CONTENT} ${Math.random()}`, anonymous: 'false', ...extra })

describe('sending files with feedback', () => {
  it('takes photos and a PDF in one multipart submission: photos re-encoded upright without metadata, all listed and served', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const files = [
      { name: 'C:\\Users\\dan\\Ảnh cống vỡ <1>.JPG', type: 'image/jpeg', bytes: await phonePhoto() },
      { name: 'ban-chup-man-hinh.png', type: 'image/png', bytes: await png(3000, 1000) },
      { name: 'Đơn đề nghị.pdf', type: 'application/pdf', bytes: pdf() },
    ]
    expect((await sharp(files[0].bytes).metadata()).exif?.toString('latin1')).toContain('WGS-84')
    const res = await sendForm(fieldsFor(tree, { name: 'Trần Văn Dân', phone: '0905 123 456' }), files)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const receipt = res.body as FeedbackReceipt
    const [row] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, receipt.reference))
    const stored = await db.select().from(feedbackAttachments).where(eq(feedbackAttachments.caseId, row.id)).orderBy(feedbackAttachments.createdAt, feedbackAttachments.fileName)
    // Turned upright (EXIF orientation 6), the wide screenshot brought down to 2048 px, names cleaned.
    expect(stored.map((a) => [a.mediaType, a.fileName, a.width, a.height]).sort()).toEqual([
      ['application/pdf', 'Đơn đề nghị.pdf', null, null],
      ['image/jpeg', 'Ảnh cống vỡ 1.jpg', 200, 300],
      ['image/png', 'ban-chup-man-hinh.png', 2048, 683],
    ])
    const photo = stored.find((a) => a.mediaType === 'image/jpeg')!
    const meta = await sharp(Buffer.from(photo.data)).metadata()
    expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined])
    expect(Buffer.from(photo.data).toString('latin1')).not.toMatch(/WGS-84|DienThoaiRe/)
    // The PDF is kept byte for byte.
    expect(Buffer.from(stored.find((a) => a.mediaType === 'application/pdf')!.data).equals(files[2].bytes)).toBe(true)
    // The audit event counts the files; it holds no names and no contents.
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, row.id))
    expect(event.data).toMatchObject({ attachments: 3 })
    expect(JSON.stringify(event.data)).not.toMatch(/cống|Đơn|png/)

    // The status page lists the files, nothing more.
    const status = (await call(t.app, null, 'GET', `${pub}/${receipt.trackingCode}`)).body as PublicFeedback
    expect(status.attachments).toHaveLength(3)
    expect(Object.keys(status.attachments[0]).sort()).toEqual(['fileName', 'height', 'id', 'mediaType', 'size', 'width'])
    const listedPhoto = status.attachments.find((a) => a.mediaType === 'image/jpeg')!
    const listedPdf = status.attachments.find((a) => a.mediaType === 'application/pdf')!

    const image = await t.app.inject({ method: 'GET', url: `${pub}/${receipt.trackingCode}/attachments/${listedPhoto.id}` })
    expect(image.statusCode).toBe(200)
    expect(image.headers).toMatchObject({
      'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store',
      'content-disposition': "inline; filename=\"anh-cong-vo-1.jpg\"; filename*=UTF-8''%E1%BA%A2nh%20c%E1%BB%91ng%20v%E1%BB%A1%201.jpg",
    })
    expect(image.headers['content-security-policy']).toMatch(/^default-src 'none'/)
    expect(image.rawPayload.equals(Buffer.from(photo.data))).toBe(true)

    // A unit handling the case downloads the PDF as a file, never opened inline.
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const page = (await call(t.app, office.auth, 'GET', `/api/v1/feedback/${row.id}`)).body as FeedbackCase
    expect(page.attachments.map((a) => a.id).sort()).toEqual(status.attachments.map((a) => a.id).sort())
    const doc = await t.app.inject(withAuth(office.auth, { method: 'GET', url: `/api/v1/feedback/${row.id}/attachments/${listedPdf.id}` }))
    expect(doc.statusCode).toBe(200)
    expect(doc.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' })
    expect(doc.headers['content-disposition']).toMatch(/^attachment; filename="don-de-nghi\.pdf"; filename\*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B\.pdf$/)
    expect(doc.rawPayload.equals(files[2].bytes)).toBe(true)
  })

  it('drops the device file names of an anonymous sender, and keeps the JSON body working as before', async () => {
    const tree = await makeTree(t.database.db)
    const res = await sendForm(fieldsFor(tree, { anonymous: 'true' }), [{ name: 'IMG_20260105_Nguyen_Van_A.jpg', type: 'image/jpeg', bytes: await phonePhoto() }])
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const status = (await call(t.app, null, 'GET', `${pub}/${res.body.trackingCode}`)).body as PublicFeedback
    expect(status.attachments.map((a) => a.fileName)).toEqual(['tep-dinh-kem-1.jpg'])
    const json = await t.app.inject({ method: 'POST', url: pub, payload: { categoryId: 'moi-truong', communeId: tree.communeA.id, content: `${CONTENT} (JSON)`, anonymous: true }, remoteAddress: '198.51.100.250' })
    expect(json.statusCode).toBe(201)
    expect(((await call(t.app, null, 'GET', `${pub}/${json.json().trackingCode}`)).body as PublicFeedback).attachments).toEqual([])
  })

  it('lets an office attach files to a case it enters on a citizen\'s behalf', async () => {
    const tree = await makeTree(t.database.db)
    const office = await makeUser(t.database.db, [{ role: 'office', org: tree.communeB }])
    const res = await sendForm({ ...fieldsFor(tree, { communeId: tree.communeB.id }), channel: 'in_person' }, [{ name: 'don.pdf', type: 'application/pdf', bytes: pdf() }], { url: '/api/v1/feedback', auth: office.auth })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const [row] = await t.database.db.select().from(feedbackCases).where(eq(feedbackCases.reference, res.body.reference))
    expect(row.channel).toBe('in_person')
    expect(((await call(t.app, office.auth, 'GET', `/api/v1/feedback/${row.id}`)).body as FeedbackCase).attachments.map((a) => a.fileName)).toEqual(['don.pdf'])
  })

  it('refuses what is not a JPEG, PNG, WebP or clean PDF, by content, and writes nothing', async () => {
    const tree = await makeTree(t.database.db)
    const before = await counts()
    const photo = await phonePhoto()
    const refused: [FilePart, number, MessageKey][] = [
      [{ name: 'logo.svg', type: 'image/svg+xml', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') }, 415, 'feedbackFileType'],
      [{ name: 'anh.jpg', type: 'image/jpeg', bytes: Buffer.from('<!doctype html><script>alert(document.cookie)</script>') }, 415, 'feedbackFileType'],
      [{ name: 'don.pdf', type: 'application/pdf', bytes: pdf('/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> ') }, 422, 'feedbackPdfActive'],
      [{ name: 'don.pdf', type: 'application/pdf', bytes: pdfWithHiddenScript() }, 422, 'feedbackPdfActive'],
      [{ name: 'don.pdf', type: 'application/pdf', bytes: pdf('/Names << /EmbeddedFiles 7 0 R >> ') }, 422, 'feedbackPdfActive'],
      [{ name: 'don.pdf', type: 'application/pdf', bytes: pdf().subarray(0, 300) }, 422, 'feedbackPdfInvalid'],
      [{ name: 'hong.jpg', type: 'image/jpeg', bytes: photo.subarray(0, Math.floor(photo.length / 2)) }, 422, 'feedbackImageUnreadable'],
      [{ name: 'rong.png', type: 'image/png', bytes: Buffer.alloc(0) }, 422, 'feedbackFileEmpty'],
      [{ name: 'bom.png', type: 'image/png', bytes: pngBomb() }, 422, 'feedbackImageTooManyPixels'],
    ]
    for (const [file, status, key] of refused) {
      const res = await sendForm(fieldsFor(tree), [{ name: 'ok.jpg', type: 'image/jpeg', bytes: photo }, file])
      expect(res.status, `${file.name}: ${JSON.stringify(res.body)}`).toBe(status)
      expect(res.body.error.message).toBe(messages[key].vi.replace('{name}', file.name).replace('{max}', '40'))
      expect(res.body.error.details.fields[0].path).toBe('files')
    }
    const svg = await sendForm(fieldsFor(tree), [refused[0][0]], { headers: { 'accept-language': 'en' } })
    expect(svg.body.error.message).toBe('File "logo.svg" is not accepted: only JPEG, PNG or WebP photos and PDF documents are (no SVG, HTML or other files), judged by the content.')
    const broken = await sendForm(fieldsFor(tree), [refused[6][0]])
    expect(broken.body.error.message).toMatch(/^Không đọc được ảnh "hong.jpg"/)
    expect(await counts()).toEqual(before)
  })

  it('refuses too many or too large files with 413, and malformed forms with 422, writing nothing', async () => {
    const tree = await makeTree(t.database.db)
    const before = await counts()
    const photo = { name: 'a.jpg', type: 'image/jpeg', bytes: await phonePhoto() }
    const many = await sendForm(fieldsFor(tree), [photo, photo, photo, photo])
    expect(many.status, JSON.stringify(many.body)).toBe(413)
    expect(many.body.error.code).toBe('payload_too_large')
    const huge = await sendForm(fieldsFor(tree), [{ name: 'to.pdf', type: 'application/pdf', bytes: Buffer.concat([pdf(), Buffer.alloc(5 * 1024 * 1024)]) }])
    expect(huge.status).toBe(413)
    expect(huge.body.error.message).toMatch(/tối đa 5 MB/)
    // Fields are validated by the same schema as JSON: booleans as "true"/"false", no unknown or repeated fields.
    expect((await sendForm(fieldsFor(tree, { anonymous: 'có' }), [photo])).status).toBe(422)
    expect((await sendForm(fieldsFor(tree, { extra: 'x' }), [photo])).status).toBe(422)
    expect((await sendForm(fieldsFor(tree, { content: 'ngắn' }), [photo])).body.error.details.fields[0].path).toBe('content')
    const { payload, contentType } = await form(fieldsFor(tree), [photo])
    const cut = await t.app.inject({ method: 'POST', url: pub, payload: payload.subarray(0, payload.length - 200), headers: { 'content-type': contentType }, remoteAddress: '198.51.100.251' })
    expect(cut.statusCode).toBe(422)
    const repeated = Buffer.from(`--b\r\nContent-Disposition: form-data; name="content"\r\n\r\n${CONTENT}\r\n--b\r\nContent-Disposition: form-data; name="content"\r\n\r\nx\r\n--b--\r\n`)
    expect((await t.app.inject({ method: 'POST', url: pub, payload: repeated, headers: { 'content-type': 'multipart/form-data; boundary=b' }, remoteAddress: '198.51.100.252' })).statusCode).toBe(422)
    expect(await counts()).toEqual(before)
  })

  it('keeps the duplicate-submission check with files', async () => {
    const tree = await makeTree(t.database.db)
    const fields = fieldsFor(tree)
    const photo = { name: 'a.jpg', type: 'image/jpeg', bytes: await phonePhoto() }
    expect((await sendForm(fields, [photo])).status).toBe(201)
    const before = await counts()
    expect((await sendForm(fields, [photo])).status).toBe(409)
    expect(await counts()).toEqual(before)
  })
})

describe('serving files', () => {
  it('serves a file only to units that may read the case and to the holder of its own code', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const text = `${CONTENT} Mùi hôi bốc lên cả khu phố, đề nghị xã cho sửa sớm.`
    const first = await sendForm(fieldsFor(tree, { content: text }), [{ name: 'a.jpg', type: 'image/jpeg', bytes: await phonePhoto() }])
    const second = await sendForm(fieldsFor(tree, { content: `${text} Rất bức xúc.` }), [])
    expect([first.status, second.status]).toEqual([201, 201])
    const [a] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, first.body.reference))
    const [b] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, second.body.reference))
    const [file] = await db.select({ id: feedbackAttachments.id }).from(feedbackAttachments).where(eq(feedbackAttachments.caseId, a.id))
    const url = `/api/v1/feedback/${a.id}/attachments/${file.id}`

    const supervisor = await makeUser(db, [{ role: 'inspector', org: tree.root }])
    const outsider = await makeUser(db, [{ role: 'office', org: other.communeA }])
    const member = await makeUser(db, [{ role: 'member', org: tree.communeA }])
    expect((await call(t.app, supervisor.auth, 'GET', url)).status).toBe(200)
    expect((await call(t.app, outsider.auth, 'GET', url)).status).toBe(404)
    expect((await call(t.app, member.auth, 'GET', url)).status).toBe(404)
    expect((await call(t.app, null, 'GET', url)).status).toBe(401)
    // The attachment under another case's id is not found.
    expect((await call(t.app, supervisor.auth, 'GET', `/api/v1/feedback/${b.id}/attachments/${file.id}`)).status).toBe(404)

    // By code: the right code serves it; a wrong code, or another sender's code, does not.
    expect((await call(t.app, null, 'GET', `${pub}/${first.body.trackingCode}/attachments/${file.id}`)).status).toBe(200)
    const wrong = await call(t.app, null, 'GET', `${pub}/${'2'.repeat(27)}/attachments/${file.id}`)
    expect(wrong.status).toBe(404)
    expect(wrong.headers['cache-control']).toBe('private, no-store')
    expect((await call(t.app, null, 'GET', `${pub}/${second.body.trackingCode}/attachments/${file.id}`)).status).toBe(404)

    // Merged into the first case, the second sender follows it but sees only their own files (none).
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    expect((await call(t.app, office.auth, 'POST', `/api/v1/feedback/${b.id}/merge`, { intoId: a.id })).status).toBe(200)
    const followed = (await call(t.app, null, 'GET', `${pub}/${second.body.trackingCode}`)).body as PublicFeedback
    expect(followed).toMatchObject({ reference: first.body.reference, attachments: [] })
    expect((await call(t.app, null, 'GET', `${pub}/${second.body.trackingCode}/attachments/${file.id}`)).status).toBe(404)
  })
})

describe('file checks', () => {
  it('decides the kind by content and cleans names', () => {
    expect(sniff(Buffer.from('<svg/>'))).toBeNull()
    expect(sniff(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp')
    expect(sniff(Buffer.from('GIF89a'))).toBeNull()
    expect(cleanFileName('../../etc/passwd', 'jpg')).toBe('passwd.jpg')
    expect(cleanFileName('Ảnh\u202Egpj.exe', 'jpg')).toBe('Ảnhgpj.jpg')
    expect(cleanFileName('Phu\u031Bo\u031B\u0300ng Hải Vân.jpeg', 'jpg')).toBe('Phường Hải Vân.jpg')
    expect(cleanFileName('  ...  ', 'jpg')).toBe('tep-dinh-kem.jpg')
    expect(cleanFileName('a\r\nb: "c".png', 'png')).toBe('ab c.png')
  })

  it('screens PDFs', () => {
    expect(screenPdf(pdf())).toBeNull()
    expect(screenPdf(pdf('/OpenAction << /S /Launch /F (cmd.exe) >> '))).toBe('active')
    expect(screenPdf(pdf('/AA << /O << /S /J#61vaScript /JS 9 0 R >> >> '))).toBe('active')
    expect(screenPdf(pdfWithHiddenScript())).toBe('active')
    expect(screenPdf(Buffer.from(pdf().toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 8 0 R'), 'latin1'))).toBe('encrypted')
    // A name that only starts like one of them is no script.
    expect(screenPdf(pdf('/Metadata << /JSON (x) >> '))).toBeNull()
    expect(screenPdf(Buffer.from('%PDF-1.4\nno end marker'))).toBe('invalid')
  })
})

describe('feedback attachment security', () => {
  runSharedSecurityTests(t, '/api/v1/feedback/:id/attachments', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const res = await sendForm(fieldsFor(tree), [{ name: 'a.jpg', type: 'image/jpeg', bytes: await phonePhoto() }])
    const [row] = await db.select().from(feedbackCases).where(eq(feedbackCases.reference, res.body.reference))
    const [file] = await db.select({ id: feedbackAttachments.id }).from(feedbackAttachments).where(eq(feedbackAttachments.caseId, row.id))
    return {
      cases: [{ method: 'GET', route: '/api/v1/feedback/:id/attachments/:attachmentId', url: `/api/v1/feedback/${row.id}/attachments/${file.id}` }],
      outsider: (await makeUser(db, [{ role: 'office', org: other.root }])).auth,
      tooLow: { member: (await makeUser(db, [{ role: 'member', org: tree.communeA }])).auth },
    }
  })
})
