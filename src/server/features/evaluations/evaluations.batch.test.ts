// Several decisions at once (all or none, the quota counted with the whole batch), and shortcomings named at the
// review carried into next year's commitment, then fixed when that year's rating is decided with the item done.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { systemCtx } from '../../lib/actor.ts'
import { makeCycle, makeTree, makeUser } from '../../test/factories.ts'
import { assessedMembers, FULL_SCORES } from '../../test/evaluation-fixtures.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { selfAssess } from '../commitments/commitments.assessment.ts'
import { approveCommitment, getCommitment, submitCommitment } from '../commitments/commitments.service.ts'
import { stepCycle } from '../cycles/cycles.service.ts'

const t = useTestApp()
const review = (commitmentId: string, proposedLevel: string, shortcomings?: string[]) => ({
  commitmentId, reviewDate: '2025-12-01', attendancePresent: 9, attendanceTotal: 10,
  votes: { excellent: 0, good: 9, complete: 0, incomplete: 0 }, proposedLevel, ...(shortcomings ? { shortcomings } : {}),
})
const statuses = async (ids: string[]) =>
  (await queryRows<{ status: string }>(t.database.db, sql`select status from evaluations where id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`)).map((r) => r.status)

describe('decisions in a batch', () => {
  it('counts the quota with the whole batch and records all or none', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const { members } = await assessedMembers(db, tree, tree.cellA1, 7)
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const office = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const ids: string[] = []
    for (const [i, m] of members.entries()) ids.push((await call(t.app, secretary.auth, 'POST', '/api/v1/evaluations/review', review(m.commitmentId, i < 2 ? 'excellent' : 'good'))).body.id)

    // The first two were proposed excellent: a batch decides `excellent` of them so, and the five others good.
    const batch = (excellent: number) => ({ items: [...ids.slice(2 - excellent, 2).map((id) => ({ id, level: 'excellent' })), ...ids.slice(2).map((id) => ({ id, level: 'good' }))] })
    const refused = await call(t.app, office.auth, 'POST', '/api/v1/evaluations/decide-batch', batch(2))
    expect(refused.status).toBe(409)
    expect(refused.body.error.message).toBe('Vượt tỷ lệ ở Đảng bộ Trường THPT An Hòa: được tối đa 1 Hoàn thành xuất sắc nhiệm vụ (20% của 5 Hoàn thành tốt nhiệm vụ); các quyết định này sẽ thành 2. Chưa quyết định nào được ghi.')
    expect(await statuses(ids)).toEqual(ids.map(() => 'proposed'))

    const english = await call(t.app, office.auth, 'POST', '/api/v1/evaluations/decide-batch', batch(2), { 'accept-language': 'en' })
    expect(english.body.error.message).toMatch(/^Over the quota in .+: 1 excellent allowed \(20% of 5 good\); these decisions would make 2\./)

    const duplicate = await call(t.app, office.auth, 'POST', '/api/v1/evaluations/decide-batch', { items: [{ id: ids[0], level: 'good' }, { id: ids[0], level: 'good' }] })
    expect(duplicate.status).toBe(422)
    const outsider = await makeUser(db, [{ role: 'office', org: tree.schoolB }])
    expect((await call(t.app, outsider.auth, 'POST', '/api/v1/evaluations/decide-batch', batch(1))).status).toBe(403)

    const done = await call(t.app, office.auth, 'POST', '/api/v1/evaluations/decide-batch', batch(1))
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.items.map((e: { decidedLevel: string }) => e.decidedLevel)).toEqual(['excellent', 'good', 'good', 'good', 'good', 'good'])
    const again = await call(t.app, office.auth, 'POST', '/api/v1/evaluations/decide-batch', { items: [{ id: ids[0], level: 'good' }, { id: ids[2], level: 'good' }] })
    expect(again.status).toBe(409)
    expect(await statuses([ids[0]])).toEqual(['proposed'])
  })
})

