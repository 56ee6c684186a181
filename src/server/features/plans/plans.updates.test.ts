// Progress updates: appended, never overwritten (the item follows the latest), the status and percentage consistent,
// the period named from the plan's cycle, evidence sent as a phone would (multipart) and served safely to the plan's
// readers only; the owner person reports on their item without reading the whole plan.
import { deflateSync } from 'node:zlib'
import { sql } from 'drizzle-orm'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { makeCycle } from '../../test/factories.ts'
import { call, useTestApp, withAuth, type Auth } from '../../test/harness.ts'
import { makeItem, makePlan, planWorld, type PlanWorld } from '../../test/plan-fixtures.ts'

const t = useTestApp()
let w: PlanWorld
let planId: string
let item: { id: string }

interface FilePart { name: string; type: string; bytes: Buffer }

async function sendForm(auth: Auth, url: string, fields: Record<string, string>, files: FilePart[]) {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  for (const f of files) data.append('files', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  const request = new Request('http://localhost/', { method: 'POST', body: data })
  const payload = Buffer.from(await request.arrayBuffer())
  const res = await t.app.inject(withAuth(auth, { method: 'POST', url, payload, headers: { 'content-type': request.headers.get('content-type')! } }))
  return { status: res.statusCode, body: res.json() }
}

const photo = () => sharp({ create: { width: 320, height: 240, channels: 3, background: '#cc3333' } }).jpeg().withExifMerge({ IFD0: { Make: 'DienThoai' } }).toBuffer()
function pdf(): Buffer {
  const content = deflateSync(Buffer.from('BT /F1 12 Tf 20 100 Td (Bien ban) Tj ET'))
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n', 'latin1'),
    Buffer.from(`3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 5 0 R >>\nendobj\n5 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    content,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 6 >>\nstartxref\n0\n%%EOF\n', 'latin1'),
  ])
}

beforeAll(async () => {
  w = await planWorld(t.database.db)
  planId = await makePlan(t, w.communeA.auth, w.tree.communeA.id, w.cycle.id)
  item = await makeItem(t, w.communeA.auth, planId, { kind: 'target', title: '100% chi bộ sinh hoạt chuyên đề hằng quý', ownerPersonId: w.person.id })
})

describe('progress updates', () => {
  it('appends dated updates, newest first, and the item follows the latest', async () => {
    const first = await call(t.app, w.communeA.auth, 'POST', `/api/v1/plan-items/${item.id}/updates`, { progress: 30, status: 'in_progress', note: 'Đã có 3/10 chi bộ sinh hoạt chuyên đề' })
    expect(first.status).toBe(201)
    const second = await call(t.app, w.communeA.auth, 'POST', `/api/v1/plan-items/${item.id}/updates`, { progress: 20, status: 'late', note: 'Hai chi bộ hoãn sinh hoạt, chậm so với kế hoạch' })
    expect(second.body).toMatchObject({ progress: 20, status: 'late', late: true, reported: { progress: 20, status: 'late' } })
    expect(second.body.updates.map((u: { progress: number }) => u.progress)).toEqual([20, 30])
    expect(second.body.updates[0]).toMatchObject({ note: 'Hai chi bộ hoãn sinh hoạt, chậm so với kế hoạch', period: null, by: expect.stringContaining('Người dùng'), evidence: [] })
    const [{ n }] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events where entity_id = ${item.id} and action = 'plan.item.report'`)
    expect(Number(n)).toBe(2)
  })

  it('refuses a status that contradicts the percentage, a note too short, a period of another year', async () => {
    const other = await makeCycle(t.database.db, 'in_progress')
    const [period] = await queryRows<{ id: string }>(t.database.db, sql`insert into reporting_periods (cycle_id, kind, label, starts_on, ends_on, due_on) values (${other.id}, 'quarter', 'Quý I', ${`${other.year}-01-01`}, ${`${other.year}-03-31`}, ${`${other.year}-04-07`}) returning id`)
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ progress: 90, status: 'done', note: 'Đã xong phần lớn' }, /100%/],
      [{ progress: 100, status: 'in_progress', note: 'Đã xong toàn bộ' }, /Hoàn thành/],
      [{ progress: 10, status: 'not_started', note: 'Chưa bắt đầu được' }, /0%/],
      [{ progress: 10, status: 'in_progress', note: 'ít' }, /.+/],
      [{ progress: 10, status: 'in_progress', note: 'Báo cáo kỳ khác', periodId: period.id }, /thuộc năm/],
      [{ progress: 101, status: 'in_progress', note: 'Vượt mức quá nhiều' }, /.+/],
    ]
    for (const [body, message] of cases) {
      const res = await call(t.app, w.communeA.auth, 'POST', `/api/v1/plan-items/${item.id}/updates`, body)
      expect(res.status, JSON.stringify(body)).toBe(422)
      expect(JSON.stringify(res.body.error)).toMatch(message)
    }
  })

  it('takes evidence from a phone (photo re-encoded without metadata, PDF kept) and serves it to readers only', async () => {
    const res = await sendForm(w.communeA.auth, `/api/v1/plan-items/${item.id}/updates`, { progress: '60', status: 'in_progress', note: 'Ảnh buổi sinh hoạt chuyên đề và biên bản' }, [
      { name: 'IMG_0001.jpg', type: 'image/jpeg', bytes: await photo() },
      { name: 'Biên bản sinh hoạt.pdf', type: 'application/pdf', bytes: pdf() },
    ])
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const files = [...res.body.updates[0].evidence].sort((a: { mediaType: string }, b: { mediaType: string }) => b.mediaType.localeCompare(a.mediaType))
    expect(files.map((f: { mediaType: string }) => f.mediaType)).toEqual(['image/jpeg', 'application/pdf'])
    expect(files[1].fileName).toBe('Biên bản sinh hoạt.pdf')

    const got = await t.app.inject(withAuth(w.office.auth, { method: 'GET', url: `/api/v1/plan-evidence/${files[0].id}` }))
    expect(got.statusCode).toBe(200)
    expect(got.headers['content-type']).toBe('image/jpeg')
    expect(got.headers['x-content-type-options']).toBe('nosniff')
    expect(got.headers['content-security-policy']).toContain("default-src 'none'")
    expect(got.headers['cache-control']).toBe('private, no-store')
    expect((await sharp(got.rawPayload).metadata()).exif).toBeUndefined()
    const doc = await t.app.inject(withAuth(w.inspector.auth, { method: 'GET', url: `/api/v1/plan-evidence/${files[1].id}` }))
    expect(doc.headers['content-disposition']).toMatch(/^attachment/)
    expect((await call(t.app, w.communeB.auth, 'GET', `/api/v1/plan-evidence/${files[0].id}`)).status).toBe(404)
    expect((await call(t.app, w.outsider.auth, 'GET', `/api/v1/plan-evidence/${files[0].id}`)).status).toBe(404)
  })

  it('refuses files that are not photos or PDFs, and too many files, writing nothing', async () => {
    const before = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from plan_updates`)
    const html = await sendForm(w.communeA.auth, `/api/v1/plan-items/${item.id}/updates`, { progress: '70', status: 'in_progress', note: 'Báo cáo kèm tệp lạ' }, [{ name: 'x.jpg', type: 'image/jpeg', bytes: Buffer.from('<html><script>alert(1)</script></html>') }])
    expect(html.status).toBe(415)
    const many = await sendForm(w.communeA.auth, `/api/v1/plan-items/${item.id}/updates`, { progress: '70', status: 'in_progress', note: 'Báo cáo kèm nhiều tệp' }, Array.from({ length: 4 }, (_, i) => ({ name: `${i}.pdf`, type: 'application/pdf', bytes: pdf() })))
    expect(many.status).toBe(413)
    const after = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from plan_updates`)
    expect(after[0].n).toBe(before[0].n)
  })

  it('lets the owner person report on their item and read it, without reading the plan', async () => {
    const res = await call(t.app, w.member.auth, 'POST', `/api/v1/plan-items/${item.id}/updates`, { progress: 80, status: 'in_progress', note: 'Chi bộ của tôi đã sinh hoạt chuyên đề quý này' })
    expect(res.status).toBe(201)
    expect(res.body.abilities).toMatchObject({ report: true, edit: false, handDown: false })
    expect((await call(t.app, w.member.auth, 'GET', `/api/v1/plans/${planId}`)).status).toBe(404)
    const other = await makeItem(t, w.communeA.auth, planId, { title: 'Nhiệm vụ không do đảng viên phụ trách' })
    expect((await call(t.app, w.member.auth, 'POST', `/api/v1/plan-items/${other.id}/updates`, { progress: 10, status: 'in_progress', note: 'Không phải việc của tôi' })).status).toBe(404)
    // Readers above do not report on a unit's items.
    expect((await call(t.app, w.office.auth, 'POST', `/api/v1/plan-items/${other.id}/updates`, { progress: 10, status: 'in_progress', note: 'Cấp trên báo cáo thay' })).status).toBe(403)
  })
})
