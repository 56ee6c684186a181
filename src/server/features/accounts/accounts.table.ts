import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, updatedAt } from '../../db/columns.ts'

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** The person this account belongs to; set by the people feature (no FK cycle at the table level). */
    personId: uuid('person_id'),
    status: text('status').notNull().default('active'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'date' }),
    /** TOTP (RFC 6238) secret, base32; set once confirmed with a code. */
    totpSecret: text('totp_secret'),
    /** A secret being set up, not yet confirmed. */
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true, mode: 'date' }),
    /** The last time step accepted: a code is good once (ASVS 6.5.1). */
    totpLastStep: integer('totp_last_step'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('accounts_username_idx').on(sql`lower(${t.username})`),
    check('accounts_status_check', sql`${t.status} in ('active','disabled')`),
  ],
)

export const grants = pgTable(
  'grants',
  {
    id: id(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    organizationId: uuid('organization_id').notNull(),
    scope: text('scope').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('grants_unique_idx').on(t.accountId, t.role, t.organizationId),
    index('grants_org_idx').on(t.organizationId),
    check('grants_role_check', sql`${t.role} in ('admin','office','secretary','leader','inspector','member')`),
    check('grants_scope_check', sql`${t.scope} in ('unit','subtree')`),
  ],
)

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    name: text('name').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [index('api_tokens_account_idx').on(t.accountId)],
)

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the 256-bit random session id; the id itself lives only in the cookie. */
    idHash: text('id_hash').primaryKey(),
    accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
)
