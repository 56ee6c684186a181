// Who may do what to an organization. Rules are pure: unit-tested in organizations.policy.test.ts.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, hasRoleBelow, isAdmin, type OrgRef } from '../../lib/authz.ts'

export const READ_ROLES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector', 'member']
const MANAGE: readonly Role[] = ['office']

export const organizationPolicy = {
  read: (actor: Actor, org: OrgRef) => hasRole(actor, READ_ROLES, org),
  /** Creating a unit under `org`: the new unit must stay inside an office's subtree. */
  createChild: (actor: Actor, org: OrgRef) =>
    isAdmin(actor) || actor.grants.some((g) => g.role === 'office' && g.scope === 'subtree' && org.path.startsWith(g.organizationPath)),
  update: (actor: Actor, org: OrgRef) => hasRoleBelow(actor, MANAGE, org),
  dissolve: (actor: Actor, org: OrgRef) => hasRoleBelow(actor, MANAGE, org),
  /** Moving needs the unit (strictly inside the subtree) and its new parent (inside the subtree). */
  move: (actor: Actor, { org, target }: { org: OrgRef; target: OrgRef }) =>
    hasRoleBelow(actor, MANAGE, org) && organizationPolicy.createChild(actor, target),
  merge: (actor: Actor, { org, target }: { org: OrgRef; target: OrgRef }) =>
    hasRoleBelow(actor, MANAGE, org) && hasRole(actor, MANAGE, target) && organizationPolicy.createChild(actor, target),
}

export function organizationAbilities(actor: Actor, org: OrgRef & { status: string }) {
  const active = org.status === 'active'
  const below = active && hasRoleBelow(actor, MANAGE, org)
  return {
    update: below,
    createChild: active && organizationPolicy.createChild(actor, org),
    move: below,
    merge: below,
    dissolve: below,
    createPerson: active && hasRole(actor, MANAGE, org),
  }
}
