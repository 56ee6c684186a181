// Unresolved shortcomings follow their subject into the next year: an organization's into its plan for the new cycle
// (when the cycle opens registration, or when an office asks), a member's into their next commitment — awaiting
// verification counts as unresolved. And the top rating's "100% of past shortcomings fixed" for organizations.
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { systemCtx } from '../../lib/actor.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { DEFAULT_RULE_SET } from '../rules/rules.defaults.ts'
import { planItems, plans } from '../plans/plans.table.ts'
import { raiseShortcoming } from './shortcomings.raise.ts'
import { shortcomingEvents, shortcomings } from './shortcomings.table.ts'

const t = useTestApp()
const base = '/api/v1/shortcomings'
const text = (what: string) => `${what}: chưa thực hiện nghiêm túc, cần khắc phục trong năm tới.`

describe('carrying organizations\' shortcomings into the next plan', () => {
  it('puts the open and proposed ones in the plan of the new cycle once, when it opens registration and on request', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const last = await makeCycle(db, 'in_progress')
    const school = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }])
    const raise = async (subjectOrgId: string, what: string) =>
      (await call(t.app, school.auth, 'POST', base, { organizationId: tree.schoolA.id, subjectOrgId, description: text(what) })).body.id as string
    const open = await raise(tree.cellA1.id, 'Sinh hoạt chuyên đề')
    const proposed = await raise(tree.cellA1.id, 'Quản lý hồ sơ đảng viên')
    const fixed = await raise(tree.cellA1.id, 'Thu nộp đảng phí')
    const ofSchool = await raise(tree.schoolA.id, 'Công tác kiểm tra, giám sát')
    await call(t.app, cell.auth, 'POST', `${base}/${proposed}/propose`, { note: 'Đã hoàn thiện hồ sơ đảng viên.' })
    await call(t.app, cell.auth, 'POST', `${base}/${fixed}/propose`, { note: 'Đã thu nộp đầy đủ.' })
    await call(t.app, school.auth, 'POST', `${base}/${fixed}/verify`, {})

    // The new year's cycle opens registration: the cell's plan is created with the two unresolved ones, the school's with its own.
    const next = await makeCycle(db, 'registration')
    const [plan] = await db.select().from(plans).where(and(eq(plans.organizationId, tree.cellA1.id), eq(plans.cycleId, next.id)))
    expect(plan.title).toBe(`Kế hoạch năm ${next.year}`)
    const items = await db.select().from(planItems).where(eq(planItems.planId, plan.id)).orderBy(planItems.position)
    expect(items.map((i) => [i.kind, i.title, i.ownerOrgId, i.dueOn, i.position])).toEqual([
      ['pressing', `Khắc phục: ${text('Sinh hoạt chuyên đề')}`, tree.cellA1.id, `${next.year}-06-30`, 0],
      ['pressing', `Khắc phục: ${text('Quản lý hồ sơ đảng viên')}`, tree.cellA1.id, `${next.year}-06-30`, 1],
    ])
    const rows = await db.select().from(shortcomings).where(eq(shortcomings.subjectOrgId, tree.cellA1.id))
    const carried = new Map(rows.map((r) => [r.id, r.carriedToPlanItemId]))
    expect([carried.get(open), carried.get(proposed), carried.get(fixed)]).toEqual([items[0].id, items[1].id, null])
    const page = await call(t.app, cell.auth, 'GET', `${base}/${open}`)
    expect(page.body.timeline.at(-1)).toMatchObject({ kind: 'carried', note: `Kế hoạch năm ${next.year}` })
    expect(page.body.carriedToPlanItemId).toBe(items[0].id)
    const [schoolItem] = await db.select({ title: planItems.title }).from(planItems).innerJoin(plans, eq(plans.id, planItems.planId))
      .where(and(eq(plans.organizationId, tree.schoolA.id), eq(plans.cycleId, next.id)))
    expect(schoolItem.title).toBe(`Khắc phục: ${text('Công tác kiểm tra, giám sát')}`)
    expect(ofSchool).toBeTypeOf('string')

    // One recorded later against last year (an inspection's finding, say): carried when an office asks, after the others.
    const late = await db.transaction((tx) => raiseShortcoming(tx, systemCtx('test'), {
      raisingOrg: tree.schoolA, subject: { orgId: tree.cellA1.id }, cycleId: last.id, source: 'inspection', sourceId: crypto.randomUUID(), description: text('Ghi biên bản sinh hoạt'),
    }))
    const cellOffice = await makeUser(db, [{ role: 'secretary', org: tree.schoolA }])
    expect((await call(t.app, cellOffice.auth, 'POST', `${base}/carry-over?org=${tree.schoolA.id}&cycle=${next.id}`)).status).toBe(403)
    const asked = await call(t.app, school.auth, 'POST', `${base}/carry-over?org=${tree.schoolA.id}&cycle=${next.id}`)
    expect(asked.body).toEqual({ carried: 1, plansCreated: 0 })
    const [lateRow] = await db.select().from(shortcomings).where(eq(shortcomings.id, late.id))
    const [lateItem] = await db.select().from(planItems).where(eq(planItems.id, lateRow.carriedToPlanItemId!))
    expect(lateItem).toMatchObject({ planId: plan.id, position: 2, kind: 'pressing' })
    // Asked again: nothing more to carry.
    expect((await call(t.app, school.auth, 'POST', `${base}/carry-over?org=${tree.schoolA.id}&cycle=${next.id}`)).body).toEqual({ carried: 0, plansCreated: 0 })
    const events = await db.select().from(shortcomingEvents).where(and(eq(shortcomingEvents.shortcomingId, open), eq(shortcomingEvents.kind, 'carried')))
    expect(events).toHaveLength(1)
  })
})

