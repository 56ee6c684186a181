// Everyone signed in reads the rules they are rated by; administrators write them.
import type { Actor } from '../../lib/actor.ts'
import { isAdmin } from '../../lib/authz.ts'

export const ruleSetPolicy = {
  read: (_actor: Actor, _ruleSet: unknown) => true,
  manage: (actor: Actor, _ruleSet: unknown) => isAdmin(actor),
}
