// Annulling a commendation decision: its nominations back in review at the issuing level with the reason, its models
// no longer commended by it (an earlier year kept; unpublished when no longer commended at all, gone from the public
// showcase), its record kept (the .docx still downloads, no certificates), its number still taken, the nominations
// commendable again by a new decision. Only the issuing level's office, secretary or leader, free of any conflict of
// interest; every refusal changes nothing.
import { and, eq, inArray, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, type Auth } from '../../test/harness.ts'
import { makeModel } from '../../test/nomination-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { models } from '../models/models.table.ts'
import { commendations } from './nominations.table.ts'

const t = useTestApp()
const base = '/api/v1/commendations'
const YEAR = 2031
const REASON_PRACTICE = 'Mô hình giúp 30 hộ nghèo thoát nghèo bền vững trong hai năm.'
const REASON_PERSON = 'Gương mẫu, tận tụy, vận động nhân dân hiến 2.000 m² đất làm đường.'
const ANNUL = 'Quyết định ghi sai hình thức khen thưởng và sai chức vụ người ký.'

async function auditCount() {
  const [{ n }] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events`)
  return Number(n)
}

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolB }])
  const ward = await makeUser(db, [{ role: 'secretary', org: tree.communeB }])
  const person = await makePerson(db, tree.cellB2, 'Lê Thị Hủy Bỏ')
  const practice = await makeModel(db, tree.cellB1, { title: 'Dân vận khéo trong xây dựng đường làng', area: 'style' })
  const personal = await makeModel(db, tree.cellB2, { kind: 'person', personId: person.id, area: 'ethics', title: 'Tấm gương hiến đất mở đường' })
  const nominate = async (modelId: string, reason: string, year = YEAR) => {
    const res = await call(t.app, school.auth, 'POST', '/api/v1/nominations', { modelId, nominatedByOrgId: tree.schoolB.id, reason, year })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.id as string
  }
  const body = (nominationIds: string[], number: string, year = YEAR) => ({
    organizationId: tree.communeB.id, year, number, signedOn: `${year}-12-15`, form: 'certificate',
    title: `Gương điển hình tiên tiến trong học tập và làm theo Bác năm ${year}`, signerName: 'Đặng Thị Phường', signerTitle: 'Bí thư', nominationIds,
  })
  const issue = async (nominationIds: string[], number: string, year = YEAR) => {
    const res = await call(t.app, ward.auth, 'POST', base, body(nominationIds, number, year))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.id as string
  }
  const a = await nominate(practice.id, REASON_PRACTICE)
  const b = await nominate(personal.id, REASON_PERSON)
  return { db, tree, school, ward, person, practice, personal, nominate, body, issue, a, b }
}

const modelRows = (ids: string[]) =>
  t.database.db.select({ id: models.id, commendedYear: models.commendedYear, publishedAt: models.publishedAt }).from(models).where(inArray(models.id, ids))

describe('annulling a commendation decision', () => {
  it('puts its nominations back in review, takes the commendation and the showcase away, keeps the record and the number', async () => {
    const { db, tree, ward, practice, personal, nominate, body, issue, a, b } = await setup()
    const id = await issue([a, b], '5')
    const published = await call(t.app, ward.auth, 'POST', `/api/v1/models/${practice.id}/publish`)
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const publicIds = async () => (await call(t.app, null, 'GET', `/api/v1/public/models?commune=${tree.communeB.id}`)).body.items.map((i: { id: string }) => i.id)
    expect(await publicIds()).toEqual([practice.id])
    const summary = async () => (await call(t.app, ward.auth, 'GET', `/api/v1/models/summary?org=${tree.communeB.id}&year=${YEAR}`)).body.commended.total
    expect(await summary()).toBe(2)
    const listed = await call(t.app, ward.auth, 'GET', `${base}?org=${tree.communeB.id}`)
    expect(listed.body.items[0]).toMatchObject({ id, annulled: null, abilities: { annul: true }, count: 2 })

    const res = await call(t.app, ward.auth, 'POST', `${base}/${id}/annul`, { reason: `  ${ANNUL}  ` })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ id, number: '05', count: 2, annulled: { by: `Người dùng ${ward.username}`, reason: ANNUL }, abilities: { annul: false } })
    expect(Date.parse(res.body.annulled.at)).not.toBeNaN()
    // The entries it had commended stay on the record.
    expect(res.body.commended.map((c: { nominationId: string }) => c.nominationId).sort()).toEqual([a, b].sort())

    // Both nominations back in review at the ward, with the reason and a history step.
    for (const n of [a, b]) {
      const page = await call(t.app, ward.auth, 'GET', `/api/v1/nominations/${n}`)
      expect(page.body).toMatchObject({ status: 'in_review', at: { id: tree.communeB.id }, commendation: null, statusNote: ANNUL })
      expect(page.body.history.at(-1)).toMatchObject({ kind: 'decision_annulled', note: ANNUL, from: { id: tree.communeB.id }, by: `Người dùng ${ward.username}` })
      expect(page.body.abilities.commend).toBe(true)
    }
    // No longer commended; the published one unpublished, gone from the showcase.
    expect(await modelRows([practice.id, personal.id])).toEqual(expect.arrayContaining([
      { id: practice.id, commendedYear: null, publishedAt: null }, { id: personal.id, commendedYear: null, publishedAt: null },
    ]))
    expect(await publicIds()).toEqual([])
    expect((await call(t.app, null, 'GET', `/api/v1/public/models/${practice.id}`)).status).toBe(404)
    expect(await summary()).toBe(0)

    // The record: the decision downloads, the certificates do not; listed, marked.
    expect((await call(t.app, ward.auth, 'GET', `${base}/${id}/document.docx`)).status).toBe(200)
    const certificates = await call(t.app, ward.auth, 'GET', `${base}/${id}/certificates.docx`)
    expect(certificates.status).toBe(409)
    expect(certificates.body.error.message).toBe('Quyết định khen thưởng này đã bị hủy bỏ: không in giấy khen, bằng khen theo quyết định này.')
    expect((await call(t.app, ward.auth, 'GET', `${base}/${id}/certificates.docx`, undefined, { 'accept-language': 'en' })).body.error.message)
      .toBe('This commendation decision is annulled: no certificates are printed under it.')
    const after = await call(t.app, ward.auth, 'GET', `${base}?org=${tree.communeB.id}`)
    expect(after.body.items).toEqual([expect.objectContaining({ id, count: 2, annulled: expect.objectContaining({ reason: ANNUL }), abilities: { annul: false } })])

    // Once only.
    const before = await auditCount()
    const twice = await call(t.app, ward.auth, 'POST', `${base}/${id}/annul`, { reason: ANNUL })
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toBe('Quyết định khen thưởng này đã bị hủy bỏ.')
    expect((await call(t.app, ward.auth, 'POST', `${base}/${id}/annul`, { reason: ANNUL }, { 'accept-language': 'en' })).body.error.message)
      .toBe('This commendation decision is already annulled.')
    expect(await auditCount()).toBe(before)

    // The audit: the decision's event, one per nomination, the model taken off the showcase.
    const events = await db.select({ action: auditEvents.action, entityId: auditEvents.entityId, data: auditEvents.data }).from(auditEvents)
      .where(inArray(auditEvents.action, ['commendation.annulled', 'nomination.decision_annulled', 'model.unpublished']))
    expect(events.filter((e) => e.action === 'commendation.annulled')).toEqual([
      { action: 'commendation.annulled', entityId: id, data: { reason: ANNUL, nominationIds: [a, b].sort(), number: '05' } },
    ])
    expect(events.filter((e) => e.action === 'nomination.decision_annulled').map((e) => e.entityId).sort()).toEqual([a, b].sort())
    expect(events.filter((e) => e.action === 'model.unpublished')).toEqual([
      { action: 'model.unpublished', entityId: practice.id, data: { cause: 'commendation.annulled', commendationId: id } },
    ])

    // A correct decision commends them again under a new number; the old number stays taken.
    const again = await call(t.app, ward.auth, 'POST', base, body([a, b], '6'))
    expect(again.status, JSON.stringify(again.body)).toBe(201)
    expect((await modelRows([practice.id])).map((m) => m.commendedYear)).toEqual([YEAR])
    const other = await nominate((await makeModel(db, tree.cellB1, { title: 'Mô hình khác' })).id, REASON_PRACTICE)
    const taken = await call(t.app, ward.auth, 'POST', base, body([other], '05'))
    expect(taken.status).toBe(409)
    expect(taken.body.error.message).toBe(`Số quyết định 05 năm ${YEAR} của đơn vị này đã được dùng.`)
    // The annulled one still shows what it had commended, now commended by the new one.
    const old = await call(t.app, ward.auth, 'GET', `${base}/${id}`)
    expect(old.body).toMatchObject({ count: 2, annulled: { reason: ANNUL } })
    expect(old.body.commended).toHaveLength(2)
    expect((await call(t.app, ward.auth, 'GET', `/api/v1/nominations/${a}`)).body.commendation).toMatchObject({ id: again.body.id, number: '06' })
  })

  it('keeps a model commended in another year commended for that year, published, and lists only the decision in force', async () => {
    const { tree, ward, practice, personal, nominate, issue, a, b } = await setup()
    const earlier = await issue([await nominate(practice.id, REASON_PRACTICE, YEAR - 1)], '2', YEAR - 1)
    const id = await issue([a, b], '7')
    expect((await call(t.app, ward.auth, 'POST', `/api/v1/models/${practice.id}/publish`)).status).toBe(200)
    const numbers = async () => (await call(t.app, null, 'GET', `/api/v1/public/models/${practice.id}`)).body.commendations.map((c: { number: string }) => c.number)
    expect(await numbers()).toEqual(['07', '02'])

    expect((await call(t.app, ward.auth, 'POST', `${base}/${id}/annul`, { reason: ANNUL })).status).toBe(200)
    const rows = await modelRows([practice.id, personal.id])
    expect(rows.find((m) => m.id === practice.id)).toMatchObject({ commendedYear: YEAR - 1, publishedAt: expect.any(Date) })
    expect(rows.find((m) => m.id === personal.id)).toMatchObject({ commendedYear: null, publishedAt: null })
    expect(await numbers()).toEqual(['02'])
    // The earlier decision is untouched.
    expect((await call(t.app, ward.auth, 'GET', `${base}/${earlier}`)).body).toMatchObject({ annulled: null, count: 1, abilities: { annul: true } })
    expect((await call(t.app, ward.auth, 'GET', `/api/v1/models/summary?org=${tree.communeB.id}&year=${YEAR - 1}`)).body.commended.total).toBe(1)
  })
})

describe('who may annul', () => {
  it('only the issuing level, free of conflicts of interest; every refusal changes nothing', async () => {
    const { db, tree, school, ward, person, practice, personal, issue, a, b } = await setup()
    // Declares a conflict on one of its nominations before the decision: barred from annulling it as from issuing it.
    const declaring = await makeUser(db, [{ role: 'leader', org: tree.communeB }])
    const declared = await call(t.app, declaring.auth, 'PUT', `/api/v1/nominations/${a}/review`, { conflict: true, conflictNote: 'Là người thân của chủ nhiệm mô hình.' })
    expect(declared.status, JSON.stringify(declared.body)).toBe(200)
    const id = await issue([a, b], '8')
    const url = `${base}/${id}/annul`
    const own = await makeUser(db, [{ role: 'office', org: tree.communeB }], person.id)
    const member = await makeUser(db, [{ role: 'member', org: tree.communeB, scope: 'unit' }])
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeB }])
    const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }])
    const outsider = await makeUser(db, [{ role: 'office', org: tree.communeA }])

    const before = await auditCount()
    const refused = async (auth: Auth, status: number, body: unknown = { reason: ANNUL }, headers: Record<string, string> = {}) => {
      const res = await call(t.app, auth, 'POST', url, body, headers)
      expect(res.status, JSON.stringify(res.body)).toBe(status)
      return res.body.error
    }
    await refused(null, 401)
    await refused(member.auth, 404)
    await refused(outsider.auth, 404)
    // They read the decision (their level reviews, their unit's model is in it) but may not annul it.
    expect((await call(t.app, inspector.auth, 'GET', `${base}/${id}`)).body.abilities.annul).toBe(false)
    await refused(inspector.auth, 403)
    await refused(school.auth, 403)
    await refused(cell.auth, 403)
    expect((await refused(declaring.auth, 403)).message).toBe('Bạn đã khai báo xung đột lợi ích với hồ sơ này nên không được tham gia xét duyệt, chuyển, trả lại, quyết định.')
    expect((await refused(own.auth, 403)).message).toBe('Bạn là người được đề cử trong hồ sơ này nên không được tham gia xét duyệt (xung đột lợi ích).')
    expect((await call(t.app, declaring.auth, 'GET', `${base}/${id}`)).body.abilities.annul).toBe(false)
    expect((await call(t.app, declaring.auth, 'GET', `${base}?org=${tree.communeB.id}`)).body.items[0].abilities.annul).toBe(false)
    expect((await call(t.app, own.auth, 'GET', `${base}?org=${tree.communeB.id}`)).body.items[0].abilities.annul).toBe(false)
    // A reason of at least 10 characters, that still says something once invisible characters are gone.
    const short = await refused(ward.auth, 422, { reason: 'Sai số.' })
    expect(short).toMatchObject({ message: 'Dữ liệu không hợp lệ.', details: { fields: [expect.objectContaining({ path: 'reason' })] } })
    expect(await refused(ward.auth, 422, { reason: 'Wrong.' }, { 'accept-language': 'en' })).toMatchObject({ message: 'The data is not valid.' })
    expect((await refused(ward.auth, 422, { reason: '\u200b'.repeat(12) })).details.fields[0].path).toBe('reason')
    await refused(ward.auth, 422, {})
    await refused(ward.auth, 422, { reason: ANNUL, extra: true })
    expect((await call(t.app, ward.auth, 'POST', `${base}/00000000-0000-4000-8000-000000000000/annul`, { reason: ANNUL })).status).toBe(404)

    expect(await auditCount()).toBe(before)
    const [row] = await db.select({ annulledAt: commendations.annulledAt }).from(commendations).where(eq(commendations.id, id))
    expect(row.annulledAt).toBeNull()
    expect((await modelRows([practice.id, personal.id])).map((m) => m.commendedYear)).toEqual([YEAR, YEAR])
    expect((await call(t.app, ward.auth, 'GET', `/api/v1/nominations/${a}`)).body).toMatchObject({ status: 'commended', commendation: { id } })

    // A level above reaching the ward may (as it may issue there).
    const province = await makeUser(db, [{ role: 'office', org: tree.root }])
    expect((await call(t.app, province.auth, 'POST', url, { reason: ANNUL })).status).toBe(200)
  })

  it('refuses the ward a decision of the province over its own nominations', async () => {
    const { db, tree, ward, a } = await setup()
    expect((await call(t.app, ward.auth, 'POST', `/api/v1/nominations/${a}/forward`)).status).toBe(200)
    const province = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const issued = await call(t.app, province.auth, 'POST', base, {
      organizationId: tree.root.id, year: YEAR, number: '21', signedOn: `${YEAR}-12-28`, form: 'diploma', title: `Điển hình tiên tiến năm ${YEAR}`,
      signerName: 'Nguyễn Văn Tỉnh', signerTitle: 'Phó Bí thư Thường trực', nominationIds: [a],
    })
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    const url = `${base}/${issued.body.id}`
    // The ward reads it (its model is in it) but did not issue it.
    expect((await call(t.app, ward.auth, 'GET', url)).body.abilities.annul).toBe(false)
    const before = await auditCount()
    expect((await call(t.app, ward.auth, 'POST', `${url}/annul`, { reason: ANNUL })).status).toBe(403)
    expect(await auditCount()).toBe(before)
    const done = await call(t.app, province.auth, 'POST', `${url}/annul`, { reason: ANNUL })
    expect(done.status).toBe(200)
    // Back in review at the province, which issued it.
    expect((await call(t.app, province.auth, 'GET', `/api/v1/nominations/${a}`)).body).toMatchObject({ status: 'in_review', at: { id: tree.root.id } })
    const steps = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents)
      .where(and(eq(auditEvents.action, 'nomination.decision_annulled'), eq(auditEvents.entityId, a), eq(auditEvents.organizationId, tree.root.id)))
    expect(Number(steps[0].n)).toBe(1)
  })
})
