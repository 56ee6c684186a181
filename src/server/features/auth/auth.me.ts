// "Who am I": account, person, grants and what the account may do, for the web app's menus.
import { eq } from 'drizzle-orm'
import type { MeResponse } from '../../../common/contracts/auth.ts'
import type { Db } from '../../db/client.ts'
import { isAdmin, mfaRequiredFor } from '../../lib/authz.ts'
import { sha256 } from '../../lib/tokens.ts'
import { accounts, sessions } from '../accounts/accounts.table.ts'
import { loadGrantViews } from '../accounts/accounts.service.ts'
import { PEOPLE_READ_ROLES } from '../people/people.policy.ts'
import { people } from '../people/people.table.ts'
import { loadActor } from './auth.service.ts'

export async function loadMe(db: Db, accountId: string, sessionId: string | null, mfaPolicy: 'subtree' | 'off'): Promise<MeResponse> {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId)).limit(1)
  const actor = await loadActor(db, accountId, 'session')
  const [person] = account.personId ? await db.select({ id: people.id, fullName: people.fullName }).from(people).where(eq(people.id, account.personId)) : []
  const [session] = sessionId ? await db.select({ csrfToken: sessions.csrfToken }).from(sessions).where(eq(sessions.idHash, sha256(sessionId))) : []
  const office = actor?.grants.some((g) => g.role === 'office' && g.scope === 'subtree') ?? false
  return {
    account: { id: account.id, username: account.username, displayName: account.displayName },
    person: person ?? null,
    grants: await loadGrantViews(db, accountId),
    abilities: {
      manageAccounts: actor ? isAdmin(actor) : false,
      createOrganizations: actor ? isAdmin(actor) || office : false,
      createPeople: actor ? isAdmin(actor) || actor.grants.some((g) => g.role === 'office') : false,
      manageCycles: actor ? isAdmin(actor) : false,
      findPeople: actor ? isAdmin(actor) || actor.grants.some((g) => PEOPLE_READ_ROLES.includes(g.role)) : false,
    },
    mfa: { enabled: account.totpEnabledAt !== null, required: actor ? mfaRequiredFor(actor, mfaPolicy) : false },
    csrfToken: session?.csrfToken ?? '',
  }
}
