// /api/v1/feedback: the handling units' inbox over their subtree, a case with its history, and the handling steps
// (acknowledge, draft the answer, the head approves and publishes it); operators enter cases received by phone, in
// person or at a dialogue on the citizen's behalf.
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import { AnswerBody, FeedbackCase, FeedbackChannel, FeedbackPage, FeedbackQuery, FeedbackReceipt, FeedbackSubmission, FeedbackSummary, FeedbackSummaryQuery, DeleteRouteQuery, FeedbackRoutes, FeedbackRoutesQuery, PutRouteBody, ReturnBody, TransferBody, MergeBody, SimilarCases } from '../../../common/contracts/feedback.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { systemClock, type Clock } from '../../lib/clock.ts'
import { sendLater, type Mailer } from '../../lib/mailer.ts'
import { authorize, hasRole } from '../../lib/authz.ts'
import { audit } from '../../lib/audit.ts'
import { AppError, notFound } from '../../lib/errors.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { caseAttachments } from './feedback.attachments.ts'
import { readMultipartSubmission, registerAttachmentUploads, verifiedUploads } from './feedback.attachments.upload.ts'
import { formatTrackingCode } from './feedback.codes.ts'
import { feedbackPolicy } from './feedback.policy.ts'
import { acknowledgeCase, approveAnswer, caseContact, caseEvents, draftAnswer, getCase, handledInSubtree, mergeCase, returnCase, similarCases, submitFeedback, transferCase, type CaseRow } from './feedback.service.ts'
import { workingDaysAfter } from './feedback.deadlines.ts'
import { overdueSql } from './feedback.escalation.ts'
import { answeredMails, receiptMail } from './feedback.notify.ts'
import { feedbackSummary } from './feedback.stats.ts'
import { feedbackCases, feedbackCategories, feedbackRoutes as routeRules } from './feedback.table.ts'

const tags = ['feedback']
const Params = z.strictObject({ id: z.uuid() })
const EnterBody = FeedbackSubmission.extend({ channel: FeedbackChannel.exclude(['web']) })

const isOverdue = (c: Pick<CaseRow, 'status' | 'acknowledgeDue' | 'handlingDue'>, today: string) =>
  (c.status === 'received' && c.acknowledgeDue < today) || (c.status !== 'answered' && c.status !== 'closed' && c.handlingDue < today)

