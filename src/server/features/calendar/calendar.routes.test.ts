// The calendar API: reading a year, editing it (administrators, audited), the deadline calculator; the service API.
// The calendar is one for the installation: each test edits its own year.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { systemCtx } from '../../lib/actor.ts'
import { makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { addWorkingDays, ensureCalendarSeeded, loadCalendar, putCalendarDay, workingDaysBetween } from './calendar.service.ts'

const t = useTestApp()
const base = '/api/v1/calendar'

async function users() {
  const tree = await makeTree(t.database.db)
  const admin = await makeUser(t.database.db, [{ role: 'admin', org: tree.root }])
  const member = await makeUser(t.database.db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }])
  return { admin: admin.auth, member: member.auth, adminId: admin.account.id }
}

async function auditOf(entityId: string) {
  return queryRows<{ action: string; actor: string | null; data: Record<string, unknown> }>(t.database.db, sql`
    select action, actor_account_id::text as actor, data from audit_events where entity_id = ${entityId} order by seq`)
}

describe('calendar', () => {
  it('installs the statutory holidays of this year and the next at start, once, audited', async () => {
    const db = t.database.db
    expect(await ensureCalendarSeeded(db, '2033-05-01')).toEqual([2033, 2034])
    expect(await ensureCalendarSeeded(db, '2033-05-01')).toEqual([])
    const { member } = await users()
    const year = await call(t.app, member, 'GET', `${base}/days?year=2033`)
    expect(year.status).toBe(200)
    expect(year.body).toMatchObject({ year: 2033, statutoryDefault: false, abilities: { manage: false } })
    expect(year.body.days[0]).toMatchObject({ date: '2033-01-01', weekday: 6, kind: 'holiday', name: 'Tết Dương lịch', source: 'statutory' })
    expect(await auditOf('2033')).toMatchObject([{ action: 'calendar.year.install', actor: null, data: { year: 2033, source: 'statutory' } }])
  })

  it('shows a year with nothing stored as the statutory default', async () => {
    const { admin } = await users()
    const res = await call(t.app, admin, 'GET', `${base}/days?year=2026`)
    expect(res.body.abilities.manage).toBe(true)
    const other = await call(t.app, admin, 'GET', `${base}/days?year=2045`)
    expect(other.body).toMatchObject({ year: 2045, statutoryDefault: true })
    expect(other.body.days.every((d: { updatedAt: string | null }) => d.updatedAt === null)).toBe(true)
    expect((await call(t.app, admin, 'GET', `${base}/days?year=1800`)).status).toBe(422)
    expect((await call(t.app, admin, 'GET', `${base}/days`)).status).toBe(422)
  })

  it('lets an administrator enter the announcement: a swapped day off and a worked Saturday, audited', async () => {
    const { admin, adminId } = await users()
    // A year with nothing stored: the first edit stores its statutory default too, so the edit adds to it.
    const off = await call(t.app, admin, 'PUT', `${base}/days/2036-04-28`, { kind: 'holiday', name: 'Nghỉ hoán đổi (Thông báo của Bộ Nội vụ)', source: 'announced' })
    expect(off.status).toBe(200)
    expect(off.body).toMatchObject({ date: '2036-04-28', weekday: 1, kind: 'holiday', source: 'announced' })
    const work = await call(t.app, admin, 'PUT', `${base}/days/2036-05-03`, { kind: 'working', name: 'Làm bù cho thứ Hai 28/4' })
    expect(work.body).toMatchObject({ kind: 'working', source: 'manual', weekday: 6 })
    const year = await call(t.app, admin, 'GET', `${base}/days?year=2036`)
    expect(year.body.statutoryDefault).toBe(false)
    expect(year.body.days.map((d: { date: string }) => d.date)).toEqual(expect.arrayContaining(['2036-01-01', '2036-04-28', '2036-04-30', '2036-05-01', '2036-05-03']))

    expect(await auditOf('2036')).toMatchObject([{ action: 'calendar.year.install', actor: adminId }])
    expect(await auditOf('2036-05-03')).toMatchObject([{ action: 'calendar.day.put', actor: adminId, data: { kind: 'working', before: null } }])

    const renamed = await call(t.app, admin, 'PUT', `${base}/days/2036-05-03`, { kind: 'working', name: 'Làm bù (đã sửa)' })
    expect(renamed.body.name).toBe('Làm bù (đã sửa)')
    expect((await auditOf('2036-05-03'))[1]).toMatchObject({ action: 'calendar.day.put', data: { before: { name: 'Làm bù cho thứ Hai 28/4' } } })

    expect((await call(t.app, admin, 'DELETE', `${base}/days/2036-05-03`)).status).toBe(204)
    expect((await auditOf('2036-05-03'))[2]).toMatchObject({ action: 'calendar.day.delete', data: { before: { kind: 'working' } } })
    const again = await call(t.app, admin, 'DELETE', `${base}/days/2036-05-03`)
    expect(again.status).toBe(404)
    expect(again.body.error.message).toBe('Ngày này không có trong lịch nghỉ.')
  })

  it('refuses bad input with 422 in Vietnamese, or English on request', async () => {
    const { admin } = await users()
    const weekday = await call(t.app, admin, 'PUT', `${base}/days/2037-03-04`, { kind: 'working', name: 'Làm bù' })
    expect(weekday.status).toBe(422)
    expect(weekday.body.error.details.fields).toEqual([{ path: 'kind', message: expect.stringMatching(/thứ Bảy hoặc Chủ nhật/) }])
    const en = await call(t.app, admin, 'PUT', `${base}/days/2037-03-04`, { kind: 'working', name: 'Làm bù' }, { 'accept-language': 'en' })
    expect(en.body.error.details.fields[0].message).toMatch(/Saturday or Sunday/)
    const badDate = await call(t.app, admin, 'PUT', `${base}/days/2037-02-30`, { kind: 'holiday', name: 'Không có ngày này' })
    expect(badDate.status).toBe(422)
    expect(JSON.stringify(badDate.body.error.details)).toMatch(/YYYY-MM-DD/)
    const shortName = await call(t.app, admin, 'PUT', `${base}/days/2037-03-04`, { kind: 'holiday', name: 'x' })
    expect(shortName.status).toBe(422)
    expect(JSON.stringify(shortName.body.error.details)).toMatch(/từ 2 đến 200 ký tự/)
    expect((await call(t.app, admin, 'PUT', `${base}/days/2037-03-04`, { kind: 'rest', name: 'Ngày nghỉ' })).status).toBe(422)
    const days = await call(t.app, admin, 'GET', `${base}/add-working-days?from=2037-03-04&days=abc`)
    expect(days.status).toBe(422)
    expect((await call(t.app, admin, 'GET', `${base}/add-working-days?from=2037-03-04&days=5000`)).status).toBe(422)
    expect((await call(t.app, admin, 'GET', `${base}/add-working-days?from=04/03/2037&days=3`)).status).toBe(422)
    // Nothing was stored for 2037 by the refused edits.
    expect((await call(t.app, admin, 'GET', `${base}/days?year=2037`)).body.statutoryDefault).toBe(true)
  })

  it('counts deadlines for any signed-in account, on the edited calendar (the cache follows edits)', async () => {
    const { admin, member } = await users()
    const tet = await call(t.app, member, 'GET', `${base}/add-working-days?from=2026-02-10&days=10`)
    expect(tet.status).toBe(200)
    expect(tet.body).toMatchObject({ from: '2026-02-10', days: 10, date: '2026-03-03' })
    expect(tet.body.daysOff).toContainEqual({ date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)' })
    expect(tet.body.daysOff).toContainEqual({ date: '2026-02-21', name: null })

    const before = await call(t.app, member, 'GET', `${base}/add-working-days?from=2038-06-04&days=1`)
    expect(before.body.date).toBe('2038-06-07')
    await call(t.app, admin, 'PUT', `${base}/days/2038-06-07`, { kind: 'holiday', name: 'Nghỉ đột xuất' })
    await call(t.app, admin, 'PUT', `${base}/days/2038-06-05`, { kind: 'working', name: 'Làm bù' })
    const after = await call(t.app, member, 'GET', `${base}/add-working-days?from=2038-06-04&days=2`)
    expect(after.body.date).toBe('2038-06-08')
  })

  it('gives the feedback feature a service: a loaded calendar, deadlines, and counts between dates', async () => {
    const db = t.database.db
    await putCalendarDay({ db, ctx: systemCtx('test'), date: '2039-01-08', input: { kind: 'working', name: 'Làm bù' } })
    const cal = await loadCalendar(db, 2039, 2040)
    expect(cal.isWorkingDay('2039-01-08')).toBe(true)
    expect(cal.addWorkingDays('2039-01-07', 1)).toBe('2039-01-08')
    expect(await addWorkingDays(db, '2039-01-07', 1)).toBe('2039-01-08')
    // 1/1/2040 is a Sunday: Monday 2/1 is its nghỉ bù.
    expect(await addWorkingDays(cal, '2039-12-30', 2)).toBe('2040-01-04')
    expect(await workingDaysBetween(db, '2039-01-07', '2039-01-10')).toBe(2)
  })
})
