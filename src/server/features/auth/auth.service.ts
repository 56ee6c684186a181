// Sign-in, sessions and personal API tokens.
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import type { Actor, ActorGrant, Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError } from '../../lib/errors.ts'
import { dummyPasswordHash, verifyPassword } from '../../lib/password.ts'
import { randomToken, sha256 } from '../../lib/tokens.ts'
import { accounts, apiTokens, grants, sessions } from '../accounts/accounts.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import type { LoginThrottles } from './auth.throttle.ts'
import { consumeCode } from './auth.totp.ts'

export interface SessionPolicy {
  idleMs: number
  absoluteMs: number
}

export interface LoginInput {
  db: Db
  ctx: Ctx
  throttles: LoginThrottles
  username: string
  password: string
  address: string
  previousSessionId?: string
  policy: SessionPolicy
  /** The TOTP code, for accounts with two-step sign-in. */
  otp?: string
}

export async function login(input: LoginInput): Promise<{ sessionId: string; accountId: string }> {
  const { db, ctx, throttles, policy } = input
  const accountKey = input.username.trim().toLowerCase()
  const wait = Math.max(throttles.account.retryAfter(accountKey), throttles.address.retryAfter(input.address))
  if (wait > 0) throw new AppError('rate_limited', 'rateLimited', { seconds: wait })

  const [account] = await db.select().from(accounts).where(eq(sql`lower(${accounts.username})`, accountKey)).limit(1)
  const ok = account
    ? (await verifyPassword(account.passwordHash, input.password)) && account.status === 'active'
    : (await verifyPassword(await dummyPasswordHash(), input.password), false)
  const fail = async (reason: 'password' | 'otp') => {
    throttles.account.fail(accountKey)
    throttles.address.fail(input.address)
    await db.transaction((tx) =>
      audit(tx, ctx, { action: 'auth.login_failed', entityType: 'account', entityId: account?.id ?? null, data: { username: accountKey.slice(0, 60), reason } }),
    )
  }
  if (!ok || !account) {
    await fail('password')
    throw new AppError('unauthenticated', 'badCredentials')
  }
  if (account.totpEnabledAt) {
    if (!input.otp) throw new AppError('mfa_required', 'mfaRequired')
    if (!(await db.transaction((tx) => consumeCode(tx, account, input.otp!)))) {
      await fail('otp')
      throw new AppError('mfa_required', 'mfaInvalid')
    }
  }
  throttles.account.reset(accountKey)

  const sessionId = randomToken()
  const now = Date.now()
  await db.transaction(async (tx) => {
    if (input.previousSessionId) await tx.delete(sessions).where(eq(sessions.idHash, sha256(input.previousSessionId)))
    await tx.insert(sessions).values({
      idHash: sha256(sessionId),
      accountId: account.id,
      csrfToken: randomToken(),
      expiresAt: new Date(now + policy.absoluteMs),
    })
    await tx.update(accounts).set({ lastLoginAt: new Date(now) }).where(eq(accounts.id, account.id))
    await audit(tx, { ...ctx, actor: { ...ctx.actor, accountId: account.id, label: account.username } }, {
      action: 'auth.login', entityType: 'account', entityId: account.id,
    })
  })
  return { sessionId, accountId: account.id }
}

export async function logout({ db, ctx, sessionId }: { db: Db; ctx: Ctx; sessionId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.idHash, sha256(sessionId)))
    await audit(tx, ctx, { action: 'auth.logout', entityType: 'account', entityId: ctx.actor.accountId })
  })
}

export type ResolvedSession = { accountId: string; csrfToken: string } | { expired: true } | null

/** Looks a session up by its id; enforces idle and absolute timeouts and touches it at most once a minute. */
export async function resolveSession(db: Db, sessionId: string, policy: SessionPolicy): Promise<ResolvedSession> {
  const idHash = sha256(sessionId)
  const [row] = await db
    .select({ s: sessions, status: accounts.status })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.idHash, idHash))
    .limit(1)
  if (!row) return null
  const now = Date.now()
  if (row.status !== 'active' || row.s.expiresAt.getTime() <= now || row.s.lastSeenAt.getTime() + policy.idleMs <= now) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash))
    return { expired: true }
  }
  if (now - row.s.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.idHash, idHash))
  }
  return { accountId: row.s.accountId, csrfToken: row.s.csrfToken }
}

export async function resolveToken(db: Db, token: string): Promise<string | null> {
  const [row] = await db
    .select({ id: apiTokens.id, accountId: apiTokens.accountId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt), eq(accounts.status, 'active')))
    .limit(1)
  if (!row) return null
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id))
  }
  return row.accountId
}

export async function loadActor(db: Db, accountId: string, via: Actor['via']): Promise<Actor | null> {
  const [account] = await db.select().from(accounts).where(and(eq(accounts.id, accountId), eq(accounts.status, 'active'))).limit(1)
  if (!account) return null
  const rows = await db
    .select({ id: grants.id, role: grants.role, scope: grants.scope, organizationId: grants.organizationId, organizationPath: organizations.path })
    .from(grants)
    .innerJoin(organizations, and(eq(organizations.id, grants.organizationId), eq(organizations.status, 'active')))
    .where(eq(grants.accountId, accountId))
  return { accountId: account.id, label: account.username, personId: account.personId, grants: rows as ActorGrant[], via, mfaEnabled: account.totpEnabledAt !== null }
}

export async function createApiToken({ db, ctx, accountId, name }: { db: Db; ctx: Ctx; accountId: string; name: string }): Promise<string> {
  const token = randomToken('ng_')
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(apiTokens).values({ accountId, tokenHash: sha256(token), name }).returning({ id: apiTokens.id })
    await audit(tx, ctx, { action: 'token.create', entityType: 'api_token', entityId: row.id, data: { accountId, name } })
  })
  return token
}

/** Removes sessions past their idle or absolute timeout; returns how many. */
export async function deleteExpiredSessions(db: Db, policy: SessionPolicy): Promise<number> {
  const now = Date.now()
  const gone = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, new Date(now)), lt(sessions.lastSeenAt, new Date(now - policy.idleMs))))
    .returning({ idHash: sessions.idHash })
  return gone.length
}
