// Tamper-evident audit: each event is written in the caller's transaction and chained to the previous one by SHA-256.
import { createHash } from 'node:crypto'
import { asc, desc, gt, sql } from 'drizzle-orm'
import type { Db, Tx } from '../db/client.ts'
import { auditEvents } from '../features/audit/audit.table.ts'
import type { Ctx } from './actor.ts'

export const GENESIS_HASH = '0'.repeat(64)
const CHAIN_LOCK = 0x6e67 // one chain, no forks: appends are serialized by this advisory lock

export interface AuditInput {
  action: string
  entityType: string
  entityId?: string | null
  organizationId?: string | null
  data?: Record<string, unknown>
}

type Canonical = Omit<typeof auditEvents.$inferSelect, 'seq' | 'hash' | 'prevHash'>

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export function chainHash(prevHash: string, event: Canonical): string {
  const body = canonicalJson({ ...event, occurredAt: new Date(event.occurredAt).toISOString() })
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex')
}

export async function audit(tx: Tx, ctx: Ctx, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`)
  const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1)
  const prevHash = last?.hash ?? GENESIS_HASH
  const event: Canonical = {
    occurredAt: new Date().toISOString(),
    actorAccountId: ctx.actor.accountId,
    actorLabel: ctx.actor.label,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    organizationId: input.organizationId ?? null,
    data: input.data ?? {},
    requestId: ctx.requestId,
  }
  await tx.insert(auditEvents).values({ ...event, prevHash, hash: chainHash(prevHash, event) })
}

export type VerifyResult = { ok: true; count: number } | { ok: false; count: number; brokenSeq: number; reason: string }

/** Walks the chain in pages; reports the first event whose link or hash does not match. */
export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH
  let after = 0
  let count = 0
  for (;;) {
    const rows = await db.select().from(auditEvents).where(gt(auditEvents.seq, after)).orderBy(asc(auditEvents.seq)).limit(1000)
    if (rows.length === 0) return { ok: true, count }
    for (const { seq, hash, prevHash: storedPrev, ...event } of rows) {
      if (storedPrev !== prevHash) return { ok: false, count, brokenSeq: seq, reason: 'prev_hash does not match the previous event' }
      if (chainHash(prevHash, event) !== hash) return { ok: false, count, brokenSeq: seq, reason: 'hash does not match the event content' }
      prevHash = hash
      after = seq
      count++
    }
  }
}
