// Deny by default. A policy is a set of named rules (actor, resource) → boolean; authorize() throws when one says no.
import type { Role } from '../../common/contracts/enums.ts'
import type { Actor, ActorGrant } from './actor.ts'
import { AppError } from './errors.ts'
import type { MessageKey } from './messages.ts'

/** What an organization-scoped rule needs to know about the organization. */
export interface OrgRef {
  id: string
  path: string
}

export type Rule<R> = (actor: Actor, resource: R) => boolean

export function isSystem(actor: Actor): boolean {
  return actor.via === 'system'
}

export function isAdmin(actor: Actor): boolean {
  return isSystem(actor) || actor.grants.some((g) => g.role === 'admin')
}

/** Does this grant reach the organization? A unit grant reaches the unit itself; a subtree grant everything under it too. */
export function grantCovers(grant: ActorGrant, org: OrgRef): boolean {
  if (grant.scope === 'unit') return grant.organizationId === org.id
  return org.path.startsWith(grant.organizationPath)
}

/** Strictly below the grant's own organization (an office may reshape its subtree, not its own root). */
export function grantCoversBelow(grant: ActorGrant, org: OrgRef): boolean {
  return grant.scope === 'subtree' && org.id !== grant.organizationId && org.path.startsWith(grant.organizationPath)
}

export function hasRole(actor: Actor, roles: readonly Role[], org: OrgRef): boolean {
  return isAdmin(actor) || actor.grants.some((g) => roles.includes(g.role) && grantCovers(g, org))
}

export function hasRoleBelow(actor: Actor, roles: readonly Role[], org: OrgRef): boolean {
  return isAdmin(actor) || actor.grants.some((g) => roles.includes(g.role) && grantCoversBelow(g, org))
}

/** Path prefixes of the subtrees (or single units) where the actor holds one of these roles: for tenancy filters in queries. */
export function scopesFor(actor: Actor, roles: readonly Role[]): { paths: string[]; unitIds: string[]; all: boolean } {
  if (isAdmin(actor)) return { paths: [], unitIds: [], all: true }
  const mine = actor.grants.filter((g) => roles.includes(g.role))
  return {
    paths: mine.filter((g) => g.scope === 'subtree').map((g) => g.organizationPath),
    unitIds: mine.filter((g) => g.scope === 'unit').map((g) => g.organizationId),
    all: false,
  }
}

export function authorize<R>(actor: Actor, rule: Rule<R>, resource: R, message: MessageKey = 'forbidden'): void {
  if (!rule(actor, resource)) throw new AppError('forbidden', message)
}

/** Accounts that see a whole subtree (and administrators) must use two-step sign-in where the installation requires it. */
export function mfaRequiredFor(actor: Actor, policy: 'subtree' | 'off'): boolean {
  return policy === 'subtree' && actor.via !== 'system' && (isAdmin(actor) || actor.grants.some((g) => g.scope === 'subtree'))
}
