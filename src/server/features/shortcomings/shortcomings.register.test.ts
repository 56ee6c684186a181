// The register over a subtree: what each level sees (subject or raising unit in its subtree), the filters, keyset
// pages, the figures by source, severity and sub-unit, overdue follow-up as the days pass, and shortcomings recorded
// from a citizen's feedback case (linked back to it).
import { describe, expect, it } from 'vitest'
import type { ShortcomingListItem, ShortcomingSummary } from '../../../common/contracts/shortcomings.ts'
import { addDays, todayIso } from '../../../common/dates.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'

let now = new Date()
const t = useTestApp({}, { clock: () => now })
const base = '/api/v1/shortcomings'
const text = (what: string) => `${what}: chưa thực hiện nghiêm túc, cần có kế hoạch khắc phục cụ thể.`

describe('the register over a subtree', () => {
  it('lists, filters, pages and counts what concerns the subtree; flags what is overdue as days pass', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makeCycle(db, 'in_progress')
    const province = await makeUser(db, [{ role: 'office', org: tree.root }])
    const communeA = await makeUser(db, [{ role: 'leader', org: tree.communeA }])
    const communeB = await makeUser(db, [{ role: 'office', org: tree.communeB }])
    const person = await makePerson(db, tree.cellB2, 'Vũ Thị Lan')
    const today = todayIso(now)
    const raise = async (auth: typeof province.auth, body: Record<string, unknown>) => {
      const res = await call(t.app, auth, 'POST', base, body)
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      return res.body as ShortcomingListItem
    }
    // The province names one of commune A itself; commune A names one of its school (due in 5 days) and one of a cell;
    // commune B names one of a member of its cell (high).
    const ofCommune = await raise(province.auth, { organizationId: tree.root.id, subjectOrgId: tree.communeA.id, description: text('Công tác dân vận'), severity: 'low' })
    const ofSchool = await raise(communeA.auth, { organizationId: tree.communeA.id, subjectOrgId: tree.schoolA.id, description: text('Sinh hoạt chuyên đề'), dueOn: addDays(today, 5) })
    const ofCell = await raise(communeA.auth, { organizationId: tree.communeA.id, subjectOrgId: tree.cellA2.id, description: text('Quản lý đảng viên') })
    const ofPerson = await raise(communeB.auth, { organizationId: tree.communeB.id, subjectPersonId: person.id, description: text('Đóng đảng phí'), severity: 'high' })

    const ids = async (auth: typeof province.auth, query: string) => {
      const res = await call(t.app, auth, 'GET', `${base}?${query}`)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      return (res.body.items as ShortcomingListItem[]).map((i) => i.id)
    }
    expect(await ids(province.auth, `org=${tree.root.id}`)).toEqual([ofPerson.id, ofCell.id, ofSchool.id, ofCommune.id])
    // Commune A sees the one of itself (raised above it), and those it raised; not commune B's.
    expect(await ids(communeA.auth, `org=${tree.communeA.id}`)).toEqual([ofCell.id, ofSchool.id, ofCommune.id])
    expect(await ids(communeA.auth, `org=${tree.schoolA.id}`)).toEqual([ofCell.id, ofSchool.id])
    expect((await call(t.app, communeA.auth, 'GET', `${base}?org=${tree.communeB.id}`)).status).toBe(403)
    expect(await ids(province.auth, `org=${tree.root.id}&subject=person`)).toEqual([ofPerson.id])
    expect(await ids(province.auth, `org=${tree.root.id}&severity=high`)).toEqual([ofPerson.id])
    expect(await ids(province.auth, `org=${tree.root.id}&source=direct&subject=org`)).toEqual([ofCell.id, ofSchool.id, ofCommune.id])
    expect(await ids(province.auth, `org=${tree.root.id}&status=fixed`)).toEqual([])
    const list = await call(t.app, province.auth, 'GET', `${base}?org=${tree.root.id}&subject=person`)
    expect(list.body.items[0]).toMatchObject({ subject: { name: 'Vũ Thị Lan' }, subjectUnit: { id: tree.cellB2.id }, raisedBy: { id: tree.communeB.id }, actionCount: 0 })

    // Keyset pages: two, then the rest.
    const first = await call(t.app, province.auth, 'GET', `${base}?org=${tree.root.id}&limit=2`)
    expect(first.body.items).toHaveLength(2)
    const second = await call(t.app, province.auth, 'GET', `${base}?org=${tree.root.id}&limit=2&cursor=${first.body.nextCursor}`)
    expect([...first.body.items, ...second.body.items].map((i: ShortcomingListItem) => i.id)).toEqual([ofPerson.id, ofCell.id, ofSchool.id, ofCommune.id])
    expect(second.body.nextCursor).toBeNull()
    expect((await call(t.app, province.auth, 'GET', `${base}?org=${tree.root.id}&cursor=bm9wZQ`)).status).toBe(422)

    // An action of the cell due in 3 days; the school's closure proposed.
    const action = await call(t.app, communeA.auth, 'POST', `${base}/${ofCell.id}/actions`, { content: 'Rà soát hồ sơ đảng viên', ownerOrgId: tree.cellA2.id, ownerName: 'Bí thư chi bộ', dueOn: addDays(today, 3) })
    expect(action.status).toBe(201)
    const school = await makeUser(db, [{ role: 'secretary', org: tree.schoolA, scope: 'unit' }])
    expect((await call(t.app, school.auth, 'POST', `${base}/${ofSchool.id}/propose`, { note: 'Đã sinh hoạt chuyên đề đầy đủ.' })).body.status).toBe('proposed')
    expect(await ids(province.auth, `org=${tree.root.id}&overdue=true`)).toEqual([])

    // Ten days later: the school's (awaiting verification, past its due date) and the cell's (an action past due) are overdue.
    now = new Date(now.getTime() + 10 * 86_400_000)
    expect(await ids(province.auth, `org=${tree.root.id}&overdue=true`)).toEqual([ofCell.id, ofSchool.id])
    const cell = await call(t.app, communeA.auth, 'GET', `${base}/${ofCell.id}`)
    expect(cell.body).toMatchObject({ overdue: true, actions: [{ overdue: true }] })

    const sres = await call(t.app, province.auth, 'GET', `${base}/summary?org=${tree.root.id}`)
    expect(sres.status, JSON.stringify(sres.body)).toBe(200)
    const summary = sres.body as ShortcomingSummary
    expect(summary.totals).toEqual({ open: 3, proposed: 1, fixed: 0, overdue: 2 })
    expect(summary.bySource).toEqual([{ source: 'direct', open: 3, proposed: 1, fixed: 0, overdue: 2 }])
    expect(summary.bySeverity.map((r) => [r.severity, r.open + r.proposed])).toEqual([['high', 1], ['medium', 2], ['low', 1]])
    expect(summary.byUnit).toEqual([
      { id: tree.communeA.id, name: tree.communeA.name, open: 2, proposed: 1, fixed: 0, overdue: 2 },
      { id: tree.communeB.id, name: tree.communeB.name, open: 1, proposed: 0, fixed: 0, overdue: 0 },
    ])
    const own = (await call(t.app, communeA.auth, 'GET', `${base}/summary?org=${tree.communeA.id}`)).body as ShortcomingSummary
    expect(own.byUnit.map((r) => [r.name, r.open + r.proposed])).toEqual([[tree.schoolA.name, 2], [tree.communeA.name, 1]])
    expect((await call(t.app, communeB.auth, 'GET', `${base}/summary?org=${tree.communeA.id}`)).status).toBe(403)
    now = new Date()
  })
})

