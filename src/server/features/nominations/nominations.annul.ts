// Annulling a commendation decision ("hủy bỏ quyết định khen thưởng"): a wrong one (wrong person, wrong form, a typo in
// the signer) is annulled with the reason, so that the level can issue a correct one. In one transaction, with the
// decision's row locked: the decision marked annulled (when, by whom, why, and the nominations it had commended); each
// of those back in review at the issuing level, with the reason as its note and a history and audit event each; each
// model's commended year recomputed from its nominations still commended by a decision in force, and a model no longer
// commended at all taken off the public showcase; and the decision's own audit event. Its number stays taken.
import { and, eq, inArray, isNull, max } from 'drizzle-orm'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequiredText } from '../../lib/clean.ts'
import { conflict } from '../../lib/errors.ts'
import { models } from '../models/models.table.ts'
import type { CommendationView } from './nominations.commend.ts'
import { recordStep } from './nominations.events.ts'
import { assertFree } from './nominations.load.ts'
import { nominationRef, type NominationView } from './nominations.query.ts'
import { commendations, nominations } from './nominations.table.ts'

/**
 * Each model's latest year commended by a decision in force (null: none). A model no longer commended loses its
 * publication in the same statement (a published model must be commended); each one unpublished is audited.
 */
async function recomputeModels(tx: Tx, ctx: Ctx, modelIds: string[], commendationId: string) {
  if (modelIds.length === 0) return
  const before = await tx.select({ id: models.id, organizationId: models.organizationId, commendedYear: models.commendedYear, publishedAt: models.publishedAt })
    .from(models).where(inArray(models.id, modelIds)).for('update')
  const years = await tx.select({ modelId: nominations.modelId, year: max(nominations.year) }).from(nominations)
    .innerJoin(commendations, eq(commendations.id, nominations.commendationId))
    .where(and(inArray(nominations.modelId, modelIds), eq(nominations.status, 'commended'), isNull(commendations.annulledAt)))
    .groupBy(nominations.modelId)
  const latest = new Map(years.map((y) => [y.modelId, y.year]))
  for (const m of before) {
    const year = latest.get(m.id) ?? null
    const unpublish = year === null && m.publishedAt !== null
    if (year === m.commendedYear) continue
    await tx.update(models).set({ commendedYear: year, ...(unpublish ? { publishedAt: null } : {}), updatedAt: new Date() }).where(eq(models.id, m.id))
    if (unpublish) {
      await audit(tx, ctx, {
        action: 'model.unpublished', entityType: 'model', entityId: m.id, organizationId: m.organizationId, data: { cause: 'commendation.annulled', commendationId },
      })
    }
  }
}

/**
 * `commended`: the nominations the decision commends as read for the caller (each checked against the caller's
 * conflicts of interest, as issuing does). 409 when it is already annulled.
 */
export async function annulCommendation(db: Db, ctx: Ctx, view: CommendationView, commended: NominationView[], reasonInput: string): Promise<void> {
  const reason = cleanRequiredText(reasonInput, 'reason', 10)
  for (const v of commended) assertFree(ctx.actor, await nominationRef(db, v))
  const c = view.row
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ annulledAt: commendations.annulledAt }).from(commendations).where(eq(commendations.id, c.id)).for('update')
    if (locked.annulledAt) throw conflict('commendationAlreadyAnnulled')
    const held = await tx.select({ id: nominations.id, modelId: nominations.modelId }).from(nominations)
      .where(eq(nominations.commendationId, c.id)).orderBy(nominations.id).for('update')
    const ids = held.map((n) => n.id)
    await tx.update(commendations).set({ annulledAt: new Date(), annulledBy: ctx.actor.accountId, annulReason: reason, annulledNominationIds: ids })
      .where(eq(commendations.id, c.id))
    if (ids.length) {
      await tx.update(nominations).set({ status: 'in_review', atOrgId: c.organizationId, commendationId: null, statusNote: reason, updatedAt: new Date() })
        .where(inArray(nominations.id, ids))
    }
    for (const id of ids) {
      await recordStep(tx, ctx, { nominationId: id, kind: 'decision_annulled', fromOrgId: c.organizationId, note: reason, data: { commendationId: c.id } })
    }
    await recomputeModels(tx, ctx, [...new Set(held.map((n) => n.modelId))], c.id)
    await audit(tx, ctx, {
      action: 'commendation.annulled', entityType: 'commendation', entityId: c.id, organizationId: c.organizationId,
      data: { reason, nominationIds: ids, number: c.number },
    })
  })
}
