import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ImportSession } from '../../../common/contracts/imports.ts'
import { queryRows } from '../../db/client.ts'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, type Auth } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { encodeTcvn3, makeXlsx } from '../../test/sheet-fixtures.ts'

const t = useTestApp()
const base = '/api/v1/imports'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const upload = (auth: Auth, query: string, file: Buffer, type = XLSX) =>
  call(t.app, auth, 'POST', `${base}?${query}`, file, { 'content-type': type, 'x-file-name': encodeURIComponent('Danh sách đảng viên.xlsx') })

async function waitDone(auth: Auth, id: string): Promise<ImportSession> {
  for (let i = 0; i < 200; i++) {
    const res = await call(t.app, auth, 'GET', `${base}/${id}`)
    if (res.body.status !== 'running') return res.body
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error('import did not finish')
}

describe('imports over the API', () => {
  it('previews with conversions and errors, adjusts the mapping, confirms, and the people are there', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const file = await makeXlsx([
      ['Họ và tên', 'Ngày sinh', 'Ghi chú', 'Chi bộ'],
      [{ value: encodeTcvn3('Nguyễn Văn Hưng'), font: '.VnTime' }, '12/3/1985', 'Bí thư chi bộ', tree.cellA1.code],
      ['Trần Thị Lỗi', '30/2/1990', '', tree.cellA1.code],
      ['Lê Văn Ngoài', '01/01/1990', '', tree.cellB1.code],
    ])
    const res = await upload(office.auth, `kind=people&org=${tree.cellA1.id}`, file)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const preview = res.body as ImportSession
    expect(preview).toMatchObject({ status: 'preview', fileName: 'Danh sách đảng viên.xlsx', totals: { rows: 3, created: 1, errors: 2 }, conversionCounts: { tcvn3: 1 } })
    expect(preview.columns).toEqual([
      { header: 'Họ và tên', field: 'fullName' }, { header: 'Ngày sinh', field: 'birthDate' }, { header: 'Ghi chú', field: null }, { header: 'Chi bộ', field: 'unit' },
    ])
    expect(preview.rows[0]).toMatchObject({ row: 3, action: 'skip', messages: [expect.stringMatching(/30\/2\/1990/)] })
    expect(preview.rows[1]).toMatchObject({ row: 4, action: 'skip', messages: [expect.stringMatching(/ngoài phạm vi/)] })
    expect(preview.rows[2]).toMatchObject({ row: 2, action: 'create', label: 'Nguyễn Văn Hưng' })
    const english = await call(t.app, office.auth, 'GET', `${base}/${preview.id}`, undefined, { 'accept-language': 'en' })
    expect(english.body.rows[0].messages[0]).toMatch(/not a valid date/)

    const mapped = await call(t.app, office.auth, 'PUT', `${base}/${preview.id}/mapping`, { fields: ['fullName', 'birthDate', 'position', 'unit'] })
    expect(mapped.status).toBe(200)
    expect(mapped.body.columns[2]).toEqual({ header: 'Ghi chú', field: 'position' })
    expect((await call(t.app, office.auth, 'PUT', `${base}/${preview.id}/mapping`, { fields: ['fullName'] })).status).toBe(422)

    const started = await call(t.app, office.auth, 'POST', `${base}/${preview.id}/commit`, {})
    expect(started.status).toBe(202)
    const done = await waitDone(office.auth, preview.id)
    expect(done).toMatchObject({ status: 'done', result: { created: 1, updated: 0, skipped: 2 } })
    const rows = await queryRows<{ position: string }>(db, sql`
      select pl.position from people p join placements pl on pl.person_id = p.id where p.full_name = 'Nguyễn Văn Hưng' and pl.organization_id = ${tree.cellA1.id}`)
    expect(rows).toEqual([{ position: 'Bí thư chi bộ' }])
    expect((await call(t.app, office.auth, 'POST', `${base}/${preview.id}/commit`, {})).status).toBe(409)
  })

  it('refuses hostile and foreign uploads with a clear 4xx and keeps nothing', async () => {
    const tree = await makeTree(t.database.db)
    const office = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    const pdf = await upload(office.auth, 'kind=people', Buffer.from('%PDF-1.7\n...'), 'application/octet-stream')
    expect(pdf.status).toBe(415)
    expect(pdf.body.error.message).toMatch(/không phải bảng tính/)
    const xls = await upload(office.auth, 'kind=people', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2]), 'application/vnd.ms-excel')
    expect(xls.body.error.message).toMatch(/\.xls/)
    expect((await upload(office.auth, 'kind=people', Buffer.from('x'), 'image/svg+xml')).status).toBe(415)
    const big = await upload(office.auth, 'kind=people', Buffer.alloc(21 * 1024 * 1024, 0x41), 'text/csv')
    expect(big.status).toBe(413)
    expect((await upload(office.auth, 'kind=nobody', Buffer.from('a,b'), 'text/csv')).status).toBe(422)
    expect((await call(t.app, office.auth, 'GET', `${base}/AAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404)
  })
})

describe('imports security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1 }])
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.root }])
    const file = await makeXlsx([['Họ và tên', 'Ngày sinh'], ['Nguyễn Văn Bảo Mật', '01/01/1980']])
    const own = (await upload(office.auth, `kind=people&org=${tree.cellA1.id}`, file)).body as ImportSession
    const url = `${base}/${own.id}`
    return {
      cases: [
        { method: 'POST', route: base, url: `${base}?kind=people&org=${tree.cellA1.id}`, body: {} },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'PUT', route: `${base}/:id/mapping`, url: `${url}/mapping`, body: { fields: ['fullName', 'birthDate'] } },
        { method: 'POST', route: `${base}/:id/commit`, url: `${url}/commit`, body: {} },
        { method: 'DELETE', route: `${base}/:id`, url },
      ],
      outsider: outsider.auth,
      tooLow: { secretary: secretary.auth, inspector: inspector.auth },
    }
  })
})
