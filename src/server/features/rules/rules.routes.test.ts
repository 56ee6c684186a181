import { describe, expect, it } from 'vitest'
import { DEFAULT_RULE_SET } from './rules.defaults.ts'
import { makeTree, makeUser, unique } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'

const t = useTestApp()

describe('rule sets', () => {
  it('ships QĐ 366 published, readable by any signed-in account', async () => {
    const tree = await makeTree(t.database.db)
    const { auth } = await makeUser(t.database.db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    const list = await call(t.app, auth, 'GET', '/api/v1/rule-sets')
    const shipped = list.body.items.find((r: { code: string }) => r.code === DEFAULT_RULE_SET.code)
    expect(shipped).toMatchObject({ status: 'published', effectiveFrom: '2025-08-30', abilities: { update: false, publish: false } })
    expect(shipped.content).toBeUndefined()
    const one = await call(t.app, auth, 'GET', `/api/v1/rule-sets/${shipped.id}`)
    expect(one.body.content.quota).toEqual({ level: 'excellent', of: 'good', percent: 20, scope: 'grassroots', exceptionsAllowed: true })
  })

  it('lets an administrator copy it into a draft, edit, publish, and then never change it', async () => {
    const tree = await makeTree(t.database.db)
    const { auth } = await makeUser(t.database.db, [{ role: 'admin', org: tree.root }])
    const list = await call(t.app, auth, 'GET', '/api/v1/rule-sets')
    const shipped = list.body.items.find((r: { code: string }) => r.code === DEFAULT_RULE_SET.code)
    const code = unique('v').toLowerCase()
    const draft = await call(t.app, auth, 'POST', '/api/v1/rule-sets', { code, name: 'Quy định 366 — bản địa phương 2027', effectiveFrom: '2027-01-01', copyFromId: shipped.id })
    expect(draft.status).toBe(201)
    expect(draft.body).toMatchObject({ status: 'draft', abilities: { update: true, publish: true } })

    const content = structuredClone(draft.body.content)
    content.quota.percent = 15
    content.frame.groups.individual.tasks[0].maxPoints -= 5
    const unbalanced = await call(t.app, auth, 'PATCH', `/api/v1/rule-sets/${draft.body.id}`, { content })
    expect(unbalanced.status).toBe(422)
    expect(unbalanced.body.error.details.fields).toContainEqual({ path: 'content.frame.groups.individual.tasks', message: 'Tổng điểm các tiêu chí phải bằng điểm tối đa của nhóm.' })
    content.frame.groups.individual.tasks[1].maxPoints += 5
    const saved = await call(t.app, auth, 'PATCH', `/api/v1/rule-sets/${draft.body.id}`, { content })
    expect(saved.status).toBe(200)
    expect(saved.body.content.quota.percent).toBe(15)

    const published = await call(t.app, auth, 'POST', `/api/v1/rule-sets/${draft.body.id}/publish`, {})
    expect(published.body.status).toBe('published')
    const frozen = await call(t.app, auth, 'PATCH', `/api/v1/rule-sets/${draft.body.id}`, { name: 'Đổi tên sau khi ban hành' })
    expect(frozen.status).toBe(409)
    expect(frozen.body.error.message).toMatch(/tạo phiên bản mới/)
    const dup = await call(t.app, auth, 'POST', '/api/v1/rule-sets', { code, name: 'Trùng mã', effectiveFrom: '2027-01-01' })
    expect(dup.status).toBe(409)
  })
})
