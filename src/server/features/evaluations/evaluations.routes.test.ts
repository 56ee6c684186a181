import { describe, expect, it } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { assessedMembers } from '../../test/evaluation-fixtures.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { recomputeEvaluationStats } from './evaluations.stats.ts'
import { evaluationStats } from './evaluations.table.ts'

const t = useTestApp()
const review = (commitmentId: string, proposedLevel = 'good') => ({
  commitmentId, reviewDate: '2025-12-01', attendancePresent: 9, attendanceTotal: 10,
  votes: { excellent: 2, good: 6, complete: 1, incomplete: 0 }, proposedLevel, comment: 'Chi bộ nhất trí đề nghị',
})

describe('year-end evaluation', () => {
  it('the cell reviews, the grassroots committee decides within the quota, a higher level annuls', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const { cycle, members } = await assessedMembers(db, tree, tree.cellA1, 6)
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const grassroots = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const commune = await makeUser(db, [{ role: 'office', org: tree.communeA }])

    const ids: string[] = []
    for (const [i, m] of members.entries()) {
      const res = await call(t.app, secretary.auth, 'POST', '/api/v1/evaluations/review', review(m.commitmentId, i === 0 ? 'excellent' : 'good'))
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body).toMatchObject({ status: 'proposed', quotaScope: { id: tree.schoolA.id }, selfLevel: 'excellent', selfTotal: 100 })
      ids.push(res.body.id)
    }
    expect((await call(t.app, secretary.auth, 'POST', `/api/v1/evaluations/${ids[0]}/decide`, { level: 'excellent' })).status).toBe(403)

    const tooEarly = await call(t.app, grassroots.auth, 'POST', `/api/v1/evaluations/${ids[0]}/decide`, { level: 'excellent' })
    expect(tooEarly.status).toBe(409)
    expect(tooEarly.body.error.message).toBe('Vượt tỷ lệ: được tối đa 0 Hoàn thành xuất sắc nhiệm vụ (20% của 0 Hoàn thành tốt nhiệm vụ); quyết định này sẽ thành 1.')
    for (const id of ids.slice(1)) expect((await call(t.app, grassroots.auth, 'POST', `/api/v1/evaluations/${id}/decide`, { level: 'good' })).status).toBe(200)
    const first = await call(t.app, grassroots.auth, 'POST', `/api/v1/evaluations/${ids[0]}/decide`, { level: 'excellent' })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ status: 'decided', decidedLevel: 'excellent', decidedScore: 100, abilities: { decide: false } })

    const list = await call(t.app, grassroots.auth, 'GET', `/api/v1/evaluations?org=${tree.schoolA.id}&cycle=${cycle.id}`)
    expect(list.body.quota).toMatchObject({ good: 5, excellent: 1, allowed: 1, percent: 20 })

    const locked = await call(t.app, secretary.auth, 'POST', '/api/v1/evaluations/review', review(members[0].commitmentId))
    expect(locked.status).toBe(409)
    expect((await call(t.app, grassroots.auth, 'POST', `/api/v1/evaluations/${ids[0]}/annul`, { reason: 'Cần xem xét lại theo kết luận kiểm tra' })).status).toBe(403)
    const annulled = await call(t.app, commune.auth, 'POST', `/api/v1/evaluations/${ids[0]}/annul`, { reason: 'Cần xem xét lại theo kết luận kiểm tra' })
    expect(annulled.body).toMatchObject({ status: 'proposed', decidedLevel: null })

    const exception = await call(t.app, grassroots.auth, 'POST', `/api/v1/evaluations/${ids[1]}/decide`, { level: 'excellent' })
    expect(exception.status).toBe(409)

    // The maintained totals: 5 decided good, 1 back to proposed after the annulment, in the commune's subtree.
    const summary = await call(t.app, commune.auth, 'GET', `/api/v1/evaluations/summary?org=${tree.communeA.id}&cycle=${cycle.id}`)
    expect(summary.body.organization).toMatchObject({ people: 6, notReviewed: 0, proposed: 1, good: 5, excellent: 0, proposedLevels: { excellent: 1, good: 5, complete: 0, incomplete: 0 } })
    const commitments = await call(t.app, commune.auth, 'GET', `/api/v1/commitments/summary?org=${tree.communeA.id}&cycle=${cycle.id}`)
    expect(commitments.body.organization).toMatchObject({ approved: 6, selfAssessed: 6, progressReported: 0 })

    // Quota use: the commune sees the grassroots organization in its subtree; the cell sees the scope above it.
    const expected = { scope: { id: tree.schoolA.id }, good: 5, excellent: 0, allowed: 1, proposedExcellent: 1, percent: 20 }
    const fromCommune = await call(t.app, commune.auth, 'GET', `/api/v1/evaluations/quota-use?org=${tree.communeA.id}&cycle=${cycle.id}`)
    expect(fromCommune.body.items).toMatchObject([expected])
    const fromCell = await call(t.app, secretary.auth, 'GET', `/api/v1/evaluations/quota-use?org=${tree.cellA1.id}&cycle=${cycle.id}`)
    expect(fromCell.body.items).toMatchObject([expected])

    // Who has not done it yet: the annulled one waits for a decision; nobody waits for the cell's review.
    const pending = (stage: string) => call(t.app, commune.auth, 'GET', `/api/v1/commitments/pending?org=${tree.communeA.id}&cycle=${cycle.id}&stage=${stage}`)
    expect((await pending('decide')).body.items).toMatchObject([{ person: { id: members[0].person.id }, unit: { id: tree.cellA1.id }, status: 'approved' }])
    expect((await pending('review')).body.items).toEqual([])
    expect((await pending('nonsense')).status).toBe(422)
    // A forged cursor (a malformed id) is a bad input, not a database error; the same for the people list.
    const forged = Buffer.from(JSON.stringify(['nguyen', 'not-a-uuid'])).toString('base64url')
    expect((await pending(`register&cursor=${forged}`)).status).toBe(422)
    expect((await call(t.app, commune.auth, 'GET', `/api/v1/people?cursor=${forged}`)).status).toBe(422)
    const before = await db.select().from(evaluationStats)
    await db.transaction((tx) => recomputeEvaluationStats(tx))
    const after = await db.select().from(evaluationStats)
    const key = (r: typeof before[number]) => `${r.organizationId}:${r.cycleId}`
    const nonzero = (rows: typeof before) => rows.filter((r) => r.proposed + r.excellent + r.good + r.complete + r.incomplete > 0).sort((a, b) => key(a).localeCompare(key(b)))
    expect(nonzero(after)).toEqual(nonzero(before))
  })

  it('refuses a level above the band, and lets the quota be exceeded only with a written justification', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const { members } = await assessedMembers(db, tree, tree.cellB1, 2)
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }])
    const office = await makeUser(db, [{ role: 'office', org: tree.schoolB }])
    const a = await call(t.app, secretary.auth, 'POST', '/api/v1/evaluations/review', review(members[0].commitmentId, 'excellent'))
    const above = await call(t.app, office.auth, 'POST', `/api/v1/evaluations/${a.body.id}/decide`, { level: 'excellent', score: 85 })
    expect(above.status).toBe(422)
    expect(above.body.error.message).toBe('Mức xếp loại cao hơn mức tương ứng với 85 điểm (Hoàn thành tốt nhiệm vụ).')
    const justified = await call(t.app, office.auth, 'POST', `/api/v1/evaluations/${a.body.id}/decide`, { level: 'excellent', exceptionJustification: 'Có thành tích đặc biệt xuất sắc được cấp trên khen thưởng trong năm' })
    expect(justified.status).toBe(200)
    expect(justified.body.exceptionJustification).toMatch(/thành tích đặc biệt/)
  })

  it('does not let concurrent decisions slip past the quota together', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const { members } = await assessedMembers(db, tree, tree.cellA2, 7)
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA2, scope: 'unit' }])
    const office = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const ids = []
    for (const m of members) ids.push((await call(t.app, secretary.auth, 'POST', '/api/v1/evaluations/review', review(m.commitmentId))).body.id)
    for (const id of ids.slice(0, 5)) await call(t.app, office.auth, 'POST', `/api/v1/evaluations/${id}/decide`, { level: 'good' })
    const results = await Promise.all(ids.slice(5).map((id) => call(t.app, office.auth, 'POST', `/api/v1/evaluations/${id}/decide`, { level: 'excellent' })))
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
  })
})
