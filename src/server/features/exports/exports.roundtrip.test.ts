// Export → import: the people and organizations sheets read back through the importer as they are, with nothing to
// change and nothing refused.
import { describe, expect, it } from 'vitest'
import { systemCtx } from '../../lib/actor.ts'
import { makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp, withAuth, type Auth } from '../../test/harness.ts'
import { planImport } from '../imports/imports.service.ts'

const t = useTestApp()

async function exported(auth: Auth, url: string): Promise<Buffer> {
  const res = await t.app.inject(withAuth(auth, { method: 'GET', url }))
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200)
  return res.rawPayload
}

describe('export → import', () => {
  it('imports the people export back unchanged', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makePerson(db, tree.cellA1, 'Lê Thị Thu Hà', {
      birthDate: '1985-09-02', gender: 'female', ethnicity: 'Tày', partyJoinDate: '2010-03-03', partyCardNumber: `RT.${Date.now()}`, phone: '+84 912 345 678', email: 'ha@example.vn',
    })
    await makePerson(db, tree.cellA2, 'Nguyễn Văn Đức', { birthDate: '1990-12-31', gender: 'male' })
    await makePerson(db, tree.cellA2, 'Hoàng Thị Ánh')
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const file = await exported(office.auth, `/api/v1/exports/people?org=${tree.communeA.id}`)

    const plan = await planImport({ db, ctx: systemCtx('test'), kind: 'people', file, fileName: 'nguoi.xlsx', org: null, dryRun: true })
    expect(plan.refusal).toBeNull()
    expect(plan.mapping.filter(Boolean)).toEqual(['fullName', 'birthDate', 'gender', 'ethnicity', 'position', 'unit', 'partyJoinDate', 'partyCardNumber', 'phone', 'email'])
    expect(plan.totals).toMatchObject({ rows: 3, errors: 0, created: 0, updated: 0, unchanged: 3 })
  })

  it('imports the organizations export back unchanged', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const office = await makeUser(db, [{ role: 'office', org: tree.root }])
    const file = await exported(office.auth, `/api/v1/exports/organizations?org=${tree.communeB.id}`)

    const plan = await planImport({ db, ctx: systemCtx('test'), kind: 'organizations', file, fileName: 'to-chuc.xlsx', org: null, dryRun: true })
    expect(plan.refusal).toBeNull()
    expect(plan.mapping.filter(Boolean)).toEqual(['code', 'name', 'kind', 'parent'])
    expect(plan.totals).toMatchObject({ rows: 4, errors: 0, created: 0, updated: 0 })
  })
})
