// /api/v1/reports: official documents (Word, or PDF when LibreOffice is installed) made from live data, each under the
// rule of the records it shows, each generation audited. A refusal is the JSON error envelope; the file is sent whole.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { CommitmentReportQuery, OrgReportQuery, PlanReportQuery, PlanReviewQuery, ReportCapabilities } from '../../../common/contracts/reports.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { attachmentDisposition } from '../../lib/download.ts'
import { invalid, notFound } from '../../lib/errors.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { findCommitment } from '../commitments/commitments.service.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { personPolicy } from '../people/people.policy.ts'
import { personRef } from '../people/people.service.ts'
import { getPeriod } from '../plans/plans.periods.ts'
import { planPolicy } from '../plans/plans.policy.ts'
import { getPlan } from '../plans/plans.service.ts'
import { planDocument, planReviewDocument } from './reports.plan.ts'
import type { PdfConverter } from './reports.pdf.ts'
import { reportPolicy } from './reports.policy.ts'
import { CONTENT_TYPES, commitmentDocument, ratingDecisionsDocument, ratingSummaryDocument, type GeneratedDocument } from './reports.service.ts'

const tags = ['reports']
/** A file, not JSON: documented as such in the API description. */
const DocumentFile = {
  description: 'Văn bản Word (.docx) hoặc PDF',
  content: Object.fromEntries(Object.values(CONTENT_TYPES).map((type) => [type, { schema: z.string().describe('binary') }])),
}
/** Each document reads a subtree's figures and may start LibreOffice: a tighter limit than the API's global one. */
const rateLimit = { max: 30, timeWindow: '1 minute' }

function send(reply: FastifyReply, file: GeneratedDocument) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.name, file.format, 'van-ban'))
    .header('cache-control', 'no-store')
    .send(file.body)
}

export const reportRoutes: FastifyPluginAsyncZod<{ database: Database; pdf: PdfConverter }> = async (app, { database, pdf }) => {
  const { db } = database

  app.get('/reports/capabilities', {
    config: { policy: 'authenticated' },
    schema: { tags, summary: 'What the server can produce: PDF only when LibreOffice is installed', response: { 200: ReportCapabilities } },
  }, async (req) => {
    requestCtx(req)
    return { pdf: pdf.available() }
  })

  app.get('/reports/commitment', {
    config: { policy: 'reports.commitment', rateLimit },
    schema: { tags, summary: "A member's commitment form for a cycle, printable for signature", querystring: CommitmentReportQuery, response: { 200: DocumentFile } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const cycle = await getCycle(db, req.query.cycle)
    const commitment = await findCommitment(db, cycle.id, req.query.person)
    if (!commitment) {
      // Only someone who may read the person learns that they have no commitment.
      authorize(ctx.actor, personPolicy.read, await personRef(db, req.query.person))
      throw notFound('commitmentNotFound')
    }
    const unit = await getOrganization(db, commitment.organizationId)
    authorize(ctx.actor, reportPolicy.commitment, { personId: commitment.personId, organization: unit, status: commitment.status })
    const output = { format: req.query.format, layout: req.query.layout, pdf }
    return send(reply, await commitmentDocument({ db, ctx, cycle, commitment, output }))
  })

  app.get('/reports/rating-summary', {
    config: { policy: 'reports.ratings', rateLimit },
    schema: { tags, summary: 'The year-end rating report of an organization over its subtree: by level and by sub-unit', querystring: OrgReportQuery, response: { 200: DocumentFile } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(ctx.actor, reportPolicy.ratings, org)
    const cycle = await getCycle(db, req.query.cycle)
    const output = { format: req.query.format, layout: req.query.layout, pdf }
    return send(reply, await ratingSummaryDocument({ db, ctx, cycle, org, number: req.query.number, output }))
  })

  app.get('/reports/rating-decisions', {
    config: { policy: 'reports.ratings', rateLimit },
    schema: { tags, summary: 'The decided ratings of an organization\'s subtree, by level, people in name order', querystring: OrgReportQuery, response: { 200: DocumentFile } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(ctx.actor, reportPolicy.ratings, org)
    const cycle = await getCycle(db, req.query.cycle)
    const output = { format: req.query.format, layout: req.query.layout, pdf }
    return send(reply, await ratingDecisionsDocument({ db, ctx, cycle, org, number: req.query.number, output }))
  })

  /** A plan the caller may read, with its unit and cycle (both plan documents). */
  async function readablePlan(req: FastifyRequest, planId: string) {
    const ctx = requestCtx(req)
    const plan = await getPlan(db, planId)
    const org = await getOrganization(db, plan.organizationId)
    authorize(ctx.actor, planPolicy.read, org)
    return { ctx, plan, org, cycle: await getCycle(db, plan.cycleId) }
  }

  app.get('/reports/plan', {
    config: { policy: 'reports.plan', rateLimit },
    schema: { tags, summary: "A unit's plan as a Party document: the title block and the items as a numbered table", querystring: PlanReportQuery, response: { 200: DocumentFile } },
  }, async (req, reply) => {
    const { ctx, plan, org, cycle } = await readablePlan(req, req.query.plan)
    return send(reply, await planDocument({ db, ctx, plan, org, cycle, output: { format: req.query.format, pdf } }))
  })

  app.get('/reports/plan-review', {
    config: { policy: 'reports.plan', rateLimit },
    schema: { tags, summary: "The review of a plan over a reporting period (six months, the year, a quarter): each item's progress and its latest note in the period", querystring: PlanReviewQuery, response: { 200: DocumentFile } },
  }, async (req, reply) => {
    const { ctx, plan, org, cycle } = await readablePlan(req, req.query.plan)
    const period = await getPeriod(db, req.query.period)
    if (period.cycleId !== cycle.id) throw invalid('planPeriodOutsideCycle', 'period')
    return send(reply, await planReviewDocument({ db, ctx, plan, org, cycle, period, number: req.query.number, output: { format: req.query.format, pdf } }))
  })
}
