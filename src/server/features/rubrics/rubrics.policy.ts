// Everyone signed in reads the rubrics (reviewers score on them, units see what they are scored on); administrators
// write them.
import type { Actor } from '../../lib/actor.ts'
import { isAdmin } from '../../lib/authz.ts'

export const rubricPolicy = {
  read: (_actor: Actor, _rubric: unknown) => true,
  manage: (actor: Actor, _rubric: unknown) => isAdmin(actor),
}
