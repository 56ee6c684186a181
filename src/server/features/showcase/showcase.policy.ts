// Who moderates citizens' suggestions of models (deny by default): the office, the secretary or the leader of the
// commune or ward it was suggested for, or of a level above. An accepted suggestion becomes a draft model of a unit in
// the commune's subtree that the moderator holds.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, isAdmin, type OrgRef } from '../../lib/authz.ts'

export const MODERATE_ROLES: readonly Role[] = ['office', 'secretary', 'leader']

export const showcasePolicy = {
  /** The suggestions of every commune I moderate. */
  listMine: (actor: Actor) => isAdmin(actor) || actor.grants.some((g) => MODERATE_ROLES.includes(g.role)),
  /** The suggestions of the communes under a unit. */
  list: (actor: Actor, org: OrgRef) => hasRole(actor, MODERATE_ROLES, org),
  /** Reading a suggestion (with the suggester's contact), accepting or declining it: its commune's moderators. */
  moderate: (actor: Actor, commune: OrgRef) => hasRole(actor, MODERATE_ROLES, commune),
  /** The unit an accepted suggestion's model belongs to. */
  placeModel: (actor: Actor, unit: OrgRef) => hasRole(actor, MODERATE_ROLES, unit),
}
