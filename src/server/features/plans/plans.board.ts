// A unit's board (its plan for a cycle with every item rolled up, the hand-downs waiting for it, the latest reminder it
// received) and one item with its record (children, hand-downs and the accepted items' progress, updates with
// evidence, linked commitment items), each with what the caller may do.
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { HandDown, HandDownStatus, PlanBoard, PlanItemDetail, PlanItemKind, PlanStatus } from '../../../common/contracts/plans.ts'
import { isCounted, roundProgress } from '../../../common/plans/rollup.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { handDownsOf } from './plans.cascade.ts'
import { linkedItems } from './plans.links.ts'
import { planPolicy } from './plans.policy.ts'
import { presentItem, treeOrder, type HandDownCounts, type SourceRef } from './plans.present.ts'
import { rollupFor } from './plans.rollup.ts'
import { findPlan, itemRef, itemsOfPlan, type ItemView } from './plans.service.ts'
import { planAssignments, planItems, planReminders, plans, reportingPeriods } from './plans.table.ts'
import { itemUpdates } from './plans.updates.ts'

async function handDownCounts(db: Tx, itemIds: string[]): Promise<Map<string, HandDownCounts>> {
  const out = new Map<string, HandDownCounts>()
  if (itemIds.length === 0) return out
  const rows = await db.select({ itemId: planAssignments.itemId, status: planAssignments.status, n: sql<number>`count(*)::int` }).from(planAssignments)
    .where(inArray(planAssignments.itemId, itemIds)).groupBy(planAssignments.itemId, planAssignments.status)
  for (const r of rows) {
    const counts = out.get(r.itemId) ?? { pending: 0, accepted: 0, declined: 0 }
    counts[r.status as HandDownStatus] = Number(r.n)
    out.set(r.itemId, counts)
  }
  return out
}

const sourceOrg = alias(organizations, 'source_org')

/** Where accepted items came from: the superior's item and its unit. */
export async function sources(db: Tx, sourceIds: string[]): Promise<Map<string, SourceRef>> {
  if (sourceIds.length === 0) return new Map()
  const rows = await db.select({ itemId: planItems.id, title: planItems.title, organization: { id: sourceOrg.id, name: sourceOrg.name } }).from(planItems)
    .innerJoin(plans, eq(plans.id, planItems.planId)).innerJoin(sourceOrg, eq(sourceOrg.id, plans.organizationId))
    .where(inArray(planItems.id, [...new Set(sourceIds)]))
  return new Map(rows.map((r) => [r.itemId, r]))
}

async function latestReminder(db: Tx, orgId: string, cycleId: string): Promise<PlanBoard['latestReminder']> {
  const [r] = await db.select({ row: planReminders, period: { id: reportingPeriods.id, label: reportingPeriods.label, dueOn: reportingPeriods.dueOn }, from: { id: organizations.id, name: organizations.name } })
    .from(planReminders)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, planReminders.periodId))
    .innerJoin(organizations, eq(organizations.id, planReminders.fromOrgId))
    .where(and(eq(planReminders.organizationId, orgId), eq(reportingPeriods.cycleId, cycleId)))
    .orderBy(desc(planReminders.sentAt), desc(planReminders.id)).limit(1)
  return r ? { id: r.row.id, period: r.period, from: r.from, note: r.row.note, at: r.row.sentAt.toISOString() } : null
}

async function pendingCount(db: Tx, orgId: string, cycleId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(planAssignments)
    .innerJoin(planItems, eq(planItems.id, planAssignments.itemId)).innerJoin(plans, eq(plans.id, planItems.planId))
    .where(and(eq(planAssignments.toOrgId, orgId), eq(planAssignments.status, 'pending'), eq(plans.cycleId, cycleId)))
  return Number(row.n)
}

