// Two-step sign-in with TOTP (RFC 6238: 6 digits, 30 s steps, one step of drift either way); each code is good once.
import { eq } from 'drizzle-orm'
import { Secret, TOTP } from 'otpauth'
import { renderSVG } from 'uqr'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError, conflict } from '../../lib/errors.ts'
import { accounts, sessions } from '../accounts/accounts.table.ts'
import type { AccountRow } from '../accounts/accounts.service.ts'

const ISSUER = 'Nêu Gương'
const PERIOD = 30

const totpFor = (secret: string, label: string) => new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), digits: 6, period: PERIOD })

/** The time step a code belongs to, or null when it matches none within one step of now. */
export function matchStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totpFor(secret, 'x').validate({ token: code, timestamp: now, window: 1 })
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta
}

/** Verifies a code for an account with TOTP on, and burns its step so it cannot be replayed. */
export async function consumeCode(tx: Tx, account: AccountRow, code: string): Promise<boolean> {
  if (!account.totpSecret) return false
  const step = matchStep(account.totpSecret, code)
  if (step === null || (account.totpLastStep !== null && step <= account.totpLastStep)) return false
  await tx.update(accounts).set({ totpLastStep: step }).where(eq(accounts.id, account.id))
  return true
}

export async function startTotpSetup({ db, ctx, account }: { db: Db; ctx: Ctx; account: AccountRow }) {
  if (account.totpEnabledAt) throw conflict('mfaAlreadyEnabled')
  const secret = new Secret({ size: 20 }).base32
  const uri = totpFor(secret, account.username).toString()
  await db.transaction(async (tx) => {
    await tx.update(accounts).set({ totpPendingSecret: secret, updatedAt: new Date() }).where(eq(accounts.id, account.id))
    await audit(tx, ctx, { action: 'mfa.setup_started', entityType: 'account', entityId: account.id })
  })
  return { secret, otpauthUri: uri, qrSvg: renderSVG(uri, { border: 2 }) }
}

export async function confirmTotpSetup({ db, ctx, account, code }: { db: Db; ctx: Ctx; account: AccountRow; code: string }) {
  if (account.totpEnabledAt) throw conflict('mfaAlreadyEnabled')
  const step = account.totpPendingSecret ? matchStep(account.totpPendingSecret, code) : null
  if (step === null) throw new AppError('validation_failed', 'mfaInvalid', {}, { fields: [{ path: 'otp', message: 'mfaInvalid' }] })
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ totpSecret: account.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: step, updatedAt: new Date() })
      .where(eq(accounts.id, account.id))
    await audit(tx, ctx, { action: 'mfa.enabled', entityType: 'account', entityId: account.id })
  })
}

/** An administrator clears a lost authenticator: the account sets up TOTP again at its next sign-in. */
export async function resetTotp({ db, ctx, account }: { db: Db; ctx: Ctx; account: AccountRow }) {
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: new Date() })
      .where(eq(accounts.id, account.id))
    await tx.delete(sessions).where(eq(sessions.accountId, account.id))
    await audit(tx, ctx, { action: 'mfa.reset', entityType: 'account', entityId: account.id })
  })
}
