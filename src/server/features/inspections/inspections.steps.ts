// The record of a visit: its checklist with each point's result, the conclusion with findings — each a shortcoming of
// the inspected person (when one is named) or unit, raised by the inspecting level in the same transaction — and the
// inspected unit's report back on the recommendations.
import { and, asc, eq, isNull } from 'drizzle-orm'
import type { ChecksBody, ConcludeBody } from '../../../common/contracts/inspections.ts'
import { formatDateVi, todayIso } from '../../../common/dates.ts'
import { cleanText } from '../../../common/text/index.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequiredText } from '../../lib/clean.ts'
import { conflict, invalid } from '../../lib/errors.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { raiseShortcoming } from '../shortcomings/shortcomings.raise.ts'
import { MAX_CHECKS } from './inspections.criteria.ts'
import { mustBePlanned, type InspectionRow } from './inspections.service.ts'
import { inspectionChecks, inspectionFindings, inspections } from './inspections.table.ts'

export const visitChecks = (db: Tx, id: string) =>
  db.select().from(inspectionChecks).where(eq(inspectionChecks.inspectionId, id)).orderBy(asc(inspectionChecks.position), asc(inspectionChecks.id))

export const visitFindings = (db: Tx, id: string) =>
  db.select().from(inspectionFindings).where(eq(inspectionFindings.inspectionId, id)).orderBy(asc(inspectionFindings.createdAt), asc(inspectionFindings.id))

/** Replaces the checklist of a planned visit; a point sent with its id keeps the criterion it was drawn from. */
export async function saveChecks(db: Db, ctx: Ctx, v: InspectionRow, input: ChecksBody) {
  mustBePlanned(v)
  if (input.items.length > MAX_CHECKS) throw invalid('inspectionTooManyChecks', 'items', { max: MAX_CHECKS })
  const existing = new Map((await visitChecks(db, v.id)).map((c) => [c.id, c]))
  input.items.forEach((item, i) => {
    if (item.id && !existing.has(item.id)) throw invalid('inspectionCheckNotFound', `items.${i}.id`)
  })
  return db.transaction(async (tx) => {
    await tx.delete(inspectionChecks).where(eq(inspectionChecks.inspectionId, v.id))
    if (input.items.length > 0) {
      await tx.insert(inspectionChecks).values(input.items.map((item, i) => ({
        inspectionId: v.id, position: i + 1, criterionKey: item.id ? existing.get(item.id)?.criterionKey ?? null : null,
        criterion: cleanRequiredText(item.criterion, `items.${i}.criterion`, 3), result: item.result, note: item.note ? cleanText(item.note) || null : null,
      })))
    }
    const results = Object.fromEntries(['met', 'partly', 'not_met', 'not_applicable'].map((r) => [r, input.items.filter((x) => x.result === r).length]))
    await audit(tx, ctx, { action: 'inspection.checks', entityType: 'inspection', entityId: v.id, organizationId: v.organizationId, data: { count: input.items.length, results } })
  })
}

/**
 * Concludes a planned visit (held on a day up to today): the conclusion, the recommendations, when the inspected unit
 * reports back, and the findings, each raised as a shortcoming (source 'inspection', source id the visit) of the
 * target person or unit, named by the inspecting level, in the visit's cycle.
 */
export async function concludeInspection(db: Db, ctx: Ctx, v: InspectionRow, inspecting: OrgRow, input: ConcludeBody, today = todayIso()) {
  mustBePlanned(v)
  if (input.heldOn > today) throw invalid('inspectionHeldInFuture', 'heldOn')
  if (input.heldOn.slice(0, 4) !== v.plannedOn.slice(0, 4)) throw invalid('inspectionYearFixed', 'heldOn')
  if (input.reportDueOn && input.reportDueOn < input.heldOn) throw invalid('inspectionReportDueBeforeHeld', 'reportDueOn', { date: formatDateVi(input.heldOn) })
  const conclusion = cleanRequiredText(input.conclusion, 'conclusion', 10)
  const recommendations = cleanRequiredText(input.recommendations, 'recommendations', 10)
  return db.transaction(async (tx) => {
    // Two conclusions at once: the second waits here and then finds the visit done.
    const [locked] = await tx.select({ status: inspections.status }).from(inspections).where(eq(inspections.id, v.id)).for('update')
    if (locked?.status !== 'planned') throw conflict('inspectionNotPlanned')
    await tx.update(inspections).set({
      status: 'done', heldOn: input.heldOn, conclusion, recommendations, reportDueOn: input.reportDueOn ?? null, updatedAt: new Date(),
    }).where(eq(inspections.id, v.id))
    const subject = v.targetPersonId ? { personId: v.targetPersonId } : { orgId: v.targetOrgId }
    const shortcomingIds: string[] = []
    for (const [i, f] of input.findings.entries()) {
      const description = cleanRequiredText(f.description, `findings.${i}.description`, 10)
      const shortcoming = await raiseShortcoming(tx, ctx, {
        raisingOrg: inspecting, subject, cycleId: v.cycleId, source: 'inspection', sourceId: v.id, description, severity: f.severity,
      }, today)
      await tx.insert(inspectionFindings).values({ inspectionId: v.id, description, severity: f.severity, shortcomingId: shortcoming.id })
      shortcomingIds.push(shortcoming.id)
    }
    await audit(tx, ctx, {
      action: 'inspection.conclude', entityType: 'inspection', entityId: v.id, organizationId: v.organizationId,
      data: { heldOn: input.heldOn, reportDueOn: input.reportDueOn ?? null, findings: input.findings.length, shortcomingIds },
    })
  })
}

/** The inspected unit reports back once on a concluded visit's recommendations. */
export async function reportBack(db: Db, ctx: Ctx, v: InspectionRow, report: string) {
  if (v.status !== 'done') throw conflict('inspectionNotConcluded')
  if (v.reportedBackAt) throw conflict('inspectionReportedBack')
  const text = cleanRequiredText(report, 'report', 10)
  return db.transaction(async (tx) => {
    const done = await tx.update(inspections).set({ reportBack: text, reportedBackAt: new Date(), updatedAt: new Date() })
      .where(and(eq(inspections.id, v.id), eq(inspections.status, 'done'), isNull(inspections.reportedBackAt))).returning({ id: inspections.id })
    if (done.length === 0) throw conflict('inspectionReportedBack')
    await audit(tx, ctx, { action: 'inspection.report_back', entityType: 'inspection', entityId: v.id, organizationId: v.targetOrgId, data: { inspectingOrgId: v.organizationId } })
  })
}
