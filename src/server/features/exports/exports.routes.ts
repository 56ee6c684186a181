// /api/v1/exports: each list a user sees as an Excel file, under the same rule and scope as the list itself. Every
// check (the unit, the cycle, the rule) runs and the export is audited before the first byte of the file is sent, so
// a refusal is still the JSON error envelope; the file itself is streamed as it is read.
import { PassThrough } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { CycleExportQuery, OrgExportQuery, OrganizationsExportQuery, PeopleExportQuery, PlanExportQuery, XLSX_MEDIA_TYPE, type ExportList } from '../../../common/contracts/exports.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import { audit } from '../../lib/audit.ts'
import { authorize, isAdmin } from '../../lib/authz.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { commitmentsSheet, loadRoster } from './exports.commitments.ts'
import { dashboardSheet, subUnitFigures } from './exports.dashboard.ts'
import { countFeedback, feedbackSheet } from './exports.feedback.ts'
import { feedbackPolicy } from '../feedback/feedback.policy.ts'
import { countEvaluations, evaluationsSheet } from './exports.evaluations.ts'
import { organizationsSheet, subtreeInTreeOrder } from './exports.organizations.ts'
import { countShortcomings, shortcomingsSheet } from './exports.shortcomings.ts'
import { ShortcomingExportQuery } from '../../../common/contracts/shortcomings.ts'
import { shortcomingPolicy } from '../shortcomings/shortcomings.policy.ts'
import { peopleSheet, planPeopleExport } from './exports.people.ts'
import { planSheet } from './exports.plan.ts'
import { planOutline } from '../plans/plans.outline.ts'
import { planPolicy } from '../plans/plans.policy.ts'
import { getPlan } from '../plans/plans.service.ts'
import { exportPolicy } from './exports.policy.ts'
import { contentDisposition, ExportAborted, writeXlsx, type ExportSheet } from './exports.xlsx.ts'

const tags = ['exports']
/** A file, not JSON: documented as such in the API description. */
const XlsxFile = { description: 'Tệp Excel (.xlsx)', content: { [XLSX_MEDIA_TYPE]: { schema: z.string().meta({ format: 'binary' }) } } }
/** Exports read a whole subtree: a tighter limit than the API's global one. */
const rateLimit = { max: 30, timeWindow: '1 minute' }

interface Delivery {
  list: ExportList
  organizationId: string | null
  filters: Record<string, unknown>
  /** Rows in the file, when known before writing it (audited with the filters). */
  rows?: number
  /** Vietnamese; folded for the ASCII fallback name. */
  fileName: string
  sheet: ExportSheet
}

