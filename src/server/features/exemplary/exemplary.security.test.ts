import { describe } from 'vitest'
import { systemCtx } from '../../lib/actor.ts'
import { makeCycle, makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { approveCommitment, createMine, getCommitment, replaceItems, submitCommitment } from '../commitments/commitments.service.ts'
import { createPerson } from '../people/people.service.ts'
import { setPublished } from './exemplary.service.ts'

const t = useTestApp()
const base = '/api/v1/exemplary'

describe('exemplary security', () => {
  runSharedSecurityTests(t, base, async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const other = await makeTree(db)
    const cycle = await makeCycle(db, 'registration')
    const sys = systemCtx('test')
    const person = await createPerson({ db, ctx: sys, org: tree.schoolA, input: { fullName: 'Đinh Văn Lãnh Đạo', placement: { position: 'Bí thư Đảng ủy', leadershipTier: 'grassroots', isPrimary: true, fromDate: '2024-01-01' } } })
    const ctx = { ...sys, actor: { ...sys.actor, personId: person.id } }
    const c = await createMine({ db, ctx, cycle })
    await replaceItems({ db, ctx, commitment: c, cycle, items: [{ area: 'exemplary', content: 'Nêu gương trong thực hiện nhiệm vụ', target: 'Đơn vị hoàn thành tốt', deadline: `${cycle.year}-12-15` }] })
    await submitCommitment(db, ctx, await getCommitment(db, c.id), cycle)
    await approveCommitment(db, sys, await getCommitment(db, c.id), cycle)
    await setPublished({ db, ctx: sys, commitment: await getCommitment(db, c.id), scope: 'subtree' })
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const inspector = await makeUser(db, [{ role: 'inspector', org: tree.communeB }])
    const url = `${base}/${c.id}`
    return {
      cases: [
        { method: 'GET', route: base, url: `${base}?org=${tree.cellA1.id}&cycle=${cycle.id}` },
        { method: 'GET', route: `${base}/:commitmentId`, url },
        { method: 'POST', route: `${base}/:commitmentId/publish`, url: `${url}/publish`, body: { scope: 'public' } },
        { method: 'POST', route: `${base}/:commitmentId/unpublish`, url: `${url}/unpublish`, body: {} },
        { method: 'PUT', route: `${base}/:commitmentId/comment`, url: `${url}/comment`, body: { source: 'colleague', strengths: 'Nhận xét trái phép' } },
      ],
      outsider: outsider.auth,
      // An inspector of a sibling commune: outside the leader's subtree.
      tooLow: { inspector: inspector.auth },
    }
  })
})
