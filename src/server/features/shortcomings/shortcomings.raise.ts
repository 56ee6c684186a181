// Recording a shortcoming: directly (found by the unit itself or the level above), from a citizen's feedback case, and
// — through the same function — from inspections. The caller authorizes; this checks the subject lies under the
// raising unit and writes the row, its first timeline step and its audit event in the caller's transaction.
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { ShortcomingSeverity } from '../../../common/contracts/shortcomings.ts'
import { addDays, todayIso } from '../../../common/dates.ts'
import { cleanText } from '../../../common/text/index.ts'
import type { Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { cleanRequiredText } from '../../lib/clean.ts'
import { conflict, invalid } from '../../lib/errors.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { placements } from '../people/people.table.ts'
import { recordStep } from './shortcomings.events.ts'
import { shortcomings } from './shortcomings.table.ts'

/** A due date may lie at most this far ahead (a term of office). */
export const DUE_WINDOW_DAYS = 5 * 366

export interface RaiseInput {
  /** The unit that names it (and verifies its closure). */
  raisingOrg: { id: string; path: string; status: string }
  /** A person placed under the raising unit, or an organization under it (or the unit itself). */
  subject: { personId: string } | { orgId: string }
  /** The cycle it belongs to (the current one for a direct record; an inspection's own). */
  cycleId: string
  source: 'direct' | 'feedback' | 'inspection' | 'org_review'
  /** The record it came from: a feedback case, an inspection finding, an organization's rating. */
  sourceId?: string | null
  description: string
  severity?: ShortcomingSeverity
  cause?: string | null
  dueOn?: string | null
}

/** A due date from today up to five years ahead. */
export function checkDueOn(dueOn: string, field: string, today: string) {
  if (dueOn < today) throw invalid('shortcomingDueInPast', field)
  if (dueOn > addDays(today, DUE_WINDOW_DAYS)) throw invalid('shortcomingDueTooFar', field)
}

async function checkSubject(tx: Tx, raisingPath: string, subject: RaiseInput['subject']) {
  if ('personId' in subject) {
    const [placed] = await tx.select({ id: placements.id }).from(placements)
      .innerJoin(organizations, eq(organizations.id, placements.organizationId))
      .where(and(eq(placements.personId, subject.personId), isNull(placements.toDate), sql`${organizations.path} like ${`${raisingPath}%`}`)).limit(1)
    if (!placed) throw invalid('shortcomingSubjectOutside', 'subjectPersonId')
    return
  }
  const [org] = await tx.select({ path: organizations.path, status: organizations.status }).from(organizations).where(eq(organizations.id, subject.orgId))
  if (!org || !org.path.startsWith(raisingPath)) throw invalid('shortcomingSubjectOutside', 'subjectOrgId')
  if (org.status !== 'active') throw conflict('orgNotActive')
}

export async function raiseShortcoming(tx: Tx, ctx: Ctx, input: RaiseInput, today = todayIso()) {
  if (input.raisingOrg.status !== 'active') throw conflict('orgNotActive')
  const description = cleanRequiredText(input.description, 'description', 10)
  const cause = input.cause ? cleanText(input.cause) || null : null
  if (input.dueOn) checkDueOn(input.dueOn, 'dueOn', today)
  if (input.source !== 'direct' && !input.sourceId) throw invalid('shortcomingSourceRequired', 'sourceId')
  await checkSubject(tx, input.raisingOrg.path, input.subject)
  const [row] = await tx.insert(shortcomings).values({
    personId: 'personId' in input.subject ? input.subject.personId : null,
    subjectOrgId: 'orgId' in input.subject ? input.subject.orgId : null,
    organizationId: input.raisingOrg.id, cycleId: input.cycleId, source: input.source, sourceId: input.sourceId ?? null,
    description, severity: input.severity ?? 'medium', cause, dueOn: input.dueOn ?? null, raisedBy: ctx.actor.accountId,
  }).returning()
  await recordStep(tx, ctx, {
    shortcomingId: row.id, organizationId: row.organizationId, kind: 'raised',
    data: { source: row.source, sourceId: row.sourceId, severity: row.severity, personId: row.personId, subjectOrgId: row.subjectOrgId, cycleId: row.cycleId },
  })
  return row
}
