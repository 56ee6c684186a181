// The shortcomings named at a member's year-end review: recorded against the person, carried into their next
// commitment as items to fix, and marked fixed when that year's rating is decided with the item done. Also what the
// rating rules count: an organization's shortcomings of past cycles not yet fixed (awaiting verification is not fixed).
import { and, eq, inArray, lt, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { commitmentItems } from '../commitments/commitments.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { shortcomingActions, shortcomingEvents, shortcomingEvidence, shortcomings } from './shortcomings.table.ts'

export type ShortcomingRow = typeof shortcomings.$inferSelect

/** Not fixed: still open, or its closure proposed and not yet verified. */
export const UNRESOLVED = ['open', 'proposed'] as const

/** Removes shortcomings and everything recorded on them (a review's list rewritten before its decision). */
async function removeShortcomings(tx: Tx, ids: string[]) {
  if (ids.length === 0) return
  const events = tx.select({ id: shortcomingEvents.id }).from(shortcomingEvents).where(inArray(shortcomingEvents.shortcomingId, ids))
  await tx.delete(shortcomingEvidence).where(inArray(shortcomingEvidence.eventId, events))
  await tx.delete(shortcomingEvents).where(inArray(shortcomingEvents.shortcomingId, ids))
  await tx.delete(shortcomingActions).where(inArray(shortcomingActions.shortcomingId, ids))
  await tx.delete(shortcomings).where(inArray(shortcomings.id, ids))
}

/**
 * The review's shortcomings replace those recorded at an earlier recording of the same review: the ones named again
 * are kept (with what was recorded on them), the others removed, new ones added; all in the order the cell wrote them.
 */
export async function replaceReviewShortcomings(tx: Tx, ctx: Ctx, review: { id: string; personId: string; organizationId: string; cycleId: string }, descriptions: string[]) {
  const existing = await tx.select().from(shortcomings).where(and(eq(shortcomings.sourceId, review.id), eq(shortcomings.source, 'review')))
  const kept = new Map<string, ShortcomingRow>()
  for (const s of existing) if (descriptions.includes(s.description) && !kept.has(s.description)) kept.set(s.description, s)
  await removeShortcomings(tx, existing.filter((s) => kept.get(s.description)?.id !== s.id).map((s) => s.id))
  // One millisecond apart, so they read back in the order the cell wrote them.
  const now = Date.now()
  for (const [i, description] of [...new Set(descriptions)].entries()) {
    const createdAt = new Date(now + i)
    const old = kept.get(description)
    if (old) {
      await tx.update(shortcomings).set({ createdAt }).where(eq(shortcomings.id, old.id))
      continue
    }
    const [row] = await tx.insert(shortcomings).values({
      personId: review.personId, organizationId: review.organizationId, cycleId: review.cycleId, source: 'review', sourceId: review.id, description,
      raisedBy: ctx.actor.accountId, createdAt,
    }).returning({ id: shortcomings.id })
    // The review's own audit event records the step (with how many were named).
    await tx.insert(shortcomingEvents).values({ shortcomingId: row.id, kind: 'raised', actorAccountId: ctx.actor.accountId, at: createdAt })
  }
}

export async function reviewShortcomings(tx: Tx, reviewIds: string[]): Promise<ShortcomingRow[]> {
  if (reviewIds.length === 0) return []
  return tx.select().from(shortcomings).where(inArray(shortcomings.sourceId, reviewIds)).orderBy(shortcomings.createdAt)
}

/** A person's shortcomings not fixed yet from cycles before `year`, oldest first: what their new commitment must fix. */
export async function openShortcomingsBefore(tx: Tx, personId: string, year: number): Promise<ShortcomingRow[]> {
  return tx
    .select({ s: shortcomings })
    .from(shortcomings)
    .innerJoin(cycles, eq(cycles.id, shortcomings.cycleId))
    .where(and(eq(shortcomings.personId, personId), inArray(shortcomings.status, [...UNRESOLVED]), lt(cycles.year, year)))
    .orderBy(cycles.year, shortcomings.createdAt)
    .then((rows) => rows.map((r) => r.s))
}

/** An organization's shortcomings of cycles before `year` not fixed yet (open, or awaiting verification). */
export async function countUnresolvedOrgShortcomings(tx: Tx, orgId: string, year: number): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(shortcomings).innerJoin(cycles, eq(cycles.id, shortcomings.cycleId))
    .where(and(eq(shortcomings.subjectOrgId, orgId), inArray(shortcomings.status, [...UNRESOLVED]), lt(cycles.year, year)))
  return Number(row.n)
}

/** The shortcomings carried into a commitment as items (only those whose item was done, when `done`). */
function carriedIn(commitmentId: string, done: boolean) {
  return sql`select ${commitmentItems.shortcomingId} from ${commitmentItems}
    where ${commitmentItems.commitmentId} = ${commitmentId} and ${commitmentItems.shortcomingId} is not null
    ${done ? sql`and ${commitmentItems.result} in ('done', 'exceeded')` : sql``}`
}

async function markOnTimeline(tx: Tx, ctx: Ctx | undefined, ids: string[], kind: string) {
  if (ids.length === 0) return
  await tx.insert(shortcomingEvents).values(ids.map((id) => ({ shortcomingId: id, kind, actorAccountId: ctx?.actor.accountId ?? null })))
}

/**
 * The decision of a year closes the shortcomings whose carried item the member did (done or exceeded), whether or not
 * their closure was proposed: the deciding level has verified it. The decision's audit event records the step.
 */
export async function fixCarriedShortcomings(tx: Tx, evaluation: { commitmentId: string; cycleId: string }, ctx?: Ctx) {
  const fixed = await tx.update(shortcomings)
    .set({ status: 'fixed', fixedAt: new Date(), fixedInCycleId: evaluation.cycleId, verifiedBy: ctx?.actor.accountId ?? null })
    .where(and(inArray(shortcomings.status, [...UNRESOLVED]), sql`${shortcomings.id} in (${carriedIn(evaluation.commitmentId, true)})`))
    .returning({ id: shortcomings.id })
  await markOnTimeline(tx, ctx, fixed.map((r) => r.id), 'fixed_by_rating')
}

/** An annulled decision reopens what it had closed. */
export async function reopenCarriedShortcomings(tx: Tx, evaluation: { commitmentId: string; cycleId: string }, ctx?: Ctx) {
  const reopened = await tx.update(shortcomings)
    .set({ status: 'open', fixedAt: null, fixedInCycleId: null, verifiedBy: null, proposedAt: null })
    .where(and(eq(shortcomings.status, 'fixed'), eq(shortcomings.fixedInCycleId, evaluation.cycleId), sql`${shortcomings.id} in (${carriedIn(evaluation.commitmentId, false)})`))
    .returning({ id: shortcomings.id })
  await markOnTimeline(tx, ctx, reopened.map((r) => r.id), 'reopened_by_annulment')
}
