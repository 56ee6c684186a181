// Progress reported on an item: dated updates appended, never overwritten (the history is the record), each with a
// status, a note, the period it reports for and up to three evidence files (verified as citizens' attachments are);
// the item's latest figures follow the latest update.
import { and, asc, desc, eq, inArray, isNull, lte, or } from 'drizzle-orm'
import type { FeedbackAttachmentType } from '../../../common/contracts/feedback.attachments.ts'
import type { PlanStatus, PlanUpdate, PlanUpdateBody } from '../../../common/contracts/plans.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequiredText } from '../../lib/clean.ts'
import { invalid, notFound } from '../../lib/errors.ts'
import { accounts } from '../accounts/accounts.table.ts'
import type { VerifiedAttachment } from '../feedback/feedback.attachments.ts'
import { mustBeOpen, type ItemView } from './plans.service.ts'
import { planEvidence, planItems, planUpdates, reportingPeriods } from './plans.table.ts'

/** The status and the percentage say the same thing: done is 100 %, not started is 0 %. */
function checkConsistent(input: Pick<PlanUpdateBody, 'progress' | 'status'>) {
  if (input.status === 'done' && input.progress !== 100) throw invalid('planDoneNeedsFull', 'progress')
  if (input.status !== 'done' && input.progress === 100) throw invalid('planFullNeedsDone', 'status')
  if (input.status === 'not_started' && input.progress !== 0) throw invalid('planNotStartedNeedsZero', 'progress')
}

export async function reportProgress(db: Db, ctx: Ctx, view: ItemView, input: PlanUpdateBody, files: VerifiedAttachment[], at: Date) {
  mustBeOpen(view.cycle)
  checkConsistent(input)
  const note = cleanRequiredText(input.note, 'note', 5)
  if (input.periodId) {
    const [period] = await db.select({ cycleId: reportingPeriods.cycleId }).from(reportingPeriods).where(eq(reportingPeriods.id, input.periodId))
    if (!period || period.cycleId !== view.cycle.id) throw invalid('planPeriodOutsideCycle', 'periodId')
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(planUpdates).values({
      itemId: view.row.id, periodId: input.periodId ?? null, progress: input.progress, status: input.status, note, reportedBy: ctx.actor.accountId, reportedAt: at,
    }).returning()
    if (files.length) {
      await tx.insert(planEvidence).values(files.map((f) => ({
        updateId: row.id, fileName: f.fileName, mediaType: f.mediaType, size: f.size, sha256: f.sha256, width: f.width, height: f.height, data: f.data,
      })))
    }
    // The latest update sets the item's figures (this one, dated now, unless a later one is on record already).
    await tx.update(planItems).set({ progress: input.progress, status: input.status, lastReportedAt: at, updatedAt: new Date() })
      .where(and(eq(planItems.id, view.row.id), or(isNull(planItems.lastReportedAt), lte(planItems.lastReportedAt, at))))
    await audit(tx, ctx, {
      action: 'plan.item.report', entityType: 'plan_item', entityId: view.row.id, organizationId: view.planOrg.id,
      data: { updateId: row.id, progress: input.progress, status: input.status, periodId: input.periodId ?? null, files: files.map((f) => f.sha256) },
    })
    return row
  })
}

/** The updates of an item, newest first, with the period named, who reported and the evidence listed (never the bytes). */
export async function itemUpdates(db: Tx, itemId: string): Promise<PlanUpdate[]> {
  const rows = await db.select({ row: planUpdates, by: accounts.displayName, period: { id: reportingPeriods.id, label: reportingPeriods.label } })
    .from(planUpdates)
    .leftJoin(accounts, eq(accounts.id, planUpdates.reportedBy))
    .leftJoin(reportingPeriods, eq(reportingPeriods.id, planUpdates.periodId))
    .where(eq(planUpdates.itemId, itemId)).orderBy(desc(planUpdates.reportedAt), desc(planUpdates.id))
  const ids = rows.map((r) => r.row.id)
  const files = ids.length
    ? await db.select({
      id: planEvidence.id, updateId: planEvidence.updateId, fileName: planEvidence.fileName, mediaType: planEvidence.mediaType,
      size: planEvidence.size, width: planEvidence.width, height: planEvidence.height,
    }).from(planEvidence).where(inArray(planEvidence.updateId, ids)).orderBy(asc(planEvidence.createdAt), asc(planEvidence.id))
    : []
  return rows.map(({ row, by, period }) => ({
    id: row.id, progress: row.progress, status: row.status as PlanStatus, note: row.note,
    period: period?.id ? { id: period.id, label: period.label } : null, by, at: row.reportedAt.toISOString(),
    evidence: files.filter((f) => f.updateId === row.id).map(({ updateId: _, ...f }) => ({ ...f, mediaType: f.mediaType as FeedbackAttachmentType })),
  }))
}

/** One evidence file with its bytes and the item it belongs to. */
export async function getEvidence(db: Tx, id: string) {
  const [row] = await db.select({ file: planEvidence, itemId: planUpdates.itemId }).from(planEvidence)
    .innerJoin(planUpdates, eq(planUpdates.id, planEvidence.updateId)).where(eq(planEvidence.id, id))
  if (!row) throw notFound('planEvidenceNotFound')
  return { itemId: row.itemId, fileName: row.file.fileName, mediaType: row.file.mediaType, data: Buffer.from(row.file.data) }
}
