// Citizen receptions ("tiếp dân") and dialogues ("đối thoại với nhân dân"): the sessions a party committee holds, the
// questions raised there, and each promise made, which is a task with an owner and a deadline reported on until done.
import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt, day, id, updatedAt } from '../../db/columns.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { feedbackCases } from '../feedback/feedback.table.ts'

export const dialogueSessions = pgTable(
  'dialogue_sessions',
  {
    id: id(),
    /** The committee holding it (its head receives citizens: province ≥ 1 day a month, commune or ward ≥ 2). */
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    /** 'reception': periodic tiếp dân; 'ad_hoc': unscheduled reception; 'dialogue': a dialogue with the people. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    heldOn: day('held_on').notNull(),
    /** 'HH:MM', local time. */
    startsAt: text('starts_at'),
    place: text('place').notNull(),
    /** Who chairs it, as the minutes write it ("Đồng chí Nguyễn Văn A, Bí thư Đảng ủy phường"). */
    chair: text('chair').notNull(),
    status: text('status').notNull().default('planned'),
    /** The minutes' summary, once held; the reason, when cancelled. */
    summary: text('summary'),
    attendance: integer('attendance'),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('dialogue_sessions_org_idx').on(t.organizationId, t.heldOn),
    check('dialogue_sessions_kind_check', sql`${t.kind} in ('reception','ad_hoc','dialogue')`),
    check('dialogue_sessions_status_check', sql`${t.status} in ('planned','held','cancelled')`),
  ],
)

/** A question or request raised at a session, with the answer given there; may be taken in as a feedback case. */
export const dialogueQuestions = pgTable(
  'dialogue_questions',
  {
    id: id(),
    sessionId: uuid('session_id').notNull().references(() => dialogueSessions.id),
    /** Who raised it, as the minutes record it (internal only, never on a public page). */
    raisedBy: text('raised_by'),
    content: text('content').notNull(),
    response: text('response'),
    feedbackCaseId: uuid('feedback_case_id').references(() => feedbackCases.id),
    createdAt: createdAt(),
  },
  (t) => [index('dialogue_questions_session_idx').on(t.sessionId)],
)

/** A promise made at a session: a task owned by a unit (and a named person), due on a date, reported on until done. */
export const dialoguePromises = pgTable(
  'dialogue_promises',
  {
    id: id(),
    sessionId: uuid('session_id').notNull().references(() => dialogueSessions.id),
    questionId: uuid('question_id').references(() => dialogueQuestions.id),
    content: text('content').notNull(),
    ownerOrgId: uuid('owner_org_id').notNull().references(() => organizations.id),
    /** The person answerable for it ("Đồng chí Trần Thị B, Chủ tịch UBND phường"). */
    ownerName: text('owner_name').notNull(),
    dueOn: day('due_on').notNull(),
    status: text('status').notNull().default('open'),
    progress: integer('progress').notNull().default(0),
    doneOn: day('done_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('dialogue_promises_session_idx').on(t.sessionId),
    index('dialogue_promises_owner_idx').on(t.ownerOrgId, t.status, t.dueOn),
    check('dialogue_promises_status_check', sql`${t.status} in ('open','done','dropped')`),
    check('dialogue_promises_progress_check', sql`${t.progress} between 0 and 100`),
  ],
)

/** Each progress report on a promise, newest last. */
export const dialoguePromiseReports = pgTable(
  'dialogue_promise_reports',
  {
    id: id(),
    promiseId: uuid('promise_id').notNull().references(() => dialoguePromises.id),
    progress: integer('progress').notNull(),
    note: text('note').notNull(),
    status: text('status').notNull(),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('dialogue_promise_reports_promise_idx').on(t.promiseId, t.at)],
)
