// Plans and their items: one plan per organization and cycle; items with owners (a unit or a person of the plan's
// subtree), weights, roll-up switches, due dates, positions; sub-items within the same plan. Every change writes its
// audit event in the same transaction; nothing changes once the cycle is closed.
import { and, eq, inArray, isNull, max, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { CreatePlanBody, CreatePlanItemBody, UpdatePlanBody, UpdatePlanItemBody } from '../../../common/contracts/plans.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired, cleanRequiredText } from '../../lib/clean.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import { currentCycle, getCycle, type CycleRow } from '../cycles/cycles.service.ts'
import { cycles } from '../cycles/cycles.table.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people, placements } from '../people/people.table.ts'
import type { ItemRef } from './plans.policy.ts'
import { planAssignments, planItemCommitments, planItems, planUpdates, plans } from './plans.table.ts'

export type PlanRow = typeof plans.$inferSelect
export type ItemRow = typeof planItems.$inferSelect

export async function getPlan(db: Tx, id: string): Promise<PlanRow> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id))
  if (!row) throw notFound('planNotFound')
  return row
}

export async function findPlan(db: Tx, orgId: string, cycleId: string): Promise<PlanRow | null> {
  const [row] = await db.select().from(plans).where(and(eq(plans.organizationId, orgId), eq(plans.cycleId, cycleId)))
  return row ?? null
}

/** The cycle asked for by id or by year, else the current one. */
export async function resolveCycle(db: Db, q: { cycle?: string; year?: number }, today: string): Promise<CycleRow> {
  if (q.cycle) return getCycle(db, q.cycle)
  if (q.year !== undefined) {
    const [row] = await db.select().from(cycles).where(eq(cycles.year, q.year))
    if (!row) throw notFound('cycleNotFound')
    return row
  }
  return currentCycle(db, today)
}

/** Plans and items change until the cycle is closed. */
export function mustBeOpen(cycle: Pick<CycleRow, 'status'>) {
  if (cycle.status === 'closed') throw conflict('planCycleClosed')
}

const cleanOptional = (value: string | null | undefined) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim())

export async function createPlan(db: Db, ctx: Ctx, org: OrgRow, cycle: CycleRow, input: Pick<CreatePlanBody, 'title' | 'documentNumber'>): Promise<PlanRow> {
  mustBeOpen(cycle)
  if (org.status !== 'active') throw conflict('orgNotActive')
  if (await findPlan(db, org.id, cycle.id)) throw conflict('planExists', { year: cycle.year })
  return db.transaction((tx) => insertPlan(tx, ctx, org, cycle, cleanRequired(input.title, 'title', 5), input.documentNumber ?? null))
}

/** Inside a caller's transaction (creating a plan, or accepting a hand-down into a unit without one yet). */
export async function insertPlan(tx: Tx, ctx: Ctx, org: Pick<OrgRow, 'id'>, cycle: CycleRow, title: string, documentNumber: string | null): Promise<PlanRow> {
  const [row] = await tx.insert(plans).values({ organizationId: org.id, cycleId: cycle.id, title, documentNumber, createdBy: ctx.actor.accountId }).returning()
  await audit(tx, ctx, { action: 'plan.create', entityType: 'plan', entityId: row.id, organizationId: org.id, data: { cycleId: cycle.id, year: cycle.year } })
  return row
}

export async function updatePlan(db: Db, ctx: Ctx, plan: PlanRow, cycle: CycleRow, input: UpdatePlanBody) {
  mustBeOpen(cycle)
  const changes = {
    title: input.title === undefined ? undefined : cleanRequired(input.title, 'title', 5),
    documentNumber: input.documentNumber === undefined ? undefined : input.documentNumber,
  }
  return db.transaction(async (tx) => {
    await tx.update(plans).set({ ...changes, updatedAt: new Date() }).where(eq(plans.id, plan.id))
    await audit(tx, ctx, { action: 'plan.update', entityType: 'plan', entityId: plan.id, organizationId: plan.organizationId, data: { fields: Object.keys(input) } })
  })
}

const planOrg = alias(organizations, 'plan_org')
const ownerOrg = alias(organizations, 'owner_org')

