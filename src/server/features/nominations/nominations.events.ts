// One step of a nomination: its event in the history and its audit event, in the caller's transaction.
import type { Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { nominationEvents } from './nominations.table.ts'

export interface StepInput {
  nominationId: string
  kind: string
  /** The level the step is taken at (the audit event is filed under it). */
  fromOrgId: string
  /** Where the nomination goes (forwarded, submitted), or null. */
  toOrgId?: string | null
  note?: string | null
  /** More for the audit event (never personal data beyond ids). */
  data?: Record<string, unknown>
}

export async function recordStep(tx: Tx, ctx: Ctx, step: StepInput): Promise<void> {
  await tx.insert(nominationEvents).values({
    nominationId: step.nominationId, kind: step.kind, fromOrgId: step.fromOrgId, toOrgId: step.toOrgId ?? null, note: step.note ?? null,
    actorAccountId: ctx.actor.accountId,
  })
  await audit(tx, ctx, {
    action: `nomination.${step.kind}`, entityType: 'nomination', entityId: step.nominationId, organizationId: step.fromOrgId,
    data: { ...(step.toOrgId ? { toOrgId: step.toOrgId } : {}), ...step.data },
  })
}
