// Rubrics and nominations: a nomination is scored on the published rubric in force on 31 December of its year, fixed
// when it is nominated; reviews are checked against that rubric's criteria; without a rubric for the year nominating
// is refused (409) and nothing is written.
import { and, count, eq, isNull } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { RubricContent } from '../../../common/contracts/rubrics.ts'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp, type Auth } from '../../test/harness.ts'
import { makeModel, scoresOf } from '../../test/nomination-fixtures.ts'
import { auditEvents } from '../audit/audit.table.ts'
import { nominations } from '../nominations/nominations.table.ts'
import { nominationRubrics } from './rubrics.table.ts'

const t = useTestApp()
const base = '/api/v1/nomination-rubrics'
const REASON = 'Mô hình đã giúp giải quyết dứt điểm 120 kiến nghị của nhân dân trong năm, được nhân dân tin tưởng.'
const SHIPPED = 'guong-dien-hinh-2026'

/** Five criteria of 20 points in every area, keys a…e. */
function fiveByTwenty(): RubricContent {
  const area = ['a', 'b', 'c', 'd', 'e'].map((key, i) => ({ key, title: `Tiêu chí thứ ${i + 1} của thang điểm mới`, maxPoints: 20 }))
  return { areas: { ideology: structuredClone(area), ethics: structuredClone(area), style: structuredClone(area) } }
}

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const admin = await makeUser(db, [{ role: 'admin', org: tree.root }])
  const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }])
  const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolB }])
  const nominate = (modelId: string, year: number, headers: Record<string, string> = {}) =>
    call(t.app, cell.auth, 'POST', '/api/v1/nominations', { modelId, nominatedByOrgId: tree.cellB1.id, reason: REASON, year }, headers)
  return { db, tree, admin, cell, school, nominate }
}

async function publishRubric(admin: Auth, body: Record<string, unknown>) {
  const draft = await call(t.app, admin, 'POST', base, body)
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  const published = await call(t.app, admin, 'POST', `${base}/${draft.body.id}/publish`, {})
  expect(published.status).toBe(200)
  return published.body as { id: string; name: string }
}

const keys = (criteria: { key: string }[]) => criteria.map((c) => c.key)

