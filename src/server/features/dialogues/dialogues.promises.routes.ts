// Promises made at a held session: add one (an owner unit in the session's subtree, a person, a due date), the
// tracker over a subtree (soonest due first, overdue flagged), one promise with its reports, changes by the session's
// managers, and progress reports by the owner unit and the levels above it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import { CreatePromiseBody, DialoguePromise, DialoguePromiseDetail, PromisePage, PromiseQuery, PromiseReportBody, UpdatePromiseBody } from '../../../common/contracts/dialogues.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, type OrgRef } from '../../lib/authz.ts'
import { notFound } from '../../lib/errors.ts'
import { decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { loadSession } from './dialogues.detail.ts'
import { dialoguePolicy } from './dialogues.policy.ts'
import { presentPromise, presentReport } from './dialogues.present.ts'
import { addPromise, getPromise, latestReports, listPromises, promiseReports, reportPromise, updatePromise, type PromiseView } from './dialogues.promises.service.ts'

const tags = ['dialogues']
const Params = z.strictObject({ id: z.uuid() })
type PromiseRule = (a: Actor, r: { owner: OrgRef; sessionOrg: OrgRef }) => boolean

export const dialoguePromiseRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  /** A promise the caller may read; outside the reader's reach it does not exist. */
  async function load(id: string, actor: Actor, rule: PromiseRule) {
    const view = await getPromise(db, id)
    const refs = { owner: view.owner, sessionOrg: view.sessionOrg }
    if (!dialoguePolicy.readPromise(actor, refs)) throw notFound('dialoguePromiseNotFound')
    authorize(actor, rule, refs)
    return view
  }

  async function detail(view: PromiseView, actor: Actor) {
    const reports = (await promiseReports(db, [view.row.id])).get(view.row.id) ?? []
    return { ...presentPromise(view, reports.at(-1), actor, todayIso()), reports: reports.map(presentReport) }
  }

  app.post('/dialogues/:id/promises', {
    config: { policy: 'dialogues.manage' },
    schema: { tags, summary: "Record a promise made at a held session: an owner unit in the session's subtree, a person, a due date", params: Params, body: CreatePromiseBody, response: { 201: DialoguePromise } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { session, org } = await loadSession(database, req.params.id, ctx.actor, dialoguePolicy.manage)
    const owner = await getOrganization(db, req.body.ownerOrgId)
    const row = await addPromise(db, ctx, session, org, owner, req.body)
    return reply.status(201).send(presentPromise(await getPromise(db, row.id), undefined, ctx.actor, todayIso()))
  })

  app.get('/dialogue-promises', {
    config: { policy: 'dialogues.list' },
    schema: { tags, summary: "Promises owned by a unit's subtree, soonest due first; overdue ones flagged", querystring: PromiseQuery, response: { 200: PromisePage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, dialoguePolicy.list, org)
    const limit = req.query.limit ?? 30
    const today = todayIso()
    const cursor = decodeCursor(req.query.cursor, z.tuple([z.iso.date(), z.uuid()]))
    const rows = await listPromises(db, { path: org.path, status: req.query.status, overdue: req.query.overdue === 'true', cursor, limit, today })
    const page = rows.slice(0, limit)
    const last = await latestReports(db, page.map((v) => v.row.id))
    const end = page.at(-1)
    return {
      items: page.map((v) => presentPromise(v, last.get(v.row.id), actor, today)),
      nextCursor: rows.length > limit && end ? encodeCursor([end.row.dueOn, end.row.id]) : null,
    }
  })

  app.get('/dialogue-promises/:id', {
    config: { policy: 'dialogues.read' },
    schema: { tags, summary: 'A promise with every progress report, oldest first', params: Params, response: { 200: DialoguePromiseDetail } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    return detail(await load(req.params.id, actor, dialoguePolicy.readPromise), actor)
  })

  app.patch('/dialogue-promises/:id', {
    config: { policy: 'dialogues.managePromise' },
    schema: { tags, summary: 'Change an open promise (content, owner unit, person, due date): the session\'s managers', params: Params, body: UpdatePromiseBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await load(req.params.id, ctx.actor, dialoguePolicy.managePromise)
    const owner = req.body.ownerOrgId ? await getOrganization(db, req.body.ownerOrgId) : null
    await updatePromise(db, ctx, view, owner, req.body)
    return { ok: true as const }
  })

  app.post('/dialogue-promises/:id/reports', {
    config: { policy: 'dialogues.report' },
    schema: { tags, summary: 'Report progress (0–100 %, a note); mark it done, or drop it (the session\'s managers only)', params: Params, body: PromiseReportBody, response: { 200: DialoguePromiseDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await load(req.params.id, ctx.actor, dialoguePolicy.report)
    if (req.body.status === 'dropped') authorize(ctx.actor, dialoguePolicy.managePromise, { owner: view.owner, sessionOrg: view.sessionOrg }, 'dialoguePromiseDropForbidden')
    await reportPromise(db, ctx, view, req.body)
    return detail(await getPromise(db, view.row.id), ctx.actor)
  })
}
