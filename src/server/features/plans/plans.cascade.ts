// The cascade: a superior hands an item down to chosen units below it (pending); each accepts it into its own plan
// for the same cycle (the plan made if missing; the new item keeps sourceItemId, so the superior sees it as a child and
// its progress flows up) or declines with a reason; the superior may withdraw a hand-down still pending, and hand it
// down again after a refusal. Every step is audited in its own transaction.
import { and, desc, eq, inArray, max, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { HandDownBody, HandDownStatus } from '../../../common/contracts/plans.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import { cycles } from '../cycles/cycles.table.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { findPlan, insertPlan, mustBeOpen, type ItemView } from './plans.service.ts'
import { planAssignments, planItems, plans } from './plans.table.ts'

export type AssignmentRow = typeof planAssignments.$inferSelect

const toOrg = alias(organizations, 'to_org')
const fromOrg = alias(organizations, 'from_org')

/** A hand-down with its item, the superior's unit, the receiving unit and the cycle. */
function selectAssignments(db: Tx) {
  return db.select({
    row: planAssignments,
    item: { id: planItems.id, kind: planItems.kind, title: planItems.title, description: planItems.description, expectedResult: planItems.expectedResult, dueOn: planItems.dueOn, weight: planItems.weight },
    to: { id: toOrg.id, name: toOrg.name, path: toOrg.path, status: toOrg.status },
    from: { id: fromOrg.id, name: fromOrg.name, path: fromOrg.path },
    cycle: { id: cycles.id, year: cycles.year, status: cycles.status },
  }).from(planAssignments)
    .innerJoin(planItems, eq(planItems.id, planAssignments.itemId))
    .innerJoin(plans, eq(plans.id, planItems.planId))
    .innerJoin(fromOrg, eq(fromOrg.id, plans.organizationId))
    .innerJoin(toOrg, eq(toOrg.id, planAssignments.toOrgId))
    .innerJoin(cycles, eq(cycles.id, plans.cycleId))
}
export type AssignmentView = Awaited<ReturnType<ReturnType<typeof selectAssignments>['execute']>>[number]

export async function getAssignment(db: Tx, id: string): Promise<AssignmentView> {
  const [view] = await selectAssignments(db).where(eq(planAssignments.id, id))
  if (!view) throw notFound('planHandDownNotFound')
  return view
}

/** Hand-downs addressed to a unit (pending by default), newest first. */
export async function handDownsTo(db: Tx, orgId: string, status: HandDownStatus): Promise<AssignmentView[]> {
  return selectAssignments(db).where(and(eq(planAssignments.toOrgId, orgId), eq(planAssignments.status, status)))
    .orderBy(desc(planAssignments.createdAt), desc(planAssignments.id)).limit(500)
}

/** Hand-downs of these items, by item. */
export async function handDownsOf(db: Tx, itemIds: string[]): Promise<AssignmentView[]> {
  if (itemIds.length === 0) return []
  return selectAssignments(db).where(inArray(planAssignments.itemId, itemIds)).orderBy(planAssignments.createdAt, planAssignments.id)
}

/**
 * Hands an item down to units strictly below its plan's unit, all or none: a unit that has it pending or accepted
 * already is refused by name; one that declined it gets it again (pending).
 */
export async function handDown(db: Db, ctx: Ctx, view: ItemView, input: HandDownBody) {
  mustBeOpen(view.cycle)
  const ids = [...new Set(input.orgIds)]
  const targets = await db.select({ id: organizations.id, name: organizations.name, path: organizations.path, status: organizations.status }).from(organizations).where(inArray(organizations.id, ids))
  for (const id of ids) {
    const t = targets.find((x) => x.id === id)
    if (!t || t.id === view.planOrg.id || !t.path.startsWith(view.planOrg.path)) throw invalid('planHandDownOutside', 'orgIds')
    if (t.status !== 'active') throw conflict('orgNotActive')
  }
  const note = input.note?.trim() || null
  return db.transaction(async (tx) => {
    const existing = await tx.select().from(planAssignments).where(and(eq(planAssignments.itemId, view.row.id), inArray(planAssignments.toOrgId, ids))).for('update')
    const taken = existing.find((a) => a.status !== 'declined')
    if (taken) throw conflict('planHandDownExists', { name: targets.find((t) => t.id === taken.toOrgId)?.name ?? '' })
    const again = new Set(existing.map((a) => a.toOrgId))
    if (again.size) {
      await tx.update(planAssignments).set({ status: 'pending', note, assignedBy: ctx.actor.accountId, respondedBy: null, respondedAt: null, createdAt: new Date() })
        .where(and(eq(planAssignments.itemId, view.row.id), inArray(planAssignments.toOrgId, [...again])))
    }
    const fresh = ids.filter((id) => !again.has(id))
    if (fresh.length) await tx.insert(planAssignments).values(fresh.map((toOrgId) => ({ itemId: view.row.id, toOrgId, note, assignedBy: ctx.actor.accountId })))
    await audit(tx, ctx, { action: 'plan.hand_down', entityType: 'plan_item', entityId: view.row.id, organizationId: view.planOrg.id, data: { orgIds: ids, note } })
  })
}

const mustBePending = (a: AssignmentView) => {
  if (a.row.status !== 'pending') throw conflict('planHandDownNotPending')
}

/** The superior takes back a hand-down not yet answered. */
export async function withdrawHandDown(db: Db, ctx: Ctx, a: AssignmentView) {
  mustBeOpen(a.cycle)
  mustBePending(a)
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(planAssignments).where(and(eq(planAssignments.id, a.row.id), eq(planAssignments.status, 'pending'))).returning({ id: planAssignments.id })
    if (deleted.length === 0) throw conflict('planHandDownNotPending')
    await audit(tx, ctx, { action: 'plan.hand_down.withdraw', entityType: 'plan_assignment', entityId: a.row.id, organizationId: a.from.id, data: { itemId: a.item.id, toOrgId: a.to.id } })
  })
}

