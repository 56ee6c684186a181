import { describe } from 'vitest'
import { makePerson, makeTree, makeUser, unique } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'

const t = useTestApp()
const base = '/api/v1/organizations'

describe('organizations security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    await makePerson(db, tree.cellA1)
    const id = tree.cellA1.id
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const leader = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA2, scope: 'unit' }])
    const reads = [`GET ${base}`, `GET ${base}/:id`, `GET ${base}/:id/children`, `GET ${base}/:id/history`]
    return {
      cases: [
        { method: 'GET', route: base, url: base },
        { method: 'GET', route: `${base}/:id`, url: `${base}/${id}` },
        { method: 'GET', route: `${base}/:id/children`, url: `${base}/${id}/children` },
        { method: 'GET', route: `${base}/:id/history`, url: `${base}/${id}/history` },
        { method: 'POST', route: base, url: base, body: { parentId: tree.schoolA.id, code: unique('S'), name: 'Chi bộ mới', kind: 'cell' } },
        { method: 'PATCH', route: `${base}/:id`, url: `${base}/${id}`, body: { name: 'Tên mới' } },
        { method: 'POST', route: `${base}/:id/move`, url: `${base}/${id}/move`, body: { newParentId: tree.schoolB.id } },
        { method: 'POST', route: `${base}/:id/merge`, url: `${base}/${id}/merge`, body: { intoId: tree.cellA2.id } },
        { method: 'POST', route: `${base}/:id/dissolve`, url: `${base}/${tree.cellB2.id}/dissolve`, body: {} },
      ],
      outsider: outsider.auth,
      // The list of entry points answers each caller with their own units: allowed for everyone signed in.
      allowedForOutsider: [`GET ${base}`],
      tooLow: { leader: leader.auth, secretary: secretary.auth, member: member.auth },
      allowedForTooLow: { leader: reads, secretary: [`GET ${base}`, `GET ${base}/:id`, `GET ${base}/:id/children`, `GET ${base}/:id/history`], member: [`GET ${base}`] },
    }
  })
})
