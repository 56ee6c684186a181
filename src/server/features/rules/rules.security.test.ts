import { describe } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { systemCtx } from '../../lib/actor.ts'
import { createRuleSet } from './rules.service.ts'

const t = useTestApp()
const base = '/api/v1/rule-sets'

describe('rule sets security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const draft = await createRuleSet({ db, ctx: systemCtx('test'), input: { code: 'bao-mat-nhap', name: 'Bản nháp thử', effectiveFrom: '2030-01-01' } })
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
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
      outsider: office.auth,
      allowedForOutsider: reads,
      tooLow: { secretary: secretary.auth },
      allowedForTooLow: { secretary: reads },
    }
  })
})
