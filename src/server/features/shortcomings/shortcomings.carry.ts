// An organization's shortcomings still open (or awaiting verification) at the start of a new cycle go into its plan for
// that cycle, as pressing issues "Khắc phục: …" (the plan is created when the organization has none yet). Each is
// carried once: the item it went to is kept on the shortcoming. Called when a cycle opens registration, and by offices
// for a subtree (POST /shortcomings/carry-over). A person's carry into their next commitment (shortcomings.service.ts).
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { notFound } from '../../lib/errors.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { planItems, plans } from '../plans/plans.table.ts'
import { recordStep } from './shortcomings.events.ts'
import { shortcomings } from './shortcomings.table.ts'

const TITLE_MAX = 300
const EXPECTED = 'Khắc phục dứt điểm, được cấp có thẩm quyền xác nhận'

const clip = (s: string, max: number) => ([...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s)

/** The organization's plan for the cycle, created ("Kế hoạch năm YYYY") when it has none. */
async function planFor(tx: Tx, ctx: Ctx, orgId: string, cycle: { id: string; year: number }) {
  const [created] = await tx.insert(plans).values({ organizationId: orgId, cycleId: cycle.id, title: `Kế hoạch năm ${cycle.year}`, createdBy: ctx.actor.accountId })
    .onConflictDoNothing({ target: [plans.organizationId, plans.cycleId] }).returning({ id: plans.id })
  if (created) return { id: created.id, created: true }
  const [existing] = await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.organizationId, orgId), eq(plans.cycleId, cycle.id)))
  return { id: existing.id, created: false }
}

/**
 * For each open or proposed shortcoming of `orgId` from cycles up to `fromYear` not carried yet: an item of kind
 * 'pressing' in the organization's plan for `toCycleId`, linked back from the shortcoming (carriedToPlanItemId).
 */
export async function carryOverOrgShortcomings(tx: Tx, ctx: Ctx, { orgId, fromYear, toCycleId }: { orgId: string; fromYear: number; toCycleId: string }) {
  const [to] = await tx.select({ id: cycles.id, year: cycles.year }).from(cycles).where(eq(cycles.id, toCycleId))
  if (!to) throw notFound('cycleNotFound')
  // Locked, so a second run at the same moment finds them carried and skips them.
  const pending = await tx.select({ s: shortcomings }).from(shortcomings).innerJoin(cycles, eq(cycles.id, shortcomings.cycleId))
    .where(and(
      eq(shortcomings.subjectOrgId, orgId), inArray(shortcomings.status, ['open', 'proposed']), isNull(shortcomings.carriedToPlanItemId),
      lte(cycles.year, fromYear), lt(cycles.year, to.year),
    ))
    .orderBy(asc(cycles.year), asc(shortcomings.createdAt), asc(shortcomings.id))
    .for('update', { of: shortcomings })
    .then((rows) => rows.map((r) => r.s))
  if (pending.length === 0) return { carried: 0, planCreated: false }
  const plan = await planFor(tx, ctx, orgId, to)
  const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${planItems.position}), -1)::int + 1` }).from(planItems)
    .where(and(eq(planItems.planId, plan.id), isNull(planItems.parentId)))
  for (const [i, s] of pending.entries()) {
    const title = clip(`Khắc phục: ${s.description}`, TITLE_MAX)
    const [item] = await tx.insert(planItems).values({
      planId: plan.id, kind: 'pressing', title,
      description: [title === `Khắc phục: ${s.description}` ? null : s.description, s.cause ? `Nguyên nhân: ${s.cause}` : null].filter(Boolean).join('\n') || null,
      expectedResult: EXPECTED, ownerOrgId: orgId, rollupMode: 'own', position: Number(next) + i,
      dueOn: s.dueOn && s.dueOn.startsWith(String(to.year)) ? s.dueOn : `${to.year}-06-30`,
    }).returning({ id: planItems.id })
    await tx.update(shortcomings).set({ carriedToPlanItemId: item.id }).where(eq(shortcomings.id, s.id))
    await recordStep(tx, ctx, {
      shortcomingId: s.id, organizationId: s.organizationId, kind: 'carried', note: `Kế hoạch năm ${to.year}`,
      data: { planId: plan.id, planItemId: item.id, cycleId: to.id, subjectOrgId: orgId },
    })
  }
  return { carried: pending.length, planCreated: plan.created }
}

/** Every organization (of a subtree, when `path` is given) with shortcomings to carry into `cycle`'s plans. */
export async function carryOverAllOrgShortcomings(tx: Tx, ctx: Ctx, cycle: { id: string; year: number }, path?: string) {
  const orgs = await tx.selectDistinct({ id: shortcomings.subjectOrgId }).from(shortcomings)
    .innerJoin(cycles, eq(cycles.id, shortcomings.cycleId))
    .innerJoin(organizations, eq(organizations.id, shortcomings.subjectOrgId))
    .where(and(
      isNotNull(shortcomings.subjectOrgId), inArray(shortcomings.status, ['open', 'proposed']), isNull(shortcomings.carriedToPlanItemId), lt(cycles.year, cycle.year),
      path ? sql`${organizations.path} like ${`${path}%`}` : undefined,
    ))
  let carried = 0
  let plansCreated = 0
  for (const { id } of orgs) {
    const result = await carryOverOrgShortcomings(tx, ctx, { orgId: id!, fromYear: cycle.year - 1, toCycleId: cycle.id })
    carried += result.carried
    if (result.planCreated) plansCreated++
  }
  return { carried, plansCreated }
}
