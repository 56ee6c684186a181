// /api/v1/shortcomings: the register over a unit's subtree (filters, overdue follow-up, keyset pages) and its figures,
// a member's own, one shortcoming with its actions, timeline and evidence, recording one (directly or from a citizen's
// feedback case), and carrying organizations' unresolved shortcomings into their plans for a cycle.
import { eq } from 'drizzle-orm'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { FEEDBACK_ATTACHMENT_TYPES } from '../../../common/contracts/feedback.attachments.ts'
import {
  CarryOverQuery, CarryOverResult, CreateShortcomingBody, EvidenceParams, ShortcomingDetail, ShortcomingMine, ShortcomingPage,
  ShortcomingQuery, ShortcomingSummary, ShortcomingSummaryQuery,
} from '../../../common/contracts/shortcomings.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { authorize, type OrgRef } from '../../lib/authz.ts'
import { systemClock, type Clock } from '../../lib/clock.ts'
import { privateNoStore, sendStoredFile } from '../../lib/download.ts'
import { AppError, invalid } from '../../lib/errors.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import { feedbackPolicy } from '../feedback/feedback.policy.ts'
import { feedbackCases } from '../feedback/feedback.table.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { carryOverAllOrgShortcomings } from './shortcomings.carry.ts'
import { loadShortcoming, requireCycle, shortcomingPage } from './shortcomings.load.ts'
import { shortcomingPolicy } from './shortcomings.policy.ts'
import { presentShortcoming } from './shortcomings.present.ts'
import { evidenceFile, listShortcomings, orgNames, personShortcomings } from './shortcomings.query.ts'
import { raiseShortcoming } from './shortcomings.raise.ts'
import { shortcomingSummary } from './shortcomings.stats.ts'

const tags = ['shortcomings']
const EvidenceFile = {
  description: 'Ảnh (JPEG, PNG, WebP) hoặc tài liệu PDF',
  content: Object.fromEntries(FEEDBACK_ATTACHMENT_TYPES.map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }])),
}

/** Exactly one subject: a person or an organization. */
function subjectOf(body: z.infer<typeof CreateShortcomingBody>) {
  if (body.subjectPersonId && !body.subjectOrgId) return { personId: body.subjectPersonId }
  if (body.subjectOrgId && !body.subjectPersonId) return { orgId: body.subjectOrgId }
  throw new AppError('validation_failed', 'shortcomingSubjectRequired', {}, { fields: [{ path: 'subjectPersonId', message: 'shortcomingSubjectRequired' }] })
}

