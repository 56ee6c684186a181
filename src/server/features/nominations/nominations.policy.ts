// Who may do what with nominations, commendation decisions and recognitions (deny by default). Staff (office,
// secretary, leader, inspector) read a nomination when their grants reach its nominating unit, the level holding it or
// the model's unit. The level holding it (a grant on it or above it) reviews it — inspectors too — and its office,
// secretary or leader forward, return, decline or commend it; those of an issuing level annul its decisions. The
// nominating unit's own office, secretary or leader (a grant on that very unit) nominate, resubmit and withdraw.
// Reviews are seen by the staff of their level and above.
// Conflicts of interest (the model's own person, or a declaration) bar every step: see `conflictOf`.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, isAdmin, type OrgRef } from '../../lib/authz.ts'

export const READ_ROLES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']
/** Reviewers score and comment; inspectors review too. */
export const REVIEW_ROLES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']
/** Those who move a nomination and issue decisions. */
export const MANAGE_ROLES: readonly Role[] = ['office', 'secretary', 'leader']

/** What the rules need to know about a nomination. */
export interface NominationRef {
  nominatedBy: OrgRef
  /** The level holding it now. */
  at: OrgRef
  modelUnit: OrgRef
  /** The model's person (kind 'person'). */
  modelPersonId: string | null
  /** Accounts that declared a conflict of interest on it (at any level). */
  conflictAccountIds: readonly string[]
}

/** A grant on the unit itself (the unit the actor "holds"), not one on a level above it. */
export const holds = (actor: Actor, roles: readonly Role[], org: OrgRef) =>
  isAdmin(actor) || actor.grants.some((g) => roles.includes(g.role) && g.organizationId === org.id)

/** Why the actor may take no step on the nomination: they are the model's person, or declared a conflict; else null. */
export function conflictOf(actor: Actor, n: NominationRef): 'person' | 'declared' | null {
  if (actor.personId !== null && actor.personId === n.modelPersonId) return 'person'
  if (actor.accountId !== null && n.conflictAccountIds.includes(actor.accountId)) return 'declared'
  return null
}

export const nominationPolicy = {
  /** The inbox over my own grants. */
  list: (actor: Actor) => isAdmin(actor) || actor.grants.some((g) => READ_ROLES.includes(g.role)),
  /** The inbox of one unit (held there, nominated by it, or over its subtree), and a model's nominations. */
  listOrg: (actor: Actor, org: OrgRef) => hasRole(actor, READ_ROLES, org),
  read: (actor: Actor, n: NominationRef) =>
    hasRole(actor, READ_ROLES, n.nominatedBy) || hasRole(actor, READ_ROLES, n.at) || hasRole(actor, READ_ROLES, n.modelUnit),
  /** Nominating as a unit the actor holds. */
  nominate: (actor: Actor, org: OrgRef) => holds(actor, MANAGE_ROLES, org),
  review: (actor: Actor, n: NominationRef) => hasRole(actor, REVIEW_ROLES, n.at),
  /** Forward, return, decline at the level holding it. */
  step: (actor: Actor, n: NominationRef) => hasRole(actor, MANAGE_ROLES, n.at),
  /** Resubmit a returned nomination, withdraw one: the nominating unit. */
  nominatingSide: (actor: Actor, n: NominationRef) => holds(actor, MANAGE_ROLES, n.nominatedBy),
  /** The reviews of one level: its staff and the levels above it. */
  seeReviews: (actor: Actor, level: OrgRef) => hasRole(actor, READ_ROLES, level),
  /** Issuing a commendation decision as a level. */
  issue: (actor: Actor, org: OrgRef) => hasRole(actor, MANAGE_ROLES, org),
  /** Annulling a decision: whoever may issue at its issuing level (conflicts of interest bar it as they bar issuing). */
  annulCommendation: (actor: Actor, issuer: OrgRef) => hasRole(actor, MANAGE_ROLES, issuer),
  /** The decisions issued over a subtree. */
  listCommendations: (actor: Actor, org: OrgRef) => hasRole(actor, READ_ROLES, org),
  /** A decision: the issuing level's staff, and the staff of the units whose models it commends (or that nominated them). */
  readCommendation: (actor: Actor, c: { issuer: OrgRef; units: readonly OrgRef[] }) =>
    hasRole(actor, READ_ROLES, c.issuer) || c.units.some((u) => hasRole(actor, READ_ROLES, u)),
  /** Recognitions computed from the ratings over a subtree. */
  recognitions: (actor: Actor, org: OrgRef) => hasRole(actor, READ_ROLES, org),
}
