// The validation report and the result, as the API and the CLI give them (messages in the reader's language).
import { IMPORT_HEADERS, type ImportResult } from '../../../common/contracts/imports.ts'
import type { Locale } from '../../lib/messages.ts'
import { rowMessage } from './imports.messages.ts'
import type { PlanRow } from './imports.plan.ts'
import { CONVERSIONS_LISTED } from './imports.sheet.ts'
import type { ImportPlan, RefusalReason } from './imports.service.ts'

/** Rows listed in a preview: all with messages first (up to 500), then the first others. */
const REPORT_ROWS = 500

export function refusalMessage(refusal: RefusalReason, locale: Locale): string {
  if (refusal.key === 'missingHeader') return rowMessage({ key: 'missingHeader' }, locale)
  return rowMessage({ key: 'missingColumns', params: { fields: refusal.fields.map((f) => IMPORT_HEADERS[f][0]).join(', ') } }, locale)
}

export function presentRow(r: PlanRow, locale: Locale) {
  return { row: r.row, action: r.action, label: r.label, unit: r.unit, messages: r.messages.map((m) => rowMessage(m, locale)) }
}

export function reportRows(rows: PlanRow[], locale: Locale) {
  const flagged = rows.filter((r) => r.messages.length > 0).slice(0, REPORT_ROWS)
  const others = rows.filter((r) => r.messages.length === 0).slice(0, Math.max(0, REPORT_ROWS - flagged.length))
  return [...flagged, ...others].map((r) => presentRow(r, locale))
}

/** What `neuguong import … --json` prints: skipped = rows not written (errors and rows already up to date). */
export function presentResult(plan: ImportPlan, locale: Locale): ImportResult {
  const errors = plan.refusal
    ? [{ row: 0, message: refusalMessage(plan.refusal, locale) }]
    : plan.rows.filter((r) => r.action === 'skip').map((r) => ({ row: r.row, message: r.messages.map((m) => rowMessage(m, locale)).join(' ') }))
  return {
    created: plan.totals.created,
    updated: plan.totals.updated,
    skipped: plan.totals.skipped + plan.totals.unchanged,
    errors,
    conversions: plan.conversions.list.slice(0, CONVERSIONS_LISTED),
  }
}