describe('shortcomings named at the review', () => {
  it('are carried into next year\'s commitment and closed when that year is decided with the item done', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const { members } = await assessedMembers(db, tree, tree.cellB1, 1)
    const [m] = members
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }])
    const office = await makeUser(db, [{ role: 'office', org: tree.schoolB }])
    const named = ['Chưa tích cực phát biểu trong sinh hoạt chi bộ', 'Còn chậm nộp báo cáo tháng']
    const first = await call(t.app, secretary.auth, 'POST', '/api/v1/evaluations/review', review(m.commitmentId, 'good', ['Một khuyết điểm sẽ được thay thế']))
    const reviewed = await call(t.app, secretary.auth, 'POST', '/api/v1/evaluations/review', review(m.commitmentId, 'good', named))
    expect(reviewed.body.id).toBe(first.body.id)
    expect(reviewed.body.shortcomings).toEqual(named)
    expect((await call(t.app, office.auth, 'POST', `/api/v1/evaluations/${reviewed.body.id}/decide`, { level: 'good' })).status).toBe(200)

    // Next year: the member's new commitment opens with the two shortcomings to fix.
    const member = await makeUser(db, [{ role: 'member', org: tree.cellB1, scope: 'unit' }], m.person.id)
    let next = await makeCycle(db, 'registration')
    const opened = await call(t.app, member.auth, 'POST', '/api/v1/commitments/mine', { cycleId: next.id })
    expect(opened.status).toBe(201)
    expect(opened.body.items).toMatchObject(named.map((d) => ({ area: 'shortcomings', content: `Khắc phục: ${d}`, carriedOver: true })))
    const [a, b] = opened.body.items
    // Editing keeps the link; a shortcoming id that is not the member's is refused.
    const keep = { area: a.area, content: a.content, target: 'Phát biểu ít nhất 1 lần mỗi kỳ sinh hoạt', deadline: a.deadline, shortcomingId: a.shortcomingId }
    const forged = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${opened.body.id}/items`, { items: [{ ...keep, shortcomingId: opened.body.id }] })
    expect(forged.status).toBe(422)
    const edited = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${opened.body.id}/items`, {
      items: [keep, { area: b.area, content: b.content, target: b.target, deadline: b.deadline, shortcomingId: b.shortcomingId }],
    })
    expect(edited.body.items).toMatchObject([{ carriedOver: true, shortcomingId: a.shortcomingId, target: keep.target }, { carriedOver: true }])

    // The year runs: the first is done, the second is not; the decision closes only the first.
    const ctx = systemCtx('test')
    await submitCommitment(db, m.ctx, await getCommitment(db, opened.body.id), next)
    await approveCommitment(db, ctx, await getCommitment(db, opened.body.id), next)
    next = await stepCycle({ db, ctx, cycle: next, step: 'start' })
    next = await stepCycle({ db, ctx, cycle: next, step: 'begin-yearend-review' })
    const items = edited.body.items as { id: string }[]
    const claimExcellent = { scores: FULL_SCORES, level: 'excellent' as const, conditions: ['hoan-thanh-100', 'vuot-muc-30', 'khac-phuc-100', 'khong-ky-luat'] }
    const refused = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${opened.body.id}/self-assessment`, { items: [{ id: items[0].id, result: 'exceeded' }, { id: items[1].id, result: 'not_done' }], ...claimExcellent })
    expect(refused.status).toBe(422)
    expect(refused.body.error.message).toContain('Khắc phục 100% hạn chế, khuyết điểm đã được chỉ ra')
    await selfAssess({ db, ctx: m.ctx, commitment: await getCommitment(db, opened.body.id), cycle: next, input: { items: [{ id: items[0].id, result: 'done' }, { id: items[1].id, result: 'not_done' }], scores: FULL_SCORES, level: 'good', conditions: [] } })
    const second = await call(t.app, secretary.auth, 'POST', '/api/v1/evaluations/review', review(opened.body.id, 'good'))
    expect((await call(t.app, office.auth, 'POST', `/api/v1/evaluations/${second.body.id}/decide`, { level: 'good' })).status).toBe(200)
    const rows = await queryRows<{ description: string; status: string }>(db, sql`select description, status from shortcomings where person_id = ${m.person.id}`)
    expect(new Map(rows.map((r) => [r.description, r.status]))).toEqual(new Map([[named[0], 'fixed'], [named[1], 'open']]))
  })
})
