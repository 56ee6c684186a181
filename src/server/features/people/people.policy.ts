// Who may see and change a person. A person is reached through the organizations of their current placements.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, isAdmin, type OrgRef } from '../../lib/authz.ts'

/** Roles that may list and read the people of a unit (a plain member sees only their own record). */
export const PEOPLE_READ_ROLES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']
/** Roles that see contact details (phone, email). */
export const CONTACT_ROLES: readonly Role[] = ['office', 'secretary']
const MANAGE: readonly Role[] = ['office']

export interface PersonRef {
  id: string
  /** Organizations of the person's current placements. */
  units: OrgRef[]
}

const self = (actor: Actor, person: PersonRef) => actor.personId !== null && actor.personId === person.id
const anyUnit = (actor: Actor, roles: readonly Role[], person: PersonRef) =>
  isAdmin(actor) || person.units.some((u) => hasRole(actor, roles, u))

export const personPolicy = {
  read: (actor: Actor, person: PersonRef) => self(actor, person) || anyUnit(actor, PEOPLE_READ_ROLES, person),
  readContact: (actor: Actor, person: PersonRef) => self(actor, person) || anyUnit(actor, CONTACT_ROLES, person),
  update: (actor: Actor, person: PersonRef) => anyUnit(actor, MANAGE, person),
  /** Listing the people of a unit or subtree. */
  list: (actor: Actor, org: OrgRef) => hasRole(actor, PEOPLE_READ_ROLES, org),
  /** Creating a person in, or placing someone into, this unit. */
  place: (actor: Actor, org: OrgRef) => hasRole(actor, MANAGE, org),
}
