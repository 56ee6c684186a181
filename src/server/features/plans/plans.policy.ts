// Who may do what with plans. The office, secretary and leaders of an organization manage its own plan (create it, its
// items, hand items down, accept or decline what is handed down to it) and report on its items; the levels above and
// inspectors read it; a member reads the plan of their own unit. An item's owner unit (its managers) and owner person
// report on it too. Reminders go from the managers of a unit to the units under it. Reporting periods are set by the
// office at the root of the tree, or an administrator.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { grantCovers, hasRole, isAdmin, type OrgRef } from '../../lib/authz.ts'

const MANAGE: readonly Role[] = ['office', 'secretary', 'leader']
const READ: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']

/** Grants on the organization itself (a subtree grant rooted there, or a unit grant on it). */
const atUnit = (actor: Actor, roles: readonly Role[], org: OrgRef) =>
  actor.grants.some((g) => roles.includes(g.role) && g.organizationId === org.id && grantCovers(g, org))

const isRootPath = (path: string) => path.split('/').filter(Boolean).length === 1

export interface ItemRef {
  /** The organization whose plan holds the item. */
  planOrg: OrgRef
  ownerOrg: OrgRef | null
  ownerPersonId: string | null
}

const manage = (actor: Actor, org: OrgRef) => isAdmin(actor) || atUnit(actor, MANAGE, org)
const read = (actor: Actor, org: OrgRef) => hasRole(actor, READ, org) || atUnit(actor, ['member'], org)
const ownsItem = (actor: Actor, item: ItemRef) => actor.personId !== null && actor.personId === item.ownerPersonId

export const planPolicy = {
  /** A unit's plan (its board, one of its items, its evidence, its exports and documents). */
  read,
  /** Create and edit the plan and its items, hand its items down, answer what is handed down to it. */
  manage,
  /** Roll-ups, the dashboard and who has not reported, over a unit's subtree. */
  supervise: (actor: Actor, org: OrgRef) => hasRole(actor, READ, org),
  /** Remind the units under it that have not reported. */
  remind: (actor: Actor, org: OrgRef) => hasRole(actor, MANAGE, org),
  /** An item is read with its plan, or by its owner person. */
  readItem: (actor: Actor, item: ItemRef) => read(actor, item.planOrg) || ownsItem(actor, item),
  /** Progress updates: the plan's managers, the owner unit's managers, the owner person. */
  report: (actor: Actor, item: ItemRef) => manage(actor, item.planOrg) || (item.ownerOrg !== null && manage(actor, item.ownerOrg)) || ownsItem(actor, item),
  /** Change an item, delete it, hand it down, link commitment items to it: the plan's managers. */
  manageItem: (actor: Actor, item: ItemRef) => manage(actor, item.planOrg),
  /** The installation's reporting periods: read by anyone with a role somewhere, set by the root's office. */
  readPeriods: (actor: Actor) => isAdmin(actor) || actor.grants.length > 0,
  managePeriods: (actor: Actor) => isAdmin(actor) || actor.grants.some((g) => g.role === 'office' && isRootPath(g.organizationPath)),
}
