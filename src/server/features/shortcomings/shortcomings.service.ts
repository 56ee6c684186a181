// The shortcomings named at a member's year-end review: recorded against the person, carried into their next
// commitment as items to fix, and marked fixed when that year's rating is decided with the item done.
import { and, eq, inArray, lt, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { commitmentItems } from '../commitments/commitments.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { shortcomings } from './shortcomings.table.ts'

export type ShortcomingRow = typeof shortcomings.$inferSelect

/** The review's shortcomings replace those recorded at an earlier recording of the same review. */
export async function replaceReviewShortcomings(tx: Tx, ctx: Ctx, review: { id: string; personId: string; organizationId: string; cycleId: string }, descriptions: string[]) {
  await tx.delete(shortcomings).where(and(eq(shortcomings.sourceId, review.id), eq(shortcomings.source, 'review')))
  if (descriptions.length === 0) return
  // One millisecond apart, so they read back in the order the cell wrote them.
  const now = Date.now()
  await tx.insert(shortcomings).values(descriptions.map((description, i) => ({
    personId: review.personId, organizationId: review.organizationId, cycleId: review.cycleId, source: 'review', sourceId: review.id, description,
    raisedBy: ctx.actor.accountId, createdAt: new Date(now + i),
  })))
}

export async function reviewShortcomings(tx: Tx, reviewIds: string[]): Promise<ShortcomingRow[]> {
  if (reviewIds.length === 0) return []
  return tx.select().from(shortcomings).where(inArray(shortcomings.sourceId, reviewIds)).orderBy(shortcomings.createdAt)
}

/** A person's shortcomings still open from cycles before `year`, oldest first: what their new commitment must fix. */
export async function openShortcomingsBefore(tx: Tx, personId: string, year: number): Promise<ShortcomingRow[]> {
  return tx
    .select({ s: shortcomings })
    .from(shortcomings)
    .innerJoin(cycles, eq(cycles.id, shortcomings.cycleId))
    .where(and(eq(shortcomings.personId, personId), eq(shortcomings.status, 'open'), lt(cycles.year, year)))
    .orderBy(cycles.year, shortcomings.createdAt)
    .then((rows) => rows.map((r) => r.s))
}

/** The decision of a year closes the shortcomings whose carried item the member did (done or exceeded). */
export async function fixCarriedShortcomings(tx: Tx, evaluation: { commitmentId: string; cycleId: string }) {
  await tx.execute(sql`
    update shortcomings set status = 'fixed', fixed_at = now(), fixed_in_cycle_id = ${evaluation.cycleId}
    where status = 'open' and id in (
      select ${commitmentItems.shortcomingId} from ${commitmentItems}
      where ${commitmentItems.commitmentId} = ${evaluation.commitmentId} and ${commitmentItems.shortcomingId} is not null
        and ${commitmentItems.result} in ('done', 'exceeded'))`)
}

/** An annulled decision reopens what it had closed. */
export async function reopenCarriedShortcomings(tx: Tx, evaluation: { commitmentId: string; cycleId: string }) {
  await tx.execute(sql`
    update shortcomings set status = 'open', fixed_at = null, fixed_in_cycle_id = null
    where status = 'fixed' and fixed_in_cycle_id = ${evaluation.cycleId} and id in (
      select ${commitmentItems.shortcomingId} from ${commitmentItems}
      where ${commitmentItems.commitmentId} = ${evaluation.commitmentId} and ${commitmentItems.shortcomingId} is not null)`)
}
