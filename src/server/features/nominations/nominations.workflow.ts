// A nomination's steps: forwarded to the level above, returned to the nominating unit (which may edit the model and
// resubmit it to the level that returned it), declined (final), withdrawn by the nominating unit while undecided. Each
// takes the nomination's row lock, so two people cannot both act on one state, and writes its history event and its
// audit event in the same transaction.
import { eq } from 'drizzle-orm'
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core'
import type { NominationStatus } from '../../../common/contracts/models.base.ts'
import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { cleanRequiredText } from '../../lib/clean.ts'
import { AppError, conflict } from '../../lib/errors.ts'
import type { MessageKey } from '../../lib/messages.ts'
import { recordStep } from './nominations.events.ts'
import type { NominationView } from './nominations.query.ts'
import { lockInReview } from './nominations.service.ts'
import { nominations } from './nominations.table.ts'

type Changes = PgUpdateSetSource<typeof nominations>

interface Transition {
  kind: 'forwarded' | 'returned' | 'declined' | 'withdrawn' | 'resubmitted'
  set: Changes
  note?: string | null
  toOrgId?: string | null
  /** The unit the step is taken from (default: the level holding it). */
  fromOrgId?: string
  /** In review at the level it was read at; else the statuses it may be in. */
  from: 'at_level' | { statuses: NominationStatus[]; refusal: MessageKey }
}

async function transition(db: Db, ctx: Ctx, view: NominationView, t: Transition) {
  await db.transaction(async (tx) => {
    if (t.from === 'at_level') await lockInReview(tx, view.row.id, view.row.atOrgId)
    else {
      const [locked] = await tx.select({ status: nominations.status }).from(nominations).where(eq(nominations.id, view.row.id)).for('update')
      if (!t.from.statuses.includes(locked.status as NominationStatus)) throw conflict(t.from.refusal)
    }
    await tx.update(nominations).set({ ...t.set, updatedAt: new Date() }).where(eq(nominations.id, view.row.id))
    await recordStep(tx, ctx, { nominationId: view.row.id, kind: t.kind, fromOrgId: t.fromOrgId ?? view.row.atOrgId, toOrgId: t.toOrgId ?? null, note: t.note ?? null })
  })
}

/** To the level above the one holding it; the root has none (422). */
export function forwardNomination(db: Db, ctx: Ctx, view: NominationView) {
  const parentId = view.at.parentId
  if (!parentId) throw new AppError('validation_failed', 'nominationAtRoot')
  return transition(db, ctx, view, { kind: 'forwarded', from: 'at_level', set: { atOrgId: parentId }, toOrgId: parentId })
}

/** Back to the nominating unit, saying why; it stays with the level that returned it. */
export function returnNomination(db: Db, ctx: Ctx, view: NominationView, reason: string) {
  const note = cleanRequiredText(reason, 'reason', 5)
  return transition(db, ctx, view, { kind: 'returned', from: 'at_level', set: { status: 'returned', statusNote: note }, note, toOrgId: view.row.nominatedByOrgId })
}

/** Not proposed for commendation, saying why: final. */
export function declineNomination(db: Db, ctx: Ctx, view: NominationView, reason: string) {
  const note = cleanRequiredText(reason, 'reason', 5)
  return transition(db, ctx, view, { kind: 'declined', from: 'at_level', set: { status: 'declined', statusNote: note }, note })
}

/** The nominating unit sends a returned nomination back to the level that returned it. */
export function resubmitNomination(db: Db, ctx: Ctx, view: NominationView, note: string | undefined) {
  return transition(db, ctx, view, {
    kind: 'resubmitted', from: { statuses: ['returned'], refusal: 'nominationNotReturned' }, set: { status: 'in_review', statusNote: null },
    note: note ? cleanRequiredText(note, 'note', 5) : null, fromOrgId: view.row.nominatedByOrgId, toOrgId: view.row.atOrgId,
  })
}

/** The nominating unit takes it back while it is undecided. */
export function withdrawNomination(db: Db, ctx: Ctx, view: NominationView, note: string | undefined) {
  return transition(db, ctx, view, {
    kind: 'withdrawn', from: { statuses: ['in_review', 'returned'], refusal: 'nominationClosed' }, set: { status: 'withdrawn' },
    note: note ? cleanRequiredText(note, 'note', 5) : null, fromOrgId: view.row.nominatedByOrgId,
  })
}
