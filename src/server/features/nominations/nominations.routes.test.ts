// A nomination up the tree end to end: a cell nominates a practice, the school reviews and forwards it, the ward
// reviews it (office and inspector) and forwards it, the province commends it by a decision; who sees which reviews;
// the inbox's boxes; return → resubmit, decline, withdraw; refusals (403, 409, 422) in Vietnamese and English.
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { NominationDetail, NominationListItem } from '../../../common/contracts/nominations.ts'
import { makeCycle, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { makeModel, scoresOf } from '../../test/nomination-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { models } from '../models/models.table.ts'

const t = useTestApp()
const base = '/api/v1/nominations'
const REASON = 'Mô hình đã giúp giải quyết dứt điểm 120 kiến nghị của nhân dân trong năm, được nhân dân tin tưởng.'
const YEAR = 2031

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }])
  const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolB }])
  const ward = await makeUser(db, [{ role: 'office', org: tree.communeB }])
  const wardInspector = await makeUser(db, [{ role: 'inspector', org: tree.communeB }])
  const province = await makeUser(db, [{ role: 'office', org: tree.root }])
  return { db, tree, cell, school, ward, wardInspector, province }
}

const ids = (body: { items: NominationListItem[] }) => body.items.map((i) => i.id)

describe('a nomination up the tree', () => {
  it('is nominated by a cell, reviewed and forwarded level by level, and commended by the province', async () => {
    const { db, tree, cell, school, ward, wardInspector, province } = await setup()
    const model = await makeModel(db, tree.cellB1, { area: 'style' })
    const created = await call(t.app, cell.auth, 'POST', base, { modelId: model.id, nominatedByOrgId: tree.cellB1.id, reason: REASON, year: YEAR })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const n = created.body as NominationDetail
    expect(n).toMatchObject({
      year: YEAR, status: 'in_review', nominatedBy: { id: tree.cellB1.id }, at: { id: tree.schoolB.id, name: tree.schoolB.name }, proposer: 'party_unit',
      model: { id: model.id, kind: 'practice', area: 'style', unit: { id: tree.cellB1.id } }, reviews: [], conflict: null,
      abilities: { review: false, forward: false, return: false, decline: false, resubmit: false, withdraw: true, commend: false },
    })
    expect(n.history.map((e) => [e.kind, e.from?.id, e.to?.id])).toEqual([['submitted', tree.cellB1.id, tree.schoolB.id]])
    const url = `${base}/${n.id}`
    // One open nomination per model and year.
    const again = await call(t.app, cell.auth, 'POST', base, { modelId: model.id, nominatedByOrgId: tree.cellB1.id, reason: REASON, year: YEAR })
    expect(again.status).toBe(409)
    expect(again.body.error.message).toBe(`Gương điển hình này đã có hồ sơ đề nghị khen thưởng năm ${YEAR} đang được xét.`)

    // The boxes: sent by the cell, held at the school, over the ward's subtree.
    expect(ids((await call(t.app, cell.auth, 'GET', `${base}?box=sent`)).body)).toEqual([n.id])
    expect(ids((await call(t.app, cell.auth, 'GET', `${base}?box=at`)).body)).toEqual([])
    expect(ids((await call(t.app, school.auth, 'GET', `${base}?box=at&year=${YEAR}`)).body)).toEqual([n.id])
    expect(ids((await call(t.app, school.auth, 'GET', `${base}?box=at&year=${YEAR + 1}`)).body)).toEqual([])
    expect(ids((await call(t.app, ward.auth, 'GET', `${base}?box=at`)).body)).toEqual([])
    expect(ids((await call(t.app, ward.auth, 'GET', `${base}?box=all&org=${tree.communeB.id}`)).body)).toEqual([n.id])
    expect(ids((await call(t.app, ward.auth, 'GET', `${base}?box=all&org=${tree.communeB.id}&status=commended`)).body)).toEqual([])

    // The school reviews with full marks and forwards it to the ward.
    const atSchool = await call(t.app, school.auth, 'GET', url)
    expect(atSchool.body.abilities).toMatchObject({ review: true, forward: true, return: true, decline: true, withdraw: false, commend: true })
    const reviewed = await call(t.app, school.auth, 'PUT', `${url}/review`, { scores: scoresOf(), comment: 'Mô hình thiết thực, nên nhân rộng.' })
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200)
    expect(reviewed.body.reviews).toEqual([expect.objectContaining({ level: { id: tree.schoolB.id, name: tree.schoolB.name }, average: 100 })])
    expect(reviewed.body.reviews[0].reviews[0]).toMatchObject({ mine: true, conflict: false, total: 100, comment: 'Mô hình thiết thực, nên nhân rộng.' })
    expect(reviewed.body.averageAtLevel).toBe(100)
    const forwarded = await call(t.app, school.auth, 'POST', `${url}/forward`)
    expect(forwarded.body).toMatchObject({ status: 'in_review', at: { id: tree.communeB.id }, averageAtLevel: null })
    expect(forwarded.body.abilities.forward).toBe(false)

    // The ward's office and inspector review; only the office moves it.
    await call(t.app, ward.auth, 'PUT', `${url}/review`, { scores: scoresOf(0.8), comment: 'Đạt yêu cầu.' })
    const byInspector = await call(t.app, wardInspector.auth, 'PUT', `${url}/review`, { scores: scoresOf(0.6) })
    expect(byInspector.body.averageAtLevel).toBe(70)
    expect(byInspector.body.abilities).toMatchObject({ review: true, forward: false, return: false, commend: false })
    // Written again: replaced, not added.
    const rewritten = await call(t.app, wardInspector.auth, 'PUT', `${url}/review`, { scores: scoresOf(0.7), comment: 'Sửa lại điểm.' })
    expect(rewritten.body.averageAtLevel).toBe(75)
    expect(rewritten.body.reviews.map((l: { level: { id: string }; reviews: unknown[] }) => [l.level.id, l.reviews.length])).toEqual([[tree.schoolB.id, 1], [tree.communeB.id, 2]])
    expect((await call(t.app, wardInspector.auth, 'POST', `${url}/forward`)).status).toBe(403)

    // Reviews show to their level and those above: the school sees its own, the cell none (only the steps).
    const asSchool = await call(t.app, school.auth, 'GET', url)
    expect(asSchool.body.reviews.map((l: { level: { id: string } }) => l.level.id)).toEqual([tree.schoolB.id])
    expect(asSchool.body.averageAtLevel).toBeNull()
    const asCell = await call(t.app, cell.auth, 'GET', url)
    expect(asCell.body.reviews).toEqual([])
    expect(asCell.body.history.filter((e: { kind: string }) => e.kind === 'reviewed').every((e: { note: string | null }) => e.note === null)).toBe(true)

    await call(t.app, ward.auth, 'POST', `${url}/forward`)
    const atRoot = await call(t.app, province.auth, 'GET', url)
    expect(atRoot.body).toMatchObject({ at: { id: tree.root.id }, abilities: { forward: false, commend: true } })
    expect(atRoot.body.reviews).toHaveLength(2)
    const fromRoot = await call(t.app, province.auth, 'POST', `${url}/forward`)
    expect(fromRoot.status).toBe(422)
    expect(fromRoot.body.error.message).toBe('Hồ sơ đang ở cấp cao nhất: không còn cấp trên để chuyển lên.')

    const decision = await call(t.app, province.auth, 'POST', '/api/v1/commendations', {
      organizationId: tree.root.id, year: YEAR, number: '9', signedOn: `${YEAR}-12-20`, form: 'diploma',
      title: `Điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm ${YEAR}`,
      signerName: 'Nguyễn Văn Tỉnh', signerTitle: 'Bí thư', nominationIds: [n.id],
    })
    expect(decision.status, JSON.stringify(decision.body)).toBe(201)
    expect(decision.body).toMatchObject({ number: '09', numberLine: 'Số 09-QĐ/TU', form: 'diploma', count: 1, commended: [{ nominationId: n.id, model: { id: model.id } }] })
    const commended = await call(t.app, cell.auth, 'GET', url)
    expect(commended.body).toMatchObject({ status: 'commended', commendation: { id: decision.body.id, number: '09', form: 'diploma' }, abilities: { withdraw: false } })
    expect(commended.body.history.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'reviewed', 'forwarded', 'reviewed', 'reviewed', 'reviewed', 'forwarded', 'commended'])
    const [stored] = await db.select({ commendedYear: models.commendedYear }).from(models).where(eq(models.id, model.id))
    expect(stored.commendedYear).toBe(YEAR)
    const once = await call(t.app, cell.auth, 'POST', base, { modelId: model.id, nominatedByOrgId: tree.cellB1.id, reason: REASON, year: YEAR })
    expect(once.status).toBe(409)
    expect(once.body.error.message).toBe(`Gương điển hình này đã được khen thưởng năm ${YEAR}.`)
    // Every step wrote its audit event.
    const audits = await db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.entityType, 'nomination'), eq(auditEvents.entityId, n.id)))
    expect(audits.map((a) => a.action).sort()).toEqual([
      'nomination.commended', 'nomination.forwarded', 'nomination.forwarded', 'nomination.reviewed', 'nomination.reviewed', 'nomination.reviewed', 'nomination.reviewed', 'nomination.submitted',
    ])
  })

  it('is returned, resubmitted to the level that returned it, declined; another is withdrawn and nominated again', async () => {
    const { db, tree, cell, school, ward } = await setup()
    const cycle = await makeCycle(db, 'in_progress')
    const model = await makeModel(db, tree.cellB2, { kind: 'collective', area: 'ethics', title: 'Chi bộ Hành chính Bình Minh' })
    // The school nominates as itself: the ward reviews it. Without a year: the current cycle's.
    const created = await call(t.app, school.auth, 'POST', base, { modelId: model.id, nominatedByOrgId: tree.schoolB.id, reason: REASON, proposer: 'mass_organization', proposerName: 'Hội Liên hiệp Phụ nữ phường Bình Minh' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ year: cycle.year, at: { id: tree.communeB.id }, proposer: 'mass_organization', proposerName: 'Hội Liên hiệp Phụ nữ phường Bình Minh' })
    const url = `${base}/${created.body.id}`

    const returned = await call(t.app, ward.auth, 'POST', `${url}/return`, { reason: 'Bổ sung số liệu kết quả cụ thể, lượng hóa được.' })
    expect(returned.body).toMatchObject({ status: 'returned', statusNote: 'Bổ sung số liệu kết quả cụ thể, lượng hóa được.', at: { id: tree.communeB.id } })
    expect(returned.body.abilities).toMatchObject({ review: false, forward: false, resubmit: false })
    expect((await call(t.app, ward.auth, 'POST', `${url}/forward`)).status).toBe(409)
    expect((await call(t.app, ward.auth, 'PUT', `${url}/review`, { scores: scoresOf() })).status).toBe(409)
    // The school sees why, and may resubmit; the cell below it holds nothing of this nomination.
    const asSchool = await call(t.app, school.auth, 'GET', url)
    expect(asSchool.body.abilities).toMatchObject({ resubmit: true, withdraw: true })
    expect(asSchool.body.history.at(-1)).toMatchObject({ kind: 'returned', note: 'Bổ sung số liệu kết quả cụ thể, lượng hóa được.', from: { id: tree.communeB.id }, to: { id: tree.schoolB.id } })
    expect((await call(t.app, cell.auth, 'POST', `${url}/resubmit`, {})).status).toBe(404)
    expect((await call(t.app, ward.auth, 'POST', `${url}/resubmit`, {})).status).toBe(403)

    const resubmitted = await call(t.app, school.auth, 'POST', `${url}/resubmit`, { note: 'Đã bổ sung số liệu vào hồ sơ mô hình.' })
    expect(resubmitted.body).toMatchObject({ status: 'in_review', statusNote: null, at: { id: tree.communeB.id } })
    expect((await call(t.app, school.auth, 'POST', `${url}/resubmit`, {})).status).toBe(409)
    const declined = await call(t.app, ward.auth, 'POST', `${url}/decline`, { reason: 'Chưa đủ tiêu chuẩn khen thưởng năm nay.' })
    expect(declined.body).toMatchObject({ status: 'declined', statusNote: 'Chưa đủ tiêu chuẩn khen thưởng năm nay.' })
    expect(declined.body.history.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'returned', 'resubmitted', 'declined'])
    expect((await call(t.app, school.auth, 'POST', `${url}/withdraw`, {})).status).toBe(409)

    // Declined is final but not open: the model may be nominated again; withdrawn likewise.
    const second = await call(t.app, school.auth, 'POST', base, { modelId: model.id, nominatedByOrgId: tree.schoolB.id, reason: REASON })
    expect(second.status).toBe(201)
    const withdrawn = await call(t.app, school.auth, 'POST', `${base}/${second.body.id}/withdraw`, { note: 'Đơn vị rút để hoàn thiện hồ sơ.' })
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', abilities: { withdraw: false, resubmit: false, review: false } })
    expect((await call(t.app, ward.auth, 'POST', `${base}/${second.body.id}/forward`)).status).toBe(409)
    expect((await call(t.app, school.auth, 'POST', base, { modelId: model.id, nominatedByOrgId: tree.schoolB.id, reason: REASON })).status).toBe(201)

    // The model's page: its nominations for those who read its unit, and the units they may nominate it as.
    const ofModel = await call(t.app, school.auth, 'GET', `${base}?model=${model.id}`)
    expect(ofModel.body.items.map((i: NominationListItem) => i.status)).toEqual(['in_review', 'withdrawn', 'declined'])
    expect(ofModel.body.nominateAs).toEqual([{ id: tree.schoolB.id, name: tree.schoolB.name }])
    expect((await call(t.app, cell.auth, 'GET', `${base}?model=${model.id}`)).status).toBe(422)
  })

  it('pages the inbox newest first', async () => {
    const { db, tree, cell, school } = await setup()
    const made = []
    for (let i = 0; i < 3; i++) {
      const model = await makeModel(db, tree.cellB1, { title: `Mô hình số ${i + 1}` })
      made.push((await call(t.app, cell.auth, 'POST', base, { modelId: model.id, nominatedByOrgId: tree.cellB1.id, reason: REASON, year: YEAR })).body.id)
    }
    const first = await call(t.app, school.auth, 'GET', `${base}?box=at&limit=2`)
    expect(ids(first.body)).toEqual([made[2], made[1]])
    const next = await call(t.app, school.auth, 'GET', `${base}?box=at&limit=2&cursor=${first.body.nextCursor}`)
    expect(ids(next.body)).toEqual([made[0]])
    expect(next.body.nextCursor).toBeNull()
    expect((await call(t.app, school.auth, 'GET', `${base}?box=at&cursor=xyz`)).status).toBe(422)
  })

  it('refuses what does not fit: 403 for a unit not held, 422 naming the field, in Vietnamese or English', async () => {
    const { db, tree, cell, school, ward } = await setup()
    const model = await makeModel(db, tree.cellB1)
    const body = { modelId: model.id, nominatedByOrgId: tree.cellB1.id, reason: REASON, year: YEAR }
    const refused = async (auth: typeof cell.auth, input: Record<string, unknown>, field: string, headers: Record<string, string> = {}) => {
      const res = await call(t.app, auth, 'POST', base, input, headers)
      expect(res.status, JSON.stringify(res.body)).toBe(422)
      expect(res.body.error.details.fields[0].path).toBe(field)
      return res.body.error.message as string
    }
    // The school's secretary holds the school, not the cell below it.
    const notHeld = await call(t.app, school.auth, 'POST', base, body)
    expect(notHeld.status).toBe(403)
    expect(notHeld.body.error.message).toBe('Chỉ đề cử được với tư cách đơn vị mà bạn là văn phòng cấp ủy, bí thư hoặc lãnh đạo.')
    expect(await refused(cell.auth, { ...body, proposer: 'mass_organization' }, 'proposerName')).toMatch(/^Hãy ghi tên tổ chức chính trị - xã hội/)
    expect(await refused(cell.auth, { ...body, proposer: 'mass_organization' }, 'proposerName', { 'accept-language': 'en' })).toBe('Give the name of the mass organization that proposes it.')
    await refused(cell.auth, { ...body, reason: 'Ngắn quá' }, 'reason')
    await refused(cell.auth, { ...body, year: 1990 }, 'year')
    await refused(cell.auth, { ...body, proposer: 'ministry' }, 'proposer')
    // A model the caller cannot read is as unknown as one that does not exist.
    const elsewhere = await makeModel(db, tree.cellA1)
    expect(await refused(cell.auth, { ...body, modelId: elsewhere.id }, 'modelId')).toBe('Không tìm thấy gương điển hình, mô hình này trong phạm vi bạn được xem.')
    await refused(cell.auth, { ...body, modelId: tree.root.id }, 'modelId')
    // Holding two cells: a model of one cannot be nominated as the other.
    const both = await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }, { role: 'secretary', org: tree.cellB2, scope: 'unit' }])
    const other = await makeModel(db, tree.cellB2)
    expect(await refused(both.auth, { ...body, modelId: other.id }, 'modelId')).toBe('Gương điển hình phải thuộc đơn vị đề cử hoặc một đơn vị trực thuộc.')
    // A member may not list nominations at all; a unit one does not reach is refused.
    const member = await makeUser(db, [{ role: 'member', org: tree.cellB1, scope: 'unit' }])
    expect((await call(t.app, member.auth, 'GET', base)).status).toBe(403)
    expect((await call(t.app, ward.auth, 'GET', `${base}?box=all&org=${tree.communeA.id}`)).status).toBe(403)
    expect((await call(t.app, ward.auth, 'GET', `${base}?box=any`)).status).toBe(422)
    expect((await call(t.app, ward.auth, 'GET', `${base}/${tree.root.id}`)).status).toBe(404)
  })
})
