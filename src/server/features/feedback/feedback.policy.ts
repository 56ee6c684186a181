// Who handles a case: the handling unit's office, secretary and leaders, and the levels above it (which supervise
// and see overdue cases). The sender's contact is for the handling unit itself only; the head approves answers.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { grantCovers, hasRole, isAdmin, type OrgRef } from '../../lib/authz.ts'

const HANDLE: readonly Role[] = ['office', 'secretary', 'leader']
const SUPERVISE: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']
const HEAD: readonly Role[] = ['secretary', 'leader']

/** Grants on the handling unit itself (a subtree grant rooted exactly there, or a unit grant on it). */
const atUnit = (actor: Actor, roles: readonly Role[], org: OrgRef) =>
  actor.grants.some((g) => roles.includes(g.role) && g.organizationId === org.id && grantCovers(g, org))

export const feedbackPolicy = {
  /** The inbox of a unit and its subtree. */
  list: (actor: Actor, org: OrgRef) => hasRole(actor, SUPERVISE, org),
  read: (actor: Actor, handler: OrgRef) => hasRole(actor, SUPERVISE, handler),
  readContact: (actor: Actor, handler: OrgRef) => atUnit(actor, HANDLE, handler),
  handle: (actor: Actor, handler: OrgRef) => isAdmin(actor) || atUnit(actor, HANDLE, handler),
  approve: (actor: Actor, handler: OrgRef) => isAdmin(actor) || atUnit(actor, HEAD, handler),
  /** The topics and their deadlines: read by anyone who handles or supervises feedback, changed by the administrator. */
  readCategories: (actor: Actor) => isAdmin(actor) || actor.grants.some((g) => SUPERVISE.includes(g.role)),
  manageCategories: (actor: Actor) => isAdmin(actor),
  /** Re-routing and routing rules: an office whose subtree holds both units. */
  route: (actor: Actor, { from, to }: { from: OrgRef; to: OrgRef }) => hasRole(actor, ['office'], from) && hasRole(actor, ['office'], to),
}
