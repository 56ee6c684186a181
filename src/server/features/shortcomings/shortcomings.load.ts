// What the routes share: a shortcoming loaded for a caller (outside the reader's reach it does not exist), its full
// page, and the cycle a step belongs to.
import { eq } from 'drizzle-orm'
import type { ShortcomingDetail } from '../../../common/contracts/shortcomings.ts'
import type { Db } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, type Rule } from '../../lib/authz.ts'
import { AppError, conflict, notFound } from '../../lib/errors.ts'
import { currentCycle, type CycleRow } from '../cycles/cycles.service.ts'
import { feedbackPolicy } from '../feedback/feedback.policy.ts'
import { feedbackCases } from '../feedback/feedback.table.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { shortcomingPolicy, type ShortcomingRef } from './shortcomings.policy.ts'
import { presentDetail } from './shortcomings.present.ts'
import { getShortcoming, orgNames, shortcomingActionsOf, shortcomingRef, shortcomingTimeline, type ShortcomingView } from './shortcomings.query.ts'

export async function loadShortcoming(db: Db, id: string, actor: Actor, rule: Rule<ShortcomingRef>, today: string) {
  const view = await getShortcoming(db, id, today)
  const ref = await shortcomingRef(db, view)
  if (!shortcomingPolicy.read(actor, ref)) throw notFound('shortcomingNotFound')
  authorize(actor, rule, ref)
  return { view, ref }
}

/** The feedback case a shortcoming was recorded from, when the reader may open it. */
async function feedbackCaseOf(db: Db, view: ShortcomingView, actor: Actor) {
  if (view.row.source !== 'feedback' || !view.row.sourceId) return null
  const [c] = await db.select({ id: feedbackCases.id, reference: feedbackCases.reference, handlerId: feedbackCases.handlerId }).from(feedbackCases).where(eq(feedbackCases.id, view.row.sourceId))
  if (!c || !feedbackPolicy.read(actor, await getOrganization(db, c.handlerId))) return null
  return { id: c.id, reference: c.reference }
}

/** The page as it stands now (`loaded`: the view and rule reference just read, when nothing changed since). */
export async function shortcomingPage(db: Db, id: string, actor: Actor, today: string, loaded?: { view: ShortcomingView; ref: ShortcomingRef }): Promise<ShortcomingDetail> {
  const view = loaded?.view ?? await getShortcoming(db, id, today)
  const ref = loaded?.ref ?? await shortcomingRef(db, view)
  return presentDetail({
    view, ref, actions: await shortcomingActionsOf(db, id), timeline: await shortcomingTimeline(db, id),
    unitNames: await orgNames(db, [view.personUnitId]), feedbackCase: await feedbackCaseOf(db, view, actor),
  }, actor, today)
}

/** The cycle of today (this year's, else the newest not closed); a shortcoming cannot be recorded without one. */
export async function cycleOfToday(db: Db, today: string): Promise<CycleRow | null> {
  try {
    return await currentCycle(db, today)
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null
    throw error
  }
}

export async function requireCycle(db: Db, today: string): Promise<CycleRow> {
  const cycle = await cycleOfToday(db, today)
  if (!cycle) throw conflict('shortcomingNoCycle')
  return cycle
}
