// An exemplary commitment is seen by everyone in the subtree of the leader's unit (or by all, when public) and by those
// who read that unit; colleagues comment, and a residence cell comments through its secretary.
import type { Actor } from '../../lib/actor.ts'
import { grantCovers, isAdmin, type OrgRef } from '../../lib/authz.ts'

export interface ExemplaryRef {
  personId: string
  organization: OrgRef
  subjectGroup: string
  status: string
  publishedScope: string | null
}

const owns = (actor: Actor, c: ExemplaryRef) => actor.personId !== null && actor.personId === c.personId
/** Inside the leader's subtree (a member of a cell below), or over it. */
const near = (actor: Actor, c: ExemplaryRef) => actor.grants.some((g) => g.organizationPath.startsWith(c.organization.path) || grantCovers(g, c.organization))

export const exemplaryPolicy = {
  publish: (actor: Actor, c: ExemplaryRef) => owns(actor, c) && c.subjectGroup === 'leader' && c.status === 'approved',
  unpublish: (actor: Actor, c: ExemplaryRef) => owns(actor, c) && c.publishedScope !== null,
  read: (actor: Actor, c: ExemplaryRef) =>
    c.publishedScope !== null && (owns(actor, c) || isAdmin(actor) || c.publishedScope === 'public' || near(actor, c)),
  comment: (actor: Actor, c: ExemplaryRef, source: 'colleague' | 'residence') =>
    exemplaryPolicy.read(actor, c) && !owns(actor, c) && actor.accountId !== null &&
    (source === 'colleague' ? near(actor, c) : actor.grants.some((g) => g.role === 'secretary')),
}