export const shortcomingRoutes: FastifyPluginAsyncZod<{ database: Database; clock?: Clock }> = async (app, { database, clock = systemClock }) => {
  const { db } = database
  const today = () => todayIso(clock())

  /** A feedback case the caller may read, handled under the raising unit: the source of a shortcoming. */
  async function checkFeedbackSource(ctx: Ctx, raising: OrgRef, caseId: string | null | undefined) {
    if (!caseId) throw invalid('shortcomingSourceRequired', 'sourceId')
    const [c] = await db.select({ handlerId: feedbackCases.handlerId }).from(feedbackCases).where(eq(feedbackCases.id, caseId))
    const handler = c ? await getOrganization(db, c.handlerId) : null
    // A case the caller may not read is as unknown as one that does not exist.
    if (!handler || !feedbackPolicy.read(ctx.actor, handler)) throw invalid('shortcomingUnknownCase', 'sourceId')
    if (!handler.path.startsWith(raising.path)) throw invalid('shortcomingCaseOutside', 'sourceId')
  }

  app.get('/shortcomings', {
    config: { policy: 'shortcomings.list' },
    schema: { tags, summary: "The register over a unit's subtree (subject, raising unit), newest first; overdue ones flagged", querystring: ShortcomingQuery, response: { 200: ShortcomingPage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, shortcomingPolicy.list, org)
    const limit = req.query.limit ?? 30
    const cursor = decodeCursor(req.query.cursor, z.tuple([cursorKey, z.uuid()]))
    const { org: _o, overdue, cursor: _c, limit: _l, ...filters } = req.query
    const rows = await listShortcomings(db, { ...filters, path: org.path, overdue: overdue === 'true', cursor, limit, today: today() })
    const page = rows.slice(0, limit)
    const names = await orgNames(db, page.map((v) => v.personUnitId))
    const last = page.at(-1)
    return {
      items: page.map((v) => presentShortcoming(v, names)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.row.createdAt.toISOString(), last.row.id]) : null,
    }
  })

  app.get('/shortcomings/summary', {
    config: { policy: 'shortcomings.list' },
    schema: { tags, summary: 'Open, awaiting verification, fixed and overdue over a subtree: in total, by source, by severity, by direct sub-unit', querystring: ShortcomingSummaryQuery, response: { 200: ShortcomingSummary } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, shortcomingPolicy.list, org)
    return shortcomingSummary(db, org, today())
  })

  app.get('/shortcomings/mine', {
    config: { policy: 'shortcomings.mine' },
    schema: { tags, summary: 'My own shortcomings (as their subject), unresolved first', response: { 200: ShortcomingMine } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, shortcomingPolicy.mine, undefined, 'noPerson')
    const rows = await personShortcomings(db, actor.personId!, today())
    const names = await orgNames(db, rows.map((v) => v.personUnitId))
    return { items: rows.map((v) => presentShortcoming(v, names)) }
  })

  app.get('/shortcomings/:id', {
    config: { policy: 'shortcomings.read' },
    schema: { tags, summary: 'A shortcoming with its actions, its timeline (every step, with evidence files) and what the caller may do', params: IdParams, response: { 200: ShortcomingDetail } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const loaded = await loadShortcoming(db, req.params.id, actor, shortcomingPolicy.read, today())
    return shortcomingPage(db, req.params.id, actor, today(), loaded)
  })

  app.post('/shortcomings', {
    config: { policy: 'shortcomings.raise' },
    schema: { tags, summary: 'Record a shortcoming of a person or a unit under the raising unit, directly or from a feedback case', body: CreateShortcomingBody, response: { 201: ShortcomingDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const raising = await getOrganization(db, req.body.organizationId)
    authorize(ctx.actor, shortcomingPolicy.raise, raising)
    const subject = subjectOf(req.body)
    if (req.body.source === 'feedback') await checkFeedbackSource(ctx, raising, req.body.sourceId)
    else if (req.body.sourceId) throw invalid('shortcomingSourceUnexpected', 'sourceId')
    const day = today()
    const cycle = await requireCycle(db, day)
    const row = await db.transaction((tx) => raiseShortcoming(tx, ctx, {
      raisingOrg: raising, subject, cycleId: cycle.id, source: req.body.source, sourceId: req.body.sourceId ?? null,
      description: req.body.description, severity: req.body.severity, cause: req.body.cause, dueOn: req.body.dueOn,
    }, day))
    return reply.status(201).send(await shortcomingPage(db, row.id, ctx.actor, day))
  })

  app.post('/shortcomings/carry-over', {
    config: { policy: 'shortcomings.carryOver' },
    schema: { tags, summary: "Carry the unresolved shortcomings of a subtree's organizations from earlier cycles into their plans for a cycle", querystring: CarryOverQuery, response: { 200: CarryOverResult } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(ctx.actor, shortcomingPolicy.carryOver, org)
    const cycle = await getCycle(db, req.query.cycle)
    return db.transaction((tx) => carryOverAllOrgShortcomings(tx, ctx, cycle, org.path))
  })

  app.get('/shortcomings/:id/evidence/:evidenceId', {
    config: { policy: 'shortcomings.read' },
    onSend: privateNoStore,
    schema: { tags, summary: 'An evidence photo or document of a step, for those who may read the shortcoming', params: EvidenceParams, response: { 200: EvidenceFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    await loadShortcoming(db, req.params.id, actor, shortcomingPolicy.read, today())
    return sendStoredFile(reply, await evidenceFile(db, req.params.id, req.params.evidenceId))
  })
}