export const feedbackRoutes: FastifyPluginAsyncZod<{ database: Database; clock?: Clock; mailer?: Mailer | null }> = async (app, { database, clock = systemClock, mailer = null }) => {
  const { db } = database
  await registerAttachmentUploads(app)
  const today = () => todayIso(clock())

  async function handlerOf(c: CaseRow) {
    return getOrganization(db, c.handlerId)
  }

  async function names(ids: string[]) {
    const rows = ids.length ? await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [...new Set(ids)])) : []
    return new Map(rows.map((r) => [r.id, r.name]))
  }

  async function categoryNames() {
    return new Map((await db.select().from(feedbackCategories)).map((c) => [c.id, c.name]))
  }

  async function present(c: CaseRow, actor: Actor) {
    const handler = await handlerOf(c)
    const events = await caseEvents(db, c.id)
    const orgNames = await names([c.communeId, c.handlerId, ...(c.escalatedToId ? [c.escalatedToId] : []), ...events.flatMap((e) => [e.fromOrgId, e.toOrgId]).filter((x): x is string => Boolean(x))])
    const contact = !c.anonymous && feedbackPolicy.readContact(actor, handler) ? await caseContact(db, c.id) : null
    const canHandle = feedbackPolicy.handle(actor, handler)
    const open = c.status !== 'answered' && c.status !== 'closed'
    return {
      ...listItem(c, orgNames, await categoryNames(), today()),
      content: c.content, channel: c.channel as z.infer<typeof FeedbackChannel>, anonymous: c.anonymous,
      contact: contact ? { name: contact.name, phone: contact.phone, email: contact.email } : null,
      draftAnswer: canHandle ? c.draftAnswer : null, publishedAnswer: c.publishedAnswer, rating: c.rating,
      history: events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), from: e.fromOrgId ? orgNames.get(e.fromOrgId) ?? null : null, to: e.toOrgId ? orgNames.get(e.toOrgId) ?? null : null, note: canHandle || e.public ? e.note : null, public: e.public })),
      abilities: { acknowledge: canHandle && c.status === 'received', answer: canHandle && open, approve: open && c.draftAnswer !== null && feedbackPolicy.approve(actor, handler) },
      attachments: await caseAttachments(db, c.id),
    }
  }

  function listItem(c: CaseRow, orgNames: Map<string, string>, categories: Map<string, string>, today: string) {
    const overdue = isOverdue(c, today)
    return {
      id: c.id, reference: c.reference, status: c.status as z.infer<typeof FeedbackCase>['status'], category: categories.get(c.categoryId) ?? c.categoryId,
      commune: { id: c.communeId, name: orgNames.get(c.communeId) ?? '' }, handler: { id: c.handlerId, name: orgNames.get(c.handlerId) ?? '' },
      excerpt: c.content.length > 160 ? `${c.content.slice(0, 157)}…` : c.content,
      receivedOn: c.receivedOn, acknowledgeDue: c.acknowledgeDue, handlingDue: c.handlingDue, overdue,
      escalatedTo: overdue && c.escalatedToId ? { id: c.escalatedToId, name: orgNames.get(c.escalatedToId) ?? '' } : null,
      escalationLevel: overdue ? c.escalationLevel : 0,
    }
  }

  async function load(id: string, actor: Actor, rule: (a: Actor, o: { id: string; path: string }) => boolean) {
    const c = await getCase(db, id)
    const handler = await handlerOf(c)
    // Outside the reader's reach a case does not exist.
    if (!feedbackPolicy.read(actor, handler)) throw notFound('feedbackNotFound')
    authorize(actor, rule, handler)
    return c
  }

  app.get('/feedback', {
    config: { policy: 'feedback.list' },
    schema: { tags, summary: "Cases handled in a unit's subtree, newest first; overdue ones flagged (escalation to the levels above)", querystring: FeedbackQuery, response: { 200: FeedbackPage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, feedbackPolicy.list, org)
    const limit = req.query.limit ?? 30
    const day = today()
    const cursor = decodeCursor(req.query.cursor, z.tuple([cursorKey, z.uuid()]))
    const where: SQL[] = [handledInSubtree(org.path)]
    if (req.query.status) where.push(eq(feedbackCases.status, req.query.status))
    if (req.query.overdue === 'true' || req.query.escalated === 'true') where.push(overdueSql(day))
    if (req.query.escalated === 'true') where.push(isNotNull(feedbackCases.escalatedToId))
    if (cursor) where.push(sql`(${feedbackCases.createdAt}, ${feedbackCases.id}) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)`)
    const rows = await db.select().from(feedbackCases).where(and(...where)).orderBy(desc(feedbackCases.createdAt), desc(feedbackCases.id)).limit(limit + 1)
    const page = rows.slice(0, limit)
    const orgNames = await names(page.flatMap((c) => [c.communeId, c.handlerId, ...(c.escalatedToId ? [c.escalatedToId] : [])]))
    const categories = await categoryNames()
    const last = page.at(-1)
    return {
      items: page.map((c) => listItem(c, orgNames, categories, day)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    }
  })

  app.get('/feedback/summary', {
    config: { policy: 'feedback.list' },
    schema: { tags, summary: 'What is due and overdue in a subtree, answered on time or late, by topic and sub-unit, and satisfaction', querystring: FeedbackSummaryQuery, response: { 200: FeedbackSummary } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, feedbackPolicy.list, org)
    const day = today()
    const soon = await workingDaysAfter(db, day, 2)
    return { ...(await feedbackSummary(db, org, day, soon)), dueSoonUntil: soon }
  })

  app.post('/feedback', {
    config: { policy: 'feedback.enter' },
    preValidation: readMultipartSubmission,
    schema: { tags, summary: 'Enter a case received by phone, in person, by mail or at a dialogue, on the citizen\'s behalf', body: EnterBody, response: { 201: FeedbackReceipt } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const commune = await getOrganization(db, req.body.communeId)
    authorize(ctx.actor, (a, o) => hasRole(a, ['office'], o), commune)
    const { row, code } = await submitFeedback(db, ctx, { ...req.body, attachments: await verifiedUploads(req, req.body.anonymous) }, today())
    const receipt = { trackingCode: formatTrackingCode(code), reference: row.reference, acknowledgeDue: row.acknowledgeDue, handlingDue: row.handlingDue }
    if (mailer && req.body.email && !req.body.anonymous) sendLater(mailer, receiptMail(mailer, req.body.email, receipt), req.log)
    return reply.status(201).send(receipt)
  })

  app.get('/feedback/:id', {
    config: { policy: 'feedback.read' },
    schema: { tags, summary: 'A case with its history; the sender\'s contact only for the handling unit', params: Params, response: { 200: FeedbackCase } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    return present(await load(req.params.id, actor, feedbackPolicy.read), actor)
  })

  app.post('/feedback/:id/acknowledge', {
    config: { policy: 'feedback.handle' },
    schema: { tags, summary: 'Tell the sender the case is being handled (within 10 working days)', params: Params, body: z.strictObject({ note: z.string().trim().max(1000).optional() }), response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    await acknowledgeCase(db, ctx, await load(req.params.id, ctx.actor, feedbackPolicy.handle), req.body.note, clock())
    return { ok: true as const }
  })

  app.put('/feedback/:id/answer', {
    config: { policy: 'feedback.handle' },
    schema: { tags, summary: 'Write the answer (a draft until the head approves it)', params: Params, body: AnswerBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    await draftAnswer(db, ctx, await load(req.params.id, ctx.actor, feedbackPolicy.handle), req.body.text, clock())
    return { ok: true as const }
  })

  app.post('/feedback/:id/approve', {
    config: { policy: 'feedback.approve' },
    schema: { tags, summary: "The head approves the answer: published (personal data masked) on the case's public page", params: Params, body: z.strictObject({}).optional(), response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const c = await load(req.params.id, ctx.actor, feedbackPolicy.approve)
    await approveAnswer(db, ctx, c, clock())
    if (mailer) for (const mail of await answeredMails(db, mailer, c.id)) sendLater(mailer, mail, req.log)
    return { ok: true as const }
  })

  app.post('/feedback/:id/transfer', {
    config: { policy: 'feedback.route' },
    schema: { tags, summary: 'Re-route a case to another unit (an office above both), saying why', params: Params, body: TransferBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const c = await load(req.params.id, ctx.actor, feedbackPolicy.read)
    const [from, to] = [await handlerOf(c), await getOrganization(db, req.body.orgId)]
    authorize(ctx.actor, feedbackPolicy.route, { from, to })
    await transferCase(db, ctx, c, to, req.body.reason)
    return { ok: true as const }
  })

  app.post('/feedback/:id/return', {
    config: { policy: 'feedback.handle' },
    schema: { tags, summary: 'Send a misrouted case back, saying why (to the unit that passed it on, or the level above)', params: Params, body: ReturnBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    await returnCase(db, ctx, await load(req.params.id, ctx.actor, feedbackPolicy.handle), req.body.reason)
    return { ok: true as const }
  })

  app.get('/feedback-routes', {
    config: { policy: 'feedback.routes' },
    schema: { tags, summary: 'Routing rules for the communes of a subtree', querystring: FeedbackRoutesQuery, response: { 200: FeedbackRoutes } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, feedbackPolicy.list, org)
    const rows = await db.select().from(routeRules).where(sql`${routeRules.communeId} in (select id from organizations where path like ${`${org.path}%`})`)
    const orgNames = await names(rows.flatMap((r) => [r.communeId, r.handlerId]))
    return { items: rows.map((r) => ({ commune: { id: r.communeId, name: orgNames.get(r.communeId) ?? '' }, categoryId: r.categoryId, handler: { id: r.handlerId, name: orgNames.get(r.handlerId) ?? '' } })) }
  })

  app.put('/feedback-routes', {
    config: { policy: 'feedback.routes' },
    schema: { tags, summary: "Send a commune's feedback (of a topic, or '*' for any) to a unit", body: PutRouteBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const [commune, handler] = [await getOrganization(db, req.body.communeId), await getOrganization(db, req.body.handlerId)]
    authorize(ctx.actor, feedbackPolicy.route, { from: commune, to: handler })
    if (commune.kind !== 'commune' && commune.kind !== 'ward') {
      throw new AppError('validation_failed', 'feedbackUnknownCommune', {}, { fields: [{ path: 'communeId', message: 'feedbackUnknownCommune' }] })
    }
    if (req.body.categoryId !== '*') {
      const [category] = await db.select().from(feedbackCategories).where(eq(feedbackCategories.id, req.body.categoryId))
      if (!category) throw new AppError('validation_failed', 'feedbackUnknownCategory', {}, { fields: [{ path: 'categoryId', message: 'feedbackUnknownCategory' }] })
    }
    await db.transaction(async (tx) => {
      await tx.insert(routeRules).values({ communeId: commune.id, categoryId: req.body.categoryId, handlerId: handler.id })
        .onConflictDoUpdate({ target: [routeRules.communeId, routeRules.categoryId], set: { handlerId: handler.id, updatedAt: new Date() } })
      await audit(tx, ctx, { action: 'feedback.route.put', entityType: 'feedback_route', organizationId: commune.id, data: { ...req.body } })
    })
    return { ok: true as const }
  })

  app.delete('/feedback-routes', {
    config: { policy: 'feedback.routes' },
    schema: { tags, summary: 'Remove a routing rule (the commune handles its own feedback again)', querystring: DeleteRouteQuery, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const commune = await getOrganization(db, req.query.communeId)
    authorize(ctx.actor, feedbackPolicy.route, { from: commune, to: commune })
    await db.transaction(async (tx) => {
      await tx.delete(routeRules).where(and(eq(routeRules.communeId, commune.id), eq(routeRules.categoryId, req.query.categoryId)))
      await audit(tx, ctx, { action: 'feedback.route.delete', entityType: 'feedback_route', organizationId: commune.id, data: { ...req.query } })
    })
    return { ok: true as const }
  })

  app.get('/feedback/:id/similar', {
    config: { policy: 'feedback.read' },
    schema: { tags, summary: 'Likely duplicates: open cases about the same commune with close text (the reader may see)', params: Params, response: { 200: SimilarCases } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const c = await load(req.params.id, actor, feedbackPolicy.read)
    const rows = await similarCases(db, c, 10)
    const handlers = new Map<string, { id: string; path: string }>()
    for (const r of rows) if (!handlers.has(r.row.handlerId)) handlers.set(r.row.handlerId, await getOrganization(db, r.row.handlerId))
    const visible = rows.filter((r) => feedbackPolicy.read(actor, handlers.get(r.row.handlerId)!)).slice(0, 5)
    return {
      items: visible.map(({ row, similarity }) => ({
        id: row.id, reference: row.reference, status: row.status as z.infer<typeof FeedbackCase>['status'], receivedOn: row.receivedOn,
        excerpt: row.content.length > 160 ? `${row.content.slice(0, 157)}…` : row.content, similarity: Math.round(Number(similarity) * 100) / 100,
      })),
    }
  })

  app.post('/feedback/:id/merge', {
    config: { policy: 'feedback.handle' },
    schema: { tags, summary: 'Merge this case into another about the same thing; its sender then follows that case', params: Params, body: MergeBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const duplicate = await load(req.params.id, ctx.actor, feedbackPolicy.handle)
    const into = await load(req.body.intoId, ctx.actor, feedbackPolicy.handle)
    await mergeCase(db, ctx, duplicate, into)
    return { ok: true as const }
  })
}
