// Who may do what in the register of shortcomings (deny by default). Offices, secretaries, leaders and inspectors read
// those whose subject or raising unit their grants reach; a member reads their own. The raising unit's managers (or a
// level above) record and verify; the subject — the person themself, or the subject unit's own managers — plans
// actions, reports on them and proposes the closure; the action's owner unit (and the levels above it) reports too.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { grantCovers, hasRole, isAdmin, type OrgRef } from '../../lib/authz.ts'

export const READ_ROLES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']
export const MANAGE_ROLES: readonly Role[] = ['office', 'secretary', 'leader']
/** Inspection committees find shortcomings too (and will record them from inspections). */
export const RAISE_ROLES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']

/** What the rules need to know about a shortcoming. */
export interface ShortcomingRef {
  /** The raising unit. */
  raisedBy: OrgRef
  /** The subject organization, or null for a person. */
  subjectOrg: OrgRef | null
  /** The subject person, or null for an organization. */
  personId: string | null
  /** The units of the subject person's current placements (empty for an organization). */
  personUnits: OrgRef[]
}

const own = (actor: Actor, s: ShortcomingRef) => s.personId !== null && actor.personId === s.personId

/** Grants on the unit itself (a subtree grant rooted exactly there, or a unit grant on it): not the levels above. */
const atUnit = (actor: Actor, roles: readonly Role[], org: OrgRef) =>
  actor.grants.some((g) => roles.includes(g.role) && g.organizationId === org.id && grantCovers(g, org))

/**
 * The subject's side: the person themself, or the subject unit's own managers. The levels above it raise and verify;
 * they do not propose their own verification.
 */
const subjectSide = (actor: Actor, s: ShortcomingRef) => isAdmin(actor) || own(actor, s) || (s.subjectOrg !== null && atUnit(actor, MANAGE_ROLES, s.subjectOrg))
/** The raising unit's managers, and the levels above it. */
const raisingSide = (actor: Actor, s: ShortcomingRef) => hasRole(actor, MANAGE_ROLES, s.raisedBy)

export const shortcomingPolicy = {
  /** The register and its summary over a unit's subtree. */
  list: (actor: Actor, org: OrgRef) => hasRole(actor, READ_ROLES, org),
  read: (actor: Actor, s: ShortcomingRef) =>
    own(actor, s) || hasRole(actor, READ_ROLES, s.raisedBy) || (s.subjectOrg !== null && hasRole(actor, READ_ROLES, s.subjectOrg)) || s.personUnits.some((u) => hasRole(actor, READ_ROLES, u)),
  /** Recording a shortcoming as (or above) the raising unit. */
  raise: (actor: Actor, raisingOrg: OrgRef) => hasRole(actor, RAISE_ROLES, raisingOrg),
  /** Planning remedial actions: the subject or the raising unit. */
  addAction: (actor: Actor, s: ShortcomingRef) => subjectSide(actor, s) || raisingSide(actor, s),
  /** Progress of an action: the subject, or the managers of the unit that owns the action. */
  report: (actor: Actor, { shortcoming, owner }: { shortcoming: ShortcomingRef; owner: OrgRef | null }) =>
    subjectSide(actor, shortcoming) || (owner !== null && hasRole(actor, MANAGE_ROLES, owner)),
  propose: (actor: Actor, s: ShortcomingRef) => subjectSide(actor, s),
  /** Confirming or refusing a closure, and reopening a fix that did not hold. */
  verify: (actor: Actor, s: ShortcomingRef) => raisingSide(actor, s),
  /** Carrying an organization's unresolved shortcomings into its plans for a cycle. */
  carryOver: (actor: Actor, org: OrgRef) => hasRole(actor, ['office'], org),
  /** A member's own list. */
  mine: (actor: Actor) => actor.personId !== null,
}
