import { describe } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { makeModel, scoresOf } from '../../test/nomination-fixtures.ts'
import { runSharedSecurityTests } from '../../test/security.ts'

const t = useTestApp()
const REASON = 'Mô hình tiêu biểu, hiệu quả, được nhân dân ghi nhận và các đơn vị khác học tập.'
const YEAR = 2034

/** A tree with a nomination held at the ward (nominated by the school), and the accounts each matrix tries. */
async function world() {
  const db = t.database.db
  const tree = await makeTree(db)
  const other = await makeTree(db)
  const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolB }])
  const ward = await makeUser(db, [{ role: 'office', org: tree.communeB }])
  const model = await makeModel(db, tree.cellB1)
  const created = await call(t.app, school.auth, 'POST', '/api/v1/nominations', { modelId: model.id, nominatedByOrgId: tree.schoolB.id, reason: REASON, year: YEAR })
  const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
  // A member of the ward's own committee: nothing of nominations, decisions or recognitions.
  const member = await makeUser(db, [{ role: 'member', org: tree.communeB, scope: 'unit' }])
  // The neighbouring school's secretary: a unit of the same ward, not this nomination's.
  const neighbour = await makeUser(db, [{ role: 'secretary', org: tree.cellB2, scope: 'unit' }])
  // Reads the ward's subtree and reviews, but moves nothing and issues nothing.
  const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeB }])
  return { tree, school, ward, model, id: created.body.id as string, outsider, member, neighbour, inspector }
}

describe('nominations security', () => {
  const base = '/api/v1/nominations'
  runSharedSecurityTests(t, base, async () => {
    const w = await world()
    const url = `${base}/${w.id}`
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?box=all&org=${w.tree.communeB.id}` },
        { method: 'POST', route: base, url: base, body: { modelId: w.model.id, nominatedByOrgId: w.tree.schoolB.id, reason: REASON, year: YEAR + 1 } },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'PUT', route: `${base}/:id/review`, url: `${url}/review`, body: { scores: scoresOf() } },
        { method: 'POST', route: `${base}/:id/forward`, url: `${url}/forward` },
        { method: 'POST', route: `${base}/:id/return`, url: `${url}/return`, body: { reason: 'Bổ sung hồ sơ.' } },
        { method: 'POST', route: `${base}/:id/decline`, url: `${url}/decline`, body: { reason: 'Chưa đủ tiêu chuẩn.' } },
        { method: 'POST', route: `${base}/:id/resubmit`, url: `${url}/resubmit`, body: {} },
        { method: 'POST', route: `${base}/:id/withdraw`, url: `${url}/withdraw`, body: {} },
      ],
      outsider: w.outsider.auth,
      tooLow: { member: w.member.auth, neighbour: w.neighbour.auth, inspector: w.inspector.auth },
      // The inspector reads and reviews at the ward.
      allowedForTooLow: { inspector: [`GET ${base}`, `GET ${base}/:id`, `PUT ${base}/:id/review`] },
    }
  })
})

describe('commendations security', () => {
  const base = '/api/v1/commendations'
  runSharedSecurityTests(t, base, async () => {
    const w = await world()
    const body = {
      organizationId: w.tree.communeB.id, year: YEAR, number: '7', signedOn: `${YEAR}-12-10`, form: 'certificate', title: `Gương điển hình tiên tiến năm ${YEAR}`,
      signerName: 'Đặng Văn Ký', signerTitle: 'Bí thư', nominationIds: [w.id],
    }
    const issued = await call(t.app, w.ward.auth, 'POST', base, { ...body, nominationIds: [(await call(t.app, w.school.auth, 'POST', '/api/v1/nominations', { modelId: (await makeModel(t.database.db, w.tree.cellB1)).id, nominatedByOrgId: w.tree.schoolB.id, reason: REASON, year: YEAR })).body.id], number: '6' })
    const url = `${base}/${issued.body.id}`
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?org=${w.tree.communeB.id}` },
        { method: 'POST', route: base, url: base, body },
        { method: 'GET', route: `${base}/:id`, url },
        { method: 'GET', route: `${base}/:id/document.docx`, url: `${url}/document.docx` },
        { method: 'GET', route: `${base}/:id/certificates.docx`, url: `${url}/certificates.docx` },
        { method: 'POST', route: `${base}/:id/annul`, url: `${url}/annul`, body: { reason: 'Quyết định ghi sai hình thức khen thưởng.' } },
      ],
      outsider: w.outsider.auth,
      tooLow: { member: w.member.auth, neighbour: w.neighbour.auth, inspector: w.inspector.auth },
      allowedForTooLow: { inspector: [`GET ${base}`, `GET ${base}/:id`, `GET ${base}/:id/document.docx`, `GET ${base}/:id/certificates.docx`] },
    }
  })
})

describe('recognitions security', () => {
  const base = '/api/v1/recognitions'
  runSharedSecurityTests(t, base, async () => {
    const w = await world()
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?org=${w.tree.communeB.id}&year=${YEAR}` },
        { method: 'GET', route: `${base}.xlsx`, url: `${base}.xlsx?org=${w.tree.communeB.id}&year=${YEAR}` },
      ],
      outsider: w.outsider.auth,
      tooLow: { member: w.member.auth, neighbour: w.neighbour.auth },
    }
  })
})
