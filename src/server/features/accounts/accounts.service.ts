// Accounts and grants: created by administrators in the web app or with the CLI.
import { and, asc, eq, gt, inArray, isNull, like, ne, or, sql } from 'drizzle-orm'
import type { GrantView } from '../../../common/contracts/auth.ts'
import type { GrantScope, OrgKind, Role } from '../../../common/contracts/enums.ts'
import { fold } from '../../../common/text/index.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired } from '../../lib/clean.ts'
import { AppError, conflict, notFound } from '../../lib/errors.ts'
import { assertPasswordAcceptable, hashPassword, verifyPassword } from '../../lib/password.ts'
import { sha256 } from '../../lib/tokens.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'
import { accounts, apiTokens, grants, sessions } from './accounts.table.ts'

export type AccountRow = typeof accounts.$inferSelect
export interface GrantInput {
  role: Role
  organizationId: string
  scope: GrantScope
}

export async function loadGrantViews(db: Tx, accountId: string): Promise<GrantView[]> {
  const rows = await db
    .select({ id: grants.id, role: grants.role, scope: grants.scope, org: { id: organizations.id, code: organizations.code, name: organizations.name, kind: organizations.kind } })
    .from(grants)
    .innerJoin(organizations, eq(organizations.id, grants.organizationId))
    .where(eq(grants.accountId, accountId))
    .orderBy(asc(grants.createdAt))
  return rows.map((r) => ({ id: r.id, role: r.role as Role, scope: r.scope as GrantScope, organization: { ...r.org, kind: r.org.kind as OrgKind } }))
}

export async function getAccount(db: Tx, id: string): Promise<AccountRow> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1)
  if (!row) throw notFound('accountNotFound')
  return row
}

export async function getAccountByUsername(db: Tx, username: string): Promise<AccountRow> {
  const [row] = await db.select().from(accounts).where(eq(sql`lower(${accounts.username})`, username.toLowerCase())).limit(1)
  if (!row) throw notFound('accountNotFound')
  return row
}

export async function listAccounts(db: Db, { q, after, limit }: { q?: string; after?: string; limit: number }) {
  const term = q ? `%${fold(q).replace(/[\\%_]/g, (c: string) => `\\${c}`)}%` : null
  return db
    .select()
    .from(accounts)
    .where(and(
      after ? gt(accounts.username, after) : undefined,
      term ? or(like(sql`lower(${accounts.username})`, term), like(sql`lower(f_unaccent(${accounts.displayName}))`, term)) : undefined,
    ))
    .orderBy(asc(accounts.username))
    .limit(limit)
}

export async function personNames(db: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.select({ id: people.id, fullName: people.fullName }).from(people).where(inArray(people.id, ids))
  return new Map(rows.map((r) => [r.id, r.fullName]))
}

async function insertGrant(tx: Tx, ctx: Ctx, accountId: string, grant: GrantInput) {
  const [org] = await tx.select({ id: organizations.id, status: organizations.status }).from(organizations).where(eq(organizations.id, grant.organizationId))
  if (!org) throw notFound('organizationNotFound')
  if (org.status !== 'active') throw conflict('orgNotActive')
  const [existing] = await tx.select({ id: grants.id }).from(grants).where(and(eq(grants.accountId, accountId), eq(grants.role, grant.role), eq(grants.organizationId, grant.organizationId)))
  if (existing) throw conflict('grantExists')
  const [row] = await tx.insert(grants).values({ accountId, ...grant }).returning()
  await audit(tx, ctx, { action: 'grant.create', entityType: 'grant', entityId: row.id, organizationId: grant.organizationId, data: { accountId, ...grant } })
  return row
}

const cleanDisplayName = (value: string) => cleanRequired(value, 'displayName', 2)

export interface CreateAccountInput {
  username: string
  displayName: string
  password: string
  personId?: string | null
  grants: GrantInput[]
}

export async function createAccount({ db, ctx, input }: { db: Db | Tx; ctx: Ctx; input: CreateAccountInput }): Promise<AccountRow> {
  assertPasswordAcceptable(input.password)
  const displayName = cleanDisplayName(input.displayName)
  const passwordHash = await hashPassword(input.password)
  const username = input.username.trim().toLowerCase()
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: accounts.id }).from(accounts).where(eq(sql`lower(${accounts.username})`, username))
    if (taken) throw new AppError('conflict', 'usernameTaken', { username }, { fields: [{ path: 'username', message: 'usernameTaken' }] })
    if (input.personId) {
      const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId))
      if (!p) throw notFound('personNotFound')
    }
    const [row] = await tx
      .insert(accounts)
      .values({ username, displayName, passwordHash, personId: input.personId ?? null })
      .returning()
    await audit(tx, ctx, { action: 'account.create', entityType: 'account', entityId: row.id, data: { username, displayName: row.displayName, personId: row.personId } })
    for (const grant of input.grants) await insertGrant(tx, ctx, row.id, grant)
    return row
  })
}

