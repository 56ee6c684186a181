// /api/v1/dialogues: citizen receptions and dialogues of a subtree — schedule, change while planned, mark held,
// cancel — one session with its questions and promises, and the monthly reception-day compliance. The questions and
// promises have their own route files, registered here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import {
  CancelDialogueBody, ComplianceQuery, ComplianceReport, CreateDialogueBody, DialogueListItem, DialoguePage, DialogueQuery, DialogueSession, HoldDialogueBody, UpdateDialogueBody,
} from '../../../common/contracts/dialogues.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { invalid } from '../../lib/errors.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { complianceOf } from './dialogues.compliance.ts'
import { dialoguePolicy } from './dialogues.policy.ts'
import { loadSession, sessionDetail } from './dialogues.detail.ts'
import { presentListItem } from './dialogues.present.ts'
import { dialoguePromiseRoutes } from './dialogues.promises.routes.ts'
import { dialogueQuestionRoutes } from './dialogues.questions.routes.ts'
import { cancelSession, createSession, holdSession, listSessions, updateSession } from './dialogues.service.ts'

const tags = ['dialogues']
const Params = z.strictObject({ id: z.uuid() })

export const dialogueRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.get('/dialogues', {
    config: { policy: 'dialogues.list' },
    schema: { tags, summary: "Receptions and dialogues of a unit's subtree, latest date first", querystring: DialogueQuery, response: { 200: DialoguePage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, dialoguePolicy.list, org)
    const { from, to, status } = req.query
    if (from && to && from > to) throw invalid('dialogueRangeOrder', 'to')
    const limit = req.query.limit ?? 30
    const cursor = decodeCursor(req.query.cursor, z.tuple([z.iso.date(), z.uuid()]))
    const rows = await listSessions(db, { path: org.path, from, to, status, cursor, limit })
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    return {
      items: page.map((r): DialogueListItem => presentListItem(r.row, r.orgName, r)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.row.heldOn, last.row.id]) : null,
    }
  })

  app.get('/dialogues/compliance', {
    config: { policy: 'dialogues.list' },
    schema: { tags, summary: 'Reception days owed, held and planned in a month: the unit and each province, commune and ward committee under it', querystring: ComplianceQuery, response: { 200: ComplianceReport } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, dialoguePolicy.list, org)
    const month = req.query.month ?? todayIso().slice(0, 7)
    const cursor = decodeCursor(req.query.cursor, z.tuple([z.number().int().min(0), cursorKey]))
    const result = await complianceOf(db, org, month, cursor, req.query.limit ?? 200)
    return { month, totals: result.totals, items: result.items, nextCursor: result.next ? encodeCursor(result.next) : null }
  })

  app.post('/dialogues', {
    config: { policy: 'dialogues.manage' },
    schema: { tags, summary: 'Schedule a reception or a dialogue (planned) for a unit in my scope', body: CreateDialogueBody, response: { 201: DialogueSession } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.body.orgId)
    authorize(ctx.actor, dialoguePolicy.manage, org)
    const session = await createSession(db, ctx, org, req.body)
    return reply.status(201).send(await sessionDetail(database, session, org, ctx.actor))
  })

  app.get('/dialogues/:id', {
    config: { policy: 'dialogues.read' },
    schema: { tags, summary: 'A session with its questions and its promises (latest progress each)', params: Params, response: { 200: DialogueSession } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { session, org } = await loadSession(database, req.params.id, actor, dialoguePolicy.read)
    return sessionDetail(database, session, org, actor)
  })

  app.patch('/dialogues/:id', {
    config: { policy: 'dialogues.manage' },
    schema: { tags, summary: 'Change a planned session (date, time, place, chair, title, kind)', params: Params, body: UpdateDialogueBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { session } = await loadSession(database, req.params.id, ctx.actor, dialoguePolicy.manage)
    await updateSession(db, ctx, session, req.body)
    return { ok: true as const }
  })

  app.post('/dialogues/:id/hold', {
    config: { policy: 'dialogues.manage' },
    schema: { tags, summary: "Mark a planned session held (from its day on): the minutes' summary and the attendance", params: Params, body: HoldDialogueBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { session } = await loadSession(database, req.params.id, ctx.actor, dialoguePolicy.manage)
    await holdSession(db, ctx, session, req.body)
    return { ok: true as const }
  })

  app.post('/dialogues/:id/cancel', {
    config: { policy: 'dialogues.manage' },
    schema: { tags, summary: 'Cancel a planned session, saying why', params: Params, body: CancelDialogueBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { session } = await loadSession(database, req.params.id, ctx.actor, dialoguePolicy.manage)
    await cancelSession(db, ctx, session, req.body.reason)
    return { ok: true as const }
  })

  await app.register(dialogueQuestionRoutes, { database })
  await app.register(dialoguePromiseRoutes, { database })
}
