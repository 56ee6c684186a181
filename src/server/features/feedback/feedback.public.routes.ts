// /api/v1/public/feedback: citizens send feedback without an account, follow it by its tracking code, rate the
// published answer or reopen the case once. Unknown and malformed codes answer the same 404.
import { eq, inArray } from 'drizzle-orm'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import { FeedbackOptions, FeedbackReceipt, FeedbackSubmission, PUBLIC_EVENT_KINDS, PublicFeedback, RatingBody, ReopenBody } from '../../../common/contracts/feedback.ts'
import type { Database } from '../../db/client.ts'
import { AppError } from '../../lib/errors.ts'
import { anonymousCtx } from '../../plugins/auth.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { caseAttachments } from './feedback.attachments.ts'
import { readMultipartSubmission, registerAttachmentUploads, verifiedUploads } from './feedback.attachments.upload.ts'
import { formatTrackingCode } from './feedback.codes.ts'
import { feedbackCategories } from './feedback.table.ts'
import { systemClock, type Clock } from '../../lib/clock.ts'
import { sendLater, type Mailer } from '../../lib/mailer.ts'
import { todayIso } from '../../../common/dates.ts'
import { receiptMail } from './feedback.notify.ts'
import { canRate, canReopen, caseByCode, caseEvents, feedbackOptions, followedCase, rateCase, reopenCase, submitFeedback, type CaseRow } from './feedback.service.ts'

const tags = ['feedback (public)']
const Params = z.strictObject({ code: z.string().min(1).max(64) })
/** Per address: sending is rare, looking up is frequent but must not allow guessing codes. */
const submitLimit = { max: 5, timeWindow: '10 minutes' }
const lookupLimit = { max: 30, timeWindow: '1 minute' }
const PUBLIC_KINDS = new Set<string>(PUBLIC_EVENT_KINDS)

export const feedbackPublicRoutes: FastifyPluginAsyncZod<{ database: Database; clock?: Clock; mailer?: Mailer | null }> = async (app, { database, clock = systemClock, mailer = null }) => {
  const { db } = database
  await registerAttachmentUploads(app)

  /** `own` is the case the code opens: its files are listed, even when it was merged into `c`. */
  async function present(c: CaseRow, mergedInto: string | null, own: CaseRow): Promise<PublicFeedback> {
    const events = (await caseEvents(db, c.id)).filter((e) => e.public && PUBLIC_KINDS.has(e.kind))
    const orgIds = [...new Set([c.communeId, c.handlerId, ...events.flatMap((e) => [e.toOrgId, e.fromOrgId]).filter((x): x is string => Boolean(x))])]
    const names = new Map((await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, orgIds))).map((o) => [o.id, o.name]))
    const [category] = await db.select().from(feedbackCategories).where(eq(feedbackCategories.id, c.categoryId))
    return {
      reference: c.reference, status: c.status as PublicFeedback['status'], category: category.name, commune: names.get(c.communeId) ?? '',
      // The sender's own words, as sent: the page is opened only with the code the sender holds.
      content: c.content, receivedOn: c.receivedOn, acknowledgeDue: c.acknowledgeDue, handlingDue: c.handlingDue,
      history: events.map((e) => ({ kind: e.kind as PublicFeedback['history'][number]['kind'], at: e.at.toISOString(), unit: names.get(e.toOrgId ?? e.fromOrgId ?? '') ?? null })),
      answer: c.publishedAnswer && c.answeredAt ? { text: c.publishedAnswer, unit: names.get(c.handlerId) ?? '', at: c.answeredAt.toISOString() } : null,
      rating: c.rating, canRate: canRate(c), canReopen: canReopen(c), mergedInto, attachments: await caseAttachments(db, own.id),
    }
  }

  app.get('/public/feedback/options', {
    config: { policy: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Topics and communes for the feedback form', response: { 200: FeedbackOptions } },
  }, async () => feedbackOptions(db))

  app.post('/public/feedback', {
    config: { policy: 'public', rateLimit: submitLimit },
    // JSON, or multipart/form-data with the same fields and up to 3 files (`files`): see feedback.attachments.upload.ts.
    preValidation: readMultipartSubmission,
    schema: { tags, summary: 'Send feedback without an account (JSON, or multipart with up to 3 photos or PDFs); answers the tracking code (shown once)', body: FeedbackSubmission, response: { 201: FeedbackReceipt } },
  }, async (req, reply) => {
    const body = req.body
    if (body.anonymous && (body.name || body.phone || body.email)) {
      throw new AppError('validation_failed', 'feedbackAnonymousContact', {}, { fields: [{ path: 'anonymous', message: 'feedbackAnonymousContact' }] })
    }
    const attachments = await verifiedUploads(req, body.anonymous)
    const { row, code } = await submitFeedback(db, anonymousCtx(req), { ...body, attachments }, todayIso(clock()))
    const receipt = { trackingCode: formatTrackingCode(code), reference: row.reference, acknowledgeDue: row.acknowledgeDue, handlingDue: row.handlingDue }
    if (mailer && body.email && !body.anonymous) sendLater(mailer, receiptMail(mailer, body.email, receipt), req.log)
    reply.header('cache-control', 'no-store')
    return reply.status(201).send(receipt)
  })

  app.get('/public/feedback/:code', {
    config: { policy: 'public', rateLimit: lookupLimit },
    schema: { tags, summary: 'The public status of a case, by its tracking code', params: Params, response: { 200: PublicFeedback } },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store')
    const own = await caseByCode(db, req.params.code)
    const { followed, mergedInto } = await followedCase(db, own)
    return present(followed, mergedInto, own)
  })

  app.post('/public/feedback/:code/rating', {
    config: { policy: 'public', rateLimit: lookupLimit },
    schema: { tags, summary: 'Rate the published answer (once)', params: Params, body: RatingBody, response: { 200: OkResponse } },
  }, async (req) => {
    const { followed } = await followedCase(db, await caseByCode(db, req.params.code))
    await rateCase(db, anonymousCtx(req), followed, req.body.rating, req.body.comment)
    return { ok: true as const }
  })

  app.post('/public/feedback/:code/reopen', {
    config: { policy: 'public', rateLimit: lookupLimit },
    schema: { tags, summary: 'Reopen an answered case once, within 30 days, saying why', params: Params, body: ReopenBody, response: { 200: OkResponse } },
  }, async (req) => {
    const { followed } = await followedCase(db, await caseByCode(db, req.params.code))
    await reopenCase(db, anonymousCtx(req), followed, req.body.reason, todayIso(clock()))
    return { ok: true as const }
  })
}