describe('the rubric of a nomination', () => {
  it('is the one in force on 31 December of its year, fixed when nominated, and reviews are scored on it', async () => {
    const { db, tree, admin, school, nominate } = await setup()
    const shipped = (await call(t.app, admin.auth, 'GET', base)).body.items.find((r: { code: string }) => r.code === SHIPPED)
    const r2034 = await publishRubric(admin.auth, { code: 'xet-chon-2034', name: 'Thang điểm xét chọn từ năm 2034', effectiveFrom: '2034-01-01', content: fiveByTwenty() })

    // 2034: the new rubric, with the criteria of the model's area.
    const model = await makeModel(db, tree.cellB1, { area: 'style' })
    const created = await nominate(model.id, 2034)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.rubric).toMatchObject({ id: r2034.id, name: 'Thang điểm xét chọn từ năm 2034' })
    expect(keys(created.body.rubric.criteria)).toEqual(['a', 'b', 'c', 'd', 'e'])
    const url = `/api/v1/nominations/${created.body.id}`
    expect((await call(t.app, school.auth, 'GET', url)).body.rubric.id).toBe(r2034.id)

    // The shipped rubric's keys are refused, naming the criterion; the new ones are accepted with their total.
    const old = await call(t.app, school.auth, 'PUT', `${url}/review`, { scores: scoresOf() })
    expect(old.status).toBe(422)
    expect(old.body.error.details.fields[0]).toEqual({ path: 'scores.typical', message: 'Tiêu chí “typical” không có trong bảng tiêu chí của lĩnh vực này.' })
    const partial = await call(t.app, school.auth, 'PUT', `${url}/review`, { scores: { a: 20, b: 15, c: 10, d: 25, e: 5 } })
    expect(partial.status).toBe(422)
    expect(partial.body.error.message).toBe('Điểm tiêu chí “Tiêu chí thứ 4 của thang điểm mới” phải là số nguyên từ 0 đến 20.')
    const reviewed = await call(t.app, school.auth, 'PUT', `${url}/review`, { scores: { a: 20, b: 15, c: 10, d: 20, e: 5 }, comment: 'Chấm theo thang điểm mới.' })
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200)
    expect(reviewed.body.reviews[0].reviews[0]).toMatchObject({ total: 70, scores: { a: 20, b: 15, c: 10, d: 20, e: 5 } })
    expect(reviewed.body.averageAtLevel).toBe(70)

    // An earlier year keeps the shipped rubric, scored on its own keys.
    const earlier = await nominate((await makeModel(db, tree.cellB1, { area: 'ethics', title: 'Mô hình năm 2033' })).id, 2033)
    expect(earlier.body.rubric.id).toBe(shipped.id)
    expect(keys(earlier.body.rubric.criteria)).toEqual(['typical', 'results', 'replicable', 'sustained'])
    const full = await call(t.app, school.auth, 'PUT', `/api/v1/nominations/${earlier.body.id}/review`, { scores: scoresOf() })
    expect(full.body.reviews[0].reviews[0].total).toBe(100)

    // A later version for mid-2034 takes over for new nominations of 2034; the one already made keeps its rubric.
    const content = fiveByTwenty()
    content.areas.style = [{ key: 'mot', title: 'Tiêu chí duy nhất của phiên bản giữa năm', maxPoints: 100 }]
    const mid = await publishRubric(admin.auth, { code: 'xet-chon-2034-b', name: 'Thang điểm xét chọn giữa năm 2034', effectiveFrom: '2034-06-01', content })
    const later = await nominate((await makeModel(db, tree.cellB1, { area: 'style', title: 'Mô hình đề cử sau' })).id, 2034)
    expect(later.body.rubric).toMatchObject({ id: mid.id, criteria: [{ key: 'mot', maxPoints: 100 }] })
    expect((await call(t.app, school.auth, 'GET', url)).body.rubric.id).toBe(r2034.id)

    const used = (await call(t.app, admin.auth, 'GET', base)).body.items
    const usedBy = (id: string) => used.find((r: { id: string }) => r.id === id).usedByNominations
    expect([usedBy(shipped.id), usedBy(r2034.id), usedBy(mid.id)]).toEqual([1, 1, 1])
    expect((await call(t.app, admin.auth, 'GET', `${base}/${r2034.id}`)).body.usedByNominations).toBe(1)
  })

  it('refuses to nominate for a year no published rubric covers, and writes nothing', async () => {
    const { db, tree, admin, nominate } = await setup()
    // Published rubrics never change through the API: end every open-ended one here, so 2040 has none.
    await db.update(nominationRubrics).set({ effectiveTo: '2039-12-31' }).where(and(eq(nominationRubrics.status, 'published'), isNull(nominationRubrics.effectiveTo)))
    const model = await makeModel(db, tree.cellB1, { area: 'ideology' })
    const audited = async () => (await db.select({ n: count() }).from(auditEvents))[0].n
    const before = await audited()

    const refused = await nominate(model.id, 2040)
    expect(refused.status).toBe(409)
    expect(refused.body.error.message).toBe('Chưa có thang điểm xét chọn nào đã ban hành có hiệu lực cho năm 2040; quản trị hệ thống cần ban hành thang điểm trước.')
    expect((await nominate(model.id, 2040, { 'accept-language': 'en' })).body.error.message).toBe('No published scoring rubric is in force for 2040; an administrator must publish one first.')

    // A draft for 2040 does not count until it is published.
    const draft = await call(t.app, admin.auth, 'POST', base, { code: 'xet-chon-2040', name: 'Thang điểm xét chọn năm 2040', effectiveFrom: '2040-01-01' })
    expect((await nominate(model.id, 2040)).status).toBe(409)
    const [{ n }] = await db.select({ n: count() }).from(nominations).where(eq(nominations.modelId, model.id))
    expect(n).toBe(0)
    expect(await audited()).toBe(before + 1) // the draft's creation; nothing for the refusals
    await call(t.app, admin.auth, 'POST', `${base}/${draft.body.id}/publish`, {})
    const accepted = await nominate(model.id, 2040)
    expect(accepted.status).toBe(201)
    expect(accepted.body.rubric.id).toBe(draft.body.id)

    // 2039 is still covered: its 31 December is the last day the rubrics ended above are in force.
    const lastDay = await nominate((await makeModel(db, tree.cellB1, { area: 'ideology', title: 'Mô hình năm 2039' })).id, 2039)
    expect(lastDay.status).toBe(201)
    expect(lastDay.body.rubric.id).not.toBe(draft.body.id)
  })
})
