// Sessions, questions and promises as the API shows them, with what the caller may do to each: never table rows.
import type { DialogueKind, DialogueListItem, DialoguePromise, DialogueQuestion, DialogueStatus, PromiseReport, PromiseStatus } from '../../../common/contracts/dialogues.ts'
import type { Actor } from '../../lib/actor.ts'
import { dialoguePolicy } from './dialogues.policy.ts'
import type { PromiseView, ReportView } from './dialogues.promises.service.ts'
import type { dialogueQuestions, dialogueSessions } from './dialogues.table.ts'

type SessionRow = typeof dialogueSessions.$inferSelect
type QuestionRow = typeof dialogueQuestions.$inferSelect

/** How the minutes name each kind (also the text added to a feedback case taken in at a session). */
const KIND_LABELS: Record<DialogueKind, string> = {
  reception: 'Buổi tiếp công dân định kỳ',
  ad_hoc: 'Buổi tiếp công dân đột xuất',
  dialogue: 'Hội nghị đối thoại với nhân dân',
}
export const dialogueKindLabel = (kind: string) => KIND_LABELS[kind as DialogueKind] ?? kind

export function presentListItem(row: SessionRow, orgName: string, counts: { questionCount: number; promiseCount: number; openPromiseCount: number }): DialogueListItem {
  return {
    id: row.id, organization: { id: row.organizationId, name: orgName }, kind: row.kind as DialogueKind, title: row.title, heldOn: row.heldOn,
    startsAt: row.startsAt, place: row.place, chair: row.chair, status: row.status as DialogueStatus,
    questionCount: Number(counts.questionCount), promiseCount: Number(counts.promiseCount), openPromiseCount: Number(counts.openPromiseCount),
  }
}

export function presentQuestion(row: QuestionRow, reference: string | null): DialogueQuestion {
  return {
    id: row.id, raisedBy: row.raisedBy, content: row.content, response: row.response,
    feedbackCase: row.feedbackCaseId ? { id: row.feedbackCaseId, reference: reference ?? '' } : null, createdAt: row.createdAt.toISOString(),
  }
}

export function presentReport(r: ReportView): PromiseReport {
  return { id: r.row.id, progress: r.row.progress, note: r.row.note, status: r.row.status as PromiseStatus, by: r.by, at: r.row.at.toISOString() }
}

export function presentPromise(v: PromiseView, last: ReportView | undefined, actor: Actor, today: string): DialoguePromise {
  const p = v.row
  const open = p.status === 'open'
  const refs = { owner: v.owner, sessionOrg: v.sessionOrg }
  return {
    id: p.id,
    session: { id: v.session.id, title: v.session.title, heldOn: v.session.heldOn, organization: { id: v.sessionOrg.id, name: v.sessionOrg.name } },
    questionId: p.questionId, content: p.content, owner: { id: v.owner.id, name: v.owner.name }, ownerName: p.ownerName, dueOn: p.dueOn,
    status: p.status as PromiseStatus, progress: p.progress, doneOn: p.doneOn, overdue: open && p.dueOn < today,
    lastReport: last ? presentReport(last) : null,
    abilities: { report: open && dialoguePolicy.report(actor, refs), manage: open && dialoguePolicy.managePromise(actor, refs) },
  }
}
