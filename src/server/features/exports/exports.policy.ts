// Who may export what: each export asks exactly what the list it mirrors asks (deny by default). Contact details go
// out only to those who see them for everyone in the exported scope.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { isAdmin, type OrgRef } from '../../lib/authz.ts'
import { commitmentPolicy } from '../commitments/commitments.policy.ts'
import { evaluationPolicy } from '../evaluations/evaluations.policy.ts'
import { organizationPolicy, READ_ROLES } from '../organizations/organizations.policy.ts'
import { CONTACT_ROLES, personPolicy } from '../people/people.policy.ts'

/** The people an export covers: subtrees by path prefix and single units; null = everyone (administrators). */
export interface PeopleScope {
  paths: string[]
  /** Single units, each with its path (to know which subtree grants reach it). */
  units: OrgRef[]
}

/** A grant with one of these roles reaches the organization and everything under it (or the actor is an administrator). */
export function coversSubtree(actor: Actor, roles: readonly Role[], org: OrgRef): boolean {
  return isAdmin(actor) || actor.grants.some((g) => roles.includes(g.role) && g.scope === 'subtree' && org.path.startsWith(g.organizationPath))
}

/** A grant with one of these roles reaches the unit itself. */
const coversUnit = (actor: Actor, roles: readonly Role[], org: OrgRef) =>
  coversSubtree(actor, roles, org) || actor.grants.some((g) => roles.includes(g.role) && g.scope === 'unit' && g.organizationId === org.id)

export const exportPolicy = {
  /** GET /people's rule. */
  people: (actor: Actor, org: OrgRef) => personPolicy.list(actor, org),
  /** The tree's rule (GET /organizations/:id/children). */
  organizations: (actor: Actor, org: OrgRef) => organizationPolicy.read(actor, org),
  /** The whole subtree, not only the unit and its direct sub-units (what a unit grant browses). */
  organizationsSubtree: (actor: Actor, org: OrgRef) => coversSubtree(actor, READ_ROLES, org),
  /** GET /commitments' rule (a unit's roster). */
  commitments: (actor: Actor, org: OrgRef) => commitmentPolicy.listUnit(actor, org),
  /** GET /evaluations' rule. */
  evaluations: (actor: Actor, org: OrgRef) => evaluationPolicy.list(actor, org),
  /** The dashboard reads both summaries. */
  dashboard: (actor: Actor, org: OrgRef) => commitmentPolicy.listUnit(actor, org) && evaluationPolicy.list(actor, org),
  /**
   * Phone and email of everyone exported: a contact role (office, secretary) reaching every unit of the scope — each
   * subtree through a subtree grant, each single unit through any grant on it. Anything less leaves the columns out.
   */
  contact: (actor: Actor, scope: PeopleScope | null) =>
    scope === null
      ? isAdmin(actor)
      : scope.paths.every((path) => coversSubtree(actor, CONTACT_ROLES, { id: '', path })) && scope.units.every((u) => coversUnit(actor, CONTACT_ROLES, u)),
}
