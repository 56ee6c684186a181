// Reporting periods (the usual set in one click, on the working-day calendar), who has not reported a period level by
// level, reminders recorded, audited and mailed to the unit's managers (a local SMTP server stands in), and the
// dashboard over a subtree. The clock is the test's: the first quarter has just ended.
import { sql } from 'drizzle-orm'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { makePerson, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { makeItem, makePlan, planWorld, type PlanWorld } from '../../test/plan-fixtures.ts'
import { shortcomings } from '../shortcomings/shortcomings.table.ts'

const inbox: { to: string[]; raw: string }[] = []
const smtp = new SMTPServer({
  authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.on('end', () => {
      inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('latin1') })
      done()
    })
  },
})
/** The text part as the reader sees it (quoted-printable or base64 undone, UTF-8). */
function bodyOf(raw: string): string {
  const [head, ...rest] = raw.split('\r\n\r\n')
  const body = rest.join('\r\n\r\n')
  if (/content-transfer-encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/content-transfer-encoding: quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return Buffer.from(body, 'latin1').toString('utf8')
}
const env: Record<string, string> = {}
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const address = smtp.server.address()
  env.SMTP_URL = `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  env.PUBLIC_URL = 'https://neuguong.example.vn'
})
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

let now = new Date()
const t = useTestApp(env, { clock: () => now })
let w: PlanWorld
let Y: number
let q1: { id: string; label: string; dueOn: string }
const at = (iso: string) => {
  now = new Date(`${iso}T03:00:00Z`)
}

beforeAll(async () => {
  w = await planWorld(t.database.db)
  Y = w.cycle.year
  at(`${Y}-03-20`)
})

describe('reporting periods', () => {
  it('adds the usual set in one click (office at the root), each due 5 working days after its end', async () => {
    expect((await call(t.app, w.communeA.auth, 'POST', '/api/v1/reporting-periods/defaults', { cycleId: w.cycle.id })).status).toBe(403)
    const res = await call(t.app, w.office.auth, 'POST', '/api/v1/reporting-periods/defaults', { cycleId: w.cycle.id })
    expect(res.status).toBe(201)
    expect(res.body.items.map((p: { label: string }) => p.label)).toEqual([`Quý I/${Y}`, `Quý II/${Y}`, `6 tháng đầu năm ${Y}`, `Quý III/${Y}`, `Quý IV/${Y}`, `Năm ${Y}`])
    q1 = res.body.items[0]
    expect(q1.dueOn > `${Y}-04-04` && q1.dueOn < `${Y}-04-15`).toBe(true)
    expect(res.body.currentId).toBe(q1.id)
    expect((await call(t.app, w.office.auth, 'POST', '/api/v1/reporting-periods/defaults', { cycleId: w.cycle.id })).status).toBe(409)
    const list = await call(t.app, w.member.auth, 'GET', `/api/v1/reporting-periods?cycle=${w.cycle.id}`)
    expect(list.status).toBe(200)
    expect(list.body.abilities.manage).toBe(false)
  })

  it('checks a period\'s dates and label, and keeps one that is used', async () => {
    const bad = await call(t.app, w.office.auth, 'POST', '/api/v1/reporting-periods', { cycleId: w.cycle.id, kind: 'quarter', label: 'Kỳ sai', startsOn: `${Y}-05-01`, endsOn: `${Y}-04-01`, dueOn: `${Y}-05-05` })
    expect(bad.status).toBe(422)
    const taken = await call(t.app, w.office.auth, 'POST', '/api/v1/reporting-periods', { cycleId: w.cycle.id, kind: 'quarter', label: `Quý I/${Y}`, startsOn: `${Y}-01-01`, endsOn: `${Y}-03-31`, dueOn: `${Y}-04-07` })
    expect(taken.status).toBe(409)
    const extra = await call(t.app, w.office.auth, 'POST', '/api/v1/reporting-periods', { cycleId: w.cycle.id, kind: 'half', label: `6 tháng cuối năm ${Y}`, startsOn: `${Y}-07-01`, endsOn: `${Y}-12-31`, dueOn: `${Y + 1}-01-08` })
    expect(extra.status).toBe(201)
    expect((await call(t.app, w.office.auth, 'PATCH', `/api/v1/reporting-periods/${extra.body.id}`, { label: `Sáu tháng cuối năm ${Y}` })).status).toBe(200)
    expect((await call(t.app, w.office.auth, 'DELETE', `/api/v1/reporting-periods/${extra.body.id}`)).status).toBe(200)
  })
})

describe('who has not reported, reminders, the dashboard', () => {
  let rootItem: { id: string }
  let cellPlan: string

  beforeAll(async () => {
    const rootPlan = await makePlan(t, w.office.auth, w.tree.root.id, w.cycle.id)
    rootItem = await makeItem(t, w.office.auth, rootPlan, { kind: 'breakthrough', title: 'Nâng cao chất lượng sinh hoạt chi bộ', dueOn: `${Y}-03-31` })
    await call(t.app, w.office.auth, 'POST', `/api/v1/plan-items/${rootItem.id}/hand-downs`, { orgIds: [w.tree.communeA.id, w.tree.schoolB.id] })
    const [a] = (await call(t.app, w.communeA.auth, 'GET', `/api/v1/plan-assignments?org=${w.tree.communeA.id}`)).body.items
    const accepted = (await call(t.app, w.communeA.auth, 'POST', `/api/v1/plan-assignments/${a.id}/accept`)).body
    const bPlan = await makePlan(t, w.communeB.auth, w.tree.communeB.id, w.cycle.id)
    const bItem = await makeItem(t, w.communeB.auth, bPlan, { title: 'Giải quyết kiến nghị cử tri tồn đọng' })
    cellPlan = await makePlan(t, w.cellA1.auth, w.tree.cellA1.id, w.cycle.id)
    await makeItem(t, w.cellA1.auth, cellPlan, { title: 'Sinh hoạt chuyên đề hằng quý' })
    // Commune B reports during the quarter; commune A after it, naming the quarter; the cell and the root do not.
    await call(t.app, w.communeB.auth, 'POST', `/api/v1/plan-items/${bItem.id}/updates`, { progress: 40, status: 'in_progress', note: 'Đã giải quyết 4/10 kiến nghị' })
    at(`${Y}-04-03`)
    await call(t.app, w.communeA.auth, 'POST', `/api/v1/plan-items/${accepted.itemId}/updates`, { progress: 50, status: 'in_progress', note: 'Đã chọn chi bộ điểm', periodId: q1.id })
    // A secretary of the cell with an email address: the reminder is mailed to them.
    const person = await makePerson(t.database.db, w.tree.cellA1, 'Đỗ Thị Thu', { email: 'bithu.a1@example.vn' })
    await makeUser(t.database.db, [{ role: 'secretary', org: w.tree.cellA1, scope: 'unit' }], person.id)
  })

  it('lists, level by level, the units holding items that have not reported the period, and the hand-downs not accepted', async () => {
    const res = await call(t.app, w.office.auth, 'GET', `/api/v1/plans/not-reported?org=${w.tree.root.id}&period=${q1.id}`)
    expect(res.status).toBe(200)
    expect(res.body.totals).toEqual({ units: 4, notReported: 2 })
    const levels = Object.fromEntries(res.body.levels.map((l: { depth: number; units: number; notReported: number; list: { organization: { id: string } }[] }) => [l.depth, l]))
    expect(levels[0]).toMatchObject({ units: 1, notReported: 1 })
    expect(levels[1]).toMatchObject({ units: 2, notReported: 0, list: [] })
    expect(levels[3]).toMatchObject({ units: 1, notReported: 1, list: [expect.objectContaining({ organization: expect.objectContaining({ id: w.tree.cellA1.id }), parent: 'Đảng bộ Trường THPT An Hòa', items: 1 })] })
    expect(res.body.pendingHandDowns).toEqual([expect.objectContaining({ to: { id: w.tree.schoolB.id, name: 'Đảng bộ Trường THCS Bình Minh' }, item: { id: rootItem.id, title: 'Nâng cao chất lượng sinh hoạt chi bộ' } })])
    expect(res.body.abilities.remind).toBe(true)
    expect((await call(t.app, w.inspector.auth, 'GET', `/api/v1/plans/not-reported?org=${w.tree.root.id}&period=${q1.id}`)).body.abilities.remind).toBe(false)
  })

  it('reminds those units (not itself): recorded, audited, mailed, shown on their board', async () => {
    const wrong = await call(t.app, w.office.auth, 'POST', '/api/v1/plans/reminders', { orgId: w.tree.root.id, periodId: q1.id, orgIds: [w.tree.communeA.id] })
    expect(wrong.status).toBe(422)
    expect((await call(t.app, w.inspector.auth, 'POST', '/api/v1/plans/reminders', { orgId: w.tree.root.id, periodId: q1.id })).status).toBe(403)
    const res = await call(t.app, w.office.auth, 'POST', '/api/v1/plans/reminders', { orgId: w.tree.root.id, periodId: q1.id, note: 'Đề nghị báo cáo trước ngày 10' })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({ reminded: 1, mailed: 1 })
    const [audit] = await queryRows<{ data: { orgIds: string[] } }>(t.database.db, sql`select data from audit_events where action = 'plan.remind'`)
    expect(audit.data.orgIds).toEqual([w.tree.cellA1.id])
    for (let i = 0; i < 100 && !inbox.some((m) => m.to.includes('bithu.a1@example.vn')); i++) await new Promise((r) => setTimeout(r, 50))
    const mail = inbox.find((m) => m.to.includes('bithu.a1@example.vn'))
    const text = bodyOf(mail!.raw)
    expect(text).toContain(`kỳ Quý I/${Y}`)
    expect(text).toContain(`https://neuguong.example.vn/ke-hoach?org=${w.tree.cellA1.id}`)
    expect(text).toContain('Đề nghị báo cáo trước ngày 10')
    const board = await call(t.app, w.cellA1.auth, 'GET', `/api/v1/plans?org=${w.tree.cellA1.id}&cycle=${w.cycle.id}`)
    expect(board.body.latestReminder).toMatchObject({ period: { id: q1.id }, from: { id: w.tree.root.id }, note: 'Đề nghị báo cáo trước ngày 10' })
    expect((await call(t.app, w.communeB.auth, 'POST', '/api/v1/plans/reminders', { orgId: w.tree.communeB.id, periodId: q1.id })).status).toBe(409)
  })

  it('sums the subtree up on the dashboard: progress, late items, not reported, hand-downs waiting, shortcomings', async () => {
    // One shortcoming of cell A1, past its deadline.
    await t.database.db.insert(shortcomings).values([
      { subjectOrgId: w.tree.cellA1.id, organizationId: w.tree.root.id, cycleId: w.cycle.id, source: 'direct', description: 'Chưa tổ chức sinh hoạt chuyên đề quý I', dueOn: '2000-01-15' },
    ])
    const res = await call(t.app, w.office.auth, 'GET', `/api/v1/plans/summary?org=${w.tree.root.id}&cycle=${w.cycle.id}`)
    expect(res.status).toBe(200)
    // Root: its item = commune A's accepted item (50). Commune A 50, commune B 40: subtree = mean(50, mean(50, cell 0), 40) = 38.3.
    expect(res.body).toMatchObject({
      ownPlanProgress: 50, plans: 4, items: 4, pendingHandDowns: 1, currentPeriod: { id: q1.id }, notReported: { units: 4, notReported: 2 }, shortcomings: { open: 1, overdue: 1 },
    })
    expect(res.body.progress).toBeCloseTo(38.3, 1)
    // The root's item was due on 31 March and is not done: late; so is commune A's (same due date).
    expect(res.body.lateItems).toBe(2)
    expect(res.body.late.map((i: { title: string }) => i.title)).toEqual(['Nâng cao chất lượng sinh hoạt chi bộ', 'Nâng cao chất lượng sinh hoạt chi bộ'])
    const a = res.body.children.find((c: { organization: { id: string } }) => c.organization.id === w.tree.communeA.id)
    expect(a).toMatchObject({ progress: 25, plans: 2, items: 2, lateItems: 1, notReported: 1, pendingHandDowns: 0 })
    const b = res.body.children.find((c: { organization: { id: string } }) => c.organization.id === w.tree.communeB.id)
    expect(b).toMatchObject({ progress: 40, notReported: 0, pendingHandDowns: 1 })
    expect((await call(t.app, w.cellA1.auth, 'GET', `/api/v1/plans/summary?org=${w.tree.root.id}&cycle=${w.cycle.id}`)).status).toBe(403)
  })

  it('keeps a period that updates or reminders name', async () => {
    const res = await call(t.app, w.office.auth, 'DELETE', `/api/v1/reporting-periods/${q1.id}`)
    expect(res.status).toBe(409)
    expect(res.body.error.message).toMatch(/không xóa được/)
  })
})
