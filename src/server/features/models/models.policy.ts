// Who may do what with exemplary models and movements (deny by default). The staff of a model's unit or a level above
// it (office, secretary, leader, inspector) read it with its evidence; once commended, any staff account of the
// installation reads it too, so that other units can find it and adopt it; the person a model is about reads their
// own. Office, secretary and leader of the model's unit or above edit it; inspectors only read. A unit's own managers
// record that it adopted a model. The nominations slice reuses `modelPolicy.read` and `loadModelForActor`.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, isAdmin, type OrgRef } from '../../lib/authz.ts'

export const MODEL_READ_ROLES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']
export const MODEL_MANAGE_ROLES: readonly Role[] = ['office', 'secretary', 'leader']

/** What the rules need to know about a model. */
export interface ModelRef {
  org: OrgRef
  kind: string
  personId: string | null
  commendedYear: number | null
  publishedAt: Date | null
}

export interface MovementRef {
  org: OrgRef
  active: boolean
}

/** Holds a staff role somewhere (any unit), or is an administrator. */
export const isStaff = (actor: Actor) => isAdmin(actor) || actor.grants.some((g) => MODEL_READ_ROLES.includes(g.role))
/** Manages some unit (office, secretary or leader), or is an administrator. */
const managesSomewhere = (actor: Actor) => isAdmin(actor) || actor.grants.some((g) => MODEL_MANAGE_ROLES.includes(g.role))
const ownPerson = (actor: Actor, m: ModelRef) => m.personId !== null && actor.personId === m.personId
const commended = (m: ModelRef) => m.commendedYear !== null

export const modelPolicy = {
  /** Every model of a unit's subtree. */
  list: (actor: Actor, org: OrgRef) => hasRole(actor, MODEL_READ_ROLES, org),
  /** Only the commended ones of a subtree: any staff account, on any unit. */
  listCommended: (actor: Actor, _org: OrgRef) => isStaff(actor),
  /** The unit's own view: evidence files and the consent note. */
  readInternal: (actor: Actor, m: ModelRef) => hasRole(actor, MODEL_READ_ROLES, m.org),
  read: (actor: Actor, m: ModelRef) => hasRole(actor, MODEL_READ_ROLES, m.org) || (commended(m) && isStaff(actor)) || ownPerson(actor, m),
  create: (actor: Actor, org: OrgRef) => hasRole(actor, MODEL_MANAGE_ROLES, org),
  /** Edit, upload and delete files, record consent, publish and unpublish. */
  edit: (actor: Actor, m: ModelRef) => hasRole(actor, MODEL_MANAGE_ROLES, m.org),
  /** Withdrawing consent is always possible: the unit's managers, or the person themself. */
  withdrawConsent: (actor: Actor, m: ModelRef) => hasRole(actor, MODEL_MANAGE_ROLES, m.org) || ownPerson(actor, m),
  /** Offered when the model is commended and the caller manages some unit (the unit itself is checked on recording). */
  adopt: (actor: Actor, m: ModelRef) => commended(m) && managesSomewhere(actor),
  /** Recording, changing or removing the adoption of a unit: its own managers (or a level above). */
  adoptFor: (actor: Actor, org: OrgRef) => hasRole(actor, MODEL_MANAGE_ROLES, org),
}

export const movementPolicy = {
  list: (actor: Actor) => isStaff(actor),
  /** The movements around one unit: those who read it. */
  listAt: (actor: Actor, org: OrgRef) => hasRole(actor, MODEL_READ_ROLES, org),
  create: (actor: Actor, org: OrgRef) => hasRole(actor, MODEL_MANAGE_ROLES, org),
  edit: (actor: Actor, m: MovementRef) => hasRole(actor, MODEL_MANAGE_ROLES, m.org),
}
