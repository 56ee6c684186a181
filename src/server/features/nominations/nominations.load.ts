// What the routes share: a nomination loaded for a caller (outside the reader's reach it does not exist), checked
// against a rule and against the caller's conflicts of interest, and its full page.
import type { NominationDetail } from '../../../common/contracts/nominations.ts'
import type { Tx } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, type Rule } from '../../lib/authz.ts'
import { forbidden, notFound } from '../../lib/errors.ts'
import { getRubric } from '../rubrics/rubrics.query.ts'
import { conflictOf, nominationPolicy, type NominationRef } from './nominations.policy.ts'
import { presentDetail } from './nominations.present.ts'
import { getNomination, nominationHistory, nominationRef, nominationReviewsOf, type NominationView } from './nominations.query.ts'

export interface Loaded {
  view: NominationView
  ref: NominationRef
}

export async function loadNomination(db: Tx, id: string, actor: Actor, rule: Rule<NominationRef>): Promise<Loaded> {
  const view = await getNomination(db, id)
  const ref = await nominationRef(db, view)
  if (!nominationPolicy.read(actor, ref)) throw notFound('nominationNotFound')
  authorize(actor, rule, ref)
  return { view, ref }
}

/** Refuses the model's own person and anyone who declared a conflict of interest on the nomination. */
export function assertFree(actor: Actor, ref: NominationRef) {
  const conflict = conflictOf(actor, ref)
  if (conflict === 'person') throw forbidden('nominationOwnPerson')
  if (conflict === 'declared') throw forbidden('nominationConflicted')
}

/** The page as it stands now (`loaded`: the view and rule reference just read, when nothing changed since). */
export async function nominationPage(db: Tx, id: string, actor: Actor, loaded?: Loaded): Promise<NominationDetail> {
  const view = loaded?.view ?? await getNomination(db, id)
  const ref = loaded?.ref ?? await nominationRef(db, view)
  const rubric = await getRubric(db, view.row.rubricId)
  return presentDetail({ view, ref, history: await nominationHistory(db, id), reviews: await nominationReviewsOf(db, id), rubric }, actor)
}
