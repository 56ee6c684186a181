// Overdue cases escalate up the tree by themselves: once a deadline passes, the unit above the handler is told (it
// sees the case flagged in its inbox); if the case is still overdue some working days later, the next level up is.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { systemCtx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import type { Clock } from '../../lib/clock.ts'
import { todayIso } from '../../../common/dates.ts'
import { workingDaysBetween } from '../calendar/calendar.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { feedbackCases, feedbackEvents } from './feedback.table.ts'

/** A case still overdue this many working days after reaching a level goes one level higher. */
export const ESCALATE_AGAIN_WORKING_DAYS = 5

/** Overdue on `today`: not acknowledged by its acknowledgement deadline, or not answered by its handling deadline. */
export const overdueSql = (today: string) => sql`(
  (${feedbackCases.status} = 'received' and ${feedbackCases.acknowledgeDue} < ${today}::date)
  or (${feedbackCases.status} not in ('answered','closed') and ${feedbackCases.handlingDue} < ${today}::date))`

export interface EscalationResult {
  escalated: number
}

/**
 * One sweep: every overdue case not yet escalated goes to its handler's parent; every escalated case still overdue
 * ESCALATE_AGAIN_WORKING_DAYS working days after its last escalation goes one level further up (not past the root).
 * Idempotent for a given day: a second sweep on the same day changes nothing.
 */
export async function escalateOverdue(db: Db, today: string): Promise<EscalationResult> {
  const overdue = await db.select().from(feedbackCases)
    .where(and(isNull(feedbackCases.mergedIntoId), overdueSql(today)))
  if (overdue.length === 0) return { escalated: 0 }
  // The parents of the units the overdue cases sit at (handler, or the level reached): not the whole tree.
  const at = [...new Set(overdue.map((c) => c.escalatedToId ?? c.handlerId))]
  const parents = new Map((await db.select({ id: organizations.id, parentId: organizations.parentId }).from(organizations)
    .where(inArray(organizations.id, at))).map((o) => [o.id, o.parentId]))
  const ctx = systemCtx('system:escalation')
  let escalated = 0
  for (const c of overdue) {
    let from: string
    if (!c.escalatedToId) from = c.handlerId
    else if (c.escalatedOn && (await workingDaysBetween(db, c.escalatedOn, today)) >= ESCALATE_AGAIN_WORKING_DAYS) from = c.escalatedToId
    else continue
    const to = parents.get(from)
    if (!to) continue
    await db.transaction(async (tx) => {
      // Guarded update: a concurrent sweep (two servers) escalates a case once.
      const moved = await tx.update(feedbackCases)
        .set({ escalatedToId: to, escalatedOn: today, escalationLevel: c.escalationLevel + 1 })
        .where(and(eq(feedbackCases.id, c.id), c.escalatedToId ? eq(feedbackCases.escalatedToId, c.escalatedToId) : isNull(feedbackCases.escalatedToId)))
        .returning({ id: feedbackCases.id })
      if (moved.length === 0) return
      const why = c.status === 'received' && c.acknowledgeDue < today ? 'acknowledge' : 'handling'
      await tx.insert(feedbackEvents).values({ caseId: c.id, kind: 'escalated', fromOrgId: c.handlerId, toOrgId: to, note: why, public: false })
      await audit(tx, ctx, { action: 'feedback.escalated', entityType: 'feedback', entityId: c.id, organizationId: to, data: { reference: c.reference, level: c.escalationLevel + 1, overdue: why } })
      escalated++
    })
  }
  return { escalated }
}

/** Runs the sweep now and then every `everyMs` (the server does this hourly); returns a stop function. */
export function scheduleEscalation(db: Db, clock: Clock, everyMs = 60 * 60_000, onError: (e: unknown) => void = () => {}): () => void {
  const run = () => void escalateOverdue(db, todayIso(clock())).catch(onError)
  run()
  const timer = setInterval(run, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
