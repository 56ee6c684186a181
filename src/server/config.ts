// The only reader of process.env: one zod schema, parsed once at boot.
import { resolve } from 'node:path'
import { z } from 'zod'

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres://').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Cookies marked Secure with the __Host- prefix. Default: on in production. */
  COOKIE_SECURE: bool.optional(),
  /** Trust X-Forwarded-For from a reverse proxy (set to the proxy's address or hop count). */
  TRUST_PROXY: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  /** Two-step sign-in (TOTP): 'subtree' requires it of every account that sees a subtree (and administrators). */
  MFA_REQUIRED: z.enum(['subtree', 'off']).optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  /** LibreOffice for PDF documents: a path, or a name looked up on PATH (default soffice); "none" turns PDF off. */
  SOFFICE_PATH: z.string().optional(),
  /** The installation's mail server, e.g. smtp://mail.tinh.gov.vn:25 or smtps://user:pass@host:465; unset: no mail. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps://').optional(),
  MAIL_FROM: z.string().optional(),
  /** The address citizens reach the app at (links in mail), e.g. https://neuguong.tinh.gov.vn */
  PUBLIC_URL: z.url().optional(),
})

export type Config = {
  env: 'development' | 'production' | 'test'
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  logLevel: string
  cookieSecure: boolean
  trustProxy: string | undefined
  sessionIdleMs: number
  sessionAbsoluteMs: number
  bodyLimit: number
  mfaRequired: 'subtree' | 'off'
  /** soffice to convert documents to PDF (absent on the machine: PDF is not offered); null: PDF turned off. */
  sofficePath: string | null
  /** Mail to citizens (tracking code, answer published); null when no mail server is configured. */
  mail: { url: string; from: string; publicUrl: string | null } | null
  /** The address citizens reach the app at, without a trailing slash (share pages' absolute links); null: the request's host. */
  publicUrl: string | null
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (DATABASE_URL= npm start runs on PGlite).
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = Env.safeParse(present)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    trustProxy: e.TRUST_PROXY,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    bodyLimit: e.BODY_LIMIT_BYTES,
    mfaRequired: e.MFA_REQUIRED ?? (e.NODE_ENV === 'production' ? 'subtree' : 'off'),
    sofficePath: e.SOFFICE_PATH === 'none' ? null : (e.SOFFICE_PATH ?? 'soffice'),
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    mail: e.SMTP_URL ? { url: e.SMTP_URL, from: e.MAIL_FROM ?? 'Nêu Gương <no-reply@localhost>', publicUrl: e.PUBLIC_URL?.replace(/\/+$/, '') ?? null } : null,
  }
}
