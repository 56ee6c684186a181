// Who may do what with stories (deny by default). Staff of the story's unit or of a level above read them; its
// office, secretary or leader (or a level above, or an administrator) write, publish, take down and delete drafts.
// Members and inspectors never write. Anyone reads a published story on the public site (stories.public.routes.ts).
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, isAdmin, type OrgRef } from '../../lib/authz.ts'

export const STORY_READ_ROLES: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']
export const STORY_WRITE_ROLES: readonly Role[] = ['office', 'secretary', 'leader']

export const storyPolicy = {
  /** The stories of a unit's subtree. */
  list: (actor: Actor, org: OrgRef) => hasRole(actor, STORY_READ_ROLES, org),
  /** The stories about a model over every unit the caller reads (the query keeps to those units). */
  listReadable: (actor: Actor) => isAdmin(actor) || actor.grants.some((g) => STORY_READ_ROLES.includes(g.role)),
  /** One story (its photos and its Word file too), by its unit. */
  read: (actor: Actor, org: OrgRef) => hasRole(actor, STORY_READ_ROLES, org),
  /** Writing, editing, photos, publishing, taking down and deleting a draft, by its unit. */
  write: (actor: Actor, org: OrgRef) => hasRole(actor, STORY_WRITE_ROLES, org),
}