export async function updateAccount({ db, ctx, account, input }: { db: Db; ctx: Ctx; account: AccountRow; input: { displayName?: string; status?: 'active' | 'disabled'; personId?: string | null } }) {
  if (input.status === 'disabled' && ctx.actor.accountId === account.id) throw conflict('cannotDisableSelf')
  const displayName = input.displayName === undefined ? undefined : cleanDisplayName(input.displayName)
  return db.transaction(async (tx) => {
    if (input.personId) {
      const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId))
      if (!p) throw notFound('personNotFound')
    }
    const [row] = await tx
      .update(accounts)
      .set({
        displayName,
        status: input.status,
        personId: input.personId,
        updatedAt: new Date(),
      })
      .where(eq(accounts.id, account.id))
      .returning()
    // Disabling an account ends its sessions at once (ASVS 7.4.2).
    if (input.status === 'disabled') await tx.delete(sessions).where(eq(sessions.accountId, account.id))
    await audit(tx, ctx, { action: 'account.update', entityType: 'account', entityId: account.id, data: { ...input } })
    return row
  })
}

export async function setPassword({ db, ctx, account, password }: { db: Db; ctx: Ctx; account: AccountRow; password: string }) {
  assertPasswordAcceptable(password)
  const passwordHash = await hashPassword(password)
  await db.transaction(async (tx) => {
    await tx.update(accounts).set({ passwordHash, updatedAt: new Date() }).where(eq(accounts.id, account.id))
    // A new password ends every way in that the old one opened: sessions and personal API tokens.
    await tx.delete(sessions).where(eq(sessions.accountId, account.id))
    await tx.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.accountId, account.id), isNull(apiTokens.revokedAt)))
    await audit(tx, ctx, { action: 'account.set_password', entityType: 'account', entityId: account.id })
  })
}

/**
 * The account holder changes their own password: the current one is checked (throttled like sign-in), every other
 * session and every personal API token ends, this session stays.
 */
export async function changeOwnPassword({ db, ctx, account, currentPassword, newPassword, keepSessionId }: {
  db: Db; ctx: Ctx; account: AccountRow; currentPassword: string; newPassword: string; keepSessionId: string | null
}) {
  if (!(await verifyPassword(account.passwordHash, currentPassword))) {
    throw new AppError('validation_failed', 'wrongCurrentPassword', {}, { fields: [{ path: 'currentPassword', message: 'wrongCurrentPassword' }] })
  }
  if (currentPassword === newPassword) throw new AppError('validation_failed', 'samePassword', {}, { fields: [{ path: 'newPassword', message: 'samePassword' }] })
  assertPasswordAcceptable(newPassword)
  const passwordHash = await hashPassword(newPassword)
  await db.transaction(async (tx) => {
    await tx.update(accounts).set({ passwordHash, updatedAt: new Date() }).where(eq(accounts.id, account.id))
    await tx.delete(sessions).where(and(eq(sessions.accountId, account.id), keepSessionId ? ne(sessions.idHash, sha256(keepSessionId)) : undefined))
    await tx.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.accountId, account.id), isNull(apiTokens.revokedAt)))
    await audit(tx, ctx, { action: 'account.change_own_password', entityType: 'account', entityId: account.id })
  })
}

export async function addGrant({ db, ctx, account, grant }: { db: Db | Tx; ctx: Ctx; account: AccountRow; grant: GrantInput }) {
  return db.transaction((tx) => insertGrant(tx, ctx, account.id, grant))
}

export async function removeGrant({ db, ctx, account, grantId }: { db: Db; ctx: Ctx; account: AccountRow; grantId: string }) {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(grants).where(and(eq(grants.id, grantId), eq(grants.accountId, account.id))).returning()
    if (!row) throw notFound()
    if (row.role === 'admin') {
      const [left] = await tx
        .select({ id: grants.id })
        .from(grants)
        .innerJoin(accounts, and(eq(accounts.id, grants.accountId), eq(accounts.status, 'active')))
        .where(eq(grants.role, 'admin'))
        .limit(1)
      if (!left) throw conflict('lastAdmin')
    }
    await audit(tx, ctx, { action: 'grant.delete', entityType: 'grant', entityId: grantId, organizationId: row.organizationId, data: { accountId: account.id, role: row.role, scope: row.scope } })
  })
}
