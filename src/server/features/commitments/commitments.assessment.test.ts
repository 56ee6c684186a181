import { describe, expect, it } from 'vitest'
import { systemCtx } from '../../lib/actor.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { stepCycle } from '../cycles/cycles.service.ts'
import { DEFAULT_RULE_SET } from '../rules/rules.defaults.ts'

const t = useTestApp()
const frame = DEFAULT_RULE_SET.content.frame.groups.individual
const full = Object.fromEntries([...frame.general, ...frame.tasks].map((c) => [c.code, c.maxPoints]))
const conditions = DEFAULT_RULE_SET.content.topConditions.filter((c) => (c.groups as string[]).includes('individual')).map((c) => c.code)

async function approvedCommitment() {
  const db = t.database.db
  const tree = await makeTree(db)
  let cycle = await makeCycle(db, 'registration')
  const person = await makePerson(db, tree.cellA1, 'Hồ Thị Cam Kết')
  const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], person.id)
  const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
  const c = await call(t.app, member.auth, 'POST', '/api/v1/commitments/mine', { cycleId: cycle.id })
  await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${c.body.id}/items`, {
    items: [
      { area: 'politics', content: 'Viết bài thu hoạch chuyên đề năm', target: '01 bài thu hoạch', deadline: `${cycle.year}-06-30` },
      { area: 'professional', content: 'Hoàn thành hồ sơ được giao đúng hạn', target: '100% đúng hạn', deadline: `${cycle.year}-12-15` },
      { area: 'thrift', content: 'Tiết kiệm văn phòng phẩm', target: 'Giảm 10%', deadline: `${cycle.year}-12-15` },
    ],
  })
  await call(t.app, member.auth, 'POST', `/api/v1/commitments/${c.body.id}/submit`, {})
  const approved = await call(t.app, secretary.auth, 'POST', `/api/v1/commitments/${c.body.id}/approve`, {})
  cycle = await stepCycle({ db, ctx: systemCtx('test'), cycle, step: 'start' })
  return { cycle, member, commitment: approved.body }
}

describe('mid-year progress and year-end self-assessment', () => {
  it('a member reports progress mid-year, then assesses the year on the frame with a level the rules allow', async () => {
    const { cycle, member, commitment } = await approvedCommitment()
    const [a, b, c] = commitment.items.map((i: { id: string }) => i.id)
    const progress = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${commitment.id}/progress`, { items: [{ id: a, percent: 100, note: 'Đã nộp bài' }, { id: b, percent: 40 }] })
    expect(progress.status).toBe(200)
    expect(progress.body.items.map((i: { midyearPercent: number | null }) => i.midyearPercent)).toEqual([100, 40, null])
    expect(progress.body.abilities).toMatchObject({ reportProgress: true, selfAssess: false })

    const tooEarly = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${commitment.id}/self-assessment`, { items: [], scores: {}, level: 'good' })
    expect([409, 422]).toContain(tooEarly.status)
    await stepCycle({ db: t.database.db, ctx: systemCtx('test'), cycle, step: 'begin-yearend-review' })

    const items = [{ id: a, result: 'exceeded' }, { id: b, result: 'done' }, { id: c, result: 'done' }]
    const partial = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${commitment.id}/self-assessment`, { items: items.slice(0, 2), scores: full, level: 'good' })
    expect(partial.status).toBe(422)
    expect(partial.body.error.message).toMatch(/tất cả các nội dung/)

    const unmet = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${commitment.id}/self-assessment`, { items, scores: full, level: 'excellent', conditions: conditions.filter((x) => x !== 'khac-phuc-100') })
    expect(unmet.status).toBe(422)
    expect(unmet.body.error.message).toMatch(/Khắc phục 100% hạn chế/)

    const above = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${commitment.id}/self-assessment`, { items, scores: { ...full, 'chuyen-mon': 20 }, level: 'excellent', conditions })
    expect(above.status).toBe(422)
    expect(above.body.error.message).toMatch(/cao hơn mức của tổng điểm \(Hoàn thành tốt nhiệm vụ\)/)

    const ok = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${commitment.id}/self-assessment`, { items, scores: full, level: 'excellent', conditions })
    expect(ok.status).toBe(200)
    expect(ok.body.selfAssessment).toMatchObject({ total: 100, level: 'excellent', conditions })
    expect(ok.body.items.map((i: { result: string }) => i.result)).toEqual(['exceeded', 'done', 'done'])
    expect(ok.body.history.map((h: { kind: string }) => h.kind).slice(-2)).toEqual(['progress_reported', 'self_assessed'])
  })

  it('lets only the owner report and assess', async () => {
    const { member: _member, commitment } = await approvedCommitment()
    const tree = await makeTree(t.database.db)
    const colleague = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    const res = await call(t.app, colleague.auth, 'PUT', `/api/v1/commitments/${commitment.id}/progress`, { items: [{ id: commitment.items[0].id, percent: 10 }] })
    expect(res.status).toBe(403)
  })
})
