// Accounts and grants are the installation administrator's.
import type { Actor } from '../../lib/actor.ts'
import { isAdmin } from '../../lib/authz.ts'

export const accountPolicy = {
  manage: (actor: Actor, _account: unknown) => isAdmin(actor),
}
