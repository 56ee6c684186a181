import type { Account } from '../../../common/contracts/accounts.ts'
import type { GrantView } from '../../../common/contracts/auth.ts'
import type { AccountRow } from './accounts.service.ts'

/** Never the password hash nor the TOTP secret. */
export function presentAccount(row: AccountRow, grants: GrantView[], personName: string | undefined): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    status: row.status as Account['status'],
    person: row.personId && personName ? { id: row.personId, fullName: personName } : null,
    grants,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    mfaEnabled: row.totpEnabledAt !== null,
  }
}
