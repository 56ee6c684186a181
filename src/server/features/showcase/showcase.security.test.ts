import { describe } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { modelSuggestions } from './showcase.table.ts'

const t = useTestApp()
const base = '/api/v1/model-suggestions'

describe('model suggestions security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const [s] = await db.insert(modelSuggestions).values({
      communeId: tree.communeA.id, kind: 'practice', title: 'Gương sáng cần kiểm duyệt', description: 'Một gợi ý của người dân cần được cán bộ xã kiểm duyệt.',
      suggesterName: 'Người Gợi Ý', suggesterContact: '0900 000 000',
    }).returning()
    const url = `${base}/${s.id}`
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    // Reads the commune's subtree, but does not moderate.
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeA }])
    // A cell's secretary in the commune: below the commune, not its moderator.
    const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellA1 }])
    const member = await makeUser(db, [{ role: 'member', org: tree.communeA, scope: 'unit' }])
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?org=${tree.communeA.id}` },
        { method: 'POST', route: `${base}/:id/accept`, url: `${url}/accept`, body: { organizationId: tree.cellA1.id, kind: 'practice', area: 'ethics' } },
        { method: 'POST', route: `${base}/:id/decline`, url: `${url}/decline`, body: { note: 'Chưa đủ thông tin để xác minh.' } },
      ],
      outsider: outsider.auth,
      tooLow: { inspector: inspector.auth, cell: cell.auth, member: member.auth },
    }
  })
})