describe('shortcomings from citizens\' feedback', () => {
  it("the handling unit's head records one of the unit from a case, linked both ways; a case elsewhere is refused", async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makeCycle(db, 'in_progress')
    const sent = await t.app.inject({
      method: 'POST', url: '/api/v1/public/feedback', remoteAddress: '203.0.113.77',
      payload: { categoryId: 'can-bo', communeId: tree.communeA.id, anonymous: true, content: 'Cán bộ một cửa của xã An Hòa hẹn trả hồ sơ nhiều lần nhưng không trả, thái độ thiếu tôn trọng người dân.' },
    })
    expect(sent.statusCode, sent.body).toBe(201)
    const head = await makeUser(db, [{ role: 'secretary', org: tree.communeA }])
    const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
    const inbox = await call(t.app, head.auth, 'GET', `/api/v1/feedback?org=${tree.communeA.id}`)
    const caseId = inbox.body.items[0].id as string
    const body = { organizationId: tree.communeA.id, subjectOrgId: tree.communeA.id, description: 'Bộ phận một cửa chậm trả hồ sơ, thái độ phục vụ chưa đúng mực.', source: 'feedback', sourceId: caseId }
    const created = await call(t.app, head.auth, 'POST', base, body)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ source: 'feedback', sourceId: caseId, feedbackCase: { id: caseId, reference: inbox.body.items[0].reference } })
    const linked = await call(t.app, office.auth, 'GET', `${base}?org=${tree.communeA.id}&sourceId=${caseId}`)
    expect(linked.body.items.map((i: ShortcomingListItem) => i.id)).toEqual([created.body.id])

    // A case the caller may not read is unknown; a case handled elsewhere cannot be the source at this unit.
    const other = await makeUser(db, [{ role: 'office', org: tree.communeB }])
    const unknown = await call(t.app, other.auth, 'POST', base, { ...body, organizationId: tree.communeB.id, subjectOrgId: tree.communeB.id })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.message).toBe('Không tìm thấy phản ánh, kiến nghị này trong phạm vi bạn được xem.')
    const province = await makeUser(db, [{ role: 'office', org: tree.root }])
    const elsewhere = await call(t.app, province.auth, 'POST', base, { ...body, organizationId: tree.communeB.id, subjectOrgId: tree.communeB.id })
    expect(elsewhere.status).toBe(422)
    expect(elsewhere.body.error.details.fields[0].path).toBe('sourceId')
  })
})
