import { describe, expect, it } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'

const t = useTestApp()
const THEME = 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường'
const body = (year: number) => ({
  year, themeTitle: THEME, themeScope: 'term', guidanceDocument: 'Hướng dẫn 37-HD/BTGDVTW',
  registrationDeadline: `${year}-03-31`, midyearReviewDate: `${year}-07-15`, yearendReviewDate: `${year}-12-15`,
})

describe('cycles', () => {
  it('an administrator creates a year on the rule set in force and steps it through its statuses', async () => {
    const tree = await makeTree(t.database.db)
    const admin = await makeUser(t.database.db, [{ role: 'admin', org: tree.root }])
    const member = await makeUser(t.database.db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    const created = await call(t.app, admin.auth, 'POST', '/api/v1/cycles', body(2031))
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ year: 2031, status: 'preparing', ruleSet: { code: 'qd366-2025' }, abilities: { update: true, steps: ['open-registration'] } })
    const id = created.body.id

    const seen = await call(t.app, member.auth, 'GET', '/api/v1/cycles/current')
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ themeTitle: THEME, abilities: { update: false, steps: [] } })

    const early = await call(t.app, admin.auth, 'POST', `/api/v1/cycles/${id}/close`, {})
    expect(early.status).toBe(409)
    for (const [step, status] of [['open-registration', 'registration'], ['start', 'in_progress'], ['begin-yearend-review', 'yearend_review'], ['close', 'closed']]) {
      const res = await call(t.app, admin.auth, 'POST', `/api/v1/cycles/${id}/${step}`, {})
      expect(res.status, step).toBe(200)
      expect(res.body.status).toBe(status)
    }
    const closed = await call(t.app, admin.auth, 'PATCH', `/api/v1/cycles/${id}`, { themeTitle: `${THEME} (sửa)` })
    expect(closed.status).toBe(409)
  })

  it('refuses a second cycle for a year, dates out of order and a draft rule set', async () => {
    const tree = await makeTree(t.database.db)
    const admin = await makeUser(t.database.db, [{ role: 'admin', org: tree.root }])
    expect((await call(t.app, admin.auth, 'POST', '/api/v1/cycles', body(2032))).status).toBe(201)
    const again = await call(t.app, admin.auth, 'POST', '/api/v1/cycles', body(2032))
    expect(again.status).toBe(409)
    expect(again.body.error.message).toBe('Đã có chu kỳ năm 2032.')
    const disorder = await call(t.app, admin.auth, 'POST', '/api/v1/cycles', { ...body(2033), midyearReviewDate: '2033-02-01' })
    expect(disorder.status).toBe(422)
    expect(disorder.body.error.message).toMatch(/theo thứ tự/)
    const draft = await call(t.app, admin.auth, 'POST', '/api/v1/rule-sets', { code: 'nhap-2033', name: 'Bản nháp', effectiveFrom: '2033-01-01' })
    const onDraft = await call(t.app, admin.auth, 'POST', '/api/v1/cycles', { ...body(2033), ruleSetId: draft.body.id })
    expect(onDraft.status).toBe(409)
    const list = await call(t.app, admin.auth, 'GET', '/api/v1/cycles')
    expect(list.body.items.filter((c: { year: number }) => c.year === 2033)).toEqual([])
  })
})
