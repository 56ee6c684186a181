// Sessions (schedule, change while planned, mark held, cancel) and the questions raised at them (record, answer,
// take in as a feedback case). Every change writes its audit event in the same transaction.
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { CreateDialogueBody, DialogueStatus, QuestionBody, TakeInBody, UpdateDialogueBody } from '../../../common/contracts/dialogues.ts'
import { addDays, formatDateVi, todayIso } from '../../../common/dates.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { submitFeedback } from '../feedback/feedback.service.ts'
import { dialogueKindLabel } from './dialogues.present.ts'
import { dialoguePromises, dialogueQuestions, dialogueSessions } from './dialogues.table.ts'

export type SessionRow = typeof dialogueSessions.$inferSelect
export type QuestionRow = typeof dialogueQuestions.$inferSelect

/** How far back a session may be recorded, and how far ahead scheduled. */
export const SCHEDULE_WINDOW_DAYS = 366

export async function getSession(db: Tx, id: string): Promise<SessionRow> {
  const [row] = await db.select().from(dialogueSessions).where(eq(dialogueSessions.id, id))
  if (!row) throw notFound('dialogueNotFound')
  return row
}

export async function getQuestion(db: Tx, session: SessionRow, id: string): Promise<QuestionRow> {
  const [row] = await db.select().from(dialogueQuestions).where(and(eq(dialogueQuestions.id, id), eq(dialogueQuestions.sessionId, session.id)))
  if (!row) throw notFound('dialogueQuestionNotFound')
  return row
}

export function checkHeldOn(heldOn: string, today = todayIso()) {
  if (heldOn < addDays(today, -SCHEDULE_WINDOW_DAYS) || heldOn > addDays(today, SCHEDULE_WINDOW_DAYS)) throw invalid('dialogueDateOutOfRange', 'heldOn')
}

export interface SessionFilter {
  path: string
  from?: string
  to?: string
  status?: DialogueStatus
  cursor: [string, string] | null
  limit: number
}

/** Sessions of the units of a subtree, latest date first (planned ones ahead of today come first). */
export async function listSessions(db: Tx, f: SessionFilter) {
  const where: SQL[] = [sql`${dialogueSessions.organizationId} in (select id from organizations where path like ${`${f.path}%`})`]
  if (f.from) where.push(sql`${dialogueSessions.heldOn} >= ${f.from}`)
  if (f.to) where.push(sql`${dialogueSessions.heldOn} <= ${f.to}`)
  if (f.status) where.push(eq(dialogueSessions.status, f.status))
  if (f.cursor) where.push(sql`(${dialogueSessions.heldOn}, ${dialogueSessions.id}) < (${f.cursor[0]}::date, ${f.cursor[1]}::uuid)`)
  return db.select({
    row: dialogueSessions,
    orgName: organizations.name,
    questionCount: sql<number>`(select count(*)::int from dialogue_questions q where q.session_id = ${dialogueSessions.id})`,
    promiseCount: sql<number>`(select count(*)::int from dialogue_promises p where p.session_id = ${dialogueSessions.id})`,
    openPromiseCount: sql<number>`(select count(*)::int from dialogue_promises p where p.session_id = ${dialogueSessions.id} and p.status = 'open')`,
  }).from(dialogueSessions).innerJoin(organizations, eq(organizations.id, dialogueSessions.organizationId))
    .where(and(...where)).orderBy(desc(dialogueSessions.heldOn), desc(dialogueSessions.id)).limit(f.limit + 1)
}

export async function createSession(db: Db, ctx: Ctx, org: OrgRow, input: CreateDialogueBody): Promise<SessionRow> {
  if (org.status !== 'active') throw conflict('orgNotActive')
  checkHeldOn(input.heldOn)
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(dialogueSessions).values({
      organizationId: org.id, kind: input.kind, title: input.title, heldOn: input.heldOn, startsAt: input.startsAt ?? null,
      place: input.place, chair: input.chair, createdBy: ctx.actor.accountId,
    }).returning()
    await audit(tx, ctx, { action: 'dialogue.create', entityType: 'dialogue', entityId: row.id, organizationId: org.id, data: { kind: row.kind, heldOn: row.heldOn } })
    return row
  })
}

const mustBePlanned = (s: SessionRow) => {
  if (s.status !== 'planned') throw conflict('dialogueNotPlanned')
}

export async function updateSession(db: Db, ctx: Ctx, s: SessionRow, input: UpdateDialogueBody) {
  mustBePlanned(s)
  if (input.heldOn && input.heldOn !== s.heldOn) checkHeldOn(input.heldOn)
  return db.transaction(async (tx) => {
    await tx.update(dialogueSessions).set({ ...definedOnly(input), updatedAt: new Date() }).where(eq(dialogueSessions.id, s.id))
    await audit(tx, ctx, { action: 'dialogue.update', entityType: 'dialogue', entityId: s.id, organizationId: s.organizationId, data: { fields: Object.keys(definedOnly(input)) } })
  })
}

/** Only the fields sent (an explicit null clears the start time). */
function definedOnly(input: UpdateDialogueBody) {
  const { kind, title, heldOn, startsAt, place, chair } = input
  return Object.fromEntries(Object.entries({ kind, title, heldOn, startsAt, place, chair }).filter(([, v]) => v !== undefined)) as Partial<SessionRow>
}

export async function holdSession(db: Db, ctx: Ctx, s: SessionRow, input: { summary: string; attendance: number }, today = todayIso()) {
  mustBePlanned(s)
  if (s.heldOn > today) throw conflict('dialogueNotYet', { date: formatDateVi(s.heldOn) })
  return db.transaction(async (tx) => {
    await tx.update(dialogueSessions).set({ status: 'held', summary: input.summary, attendance: input.attendance, updatedAt: new Date() }).where(eq(dialogueSessions.id, s.id))
    await audit(tx, ctx, { action: 'dialogue.hold', entityType: 'dialogue', entityId: s.id, organizationId: s.organizationId, data: { heldOn: s.heldOn, attendance: input.attendance } })
  })
}