/** Locks the hand-down and checks it is still pending (two clicks at once: the second finds it answered). */
async function lockPending(tx: Tx, id: string) {
  const [locked] = await tx.select({ status: planAssignments.status }).from(planAssignments).where(eq(planAssignments.id, id)).for('update')
  if (locked?.status !== 'pending') throw conflict('planHandDownNotPending')
}

/**
 * Accepts a hand-down into the receiving unit's plan for the same cycle (made now if missing): a new top-level item
 * with the superior's kind, title, description, expected result, due date and weight, owned by the unit, linked back
 * by sourceItemId. The unit may then split it into sub-items.
 */
export async function acceptHandDown(db: Db, ctx: Ctx, a: AssignmentView, org: OrgRow): Promise<{ planId: string; itemId: string }> {
  mustBeOpen(a.cycle)
  mustBePending(a)
  if (org.status !== 'active') throw conflict('orgNotActive')
  const [cycle] = await db.select().from(cycles).where(eq(cycles.id, a.cycle.id))
  return db.transaction(async (tx) => {
    await lockPending(tx, a.row.id)
    const plan = (await findPlan(tx, org.id, cycle.id)) ?? (await insertPlan(tx, ctx, org, cycle, `Kế hoạch năm ${cycle.year}`, null))
    const [last] = await tx.select({ n: max(planItems.position) }).from(planItems).where(and(eq(planItems.planId, plan.id), sql`${planItems.parentId} is null`))
    const [source] = await tx.select().from(planItems).where(eq(planItems.id, a.item.id))
    const [item] = await tx.insert(planItems).values({
      planId: plan.id, sourceItemId: source.id, kind: source.kind, title: source.title, description: source.description, expectedResult: source.expectedResult,
      ownerOrgId: org.id, weight: source.weight, dueOn: source.dueOn, position: last?.n === null || last?.n === undefined ? 0 : Number(last.n) + 1,
    }).returning()
    await tx.update(planAssignments).set({ status: 'accepted', acceptedItemId: item.id, respondedBy: ctx.actor.accountId, respondedAt: new Date() }).where(eq(planAssignments.id, a.row.id))
    await audit(tx, ctx, {
      action: 'plan.hand_down.accept', entityType: 'plan_assignment', entityId: a.row.id, organizationId: org.id,
      data: { sourceItemId: source.id, fromOrgId: a.from.id, planId: plan.id, itemId: item.id },
    })
    return { planId: plan.id, itemId: item.id }
  })
}

export async function declineHandDown(db: Db, ctx: Ctx, a: AssignmentView, reason: string) {
  mustBeOpen(a.cycle)
  mustBePending(a)
  return db.transaction(async (tx) => {
    await lockPending(tx, a.row.id)
    await tx.update(planAssignments).set({ status: 'declined', note: reason, respondedBy: ctx.actor.accountId, respondedAt: new Date() }).where(eq(planAssignments.id, a.row.id))
    await audit(tx, ctx, { action: 'plan.hand_down.decline', entityType: 'plan_assignment', entityId: a.row.id, organizationId: a.to.id, data: { itemId: a.item.id, fromOrgId: a.from.id, reason } })
  })
}
