// Plan items served by members' commitment items: a unit's item linked to items of approved commitments of members in
// its subtree, for the same cycle; shown on the plan item and, the other way, on the member's commitment. (A link goes
// with the commitment item: when a reopened commitment's items are rewritten, its links are made again.)
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { LinkedCommitmentItem, PlanItemKind, PlanLinks } from '../../../common/contracts/plans.ts'
import { fold } from '../../../common/text/index.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import { commitmentItems, commitments } from '../commitments/commitments.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'
import { mustBeOpen, type ItemView } from './plans.service.ts'
import { planItemCommitments, planItems, plans } from './plans.table.ts'

const CANDIDATES = 30

function selectCommitmentItems(db: Tx) {
  return db.select({
    commitmentItemId: commitmentItems.id, commitmentId: commitments.id, person: { id: people.id, name: people.fullName },
    unit: { id: organizations.id, name: organizations.name }, area: commitmentItems.area, content: commitmentItems.content, target: commitmentItems.target,
    path: organizations.path, cycleId: commitments.cycleId, status: commitments.status,
  }).from(commitmentItems)
    .innerJoin(commitments, eq(commitments.id, commitmentItems.commitmentId))
    .innerJoin(people, eq(people.id, commitments.personId))
    .innerJoin(organizations, eq(organizations.id, commitments.organizationId))
}

const present = ({ path: _p, cycleId: _c, status: _s, ...item }: Awaited<ReturnType<ReturnType<typeof selectCommitmentItems>['execute']>>[number]): LinkedCommitmentItem => item

/** The commitment items linked to a plan item, by member's unit and position. */
export async function linkedItems(db: Tx, planItemId: string): Promise<LinkedCommitmentItem[]> {
  const rows = await selectCommitmentItems(db).innerJoin(planItemCommitments, eq(planItemCommitments.commitmentItemId, commitmentItems.id))
    .where(eq(planItemCommitments.planItemId, planItemId)).orderBy(asc(people.sortKey), asc(commitmentItems.position))
  return rows.map(present)
}

/** Items of approved commitments of the cycle in the plan's subtree, matched on the member's name or the content. */
export async function candidates(db: Tx, view: ItemView, q: string | undefined) {
  const folded = q ? fold(q) : ''
  const rows = await selectCommitmentItems(db).where(and(
    eq(commitments.cycleId, view.cycle.id), eq(commitments.status, 'approved'), sql`${organizations.path} like ${`${view.planOrg.path}%`}`,
    folded ? sql`(${people.searchKey} like ${`%${folded}%`} or lower(${commitmentItems.content}) like ${`%${q!.toLowerCase()}%`})` : undefined,
  )).orderBy(asc(people.sortKey), asc(commitmentItems.position)).limit(CANDIDATES)
  const linked = new Set((await db.select({ id: planItemCommitments.commitmentItemId }).from(planItemCommitments).where(eq(planItemCommitments.planItemId, view.row.id))).map((r) => r.id))
  return rows.map((r) => ({ ...present(r), linked: linked.has(r.commitmentItemId) }))
}

export async function linkCommitmentItem(db: Db, ctx: Ctx, view: ItemView, commitmentItemId: string) {
  mustBeOpen(view.cycle)
  const [target] = await selectCommitmentItems(db).where(eq(commitmentItems.id, commitmentItemId))
  if (!target || target.cycleId !== view.cycle.id || !target.path.startsWith(view.planOrg.path)) throw invalid('planLinkOutside', 'commitmentItemId')
  if (target.status !== 'approved') throw conflict('planLinkNotApproved')
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(planItemCommitments).values({ planItemId: view.row.id, commitmentItemId }).onConflictDoNothing().returning()
    if (inserted.length === 0) throw conflict('planLinkExists')
    await audit(tx, ctx, { action: 'plan.item.link', entityType: 'plan_item', entityId: view.row.id, organizationId: view.planOrg.id, data: { commitmentItemId, commitmentId: target.commitmentId } })
  })
}

export async function unlinkCommitmentItem(db: Db, ctx: Ctx, view: ItemView, commitmentItemId: string) {
  mustBeOpen(view.cycle)
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(planItemCommitments)
      .where(and(eq(planItemCommitments.planItemId, view.row.id), eq(planItemCommitments.commitmentItemId, commitmentItemId))).returning()
    if (deleted.length === 0) throw notFound('planLinkNotFound')
    await audit(tx, ctx, { action: 'plan.item.unlink', entityType: 'plan_item', entityId: view.row.id, organizationId: view.planOrg.id, data: { commitmentItemId } })
  })
}

/** The other way: for each item of a commitment, the plan items it serves. */
export async function planLinksOfCommitment(db: Tx, commitmentId: string): Promise<PlanLinks> {
  const items = await db.select({ id: commitmentItems.id }).from(commitmentItems).where(eq(commitmentItems.commitmentId, commitmentId)).orderBy(asc(commitmentItems.position))
  const ids = items.map((i) => i.id)
  const rows = ids.length
    ? await db.select({
      commitmentItemId: planItemCommitments.commitmentItemId, id: planItems.id, title: planItems.title, kind: planItems.kind,
      organization: { id: organizations.id, name: organizations.name }, year: cycles.year,
    }).from(planItemCommitments)
      .innerJoin(planItems, eq(planItems.id, planItemCommitments.planItemId))
      .innerJoin(plans, eq(plans.id, planItems.planId))
      .innerJoin(organizations, eq(organizations.id, plans.organizationId))
      .innerJoin(cycles, eq(cycles.id, plans.cycleId))
      .where(inArray(planItemCommitments.commitmentItemId, ids)).orderBy(asc(organizations.depth), asc(planItems.position))
    : []
  return {
    items: ids.map((commitmentItemId) => ({
      commitmentItemId,
      planItems: rows.filter((r) => r.commitmentItemId === commitmentItemId).map(({ commitmentItemId: _, kind, ...r }) => ({ ...r, kind: kind as PlanItemKind })),
    })),
  }
}
