import { describe, expect, it } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { systemCtx } from '../../lib/actor.ts'
import { createRubric } from './rubrics.service.ts'

const t = useTestApp()
const base = '/api/v1/nomination-rubrics'

describe('nomination rubrics security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const draft = await createRubric({ db, ctx: systemCtx('test'), input: { code: 'bao-mat-nhap', name: 'Bản nháp thử', effectiveFrom: '2030-01-01' } })
    // Reviewers read the rubrics they score on; only administrators write them, not even the province's office.
    const communeOffice = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const provinceOffice = await makeUser(db, [{ role: 'office', org: tree.root }])
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.root }])
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
    const reads = [`GET ${base}`, `GET ${base}/:id`]
    const url = `${base}/${draft.id}`
    return {
      cases: [
        { method: 'GET', route: base, url: base },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'POST', route: base, url: base, body: { code: 'khong-duoc-tao', name: 'Không được tạo', effectiveFrom: '2030-01-01', copyFromId: draft.id } },
        { method: 'PATCH', route: `${base}/:id`, url, body: { name: 'Bị sửa trái phép' } },
        { method: 'POST', route: `${base}/:id/publish`, url: `${url}/publish`, body: {} },
      ],
      outsider: communeOffice.auth,
      allowedForOutsider: reads,
      tooLow: { office: provinceOffice.auth, inspector: inspector.auth, member: member.auth },
      allowedForTooLow: { office: reads, inspector: reads, member: reads },
    }
  })

  it('answers a commune office 200 on reads and 403 on writes, with nothing written', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const draft = await createRubric({ db, ctx: systemCtx('test'), input: { code: 'bao-mat-doc', name: 'Bản nháp để đọc', effectiveFrom: '2031-01-01' } })
    const { auth } = await makeUser(db, [{ role: 'office', org: tree.communeB }])
    expect((await call(t.app, auth, 'GET', base)).body.items.map((r: { id: string }) => r.id)).toContain(draft.id)
    const one = await call(t.app, auth, 'GET', `${base}/${draft.id}`)
    expect(one.status).toBe(200)
    expect(one.body).toMatchObject({ status: 'draft', abilities: { update: false, publish: false } })
    const refused = await call(t.app, auth, 'PATCH', `${base}/${draft.id}`, { name: 'Bị sửa trái phép' })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('forbidden')
    expect((await call(t.app, auth, 'POST', `${base}/${draft.id}/publish`, {})).status).toBe(403)
    expect((await call(t.app, auth, 'GET', `${base}/${draft.id}`)).body).toMatchObject({ name: 'Bản nháp để đọc', status: 'draft' })
  })
})
