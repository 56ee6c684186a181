// Imports in progress from the web app: the uploaded file kept in memory with its preview for an hour, visible to
// the account that uploaded it only. Confirming runs the import in the background and records its progress here.
import { randomBytes } from 'node:crypto'
import type { ImportField, ImportKind, ImportSession } from '../../../common/contracts/imports.ts'
import type { Locale } from '../../lib/messages.ts'
import { presentResult, refusalMessage, reportRows } from './imports.present.ts'
import type { ImportPlan } from './imports.service.ts'
import type { UnitRef } from './imports.units.ts'

export const SESSION_TTL_MS = 60 * 60 * 1000
export const MAX_SESSIONS_PER_ACCOUNT = 3

export interface ImportState {
  id: string
  accountId: string
  kind: ImportKind
  fileName: string
  file: Buffer
  org: UnitRef | null
  mapping: (ImportField | null)[]
  plan: ImportPlan
  status: 'preview' | 'running' | 'done' | 'failed'
  progress: { done: number; total: number } | null
  /** Why a confirmed import failed (already in the reader's language when it happened). */
  failure: string | null
  createdAt: number
}

export class ImportSessions {
  private readonly byId = new Map<string, ImportState>()
  constructor(private readonly now: () => number = Date.now) {}

  private sweep() {
    for (const [id, s] of this.byId) if (s.status !== 'running' && this.now() - s.createdAt > SESSION_TTL_MS) this.byId.delete(id)
  }

  countFor(accountId: string): number {
    this.sweep()
    return [...this.byId.values()].filter((s) => s.accountId === accountId && (s.status === 'preview' || s.status === 'running')).length
  }

  add(state: Omit<ImportState, 'id' | 'createdAt'>): ImportState {
    this.sweep()
    const full = { ...state, id: randomBytes(18).toString('base64url'), createdAt: this.now() }
    this.byId.set(full.id, full)
    return full
  }

  /** Only the uploader sees an import; anyone else gets the same answer as for an unknown id. */
  get(id: string, accountId: string | null): ImportState | null {
    this.sweep()
    const s = this.byId.get(id)
    return s && s.accountId === accountId ? s : null
  }

  delete(id: string) {
    this.byId.delete(id)
  }
}

export function presentSession(s: ImportState, locale: Locale): ImportSession {
  const p = s.plan
  const done = s.status === 'done'
  return {
    id: s.id,
    kind: s.kind,
    fileName: s.fileName,
    status: s.status,
    org: s.org ? { id: s.org.id, code: s.org.code, name: s.org.name } : null,
    columns: p.headers.map((header, i) => ({ header, field: s.mapping[i] ?? null })),
    totals: { rows: p.totals.rows, created: p.totals.created, updated: p.totals.updated, skipped: p.totals.skipped + p.totals.unchanged, unchanged: p.totals.unchanged, errors: p.totals.errors },
    rows: reportRows(p.rows, locale),
    conversions: p.conversions.list.slice(0, 200),
    conversionCounts: p.conversions.counts,
    refusal: s.failure ?? (p.refusal ? refusalMessage(p.refusal, locale) : null),
    progress: s.progress,
    result: done ? presentResult(p, locale) : null,
  }
}