export const exportRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  /** Audits the export in its own transaction, then streams the file. */
  async function deliver(req: FastifyRequest, reply: FastifyReply, d: Delivery) {
    const ctx = requestCtx(req)
    await db.transaction((tx) => audit(tx, ctx, {
      action: `export.${d.list}`, entityType: 'export', organizationId: d.organizationId,
      data: { filters: d.filters, ...(d.rows === undefined ? {} : { rows: d.rows }) },
    }))
    const body = new PassThrough()
    writeXlsx(body, d.sheet).catch((err: unknown) => {
      if (err instanceof ExportAborted) return req.log.info({ list: d.list }, 'export abandoned by the client')
      // The status line has gone out already: the client sees a cut-off file, the log says why.
      req.log.error({ err }, 'export failed while streaming')
      body.destroy(err instanceof Error ? err : new Error(String(err)))
    })
    return reply
      .header('content-type', XLSX_MEDIA_TYPE)
      .header('content-disposition', contentDisposition(d.fileName))
      .header('cache-control', 'no-store')
      .send(body)
  }

  app.get('/exports/people', {
    config: { policy: 'exports.people', rateLimit },
    schema: { tags, summary: 'The people list (same scope and filters as GET /people) as an Excel file that imports back', querystring: PeopleExportQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const q = req.query.q?.trim() || undefined
    const plan = await planPeopleExport(db, actor, { ...req.query, q })
    const who = plan.org?.name ?? (isAdmin(actor) ? 'toàn bộ' : 'đơn vị của tôi')
    return deliver(req, reply, {
      list: 'people', organizationId: plan.org?.id ?? null,
      filters: { org: plan.org?.id ?? null, q: q ?? null, subtree: req.query.subtree !== 'false', contact: plan.contact },
      fileName: `Người - ${who} - ${todayIso()}`,
      sheet: peopleSheet(db, plan, q),
    })
  })

  app.get('/exports/organizations', {
    config: { policy: 'exports.organizations', rateLimit },
    schema: { tags, summary: "A unit's subtree in tree order as an Excel file that imports back", querystring: OrganizationsExportQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, exportPolicy.organizations, org)
    const includeInactive = req.query.includeInactive === 'true'
    // A unit grant browses the unit and its direct sub-units; a subtree grant the whole subtree.
    const maxDepth = exportPolicy.organizationsSubtree(actor, org) ? undefined : org.depth + 1
    const units = await subtreeInTreeOrder(db, org, { includeInactive, maxDepth })
    const parent = org.parentId ? await getOrganization(db, org.parentId) : null
    return deliver(req, reply, {
      list: 'organizations', organizationId: org.id, filters: { org: org.id, includeInactive }, rows: units.length,
      fileName: `Tổ chức - ${org.name} - ${todayIso()}`,
      sheet: organizationsSheet(units, parent?.code ?? null),
    })
  })

  app.get('/exports/commitments', {
    config: { policy: 'exports.commitments', rateLimit },
    schema: { tags, summary: "A unit's roster of commitments for a cycle (as GET /commitments) as an Excel file", querystring: CycleExportQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, exportPolicy.commitments, org)
    const cycle = await getCycle(db, req.query.cycle)
    const roster = await loadRoster(db, org.id, cycle.id)
    return deliver(req, reply, {
      list: 'commitments', organizationId: org.id, filters: { org: org.id, cycle: cycle.id }, rows: roster.length,
      fileName: `Cam kết ${cycle.year} - ${org.name} - ${todayIso()}`,
      sheet: commitmentsSheet(roster),
    })
  })

  app.get('/exports/evaluations', {
    config: { policy: 'exports.evaluations', rateLimit },
    schema: { tags, summary: "The ratings of a unit's subtree for a cycle (as GET /evaluations) as an Excel file", querystring: CycleExportQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, exportPolicy.evaluations, org)
    const cycle = await getCycle(db, req.query.cycle)
    const units = await subtreeInTreeOrder(db, org, { includeInactive: true })
    return deliver(req, reply, {
      list: 'evaluations', organizationId: org.id, filters: { org: org.id, cycle: cycle.id }, rows: await countEvaluations(db, org.id, cycle.id),
      fileName: `Xếp loại ${cycle.year} - ${org.name} - ${todayIso()}`,
      sheet: evaluationsSheet(db, cycle.id, units),
    })
  })

  app.get('/exports/dashboard', {
    config: { policy: 'exports.dashboard', rateLimit },
    schema: { tags, summary: "The dashboard's sub-units table for a cycle as an Excel file", querystring: CycleExportQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, exportPolicy.dashboard, org)
    const cycle = await getCycle(db, req.query.cycle)
    const units = await subUnitFigures(db, org.id, cycle.id)
    return deliver(req, reply, {
      list: 'dashboard', organizationId: org.id, filters: { org: org.id, cycle: cycle.id }, rows: units.length,
      fileName: `Tổng hợp ${cycle.year} - ${org.name} - ${todayIso()}`,
      sheet: dashboardSheet(units),
    })
  })

  app.get('/exports/feedback', {
    config: { policy: 'exports.feedback', rateLimit },
    schema: { tags, summary: "The citizens' feedback a unit's subtree handles, newest first, without senders' contacts, as an Excel file", querystring: OrgExportQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, feedbackPolicy.list, org)
    return deliver(req, reply, {
      list: 'feedback', organizationId: org.id, filters: { org: org.id }, rows: await countFeedback(db, org.path),
      fileName: `Phản ánh, kiến nghị - ${org.name} - ${todayIso()}`,
      sheet: feedbackSheet(db, org, todayIso()),
    })
  })

  app.get('/exports/shortcomings', {
    config: { policy: 'exports.shortcomings', rateLimit },
    schema: { tags, summary: "The register of shortcomings over a unit's subtree (as GET /shortcomings, same filters) as an Excel file", querystring: ShortcomingExportQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, shortcomingPolicy.list, org)
    const { org: _o, overdue, ...filters } = req.query
    const filter = { ...filters, path: org.path, overdue: overdue === 'true', today: todayIso() }
    return deliver(req, reply, {
      list: 'shortcomings', organizationId: org.id, filters: { ...req.query }, rows: await countShortcomings(db, filter),
      fileName: `Hạn chế, khuyết điểm - ${org.name} - ${todayIso()}`,
      sheet: shortcomingsSheet(db, filter),
    })
  })

  app.get('/exports/plan', {
    config: { policy: 'exports.plan', rateLimit },
    schema: { tags, summary: "A unit's plan for a cycle (items in outline order, progress rolled up, status, owner, due date, latest update) as an Excel file", querystring: PlanExportQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const { actor } = requestCtx(req)
    const plan = await getPlan(db, req.query.plan)
    const org = await getOrganization(db, plan.organizationId)
    authorize(actor, planPolicy.read, org)
    const cycle = await getCycle(db, plan.cycleId)
    const { rows } = await planOutline(db, plan, org, cycle, todayIso())
    return deliver(req, reply, {
      list: 'plan', organizationId: org.id, filters: { plan: plan.id, cycle: cycle.id }, rows: rows.length,
      fileName: `Kế hoạch ${cycle.year} - ${org.name} - ${todayIso()}`,
      sheet: planSheet(rows),
    })
  })
}
