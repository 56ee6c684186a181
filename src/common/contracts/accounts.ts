import { z } from 'zod'
import { GrantScope, Role } from './enums.ts'
import { Id, Page } from './common.ts'
import { newPassword, username } from './fields.ts'
import { GrantView } from './auth.ts'

export const AccountStatus = z.enum(['active', 'disabled'])

export const Account = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  status: AccountStatus,
  person: z.object({ id: Id, fullName: z.string() }).nullable(),
  grants: z.array(GrantView),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  mfaEnabled: z.boolean(),
})
export type Account = z.infer<typeof Account>
export const AccountsPage = Page(Account)
export const AccountsQuery = z.strictObject({ q: z.string().max(100).optional(), cursor: z.string().max(500).optional() })

export const GrantInput = z.strictObject({ role: Role, organizationId: Id, scope: GrantScope.default('subtree') })

export const CreateAccountBody = z.strictObject({
  username,
  displayName: z.string().trim().min(2).max(120),
  password: newPassword,
  personId: Id.nullable().optional(),
  grants: z.array(GrantInput).max(20).default([]),
})
export const UpdateAccountBody = z.strictObject({
  displayName: z.string().trim().min(2).max(120).optional(),
  status: AccountStatus.optional(),
  personId: Id.nullable().optional(),
})
export const SetPasswordBody = z.strictObject({ password: newPassword })
export const GrantIdParams = z.strictObject({ id: Id, grantId: Id })
