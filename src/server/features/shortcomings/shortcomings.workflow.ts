// Remedying a shortcoming: remedial actions with an owner and a due date, progress reports on them (with evidence), the
// closure proposed by the subject, verified or refused by the raising unit, and a fix reopened when it did not hold.
// Each step takes the shortcoming's row lock, so two people cannot both act on one state; each writes its timeline
// event and its audit event in the same transaction.
import { eq, sql } from 'drizzle-orm'
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core'
import type { AddActionBody, ShortcomingStatus } from '../../../common/contracts/shortcomings.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { cleanRequired, cleanRequiredText } from '../../lib/clean.ts'
import { conflict, invalid } from '../../lib/errors.ts'
import type { MessageKey } from '../../lib/messages.ts'
import type { VerifiedAttachment } from '../feedback/feedback.attachments.ts'
import { recordStep } from './shortcomings.events.ts'
import type { ActionView, ShortcomingView } from './shortcomings.query.ts'
import { checkDueOn } from './shortcomings.raise.ts'
import { shortcomingActions, shortcomings } from './shortcomings.table.ts'

type ShortcomingChanges = PgUpdateSetSource<typeof shortcomings>

/** Locks the row and checks its status is one of `allowed` (read fresh: the view may be stale). */
async function lockIn(tx: Tx, id: string, allowed: ShortcomingStatus[], refusal: MessageKey) {
  const [locked] = await tx.select({ status: shortcomings.status }).from(shortcomings).where(eq(shortcomings.id, id)).for('update')
  if (!allowed.includes(locked.status as ShortcomingStatus)) throw conflict(refusal)
}

export async function addAction(db: Db, ctx: Ctx, view: ShortcomingView, owner: { id: string; path: string; status: string } | null, input: AddActionBody, today = todayIso()) {
  if (owner && !owner.path.startsWith(view.raisedBy.path)) throw invalid('shortcomingOwnerOutside', 'ownerOrgId')
  if (owner && owner.status !== 'active') throw conflict('orgNotActive')
  checkDueOn(input.dueOn, 'dueOn', today)
  const content = cleanRequiredText(input.content, 'content', 5)
  const ownerName = cleanRequired(input.ownerName, 'ownerName', 2)
  return db.transaction(async (tx) => {
    await lockIn(tx, view.row.id, ['open', 'proposed'], 'shortcomingFixed')
    const [action] = await tx.insert(shortcomingActions).values({ shortcomingId: view.row.id, content, ownerOrgId: owner?.id ?? null, ownerName, dueOn: input.dueOn }).returning()
    await recordStep(tx, ctx, { shortcomingId: view.row.id, organizationId: view.row.organizationId, kind: 'action_added', actionId: action.id, note: content, data: { dueOn: input.dueOn, ownerOrgId: action.ownerOrgId } })
    return action
  })
}

/** A progress report on an action; 'done' closes it at 100 % today. Reports are the record: never overwritten. */
export async function reportAction(db: Db, ctx: Ctx, view: ShortcomingView, action: ActionView, input: { progress: number; note: string; status?: 'done' }, files: VerifiedAttachment[], today = todayIso()) {
  const note = cleanRequiredText(input.note, 'note', 5)
  const done = input.status === 'done'
  const progress = done ? 100 : input.progress
  return db.transaction(async (tx) => {
    await lockIn(tx, view.row.id, ['open', 'proposed'], 'shortcomingFixed')
    const [locked] = await tx.select({ status: shortcomingActions.status }).from(shortcomingActions).where(eq(shortcomingActions.id, action.row.id)).for('update')
    if (locked.status !== 'open') throw conflict('shortcomingActionDone')
    await tx.update(shortcomingActions).set({ progress, status: done ? 'done' : 'open', doneOn: done ? today : null, updatedAt: new Date() }).where(eq(shortcomingActions.id, action.row.id))
    await recordStep(tx, ctx, { shortcomingId: view.row.id, organizationId: view.row.organizationId, kind: 'action_reported', actionId: action.row.id, progress, note, files, data: { done } })
  })
}

interface Transition {
  from: ShortcomingStatus
  refusal: MessageKey
  kind: 'proposed' | 'verified' | 'rejected' | 'reopened'
  set: ShortcomingChanges
  note?: string | null
  files?: VerifiedAttachment[]
}

async function transition(db: Db, ctx: Ctx, view: ShortcomingView, t: Transition) {
  return db.transaction(async (tx) => {
    await lockIn(tx, view.row.id, [t.from], t.refusal)
    await tx.update(shortcomings).set(t.set).where(eq(shortcomings.id, view.row.id))
    await recordStep(tx, ctx, { shortcomingId: view.row.id, organizationId: view.row.organizationId, kind: t.kind, note: t.note ?? null, files: t.files })
  })
}

/** The subject says it is fixed, with what was done and evidence: the raising unit is to verify. */
export function proposeClosure(db: Db, ctx: Ctx, view: ShortcomingView, note: string, files: VerifiedAttachment[]) {
  const text = cleanRequiredText(note, 'note', 5)
  return transition(db, ctx, view, { from: 'open', refusal: 'shortcomingNotOpen', kind: 'proposed', set: { status: 'proposed', proposedAt: new Date() }, note: text, files })
}

/** The raising unit confirms the fix: fixed in the current cycle (when there is one). */
export function verifyClosure(db: Db, ctx: Ctx, view: ShortcomingView, note: string | undefined, fixedInCycleId: string | null) {
  return transition(db, ctx, view, {
    from: 'proposed', refusal: 'shortcomingNotProposed', kind: 'verified', note: note ? cleanRequiredText(note, 'note', 1) : null,
    set: { status: 'fixed', fixedAt: new Date(), verifiedBy: ctx.actor.accountId, fixedInCycleId },
  })
}

/** The raising unit refuses the proposed closure, saying why: open again. */
export function rejectClosure(db: Db, ctx: Ctx, view: ShortcomingView, reason: string) {
  return transition(db, ctx, view, { from: 'proposed', refusal: 'shortcomingNotProposed', kind: 'rejected', note: cleanRequiredText(reason, 'reason', 5), set: { status: 'open', proposedAt: null } })
}

/** A fix that did not hold: open again, counted. */
export function reopenShortcoming(db: Db, ctx: Ctx, view: ShortcomingView, reason: string) {
  return transition(db, ctx, view, {
    from: 'fixed', refusal: 'shortcomingNotFixed', kind: 'reopened', note: cleanRequiredText(reason, 'reason', 5),
    set: { status: 'open', proposedAt: null, fixedAt: null, fixedInCycleId: null, verifiedBy: null, reopenedCount: sql`${shortcomings.reopenedCount} + 1` },
  })
}
