// Conflicts of interest and the rubric: the model's own person may take no part; a reviewer who declares a conflict
// can take no step (review, forward, return, decline, include in a decision) and cannot turn it back into scores;
// declarations show only to the level's staff and above. Scores are checked against the area's rubric (422 naming the
// criterion).
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { rubricForYear } from '../rubrics/rubrics.query.ts'
import { queryRows } from '../../db/client.ts'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { makeModel, scoresOf } from '../../test/nomination-fixtures.ts'

const t = useTestApp()
const base = '/api/v1/nominations'
const REASON = 'Tận tụy phục vụ nhân dân, gương mẫu trong công tác và sinh hoạt, được nhân dân tin yêu.'
const YEAR = 2032

async function auditCount() {
  const [{ n }] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_events`)
  return Number(n)
}

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const person = await makePerson(db, tree.cellA1, 'Trần Văn Gương')
  const model = await makeModel(db, tree.cellA1, { kind: 'person', area: 'ethics', personId: person.id, title: 'Tấm gương tận tụy vì dân' })
  const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
  const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolA }])
  // The person nominated also works in the school's office, and in the province's.
  const own = await makeUser(db, [{ role: 'office', org: tree.schoolA }], person.id)
  const declaring = await makeUser(db, [{ role: 'leader', org: tree.schoolA }])
  const province = await makeUser(db, [{ role: 'office', org: tree.root }])
  const provinceLeader = await makeUser(db, [{ role: 'leader', org: tree.root }])
  const created = await call(t.app, cell.auth, 'POST', base, { modelId: model.id, nominatedByOrgId: tree.cellA1.id, reason: REASON, year: YEAR })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { db, tree, person, model, cell, school, own, declaring, province, provinceLeader, url: `${base}/${created.body.id}`, id: created.body.id as string }
}

describe('conflicts of interest', () => {
  it('bar the model\'s own person from every step', async () => {
    const { own, url } = await setup()
    const page = await call(t.app, own.auth, 'GET', url)
    expect(page.body.conflict).toBe('person')
    expect(page.body.abilities).toEqual({ review: false, forward: false, return: false, decline: false, resubmit: false, withdraw: false, commend: false })
    const before = await auditCount()
    const review = await call(t.app, own.auth, 'PUT', `${url}/review`, { scores: scoresOf() })
    expect(review.status).toBe(403)
    expect(review.body.error.message).toBe('Bạn là người được đề cử trong hồ sơ này nên không được tham gia xét duyệt (xung đột lợi ích).')
    for (const [step, body] of [['forward', undefined], ['return', { reason: 'Trả lại hồ sơ.' }], ['decline', { reason: 'Không đề nghị.' }]] as const) {
      const res = await call(t.app, own.auth, 'POST', `${url}/${step}`, body)
      expect(res.status, step).toBe(403)
      expect(res.body.error.code).toBe('forbidden')
    }
    expect(await auditCount()).toBe(before)
  })

  it('declared by a reviewer bar every step, cannot be turned back into scores, and show only to the level and above', async () => {
    const { tree, cell, school, declaring, url } = await setup()
    const declared = await call(t.app, declaring.auth, 'PUT', `${url}/review`, { conflict: true, conflictNote: 'Là người thân trong gia đình của người được đề cử.' })
    expect(declared.status, JSON.stringify(declared.body)).toBe(200)
    expect(declared.body.conflict).toBe('declared')
    expect(declared.body.abilities).toMatchObject({ review: false, forward: false, return: false, decline: false, commend: false })
    expect(declared.body.reviews[0].reviews[0]).toMatchObject({ mine: true, conflict: true, conflictNote: 'Là người thân trong gia đình của người được đề cử.', scores: null, total: null })

    const before = await auditCount()
    for (const [step, body] of [['forward', undefined], ['return', { reason: 'Trả lại hồ sơ.' }], ['decline', { reason: 'Không đề nghị.' }]] as const) {
      const res = await call(t.app, declaring.auth, 'POST', `${url}/${step}`, body)
      expect(res.status, step).toBe(403)
      expect(res.body.error.message).toMatch(/^Bạn đã khai báo xung đột lợi ích với hồ sơ này/)
    }
    const decision = await call(t.app, declaring.auth, 'POST', '/api/v1/commendations', {
      organizationId: tree.schoolA.id, year: YEAR, number: '1', signedOn: `${YEAR}-12-01`, form: 'certificate', title: 'Gương điển hình tiên tiến năm 2032',
      signerName: 'Lê Văn Ký', signerTitle: 'Bí thư', nominationIds: [url.split('/').at(-1)],
    })
    expect(decision.status).toBe(403)
    expect(decision.body.error.message).toMatch(/^Bạn đã khai báo xung đột lợi ích/)
    const back = await call(t.app, declaring.auth, 'PUT', `${url}/review`, { scores: scoresOf(), comment: 'Đổi ý.' })
    expect(back.status).toBe(409)
    expect(back.body.error.message).toBe('Bạn đã khai báo xung đột lợi ích với hồ sơ này: không thể đổi lại thành chấm điểm.')
    expect(await auditCount()).toBe(before)
    // Declared again, with a better reason: replaced, still a declaration.
    const again = await call(t.app, declaring.auth, 'PUT', `${url}/review`, { conflict: true, conflictNote: 'Là anh ruột của người được đề cử.' })
    expect(again.body.reviews[0].reviews).toEqual([expect.objectContaining({ conflict: true, conflictNote: 'Là anh ruột của người được đề cử.' })])

    // The others at the level see it and go on; the nominating cell sees neither the declaration nor the step.
    const asSchool = await call(t.app, school.auth, 'GET', url)
    expect(asSchool.body.conflict).toBeNull()
    expect(asSchool.body.abilities.forward).toBe(true)
    expect(asSchool.body.history.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'conflict_declared', 'conflict_declared'])
    const asCell = await call(t.app, cell.auth, 'GET', url)
    expect(asCell.body.reviews).toEqual([])
    expect(asCell.body.history.map((e: { kind: string }) => e.kind)).toEqual(['submitted'])
    // A reviewer who scored may declare a conflict afterwards (the scores go).
    const scored = await call(t.app, school.auth, 'PUT', `${url}/review`, { scores: scoresOf(0.9) })
    expect(scored.body.averageAtLevel).toBe(90)
    const turned = await call(t.app, school.auth, 'PUT', `${url}/review`, { conflict: true, conflictNote: 'Cùng tổ công tác với người được đề cử.' })
    expect(turned.body.averageAtLevel).toBeNull()
    expect(turned.body.conflict).toBe('declared')
    void tree
  })

  it('declared at one level still bar the reviewer at the levels above, and from a decision there', async () => {
    const { school, province, provinceLeader, url, id, tree } = await setup()
    await call(t.app, school.auth, 'POST', `${url}/forward`)
    const atCommune = await call(t.app, province.auth, 'PUT', `${url}/review`, { conflict: true, conflictNote: 'Từng công tác cùng đơn vị với người được đề cử.' })
    expect(atCommune.status).toBe(200)
    // The commune's own staff would forward it; the province office, conflicted, may not.
    expect((await call(t.app, province.auth, 'POST', `${url}/forward`)).status).toBe(403)
    expect((await call(t.app, provinceLeader.auth, 'POST', `${url}/forward`)).body.at.id).toBe(tree.root.id)
    const atRoot = await call(t.app, province.auth, 'GET', url)
    expect(atRoot.body).toMatchObject({ at: { id: tree.root.id }, conflict: 'declared', abilities: { commend: false, review: false } })
    const body = {
      organizationId: tree.root.id, year: YEAR, number: '5', signedOn: `${YEAR}-12-20`, form: 'diploma', title: 'Gương điển hình tiên tiến năm 2032',
      signerName: 'Nguyễn Văn Tỉnh', signerTitle: 'Bí thư', nominationIds: [id],
    }
    expect((await call(t.app, province.auth, 'POST', '/api/v1/commendations', body)).status).toBe(403)
    expect((await call(t.app, provinceLeader.auth, 'POST', '/api/v1/commendations', body)).status).toBe(201)
  })
})

describe('the rubric', () => {
  it('takes every criterion of the area as a whole number within its maximum, and names the one that is not', async () => {
    const { school, cell, url } = await setup()
    const full = scoresOf()
    const refused = async (body: Record<string, unknown>, field: string, headers: Record<string, string> = {}) => {
      const res = await call(t.app, school.auth, 'PUT', `${url}/review`, body, headers)
      expect(res.status, JSON.stringify(res.body)).toBe(422)
      expect(res.body.error.details.fields[0].path).toBe(field)
      return res.body.error.message as string
    }
    const typical = (await rubricForYear(t.database.db, YEAR))!.content.areas.ethics[0]
    expect(await refused({ scores: { ...full, typical: typical.maxPoints + 1 } }, 'scores.typical')).toBe(`Điểm tiêu chí “${typical.title}” phải là số nguyên từ 0 đến ${typical.maxPoints}.`)
    expect(await refused({ scores: { ...full, results: 10.5 } }, 'scores.results')).toMatch(/^Điểm tiêu chí “Kết quả cụ thể/)
    expect(await refused({ scores: { ...full, results: -1 } }, 'scores.results')).toMatch(/từ 0 đến 30\.$/)
    const { sustained: _s, ...missing } = full
    await refused({ scores: missing }, 'scores.sustained')
    expect(await refused({ scores: { ...full, beauty: 5 } }, 'scores.beauty')).toBe('Tiêu chí “beauty” không có trong bảng tiêu chí của lĩnh vực này.')
    expect(await refused({ scores: { ...full, beauty: 5 } }, 'scores.beauty', { 'accept-language': 'en' })).toBe('“beauty” is not a criterion of this area\'s rubric.')
    await refused({ comment: 'Không chấm điểm.' }, 'scores')
    await refused({ conflict: true }, 'conflictNote')
    await refused({ conflict: true, conflictNote: 'Người thân.', scores: full }, 'scores')
    expect((await call(t.app, school.auth, 'PUT', `${url}/review`, { scores: full, extra: 1 })).status).toBe(422)
    // Another area's rubric has the same keys: the model's area decides which wording is named.
    const ok = await call(t.app, school.auth, 'PUT', `${url}/review`, { scores: { typical: 30, results: 25, replicable: 15, sustained: 10 }, comment: 'Tiêu biểu.' })
    expect(ok.body.reviews[0].reviews[0]).toMatchObject({ total: 80, scores: { typical: 30, results: 25, replicable: 15, sustained: 10 }, comment: 'Tiêu biểu.' })
    // Reviewing belongs to the level holding it: the nominating cell may not.
    expect((await call(t.app, cell.auth, 'PUT', `${url}/review`, { scores: full })).status).toBe(403)
  })
})
