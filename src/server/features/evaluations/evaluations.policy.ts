// The cell (secretary) or an office over it records the collective review; an office over the grassroots organization
// decides; an office of a higher level (or the administrator) annuls a decision.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, hasRoleBelow, type OrgRef } from '../../lib/authz.ts'

const READ: readonly Role[] = ['secretary', 'office', 'leader', 'inspector']

export interface EvaluationRef {
  personId: string
  unit: OrgRef
  scope: OrgRef
  status: string
}

export const evaluationPolicy = {
  read: (actor: Actor, e: EvaluationRef) => actor.personId === e.personId || hasRole(actor, READ, e.unit),
  review: (actor: Actor, unit: OrgRef) => hasRole(actor, ['secretary', 'office'], unit),
  decide: (actor: Actor, e: EvaluationRef) => actor.personId !== e.personId && hasRole(actor, ['office'], e.scope),
  /** Strictly above the deciding organization. */
  annul: (actor: Actor, e: EvaluationRef) => hasRoleBelow(actor, ['office'], e.scope),
  list: (actor: Actor, org: OrgRef) => hasRole(actor, READ, org),
}

export function evaluationAbilities(actor: Actor, e: EvaluationRef, cycleStatus: string) {
  const open = cycleStatus === 'yearend_review'
  return {
    review: open && e.status === 'proposed' && evaluationPolicy.review(actor, e.unit),
    decide: open && e.status === 'proposed' && evaluationPolicy.decide(actor, e),
    annul: e.status === 'decided' && evaluationPolicy.annul(actor, e),
  }
}

/** An organization's own rating: written by its secretary or office, decided by an office of the level above (or higher). */
export interface CollectiveRef {
  organization: OrgRef
  deciding: OrgRef
  status: string
}

export const collectivePolicy = {
  list: (actor: Actor, org: OrgRef) => hasRole(actor, READ, org),
  selfAssess: (actor: Actor, org: OrgRef) => hasRole(actor, ['secretary', 'office'], org),
  read: (actor: Actor, e: CollectiveRef) => hasRole(actor, READ, e.organization),
  decide: (actor: Actor, e: CollectiveRef) => hasRole(actor, ['office'], e.deciding),
  annul: (actor: Actor, e: CollectiveRef) => hasRoleBelow(actor, ['office'], e.deciding),
}

export function collectiveAbilities(actor: Actor, e: CollectiveRef, cycleStatus: string) {
  const open = cycleStatus === 'yearend_review'
  return {
    selfAssess: open && e.status === 'proposed' && collectivePolicy.selfAssess(actor, e.organization),
    decide: open && e.status === 'proposed' && collectivePolicy.decide(actor, e),
    annul: e.status === 'decided' && collectivePolicy.annul(actor, e),
  }
}