describe("a member's shortcoming awaiting verification", () => {
  it('still opens their next commitment as an item to fix', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makeCycle(db, 'in_progress')
    const person = await makePerson(db, tree.cellB1, 'Hoàng Văn Minh')
    const member = await makeUser(db, [{ role: 'member', org: tree.cellB1, scope: 'unit' }], person.id)
    const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }])
    const s = await call(t.app, cell.auth, 'POST', base, { organizationId: tree.cellB1.id, subjectPersonId: person.id, description: text('Tham gia sinh hoạt chi bộ') })
    expect((await call(t.app, member.auth, 'POST', `${base}/${s.body.id}/propose`, { note: 'Đã tham gia đầy đủ các kỳ sinh hoạt.' })).body.status).toBe('proposed')
    const next = await makeCycle(db, 'registration')
    const opened = await call(t.app, member.auth, 'POST', '/api/v1/commitments/mine', { cycleId: next.id })
    expect(opened.status, JSON.stringify(opened.body)).toBe(201)
    expect(opened.body.items).toMatchObject([{ area: 'shortcomings', content: `Khắc phục: ${text('Tham gia sinh hoạt chi bộ')}`, carriedOver: true, shortcomingId: s.body.id }])
  })
})

describe("the top rating's condition for organizations", () => {
  const frame = DEFAULT_RULE_SET.content.frame.groups.collective
  const full = Object.fromEntries([...frame.general, ...frame.tasks].map((c) => [c.code, c.maxPoints]))
  const conditions = DEFAULT_RULE_SET.content.topConditions.filter((c) => (c.groups as string[]).includes('collective')).map((c) => c.code)

  it("holds back 'excellent' while a past shortcoming of the organization is open or only proposed; a member's does not count", async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makeCycle(db, 'in_progress')
    const school = await makeUser(db, [{ role: 'office', org: tree.schoolA }])
    const cell = await makeUser(db, [{ role: 'secretary', org: tree.cellA2, scope: 'unit' }])
    const person = await makePerson(db, tree.cellA2, 'Trịnh Thị Thu')
    await call(t.app, cell.auth, 'POST', base, { organizationId: tree.cellA2.id, subjectPersonId: person.id, description: text('Nộp báo cáo tháng') })
    const s = (await call(t.app, school.auth, 'POST', base, { organizationId: tree.schoolA.id, subjectOrgId: tree.cellA2.id, description: text('Sinh hoạt định kỳ') })).body.id as string
    const cycle = await makeCycle(db, 'yearend_review')
    const assess = () => call(t.app, cell.auth, 'PUT', '/api/v1/organization-evaluations/self-assessment', {
      organizationId: tree.cellA2.id, cycleId: cycle.id, scores: full, level: 'excellent', conditions, report: 'Chi bộ hoàn thành xuất sắc các chỉ tiêu năm.',
    })
    const open = await assess()
    expect(open.status).toBe(422)
    expect(open.body.error.message).toContain('Khắc phục 100% hạn chế, khuyết điểm đã được chỉ ra')
    await call(t.app, cell.auth, 'POST', `${base}/${s}/propose`, { note: 'Đã sinh hoạt định kỳ đủ 12 kỳ.' })
    expect((await assess()).status).toBe(422)
    await call(t.app, school.auth, 'POST', `${base}/${s}/verify`, {})
    const assessed = await assess()
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(200)

    // Reopened before the decision: the level above cannot decide 'excellent' until it is fixed again.
    await call(t.app, school.auth, 'POST', `${base}/${s}/reopen`, { reason: 'Tháng 11 không sinh hoạt.' })
    const refused = await call(t.app, school.auth, 'POST', `/api/v1/organization-evaluations/${assessed.body.id}/decide`, { level: 'excellent' })
    expect(refused.status).toBe(422)
    expect(refused.body.error.message).toMatch(/^Chưa đủ điều kiện xếp loại Hoàn thành xuất sắc nhiệm vụ: Khắc phục 100%/)
    expect((await call(t.app, school.auth, 'POST', `/api/v1/organization-evaluations/${assessed.body.id}/decide`, { level: 'good' })).status).toBe(200)
  })
})
