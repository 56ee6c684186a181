// Loading a session for a route (the caller must read it, then pass the route's rule) and the session as the API
// shows it: its questions, its promises with their latest progress, and what the caller may do.
import type { DialogueSession } from '../../../common/contracts/dialogues.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, type OrgRef } from '../../lib/authz.ts'
import { notFound } from '../../lib/errors.ts'
import { getOrganization, type OrgRow } from '../organizations/organizations.service.ts'
import { dialoguePolicy } from './dialogues.policy.ts'
import { presentListItem, presentPromise, presentQuestion } from './dialogues.present.ts'
import { latestReports, sessionPromises } from './dialogues.promises.service.ts'
import { getSession, sessionQuestions, type SessionRow } from './dialogues.service.ts'

/** A session the caller may read, with its organization; outside the reader's reach it does not exist. */
export async function loadSession(database: Database, id: string, actor: Actor, rule: (a: Actor, o: OrgRef) => boolean) {
  const session = await getSession(database.db, id)
  const org = await getOrganization(database.db, session.organizationId)
  if (!dialoguePolicy.read(actor, org)) throw notFound('dialogueNotFound')
  authorize(actor, rule, org)
  return { session, org }
}

/** One session with its questions, its promises (latest progress each) and what the caller may do. */
export async function sessionDetail(database: Database, session: SessionRow, org: OrgRow, actor: Actor): Promise<DialogueSession> {
  const { db } = database
  const today = todayIso()
  const questions = await sessionQuestions(db, session.id)
  const promises = await sessionPromises(db, session.id)
  const last = await latestReports(db, promises.map((p) => p.row.id))
  const manage = dialoguePolicy.manage(actor, org)
  const planned = session.status === 'planned'
  return {
    ...presentListItem(session, org.name, {
      questionCount: questions.length, promiseCount: promises.length, openPromiseCount: promises.filter((p) => p.row.status === 'open').length,
    }),
    summary: session.summary, attendance: session.attendance,
    questions: questions.map((q) => presentQuestion(q.row, q.reference)),
    promises: promises.map((p) => presentPromise(p, last.get(p.row.id), actor, today)),
    abilities: {
      edit: manage && planned, hold: manage && planned && session.heldOn <= today, cancel: manage && planned,
      recordQuestions: manage && session.status !== 'cancelled', addPromises: manage && session.status === 'held',
    },
  }
}