export async function planBoard(db: Db, org: OrgRow, cycle: CycleRow, actor: Actor, today: string): Promise<PlanBoard> {
  const plan = await findPlan(db, org.id, cycle.id)
  const open = cycle.status !== 'closed'
  const manage = open && planPolicy.manage(actor, org)
  let presented: PlanBoard['plan'] = null
  if (plan) {
    const views = treeOrder(await itemsOfPlan(db, plan.id))
    const rollup = await rollupFor(db, cycle.id, org.path, today)
    const counts = await handDownCounts(db, views.map((v) => v.row.id))
    const from = await sources(db, views.flatMap((v) => (v.row.sourceItemId ? [v.row.sourceItemId] : [])))
    const progress = rollup.planProgress(plan.id)
    presented = {
      id: plan.id, organization: { id: org.id, name: org.name, kind: org.kind as PlanBoard['organization']['kind'] }, cycle: { id: cycle.id, year: cycle.year },
      title: plan.title, documentNumber: plan.documentNumber, progress: progress === null ? null : roundProgress(progress), createdAt: plan.createdAt.toISOString(),
      items: views.map((v) => presentItem(v, rollup, counts.get(v.row.id), v.row.sourceItemId ? from.get(v.row.sourceItemId) ?? null : null)),
    }
  }
  return {
    organization: { id: org.id, name: org.name, kind: org.kind as PlanBoard['organization']['kind'] },
    cycle: { id: cycle.id, year: cycle.year, status: cycle.status },
    plan: presented,
    pendingHandDowns: await pendingCount(db, org.id, cycle.id),
    latestReminder: await latestReminder(db, org.id, cycle.id),
    abilities: { manage, report: manage },
  }
}

/** The item's children: its sub-items and the items sub-units accepted from it, with their rolled-up progress. */
async function childrenOf(db: Tx, view: ItemView, rollup: Awaited<ReturnType<typeof rollupFor>>): Promise<PlanItemDetail['children']> {
  const rows = await db.select({ row: planItems, organization: { id: organizations.id, name: organizations.name } }).from(planItems)
    .innerJoin(plans, eq(plans.id, planItems.planId)).innerJoin(organizations, eq(organizations.id, plans.organizationId))
    .where(sql`${planItems.parentId} = ${view.row.id} or (${planItems.sourceItemId} = ${view.row.id} and ${planItems.parentId} is null)`)
    .orderBy(organizations.depth, planItems.position, planItems.createdAt)
  return rows.map(({ row, organization }) => {
    const r = rollup.of(row)
    return {
      id: row.id, title: row.title, kind: row.kind as PlanItemKind, organization, via: row.parentId === view.row.id ? 'split' as const : 'hand_down' as const,
      weight: row.weight, counted: isCounted(row), progress: roundProgress(r.progress), status: r.status,
    }
  })
}

export async function itemDetail(db: Db, view: ItemView, actor: Actor, today: string): Promise<PlanItemDetail> {
  const rollup = await rollupFor(db, view.cycle.id, view.planOrg.path, today)
  const counts = await handDownCounts(db, [view.row.id])
  const from = view.row.sourceItemId ? (await sources(db, [view.row.sourceItemId])).get(view.row.sourceItemId) ?? null : null
  const assignments = await handDownsOf(db, [view.row.id])
  const accepted = assignments.flatMap((a) => (a.row.acceptedItemId ? [a.row.acceptedItemId] : []))
  const acceptedRows = accepted.length ? await db.select().from(planItems).where(inArray(planItems.id, accepted)) : []
  const handDownList: HandDown[] = assignments.map((a) => {
    const item = acceptedRows.find((i) => i.id === a.row.acceptedItemId)
    const r = item ? rollup.of(item) : null
    return {
      id: a.row.id, to: { id: a.to.id, name: a.to.name }, status: a.row.status as HandDownStatus, note: a.row.note,
      createdAt: a.row.createdAt.toISOString(), respondedAt: a.row.respondedAt?.toISOString() ?? null,
      acceptedItem: item && r ? { id: item.id, progress: roundProgress(r.progress), status: r.status as PlanStatus, lastReportedAt: item.lastReportedAt?.toISOString() ?? null } : null,
    }
  })
  const open = view.cycle.status !== 'closed'
  const ref = itemRef(view)
  const manage = open && planPolicy.manageItem(actor, ref)
  return {
    ...presentItem(view, rollup, counts.get(view.row.id), from),
    plan: { id: view.plan.id, title: view.plan.title, organization: { id: view.planOrg.id, name: view.planOrg.name, kind: view.planOrg.kind as PlanItemDetail['plan']['organization']['kind'] }, cycle: { id: view.cycle.id, year: view.cycle.year } },
    children: await childrenOf(db, view, rollup),
    handDownList,
    updates: await itemUpdates(db, view.row.id),
    commitmentItems: await linkedItems(db, view.row.id),
    abilities: { edit: manage, delete: manage, report: open && planPolicy.report(actor, ref), handDown: manage, link: manage },
  }
}
