// Every /api/v1/reports route anonymously, from another subtree and with too low a role; and, on an installation
// without LibreOffice (SOFFICE_PATH=none), a PDF asked for is refused plainly while Word still comes.
import { describe, expect, it } from 'vitest'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { decidedCell } from '../../test/report-fixtures.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { plans, reportingPeriods } from '../plans/plans.table.ts'

const t = useTestApp({ SOFFICE_PATH: 'none' })
const base = '/api/v1/reports'

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const other = await makeTree(db)
  const { cycle, members } = await decidedCell(db, tree)
  return { db, tree, other, cycle, members }
}

describe('reports security', () => {
  runSharedSecurityTests(t, base, async () => {
    const { db, tree, other, cycle, members } = await setup()
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    // A plain member of the same cell, asking for another member's form or the unit's figures.
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], members[1].person.id)
    // A secretary of the next cell: neither the form of someone in another cell nor the organization above.
    const neighbour = await makeUser(db, [{ role: 'secretary', org: tree.cellA2, scope: 'unit' }])
    const query = `org=${tree.schoolA.id}&cycle=${cycle.id}`
    const [plan] = await db.insert(plans).values({ organizationId: tree.schoolA.id, cycleId: cycle.id, title: 'Kế hoạch của Đảng bộ trường' }).returning()
    const [period] = await db.insert(reportingPeriods).values({ cycleId: cycle.id, kind: 'year', label: 'Năm', startsOn: `${cycle.year}-01-01`, endsOn: `${cycle.year}-12-31`, dueOn: `${cycle.year + 1}-01-08` }).returning()
    return {
      cases: [
        { method: 'GET', route: `${base}/capabilities`, url: `${base}/capabilities` },
        { method: 'GET', route: `${base}/commitment`, url: `${base}/commitment?person=${members[0].person.id}&cycle=${cycle.id}` },
        { method: 'GET', route: `${base}/rating-summary`, url: `${base}/rating-summary?${query}` },
        { method: 'GET', route: `${base}/rating-decisions`, url: `${base}/rating-decisions?${query}` },
        { method: 'GET', route: `${base}/plan`, url: `${base}/plan?plan=${plan.id}` },
        { method: 'GET', route: `${base}/plan-review`, url: `${base}/plan-review?plan=${plan.id}&period=${period.id}` },
      ],
      outsider: outsider.auth,
      tooLow: { member: member.auth, neighbour: neighbour.auth },
      allowedForOutsider: [`GET ${base}/capabilities`],
      allowedForTooLow: { member: [`GET ${base}/capabilities`], neighbour: [`GET ${base}/capabilities`] },
    }
  })

  it('does not tell an outsider whether a person has a commitment', async () => {
    const { db, other, cycle, members } = await setup()
    const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
    const res = await call(t.app, outsider.auth, 'GET', `${base}/commitment?person=${members[0].person.id}&cycle=${cycle.id}`)
    expect(res.status).toBe(403)
    const nobody = await call(t.app, outsider.auth, 'GET', `${base}/commitment?person=${other.cellA1.id}&cycle=${cycle.id}`)
    expect([403, 404]).toContain(nobody.status)
    expect(nobody.body.error.message).not.toBe('Không tìm thấy bản cam kết.')
  })

  it('refuses a PDF plainly when LibreOffice is not installed, and still gives the Word file', async () => {
    const { db, tree, cycle } = await setup()
    const office = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    expect((await call(t.app, office.auth, 'GET', `${base}/capabilities`)).body).toEqual({ pdf: false })
    const pdf = await call(t.app, office.auth, 'GET', `${base}/rating-summary?org=${tree.schoolA.id}&cycle=${cycle.id}&format=pdf`)
    expect(pdf.status).toBe(409)
    expect(pdf.body.error.message).toBe('Máy chủ chưa cài LibreOffice nên chưa tạo được bản PDF. Hãy tải bản Word (.docx).')
    const en = await call(t.app, office.auth, 'GET', `${base}/rating-summary?org=${tree.schoolA.id}&cycle=${cycle.id}&format=pdf`, undefined, { 'accept-language': 'en' })
    expect(en.body.error.message).toMatch(/^LibreOffice is not installed on the server/)
    const docx = await call(t.app, office.auth, 'GET', `${base}/rating-summary?org=${tree.schoolA.id}&cycle=${cycle.id}`)
    expect(docx.status).toBe(200)
  })
})
