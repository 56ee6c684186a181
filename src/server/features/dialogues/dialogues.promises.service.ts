// Promises made at a session: each is a task owned by a unit (and a named person) with a due date, reported on until
// done (or dropped by the session's managers). Every change writes its audit event in the same transaction.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { CreatePromiseBody, PromiseReportBody, PromiseStatus, UpdatePromiseBody } from '../../../common/contracts/dialogues.ts'
import { addDays, formatDateVi, todayIso } from '../../../common/dates.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import { accounts } from '../accounts/accounts.table.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import type { SessionRow } from './dialogues.service.ts'
import { dialoguePromiseReports, dialoguePromises, dialogueQuestions, dialogueSessions } from './dialogues.table.ts'

export type PromiseRow = typeof dialoguePromises.$inferSelect
/** A due date may lie at most this far ahead (a term of office). */
const DUE_WINDOW_DAYS = 5 * 366

const sessionOrg = alias(organizations, 'session_org')
const ownerOrg = alias(organizations, 'owner_org')

/** A promise with what its presenter and its rules need: the session, the session's unit and the owner unit. */
function selectPromises(db: Tx) {
  return db.select({
    row: dialoguePromises,
    session: { id: dialogueSessions.id, title: dialogueSessions.title, heldOn: dialogueSessions.heldOn },
    sessionOrg: { id: sessionOrg.id, name: sessionOrg.name, path: sessionOrg.path },
    owner: { id: ownerOrg.id, name: ownerOrg.name, path: ownerOrg.path },
  }).from(dialoguePromises)
    .innerJoin(dialogueSessions, eq(dialogueSessions.id, dialoguePromises.sessionId))
    .innerJoin(sessionOrg, eq(sessionOrg.id, dialogueSessions.organizationId))
    .innerJoin(ownerOrg, eq(ownerOrg.id, dialoguePromises.ownerOrgId))
}
export type PromiseView = Awaited<ReturnType<ReturnType<typeof selectPromises>['execute']>>[number]

export async function getPromise(db: Tx, id: string): Promise<PromiseView> {
  const [view] = await selectPromises(db).where(eq(dialoguePromises.id, id))
  if (!view) throw notFound('dialoguePromiseNotFound')
  return view
}

export async function sessionPromises(db: Tx, sessionId: string): Promise<PromiseView[]> {
  return selectPromises(db).where(eq(dialoguePromises.sessionId, sessionId)).orderBy(asc(dialoguePromises.dueOn), asc(dialoguePromises.id))
}

export interface PromiseFilter {
  path: string
  status?: PromiseStatus
  overdue?: boolean
  cursor: [string, string] | null
  limit: number
  today: string
}

/** Promises owned by the units of a subtree, soonest due first. */
export async function listPromises(db: Tx, f: PromiseFilter): Promise<PromiseView[]> {
  const where: SQL[] = [sql`${ownerOrg.path} like ${`${f.path}%`}`]
  if (f.status) where.push(eq(dialoguePromises.status, f.status))
  if (f.overdue) where.push(sql`${dialoguePromises.status} = 'open' and ${dialoguePromises.dueOn} < ${f.today}`)
  if (f.cursor) where.push(sql`(${dialoguePromises.dueOn}, ${dialoguePromises.id}) > (${f.cursor[0]}::date, ${f.cursor[1]}::uuid)`)
  return selectPromises(db).where(and(...where)).orderBy(asc(dialoguePromises.dueOn), asc(dialoguePromises.id)).limit(f.limit + 1)
}

export type ReportView = { row: typeof dialoguePromiseReports.$inferSelect; by: string | null }

/** Every report on these promises, oldest first. */
export async function promiseReports(db: Tx, promiseIds: string[]): Promise<Map<string, ReportView[]>> {
  const byPromise = new Map<string, ReportView[]>()
  if (promiseIds.length === 0) return byPromise
  const rows = await db.select({ row: dialoguePromiseReports, by: accounts.displayName }).from(dialoguePromiseReports)
    .leftJoin(accounts, eq(accounts.id, dialoguePromiseReports.actorAccountId))
    .where(inArray(dialoguePromiseReports.promiseId, promiseIds)).orderBy(asc(dialoguePromiseReports.at), asc(dialoguePromiseReports.id))
  for (const r of rows) byPromise.set(r.row.promiseId, [...(byPromise.get(r.row.promiseId) ?? []), r])
  return byPromise
}

