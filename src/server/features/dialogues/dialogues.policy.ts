// Who may do what with receptions and dialogues. The committee's office, secretary and leaders manage the sessions of
// the units their grants reach (their unit, or their subtree); inspectors read them; members have no access.
// A promise's owner unit (and the levels above it) reports progress; the session's managers edit or drop it.
import type { Role } from '../../../common/contracts/enums.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole, type OrgRef } from '../../lib/authz.ts'

const READ: readonly Role[] = ['office', 'secretary', 'leader', 'inspector']
const MANAGE: readonly Role[] = ['office', 'secretary', 'leader']

export const dialoguePolicy = {
  /** Sessions, promises and compliance of a unit's subtree. */
  list: (actor: Actor, org: OrgRef) => hasRole(actor, READ, org),
  read: (actor: Actor, sessionOrg: OrgRef) => hasRole(actor, READ, sessionOrg),
  /** Schedule, change, hold, cancel; record questions and promises; take a question in as a feedback case. */
  manage: (actor: Actor, sessionOrg: OrgRef) => hasRole(actor, MANAGE, sessionOrg),
  /** A promise is read where its owner unit or its session is read. */
  readPromise: (actor: Actor, { owner, sessionOrg }: { owner: OrgRef; sessionOrg: OrgRef }) => hasRole(actor, READ, owner) || hasRole(actor, READ, sessionOrg),
  /** Progress reports: the owner unit and the levels above it, and the session's managers. */
  report: (actor: Actor, { owner, sessionOrg }: { owner: OrgRef; sessionOrg: OrgRef }) => hasRole(actor, MANAGE, owner) || hasRole(actor, MANAGE, sessionOrg),
  /** Edit a promise or drop it: the session's managers. */
  managePromise: (actor: Actor, { sessionOrg }: { owner: OrgRef; sessionOrg: OrgRef }) => hasRole(actor, MANAGE, sessionOrg),
}
