// An organization's own rating: the cell assesses itself on the collective frame, the grassroots committee above
// decides it within the rules, the decision is locked, the commune annuls it.
import { describe, expect, it } from 'vitest'
import { makeCycle, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { DEFAULT_RULE_SET } from '../rules/rules.defaults.ts'

const t = useTestApp()
const base = '/api/v1/organization-evaluations'
const frame = DEFAULT_RULE_SET.content.frame.groups.collective
const criteria = [...frame.general, ...frame.tasks]
const scores = (share: number) => Object.fromEntries(criteria.map((c) => [c.code, Math.floor(c.maxPoints * share)]))
const conditions = DEFAULT_RULE_SET.content.topConditions.filter((c) => (c.groups as string[]).includes('collective')).map((c) => c.code)
const report = 'Chi bộ hoàn thành các chỉ tiêu năm; còn hạn chế trong sinh hoạt chuyên đề.'

describe('organization ratings', () => {
  it('the cell assesses itself, the level above decides within the band, a higher level annuls', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const cycle = await makeCycle(db, 'yearend_review')
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const grassroots = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const commune = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const body = { organizationId: tree.cellA1.id, cycleId: cycle.id, scores: scores(0.8), level: 'good', conditions: [], report }

    const above = await call(t.app, secretary.auth, 'PUT', `${base}/self-assessment`, { ...body, level: 'excellent' })
    expect(above.status).toBe(422)
    expect(above.body.error.message).toMatch(/^Bản tự chấm điểm chưa đúng quy định: mức đề xuất cao hơn mức của tổng điểm/)
    const own = await call(t.app, secretary.auth, 'PUT', `${base}/self-assessment`, body)
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    expect(own.body).toMatchObject({ organization: { id: tree.cellA1.id }, decidingOrganization: { id: tree.schoolA.id }, proposedLevel: 'good', status: 'proposed', abilities: { selfAssess: true, decide: false } })
    const again = await call(t.app, secretary.auth, 'PUT', `${base}/self-assessment`, { ...body, scores: scores(1), level: 'excellent', conditions })
    expect(again.body).toMatchObject({ id: own.body.id, total: 100, proposedLevel: 'excellent' })

    // The grassroots committee sees its cells' ratings and decides; not above the band of the score it rests on.
    const overview = await call(t.app, grassroots.auth, 'GET', `${base}?org=${tree.schoolA.id}&cycle=${cycle.id}`)
    expect(overview.body.children).toEqual(expect.arrayContaining([expect.objectContaining({ organization: expect.objectContaining({ id: tree.cellA1.id }), evaluation: expect.objectContaining({ abilities: expect.objectContaining({ decide: true, annul: false }) }) })]))
    expect(overview.body.canSelfAssess).toBe(true)
    expect((await call(t.app, secretary.auth, 'POST', `${base}/${own.body.id}/decide`, { level: 'good' })).status).toBe(403)
    const band = await call(t.app, grassroots.auth, 'POST', `${base}/${own.body.id}/decide`, { level: 'excellent', score: 80 })
    expect(band.status).toBe(422)
    const decided = await call(t.app, grassroots.auth, 'POST', `${base}/${own.body.id}/decide`, { level: 'excellent', note: 'Tiêu biểu của Đảng bộ' })
    expect(decided.body).toMatchObject({ status: 'decided', decidedLevel: 'excellent', decidedScore: 100, decisionNote: 'Tiêu biểu của Đảng bộ' })
    expect((await call(t.app, secretary.auth, 'PUT', `${base}/self-assessment`, body)).status).toBe(409)

    // Only above the deciding level can annul.
    const reason = { reason: 'Kiểm tra phát hiện chỉ tiêu chưa đạt như báo cáo' }
    expect((await call(t.app, grassroots.auth, 'POST', `${base}/${own.body.id}/annul`, reason)).status).toBe(403)
    const annulled = await call(t.app, commune.auth, 'POST', `${base}/${own.body.id}/annul`, reason)
    expect(annulled.body).toMatchObject({ status: 'proposed', decidedLevel: null })

    // The top organization has no level above; an organization not in year-end review cannot be assessed.
    const admin = await makeUser(db, [{ role: 'office', org: tree.root }])
    const top = await call(t.app, admin.auth, 'PUT', `${base}/self-assessment`, { ...body, organizationId: tree.root.id })
    expect(top.status).toBe(409)
    const closed = await makeCycle(db, 'in_progress')
    expect((await call(t.app, secretary.auth, 'PUT', `${base}/self-assessment`, { ...body, cycleId: closed.id }, { 'accept-language': 'en' })).status).toBe(409)
  })
})

describe('organization ratings security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const cycle = await makeCycle(db, 'yearend_review')
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const res = await call(t.app, secretary.auth, 'PUT', `${base}/self-assessment`, { organizationId: tree.cellA1.id, cycleId: cycle.id, scores: scores(0.8), level: 'good', conditions: [], report })
    const url = `${base}/${res.body.id}`
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const leader = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?org=${tree.schoolA.id}&cycle=${cycle.id}` },
        { method: 'PUT', route: `${base}/self-assessment`, url: `${base}/self-assessment`, body: { organizationId: tree.cellA2.id, cycleId: cycle.id, scores: scores(0.8), level: 'good', conditions: [], report } },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'POST', route: `${base}/:id/decide`, url: `${url}/decide`, body: { level: 'good' } },
        { method: 'POST', route: `${base}/:id/annul`, url: `${url}/annul`, body: { reason: 'Hủy trái phép để thử' } },
      ],
      outsider: outsider.auth,
      tooLow: { leader: leader.auth, member: member.auth },
      allowedForTooLow: { leader: [`GET ${base}`, `GET ${base}/:id`] },
    }
  })
})