/** The latest report of each promise (one row each). */
export async function latestReports(db: Tx, promiseIds: string[]): Promise<Map<string, ReportView>> {
  if (promiseIds.length === 0) return new Map()
  const rows = await db.selectDistinctOn([dialoguePromiseReports.promiseId], { row: dialoguePromiseReports, by: accounts.displayName }).from(dialoguePromiseReports)
    .leftJoin(accounts, eq(accounts.id, dialoguePromiseReports.actorAccountId))
    .where(inArray(dialoguePromiseReports.promiseId, promiseIds))
    .orderBy(dialoguePromiseReports.promiseId, desc(dialoguePromiseReports.at), desc(dialoguePromiseReports.id))
  return new Map(rows.map((r) => [r.row.promiseId, r]))
}

/** The owner unit is the session's organization or a unit under it, still active. */
function checkOwner(owner: OrgRow, sessionOrgRow: { path: string }) {
  if (!owner.path.startsWith(sessionOrgRow.path)) throw invalid('dialoguePromiseOwnerOutside', 'ownerOrgId')
  if (owner.status !== 'active') throw conflict('orgNotActive')
}

function checkDue(dueOn: string, heldOn: string, today: string) {
  if (dueOn < heldOn) throw invalid('dialoguePromiseDueBeforeSession', 'dueOn', { date: formatDateVi(heldOn) })
  if (dueOn > addDays(today, DUE_WINDOW_DAYS)) throw invalid('dialoguePromiseDueTooFar', 'dueOn')
}

export async function addPromise(db: Db, ctx: Ctx, s: SessionRow, sessionOrgRow: OrgRow, owner: OrgRow, input: CreatePromiseBody, today = todayIso()) {
  if (s.status !== 'held') throw conflict('dialogueNotHeld')
  checkOwner(owner, sessionOrgRow)
  checkDue(input.dueOn, s.heldOn, today)
  if (input.questionId) {
    const [q] = await db.select({ id: dialogueQuestions.id }).from(dialogueQuestions).where(and(eq(dialogueQuestions.id, input.questionId), eq(dialogueQuestions.sessionId, s.id)))
    if (!q) throw invalid('dialogueQuestionNotInSession', 'questionId')
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(dialoguePromises).values({
      sessionId: s.id, questionId: input.questionId ?? null, content: input.content, ownerOrgId: owner.id, ownerName: input.ownerName, dueOn: input.dueOn,
    }).returning()
    await audit(tx, ctx, { action: 'dialogue.promise.add', entityType: 'dialogue_promise', entityId: row.id, organizationId: s.organizationId, data: { sessionId: s.id, ownerOrgId: owner.id, dueOn: row.dueOn } })
    return row
  })
}

const mustBeOpen = (p: PromiseRow) => {
  if (p.status !== 'open') throw conflict('dialoguePromiseClosed')
}

export async function updatePromise(db: Db, ctx: Ctx, view: PromiseView, owner: OrgRow | null, input: UpdatePromiseBody, today = todayIso()) {
  const p = view.row
  mustBeOpen(p)
  if (owner) checkOwner(owner, view.sessionOrg)
  if (input.dueOn) checkDue(input.dueOn, view.session.heldOn, today)
  const changes = Object.fromEntries(Object.entries({ content: input.content, ownerOrgId: owner?.id, ownerName: input.ownerName, dueOn: input.dueOn }).filter(([, v]) => v !== undefined))
  return db.transaction(async (tx) => {
    await tx.update(dialoguePromises).set({ ...changes, updatedAt: new Date() }).where(eq(dialoguePromises.id, p.id))
    await audit(tx, ctx, { action: 'dialogue.promise.update', entityType: 'dialogue_promise', entityId: p.id, organizationId: view.owner.id, data: { ...changes } })
  })
}

/** A progress report; 'done' closes it at 100 % today, 'dropped' closes it where it stands. */
export async function reportPromise(db: Db, ctx: Ctx, view: PromiseView, input: PromiseReportBody, today = todayIso()) {
  const p = view.row
  mustBeOpen(p)
  const status = input.status ?? 'open'
  const progress = status === 'done' ? 100 : input.progress
  return db.transaction(async (tx) => {
    await tx.update(dialoguePromises).set({ status, progress, doneOn: status === 'done' ? today : null, updatedAt: new Date() }).where(eq(dialoguePromises.id, p.id))
    await tx.insert(dialoguePromiseReports).values({ promiseId: p.id, progress, note: input.note, status, actorAccountId: ctx.actor.accountId })
    await audit(tx, ctx, { action: 'dialogue.promise.report', entityType: 'dialogue_promise', entityId: p.id, organizationId: view.owner.id, data: { progress, status } })
  })
}
