// Who may do what with inspections and supervision. The inspecting level's inspectors, office, secretary and leaders
// (a grant on that unit itself) manage its programme and visits; the levels above it read them. The inspected unit —
// and the levels above it — read a visit once it is concluded (planned and cancelled visits may be unannounced, so
// they stay with the inspecting side); the inspected unit's office, secretary and leaders report back. Members: nothing.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { grantCovers, hasRole, isAdmin, type OrgRef } from '../../lib/authz.ts'

const INSPECT: readonly Role[] = ['inspector', 'office', 'secretary', 'leader']
const ANSWER: readonly Role[] = ['office', 'secretary', 'leader']

/** A grant on the unit itself (a subtree grant rooted exactly there, or a unit grant on it). */
const atUnit = (actor: Actor, roles: readonly Role[], org: OrgRef) =>
  isAdmin(actor) || actor.grants.some((g) => roles.includes(g.role) && g.organizationId === org.id && grantCovers(g, org))

export interface VisitRefs {
  inspecting: OrgRef
  target: OrgRef
  status: string
}

export const inspectionPolicy = {
  /** A level's programme and the visits it (or its subtree) makes: that level and the levels above it. */
  list: (actor: Actor, org: OrgRef) => hasRole(actor, INSPECT, org),
  /** Draw up or change the programme; schedule, change, cancel and conclude visits. */
  manage: (actor: Actor, inspecting: OrgRef) => atUnit(actor, INSPECT, inspecting),
  /** The visits a unit received ("đã được kiểm tra"): concluded ones only. */
  listReceived: (actor: Actor, target: OrgRef) => hasRole(actor, INSPECT, target),
  read: (actor: Actor, v: VisitRefs) => hasRole(actor, INSPECT, v.inspecting) || (v.status === 'done' && hasRole(actor, INSPECT, v.target)),
  manageVisit: (actor: Actor, v: VisitRefs) => atUnit(actor, INSPECT, v.inspecting),
  /** The inspected unit answers on the recommendations. */
  reportBack: (actor: Actor, v: VisitRefs) => atUnit(actor, ANSWER, v.target),
}
