import { z } from 'zod'
import { GrantScope, OrgKind, Role } from './enums.ts'
import { Id } from './common.ts'

export const LoginBody = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  /** The 6-digit TOTP code, for accounts with two-step sign-in. */
  otp: z.string().regex(/^\d{6}$/, { error: 'mfaInvalid' }).optional(),
})

export const GrantView = z.object({
  id: Id,
  role: Role,
  scope: GrantScope,
  organization: z.object({ id: Id, code: z.string(), name: z.string(), kind: OrgKind }),
})
export type GrantView = z.infer<typeof GrantView>

export const MeResponse = z.object({
  account: z.object({ id: Id, username: z.string(), displayName: z.string() }),
  person: z.object({ id: Id, fullName: z.string() }).nullable(),
  grants: z.array(GrantView),
  /** What this account may do anywhere; per-resource abilities come with each resource. */
  abilities: z.object({
    manageAccounts: z.boolean(),
    createOrganizations: z.boolean(),
    createPeople: z.boolean(),
    /** May list and search people (a plain member sees only their own record). */
    findPeople: z.boolean(),
    /** Cycles, themes and rating rule sets (administrators). */
    manageCycles: z.boolean(),
  }),
  /** Two-step sign-in: on for this account; required by the installation's policy (then the app asks to set it up). */
  mfa: z.object({ enabled: z.boolean(), required: z.boolean() }),
  csrfToken: z.string(),
})
export type MeResponse = z.infer<typeof MeResponse>

export const MfaSetupResponse = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() })
export const MfaConfirmBody = z.strictObject({ otp: z.string().regex(/^\d{6}$/, { error: 'mfaInvalid' }) })

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(12).max(128),
})
