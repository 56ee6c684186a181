// Who has reported a period: every unit of a subtree that holds at least one item in the cycle (its own or accepted
// from above), and whether any of its items has an update dated within the period or named for it; the hand-downs
// still waiting to be accepted; reminders to the units that have not reported (rows, audit, mail to their managers).
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { PendingHandDown } from '../../../common/contracts/plans.ts'
import { addDays } from '../../../common/dates.ts'
import { queryRows, type Db, type Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { accounts, grants } from '../accounts/accounts.table.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { people } from '../people/people.table.ts'
import type { PeriodRow } from './plans.periods.ts'
import { planReminders } from './plans.table.ts'

export interface UnitStatus {
  id: string
  name: string
  kind: string
  path: string
  depth: number
  parentId: string | null
  items: number
  reported: boolean
  lastReportedAt: Date | null
  lastRemindedAt: Date | null
}

/** A period's days in Vietnam's time: from its first day's midnight to the midnight after its last. */
const bounds = (p: Pick<PeriodRow, 'startsOn' | 'endsOn'>) => ({ from: `${p.startsOn}T00:00:00+07:00`, to: `${addDays(p.endsOn, 1)}T00:00:00+07:00` })

/** The units of a subtree holding items in the period's cycle, each with whether it has reported the period. */
export async function unitStatuses(db: Tx, org: Pick<OrgRow, 'path'>, period: PeriodRow): Promise<UnitStatus[]> {
  const { from, to } = bounds(period)
  const rows = await queryRows<{
    id: string; name: string; kind: string; path: string; depth: number; parent_id: string | null; items: number
    reported: boolean; last_reported_at: string | Date | null; last_reminded_at: string | Date | null
  }>(db, sql`
    select o.id, o.name, o.kind, o.path, o.depth, o.parent_id, c.items,
      exists (select 1 from plan_updates u join plan_items i on i.id = u.item_id
              where i.plan_id = p.id and (u.period_id = ${period.id} or (u.reported_at >= ${from}::timestamptz and u.reported_at < ${to}::timestamptz))) as reported,
      (select max(u.reported_at) from plan_updates u join plan_items i on i.id = u.item_id where i.plan_id = p.id) as last_reported_at,
      (select max(r.created_at) from plan_reminders r where r.organization_id = o.id and r.period_id = ${period.id}) as last_reminded_at
    from plans p
    join organizations o on o.id = p.organization_id
    join lateral (select count(*)::int as items from plan_items i where i.plan_id = p.id) c on true
    where p.cycle_id = ${period.cycleId} and o.path like ${`${org.path}%`} and c.items > 0
    order by o.depth, o.name`)
  const date = (v: string | Date | null) => (v === null ? null : new Date(v))
  return rows.map((r) => ({
    id: r.id, name: r.name, kind: r.kind, path: r.path, depth: Number(r.depth), parentId: r.parent_id, items: Number(r.items),
    reported: Boolean(r.reported), lastReportedAt: date(r.last_reported_at), lastRemindedAt: date(r.last_reminded_at),
  }))
}

/** Hand-downs into the subtree for the cycle still waiting for an answer, oldest first (at most 500). */
export async function pendingHandDownsIn(db: Tx, org: Pick<OrgRow, 'path'>, cycleId: string): Promise<(PendingHandDown & { toPath: string })[]> {
  const rows = await queryRows<{ id: string; created_at: string | Date; to_id: string; to_name: string; to_path: string; from_id: string; from_name: string; item_id: string; item_title: string }>(db, sql`
    select a.id, a.created_at, t.id as to_id, t.name as to_name, t.path as to_path, f.id as from_id, f.name as from_name, i.id as item_id, i.title as item_title
    from plan_assignments a
    join organizations t on t.id = a.to_org_id
    join plan_items i on i.id = a.item_id
    join plans p on p.id = i.plan_id
    join organizations f on f.id = p.organization_id
    where a.status = 'pending' and p.cycle_id = ${cycleId} and t.path like ${`${org.path}%`}
    order by a.created_at, a.id
    limit 500`)
  return rows.map((r) => ({
    id: r.id, createdAt: new Date(r.created_at).toISOString(), to: { id: r.to_id, name: r.to_name }, from: { id: r.from_id, name: r.from_name },
    item: { id: r.item_id, title: r.item_title }, toPath: r.to_path,
  }))
}

/** The managers' addresses of each unit: people with an active account holding office, secretary or leader there. */
async function managerEmails(db: Tx, orgIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (orgIds.length === 0) return out
  const rows = await db.selectDistinct({ orgId: grants.organizationId, email: people.email }).from(grants)
    .innerJoin(accounts, eq(accounts.id, grants.accountId))
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(and(inArray(grants.organizationId, orgIds), inArray(grants.role, ['office', 'secretary', 'leader']), eq(accounts.status, 'active'), sql`${people.email} is not null`))
  for (const r of rows) if (r.email) out.set(r.orgId, [...(out.get(r.orgId) ?? []), r.email])
  return out
}

export interface ReminderTarget {
  id: string
  name: string
  emails: string[]
}

/** Records a reminder to each unit (one transaction, one audit event) and answers the units with their managers' addresses. */
export async function sendReminders(db: Db, ctx: Ctx, from: OrgRow, period: PeriodRow, units: { id: string; name: string }[], note: string | null): Promise<ReminderTarget[]> {
  await db.transaction(async (tx) => {
    await tx.insert(planReminders).values(units.map((u) => ({ periodId: period.id, organizationId: u.id, fromOrgId: from.id, note, sentBy: ctx.actor.accountId })))
    await audit(tx, ctx, { action: 'plan.remind', entityType: 'reporting_period', entityId: period.id, organizationId: from.id, data: { orgIds: units.map((u) => u.id), note } })
  })
  const emails = await managerEmails(db, units.map((u) => u.id))
  return units.map((u) => ({ ...u, emails: emails.get(u.id) ?? [] }))
}
