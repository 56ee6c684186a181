// What the routes share (and the nominations slice reuses): a model loaded for a caller — outside the reader's reach it
// does not exist (404), within it a rule that says no is a 403 — and the model's full page as it stands now.
import { eq } from 'drizzle-orm'
import type { ModelDetail } from '../../../common/contracts/models.ts'
import type { Tx } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, type Rule } from '../../lib/authz.ts'
import { notFound } from '../../lib/errors.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { modelPolicy, type ModelRef } from './models.policy.ts'
import { presentDetail } from './models.present.ts'
import { filesOf, getModel, modelRef, type ModelView } from './models.query.ts'

export interface LoadedModel {
  view: ModelView
  ref: ModelRef
}

/** The model if the caller may read it and `rule` allows; 404 when it may not be read, 403 when only the rule refuses. */
export async function loadModelForActor(db: Tx, actor: Actor, id: string, rule: Rule<ModelRef> = modelPolicy.read): Promise<LoadedModel> {
  const view = await getModel(db, id)
  const ref = modelRef(view)
  if (!modelPolicy.read(actor, ref)) throw notFound('modelNotFound')
  authorize(actor, rule, ref)
  return { view, ref }
}

/** The page as it stands now (`view`: the model just read, when nothing changed since). */
export async function modelPage(db: Tx, id: string, actor: Actor, view?: ModelView): Promise<ModelDetail> {
  const v = view ?? await getModel(db, id)
  const internal = modelPolicy.readInternal(actor, modelRef(v))
  const files = await filesOf(db, id, internal ? ['photo', 'evidence'] : ['photo'])
  let consentBy: string | null = null
  if (v.row.consentRecordedBy) {
    const [by] = await db.select({ name: accounts.displayName }).from(accounts).where(eq(accounts.id, v.row.consentRecordedBy))
    consentBy = by?.name ?? null
  }
  return presentDetail({ view: v, files, consentBy }, actor)
}