/** An item with what its rules and its presenter need: the plan, the plan's unit, the cycle, the owner unit and person. */
function selectItems(db: Tx) {
  return db.select({
    row: planItems,
    plan: { id: plans.id, title: plans.title, organizationId: plans.organizationId },
    planOrg: { id: planOrg.id, name: planOrg.name, path: planOrg.path, kind: planOrg.kind },
    cycle: { id: cycles.id, year: cycles.year, status: cycles.status },
    ownerOrg: { id: ownerOrg.id, name: ownerOrg.name, path: ownerOrg.path },
    ownerPerson: { id: people.id, name: people.fullName },
  }).from(planItems)
    .innerJoin(plans, eq(plans.id, planItems.planId))
    .innerJoin(planOrg, eq(planOrg.id, plans.organizationId))
    .innerJoin(cycles, eq(cycles.id, plans.cycleId))
    .leftJoin(ownerOrg, eq(ownerOrg.id, planItems.ownerOrgId))
    .leftJoin(people, eq(people.id, planItems.ownerPersonId))
}
export type ItemView = Awaited<ReturnType<ReturnType<typeof selectItems>['execute']>>[number]

export async function getItem(db: Tx, id: string): Promise<ItemView> {
  const [view] = await selectItems(db).where(eq(planItems.id, id))
  if (!view) throw notFound('planItemNotFound')
  return view
}

export async function itemsOfPlan(db: Tx, planId: string): Promise<ItemView[]> {
  return selectItems(db).where(eq(planItems.planId, planId))
}

export const itemRef = (v: Pick<ItemView, 'planOrg' | 'ownerOrg' | 'row'>): ItemRef => ({
  planOrg: v.planOrg, ownerOrg: v.ownerOrg?.id ? v.ownerOrg : null, ownerPersonId: v.row.ownerPersonId,
})

/** The owner unit lies in the plan's subtree and is active; the owner person is placed in that subtree now. */
async function checkOwners(db: Tx, plan: { path: string }, input: { ownerOrgId?: string | null; ownerPersonId?: string | null }) {
  if (input.ownerOrgId) {
    const [org] = await db.select({ path: organizations.path, status: organizations.status }).from(organizations).where(eq(organizations.id, input.ownerOrgId))
    if (!org || !org.path.startsWith(plan.path)) throw invalid('planOwnerOutside', 'ownerOrgId')
    if (org.status !== 'active') throw conflict('orgNotActive')
  }
  if (input.ownerPersonId) {
    const [placed] = await db.select({ id: placements.id }).from(placements)
      .innerJoin(organizations, eq(organizations.id, placements.organizationId))
      .where(and(eq(placements.personId, input.ownerPersonId), isNull(placements.toDate), sql`${organizations.path} like ${`${plan.path}%`}`)).limit(1)
    if (!placed) throw invalid('planOwnerPersonOutside', 'ownerPersonId')
  }
}

/** A due date in the cycle's year or the next (year-end work runs into January). */
function checkDue(dueOn: string | null | undefined, year: number) {
  if (!dueOn) return
  const y = Number(dueOn.slice(0, 4))
  if (y !== year && y !== year + 1) throw invalid('planItemDueOutsideCycle', 'dueOn', { year })
}

/** A parent is an item of the same plan, not the item itself nor one of its sub-items (no loops). */
async function checkParent(db: Tx, planId: string, parentId: string, itemId: string | null) {
  const rows = await db.select({ id: planItems.id, parentId: planItems.parentId }).from(planItems).where(eq(planItems.planId, planId))
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]))
  if (!parentOf.has(parentId)) throw invalid('planParentOutside', 'parentId')
  for (let at: string | null | undefined = parentId, steps = 0; at && steps <= rows.length; at = parentOf.get(at), steps++) {
    if (at === itemId) throw invalid('planParentLoop', 'parentId')
  }
}

async function nextPosition(db: Tx, planId: string, parentId: string | null): Promise<number> {
  const [row] = await db.select({ n: max(planItems.position) }).from(planItems)
    .where(and(eq(planItems.planId, planId), parentId ? eq(planItems.parentId, parentId) : isNull(planItems.parentId)))
  return row?.n === null || row?.n === undefined ? 0 : Number(row.n) + 1
}

