// Who is acting: decorated once on the request (req.actor), passed to services inside ctx.
import type { GrantScope, Role } from '../../common/contracts/enums.ts'
import type { Locale } from './messages.ts'

export interface ActorGrant {
  id: string
  role: Role
  scope: GrantScope
  organizationId: string
  /** Materialized path of the granted organization, '/…/id/'. */
  organizationPath: string
}

export interface Actor {
  accountId: string | null
  /** Shown in the audit log: the username, or 'system:cli' for the command line. */
  label: string
  personId: string | null
  grants: ActorGrant[]
  via: 'session' | 'token' | 'system'
  /** Two-step sign-in (TOTP) is on for the account. */
  mfaEnabled: boolean
}

export interface Ctx {
  actor: Actor
  requestId: string | null
  locale: Locale
}

/** The command line and the seeder act as the installation itself. */
export function systemActor(label = 'system:cli'): Actor {
  return { accountId: null, label, personId: null, grants: [], via: 'system', mfaEnabled: true }
}

export function systemCtx(label?: string): Ctx {
  return { actor: systemActor(label), requestId: null, locale: 'vi' }
}
