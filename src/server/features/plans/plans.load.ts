// What every plan route file shares: its options, and loading an item the caller may read (outside the reader's
// reach it does not exist) before the route's own rule is checked.
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import type { Clock } from '../../lib/clock.ts'
import { notFound } from '../../lib/errors.ts'
import type { Mailer } from '../../lib/mailer.ts'
import { planPolicy, type ItemRef } from './plans.policy.ts'
import { getItem, itemRef } from './plans.service.ts'

export interface PlanRouteOptions {
  database: Database
  clock?: Clock
  mailer?: Mailer | null
}

export async function loadItem(database: Database, id: string, actor: Actor, rule: (a: Actor, r: ItemRef) => boolean) {
  const view = await getItem(database.db, id)
  const ref = itemRef(view)
  if (!planPolicy.readItem(actor, ref)) throw notFound('planItemNotFound')
  authorize(actor, rule, ref)
  return view
}
