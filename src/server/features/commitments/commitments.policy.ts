// Who may do what with a personal commitment: its owner writes and submits it; the cell secretary (or an office over
// the unit) approves or returns it; leaders and inspectors over the unit read it.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, type OrgRef } from '../../lib/authz.ts'

const REVIEW: readonly Role[] = ['secretary', 'office']
const READ: readonly Role[] = ['secretary', 'office', 'leader', 'inspector']

export interface CommitmentRef {
  personId: string
  organization: OrgRef
  status: string
}

const owns = (actor: Actor, c: CommitmentRef) => actor.personId !== null && actor.personId === c.personId
const editable = (status: string) => status === 'draft' || status === 'returned'

export const commitmentPolicy = {
  read: (actor: Actor, c: CommitmentRef) => owns(actor, c) || hasRole(actor, READ, c.organization),
  edit: (actor: Actor, c: CommitmentRef) => owns(actor, c) && editable(c.status),
  submit: (actor: Actor, c: CommitmentRef) => owns(actor, c) && editable(c.status),
  /** Reviewing needs the role over the unit and someone else's commitment. */
  review: (actor: Actor, c: CommitmentRef) => !owns(actor, c) && hasRole(actor, REVIEW, c.organization),
  reopen: (actor: Actor, c: CommitmentRef) => owns(actor, c) && c.status === 'approved',
  /** Mid-year progress and the year-end self-assessment: the owner, on an approved commitment. */
  assess: (actor: Actor, c: CommitmentRef) => owns(actor, c) && c.status === 'approved',
  /** A unit's roster of commitments. */
  listUnit: (actor: Actor, org: OrgRef) => hasRole(actor, READ, org),
}

export function commitmentAbilities(actor: Actor, c: CommitmentRef, cycleStatus: string) {
  const open = cycleStatus === 'registration' || cycleStatus === 'in_progress'
  const review = open && c.status === 'submitted' && commitmentPolicy.review(actor, c)
  return {
    edit: open && commitmentPolicy.edit(actor, c),
    submit: open && commitmentPolicy.submit(actor, c),
    approve: review,
    return: review,
    reopen: open && commitmentPolicy.reopen(actor, c),
    reportProgress: cycleStatus === 'in_progress' && commitmentPolicy.assess(actor, c),
    selfAssess: cycleStatus === 'yearend_review' && commitmentPolicy.assess(actor, c),
  }
}
