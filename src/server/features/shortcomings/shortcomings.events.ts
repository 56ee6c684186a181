// One step of a shortcoming: its event on the timeline (with evidence files, all or none), and its audit event, in the
// caller's transaction.
import type { Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import type { VerifiedAttachment } from '../feedback/feedback.attachments.ts'
import { shortcomingEvents, shortcomingEvidence } from './shortcomings.table.ts'

export interface StepInput {
  shortcomingId: string
  /** The unit the audit event is filed under (the raising unit). */
  organizationId: string
  kind: string
  actionId?: string | null
  progress?: number | null
  note?: string | null
  files?: VerifiedAttachment[]
  /** More for the audit event (never personal data beyond ids). */
  data?: Record<string, unknown>
}

export async function recordStep(tx: Tx, ctx: Ctx, step: StepInput): Promise<string> {
  const [event] = await tx.insert(shortcomingEvents).values({
    shortcomingId: step.shortcomingId, actionId: step.actionId ?? null, kind: step.kind, progress: step.progress ?? null, note: step.note ?? null,
    actorAccountId: ctx.actor.accountId,
  }).returning({ id: shortcomingEvents.id })
  const files = step.files ?? []
  if (files.length) {
    await tx.insert(shortcomingEvidence).values(files.map((f) => ({
      eventId: event.id, fileName: f.fileName, mediaType: f.mediaType, size: f.size, sha256: f.sha256, width: f.width, height: f.height, data: f.data,
    })))
  }
  await audit(tx, ctx, {
    action: `shortcoming.${step.kind}`, entityType: 'shortcoming', entityId: step.shortcomingId, organizationId: step.organizationId,
    data: { ...(step.actionId ? { actionId: step.actionId } : {}), ...(step.progress == null ? {} : { progress: step.progress }), ...(files.length ? { files: files.length } : {}), ...step.data },
  })
  return event.id
}