function itemValues(input: UpdatePlanItemBody) {
  return {
    kind: input.kind,
    title: input.title === undefined ? undefined : cleanRequired(input.title, 'title', 3),
    description: input.description === undefined ? undefined : input.description ? cleanRequiredText(input.description, 'description', 1) : null,
    expectedResult: cleanOptional(input.expectedResult),
    ownerOrgId: input.ownerOrgId, ownerPersonId: input.ownerPersonId,
    weight: input.weight, inRollup: input.inRollup, rollupMode: input.rollupMode, dueOn: input.dueOn, position: input.position, parentId: input.parentId,
  }
}

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>

export async function createItem(db: Db, ctx: Ctx, plan: PlanRow, org: OrgRow, cycle: CycleRow, input: CreatePlanItemBody): Promise<ItemRow> {
  mustBeOpen(cycle)
  await checkOwners(db, org, input)
  checkDue(input.dueOn, cycle.year)
  if (input.parentId) await checkParent(db, plan.id, input.parentId, null)
  return db.transaction(async (tx) => {
    const parentId = input.parentId ?? null
    const position = input.position ?? (await nextPosition(tx, plan.id, parentId))
    const values = defined(itemValues(input))
    const [row] = await tx.insert(planItems).values({ ...values, kind: input.kind, title: values.title!, planId: plan.id, parentId, position }).returning()
    await audit(tx, ctx, { action: 'plan.item.create', entityType: 'plan_item', entityId: row.id, organizationId: org.id, data: { planId: plan.id, kind: row.kind, parentId, weight: row.weight } })
    return row
  })
}

export async function updateItem(db: Db, ctx: Ctx, view: ItemView, input: UpdatePlanItemBody) {
  mustBeOpen(view.cycle)
  const item = view.row
  await checkOwners(db, view.planOrg, input)
  checkDue(input.dueOn, view.cycle.year)
  if (input.parentId) {
    // An item accepted from above stays at the top of its plan: its parent is the superior's item.
    if (item.sourceItemId) throw invalid('planAcceptedTopLevel', 'parentId')
    await checkParent(db, item.planId, input.parentId, item.id)
  }
  const changes = defined(itemValues(input))
  return db.transaction(async (tx) => {
    await tx.update(planItems).set({ ...changes, updatedAt: new Date() }).where(eq(planItems.id, item.id))
    await audit(tx, ctx, { action: 'plan.item.update', entityType: 'plan_item', entityId: item.id, organizationId: view.planOrg.id, data: { planId: item.planId, ...changes } })
  })
}

/**
 * An item goes only while nothing refers to it: no update (the record stays), no sub-item, no hand-down accepted, and
 * not accepted from above (the superior's hand-down keeps it). Pending or declined hand-downs and links to commitment
 * items go with it.
 */
export async function deleteItem(db: Db, ctx: Ctx, view: ItemView) {
  mustBeOpen(view.cycle)
  const item = view.row
  if (item.sourceItemId) throw conflict('planItemFromAbove')
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: planItems.id }).from(planItems).where(eq(planItems.id, item.id)).for('update')
    if (!locked) throw notFound('planItemNotFound')
    const [updates] = await tx.select({ n: sql<number>`count(*)::int` }).from(planUpdates).where(eq(planUpdates.itemId, item.id))
    if (Number(updates.n) > 0) throw conflict('planItemHasUpdates')
    const [kids] = await tx.select({ n: sql<number>`count(*)::int` }).from(planItems).where(eq(planItems.parentId, item.id))
    if (Number(kids.n) > 0) throw conflict('planItemHasChildren')
    const [accepted] = await tx.select({ n: sql<number>`count(*)::int` }).from(planAssignments).where(and(eq(planAssignments.itemId, item.id), eq(planAssignments.status, 'accepted')))
    if (Number(accepted.n) > 0) throw conflict('planItemHandedDown')
    await tx.delete(planAssignments).where(eq(planAssignments.itemId, item.id))
    await tx.delete(planItemCommitments).where(eq(planItemCommitments.planItemId, item.id))
    await tx.delete(planItems).where(eq(planItems.id, item.id))
    await audit(tx, ctx, { action: 'plan.item.delete', entityType: 'plan_item', entityId: item.id, organizationId: view.planOrg.id, data: { planId: item.planId, title: item.title } })
  })
}

/** Names of organizations, by id. */
export async function orgNames(db: Tx, ids: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, unique))
  return new Map(rows.map((r) => [r.id, r]))
}
