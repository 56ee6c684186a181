// One import, from the file's bytes to the report: the file checked before it is opened, every row planned (reads
// only), then — unless it is a dry run — everything written in one transaction with one audit event.
import { createHash } from 'node:crypto'
import type { ImportField, ImportKind } from '../../../common/contracts/imports.ts'
import { REQUIRED_IMPORT_FIELDS } from '../../../common/contracts/imports.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError } from '../../lib/errors.ts'
import { checkWorkbookArchive, DEFAULT_ARCHIVE_LIMITS, sniffFile, type ArchiveLimits } from './imports.archive.ts'
import { applyOrganizations, planOrganizations, type OrgPlan } from './imports.organizations.ts'
import { applyPeople, planPeople, type PersonPlan } from './imports.people.ts'
import type { PlanRow, PlanTotals } from './imports.plan.ts'
import { openSheet, type ConversionLog } from './imports.sheet.ts'
import { loadUnits, type UnitRef } from './imports.units.ts'

export const MAX_IMPORT_ROWS = 200_000

export type RefusalReason = { key: 'missingHeader' } | { key: 'missingColumns'; fields: ImportField[] }

export interface ImportPlan {
  kind: ImportKind
  headers: string[]
  mapping: (ImportField | null)[]
  refusal: RefusalReason | null
  rows: PlanRow[]
  totals: PlanTotals
  conversions: ConversionLog
  sha256: string
}

export interface ImportOptions {
  db: Db
  ctx: Ctx
  kind: ImportKind
  file: Buffer
  fileName: string
  /** The receiving unit (people) or the default parent (organizations). */
  org: UnitRef | null
  mapping?: (ImportField | null)[]
  dryRun: boolean
  limits?: ArchiveLimits
  maxRows?: number
  /** Rows read, then rows written: `phase` says which. */
  onProgress?: (p: { phase: 'check' | 'write'; done: number; total: number }) => void
}

/** Refuses a hostile or foreign file before any row is read. */
export async function checkFile(file: Buffer, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS) {
  const fileKind = sniffFile(file)
  if (fileKind === 'xlsx') await checkWorkbookArchive(file, limits)
  return fileKind
}

export async function planImport(opts: ImportOptions): Promise<ImportPlan & { detail: PersonPlan[] | OrgPlan[] }> {
  const { db, ctx, kind, file } = opts
  const fileKind = await checkFile(file, opts.limits)
  const sha256 = createHash('sha256').update(file).digest('hex')
  let sheet
  try {
    sheet = await openSheet(file, fileKind, kind, { mapping: opts.mapping, maxRows: opts.maxRows ?? MAX_IMPORT_ROWS })
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('validation_failed', 'importUnreadable')
  }
  const base = { kind, headers: sheet.headers, mapping: sheet.mapping, conversions: sheet.conversions, sha256 }
  const empty = { rows: [], detail: [], totals: { rows: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 } }
  if (sheet.headerRow === null) return { ...base, ...empty, refusal: { key: 'missingHeader' } }
  const missing = REQUIRED_IMPORT_FIELDS[kind].filter((f) => !sheet.mapping.includes(f))
  if (missing.length > 0) return { ...base, ...empty, refusal: { key: 'missingColumns', fields: missing } }

  const orgs = await loadUnits(db)
  const progress = (done: number) => opts.onProgress?.({ phase: 'check', done, total: 0 })
  try {
    const planned = kind === 'people'
      ? await planPeople(db, sheet.records, { actor: ctx.actor, orgs, defaultOrg: opts.org, today: todayIso() }, progress)
      : await planOrganizations(sheet.records, { actor: ctx.actor, orgs, defaultParent: opts.org }, progress)
    return { ...base, refusal: null, rows: planned.rows, detail: planned.rows, totals: planned.totals }
  } catch (error) {
    if (error instanceof AppError) throw error
    // exceljs and csv-parse throw on broken XML or quoting deep inside a file.
    if (error instanceof Error && !('code' in error && typeof (error as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test(String((error as { code?: unknown }).code)))) {
      throw new AppError('validation_failed', 'importUnreadable')
    }
    throw error
  }
}

export interface ImportOutcome extends ImportPlan {
  written: boolean
}

/** Plans, then (unless a dry run or refused) writes every importable row in one transaction, audited. */
export async function runImport(opts: ImportOptions): Promise<ImportOutcome> {
  const plan = await planImport(opts)
  const { detail, ...report } = plan
  const writes = plan.totals.created + plan.totals.updated
  if (opts.dryRun || plan.refusal || writes === 0) return { ...report, written: false }
  const total = writes
  await opts.db.transaction(async (tx) => {
    const onRow = (done: number) => opts.onProgress?.({ phase: 'write', done, total })
    if (plan.kind === 'people') await applyPeople(tx, detail as PersonPlan[], todayIso(), onRow)
    else await applyOrganizations(tx, opts.ctx, detail as OrgPlan[], onRow)
    await audit(tx, opts.ctx, {
      action: `import.${plan.kind}`, entityType: 'import', organizationId: opts.org?.id ?? null,
      data: { fileName: opts.fileName, sha256: plan.sha256, rows: plan.totals.rows, created: plan.totals.created, updated: plan.totals.updated, unchanged: plan.totals.unchanged, skipped: plan.totals.skipped, conversions: plan.conversions.counts },
    })
  })
  return { ...report, written: true }
}
