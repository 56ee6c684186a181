// Test fixtures of the models' tests: a tree with the accounts the rules tell apart, a model created through the API,
// and the states other slices set (an open nomination, a commendation) written directly as those slices would.
import { sql } from 'drizzle-orm'
import sharp from 'sharp'
import type { ModelDetail } from '../../common/contracts/models.ts'
import { makePerson, makeTree, makeUser } from './factories.ts'
import { call, withAuth, type Auth, type TestContext } from './harness.ts'

export const SUMMARY = 'Mô hình "Dân vận khéo" giúp bà con xóm Đồng Tâm làm đường bê tông liên thôn.'

export async function modelsSetup(t: TestContext) {
  const db = t.database.db
  const tree = await makeTree(db)
  const other = await makeTree(db)
  const person = await makePerson(db, tree.cellA1, 'Trần Thị Bích Ngọc')
  const users = {
    // The school's office manages its models; the commune's secretary too (a level above).
    school: await makeUser(db, [{ role: 'office', org: tree.schoolA }]),
    commune: await makeUser(db, [{ role: 'secretary', org: tree.communeA }]),
    inspector: await makeUser(db, [{ role: 'inspector', org: tree.schoolA }]),
    // The other commune's office: staff elsewhere in the same installation.
    ward: await makeUser(db, [{ role: 'office', org: tree.communeB }]),
    cellB1: await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }]),
    outsider: await makeUser(db, [{ role: 'office', org: other.root }]),
    member: await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }]),
    // The person the model is about, as a member.
    own: await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], person.id),
  }
  return { db, tree, other, person, users }
}

export async function createModel(t: TestContext, auth: Auth, body: Record<string, unknown>): Promise<ModelDetail> {
  const res = await call(t.app, auth, 'POST', '/api/v1/models', { kind: 'practice', area: 'style', summary: SUMMARY, ...body })
  if (res.status !== 201) throw new Error(`create model: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body as ModelDetail
}

/** Commended in a year, as a commendation decision of the nominations slice leaves it. */
export async function commend(t: TestContext, modelId: string, year = 2026) {
  await t.database.db.execute(sql`update models set commended_year = ${year} where id = ${modelId}`)
}

/** An open nomination of the model, held at `atOrgId`, as the nominations slice writes it. */
export async function nominate(t: TestContext, modelId: string, byOrgId: string, atOrgId: string, status = 'in_review') {
  await t.database.db.execute(sql`insert into nominations (model_id, year, nominated_by_org_id, reason, at_org_id, status, rubric_id)
    values (${modelId}, 2026, ${byOrgId}, 'Có thành tích tiêu biểu trong năm', ${atOrgId}, ${status},
      (select id from nomination_rubrics where code = 'guong-dien-hinh-2026'))`)
}

/** A multipart upload as a browser's FormData sends it. */
export async function upload(t: TestContext, auth: Auth, url: string, fields: Record<string, string>, files: { name: string; type: string; bytes: Buffer }[], headers: Record<string, string> = {}) {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.append(k, v)
  for (const f of files) data.append('file', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  const request = new Request('http://localhost/', { method: 'POST', body: data })
  const res = await t.app.inject(withAuth(auth, { method: 'POST', url, payload: Buffer.from(await request.arrayBuffer()), headers: { 'content-type': request.headers.get('content-type')!, ...headers } }))
  return { status: res.statusCode, body: res.json() }
}

/** A photo from a phone: turned on its side by EXIF, with the camera's make and a GPS position. */
export const phonePhoto = (width = 1200, height = 800) => sharp({ create: { width, height, channels: 3, background: '#b22222' } })
  .jpeg({ quality: 90 }).withMetadata({ orientation: 6 })
  .withExifMerge({ IFD0: { Make: 'DienThoaiRe', Model: 'X1' }, IFD3: { GPSMapDatum: 'WGS-84', GPSLatitudeRef: 'N', GPSLatitude: '16/1 3/1 0/1' } })
  .toBuffer()