export async function cancelSession(db: Db, ctx: Ctx, s: SessionRow, reason: string) {
  mustBePlanned(s)
  return db.transaction(async (tx) => {
    await tx.update(dialogueSessions).set({ status: 'cancelled', summary: reason, updatedAt: new Date() }).where(eq(dialogueSessions.id, s.id))
    await audit(tx, ctx, { action: 'dialogue.cancel', entityType: 'dialogue', entityId: s.id, organizationId: s.organizationId, data: { reason } })
  })
}

export async function sessionQuestions(db: Tx, sessionId: string) {
  return db.select({ row: dialogueQuestions, reference: sql<string | null>`(select reference from feedback_cases f where f.id = ${dialogueQuestions.feedbackCaseId})` })
    .from(dialogueQuestions).where(eq(dialogueQuestions.sessionId, sessionId)).orderBy(asc(dialogueQuestions.createdAt), asc(dialogueQuestions.id))
}

/** Questions are recorded before (registered in advance) and at the session; a cancelled session takes none. */
const mayRecordQuestions = (s: SessionRow) => {
  if (s.status === 'cancelled') throw conflict('dialogueCancelled')
}

const questionValues = (input: QuestionBody) => ({ raisedBy: input.raisedBy || null, content: input.content, response: input.response || null })

export async function addQuestion(db: Db, ctx: Ctx, s: SessionRow, input: QuestionBody) {
  mayRecordQuestions(s)
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(dialogueQuestions).values({ sessionId: s.id, ...questionValues(input) }).returning()
    // The audit event names the question, never who raised it.
    await audit(tx, ctx, { action: 'dialogue.question.add', entityType: 'dialogue_question', entityId: row.id, organizationId: s.organizationId, data: { sessionId: s.id } })
    return row
  })
}

export async function updateQuestion(db: Db, ctx: Ctx, s: SessionRow, q: QuestionRow, input: QuestionBody) {
  mayRecordQuestions(s)
  return db.transaction(async (tx) => {
    await tx.update(dialogueQuestions).set(questionValues(input)).where(eq(dialogueQuestions.id, q.id))
    await audit(tx, ctx, { action: 'dialogue.question.update', entityType: 'dialogue_question', entityId: q.id, organizationId: s.organizationId, data: { sessionId: s.id } })
  })
}

/** A question taken in as a feedback case stays (the case refers to it); promises made on it keep standing alone. */
export async function deleteQuestion(db: Db, ctx: Ctx, s: SessionRow, q: QuestionRow) {
  mayRecordQuestions(s)
  if (q.feedbackCaseId) throw conflict('dialogueQuestionInCase')
  return db.transaction(async (tx) => {
    await tx.update(dialoguePromises).set({ questionId: null, updatedAt: new Date() }).where(eq(dialoguePromises.questionId, q.id))
    await tx.delete(dialogueQuestions).where(eq(dialogueQuestions.id, q.id))
    await audit(tx, ctx, { action: 'dialogue.question.delete', entityType: 'dialogue_question', entityId: q.id, organizationId: s.organizationId, data: { sessionId: s.id } })
  })
}

/**
 * The commune of a case taken in at a session: one the session's organization reaches (itself or a unit under it),
 * or the commune or ward above it (a school's committee under a ward holds a dialogue about the ward).
 */
export function communeFitsSession(commune: OrgRow, sessionOrg: OrgRow) {
  return commune.path.startsWith(sessionOrg.path) || sessionOrg.path.startsWith(commune.path)
}

/**
 * Takes a question in as a citizens' feedback case (channel 'dialogue'), in one transaction with the link: the case's
 * text is the question with where and when it was raised. The tracking code is answered once, never stored.
 */
export async function takeInQuestion(db: Db, ctx: Ctx, s: SessionRow, sessionOrg: OrgRow, q: QuestionRow, commune: OrgRow, input: TakeInBody) {
  mayRecordQuestions(s)
  if (q.feedbackCaseId) throw conflict('dialogueQuestionTakenIn')
  if (!communeFitsSession(commune, sessionOrg)) throw invalid('dialogueTakeInCommune', 'communeId')
  if (input.anonymous && (input.name || input.phone || input.email)) throw invalid('feedbackAnonymousContact', 'anonymous')
  const content = `${q.content}\n\n(${dialogueKindLabel(s.kind)} ngày ${formatDateVi(s.heldOn)}, ${sessionOrg.name})`
  return db.transaction(async (tx) => {
    // Two clicks at once: the second waits here and then finds the link.
    const [locked] = await tx.select({ caseId: dialogueQuestions.feedbackCaseId }).from(dialogueQuestions).where(eq(dialogueQuestions.id, q.id)).for('update')
    if (locked?.caseId) throw conflict('dialogueQuestionTakenIn')
    const { row, code } = await submitFeedback(tx as Db, ctx, {
      categoryId: input.categoryId, communeId: commune.id, content, anonymous: input.anonymous,
      name: input.name, phone: input.phone, email: input.email,
      channel: 'dialogue',
    })
    await tx.update(dialogueQuestions).set({ feedbackCaseId: row.id }).where(eq(dialogueQuestions.id, q.id))
    await audit(tx, ctx, { action: 'dialogue.question.take_in', entityType: 'dialogue_question', entityId: q.id, organizationId: s.organizationId, data: { sessionId: s.id, feedbackCaseId: row.id, reference: row.reference } })
    return { row, code }
  })
}
