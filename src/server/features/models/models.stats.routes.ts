// /api/v1/models/summary: the dashboard of models and nominations over a unit's subtree for a year (default: the
// current cycle's), the units that nominated nothing a page at a time, and the whole as an Excel workbook (audited
// before its first byte, then streamed).
import { PassThrough } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { XLSX_MEDIA_TYPE } from '../../../common/contracts/exports.ts'
import { ModelSummary, ModelSummaryQuery, SilentUnitPage, SilentUnitsQuery } from '../../../common/contracts/modelStats.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { authorize } from '../../lib/authz.ts'
import { systemClock, type Clock } from '../../lib/clock.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { contentDisposition, ExportAborted } from '../exports/exports.xlsx.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { summaryWorkbook, writeSummaryWorkbook, type WorkbookSheet } from './models.export.ts'
import { modelStatsPolicy } from './models.stats.policy.ts'
import { compareOrder, defaultYear, modelSummary, silentUnits } from './models.stats.ts'

const tags = ['models']
const XlsxFile = { description: 'Tệp Excel (.xlsx)', content: { [XLSX_MEDIA_TYPE]: { schema: z.string().meta({ format: 'binary' }) } } }
/** The workbook reads the whole subtree: the exports' tighter limit. */
const rateLimit = { max: 30, timeWindow: '1 minute' }
const SilentCursor = z.tuple([cursorKey, cursorKey, z.uuid()])

/** Streams the workbook (the status line goes out first; a failure past it cuts the file and is logged). */
function sendWorkbook(req: FastifyRequest, reply: FastifyReply, sheets: WorkbookSheet[], fileName: string) {
  const body = new PassThrough()
  writeSummaryWorkbook(body, sheets).catch((err: unknown) => {
    if (err instanceof ExportAborted) return
    req.log.error({ err }, 'export failed while streaming')
    body.destroy(err instanceof Error ? err : new Error(String(err)))
  })
  return reply
    .header('content-type', XLSX_MEDIA_TYPE)
    .header('content-disposition', contentDisposition(fileName))
    .header('cache-control', 'no-store')
    .send(body)
}

export const modelStatsRoutes: FastifyPluginAsyncZod<{ database: Database; clock?: Clock }> = async (app, { database, clock = systemClock }) => {
  const { db } = database

  /** The unit (read under the policy) and the year asked for, or the current cycle's. */
  async function scope(actor: Actor, query: { org: string; year?: number }) {
    const org = await getOrganization(db, query.org)
    authorize(actor, modelStatsPolicy.summary, org)
    return { org, year: query.year ?? await defaultYear(db, todayIso(clock())) }
  }

  app.get('/models/summary', {
    config: { policy: 'models.summary' },
    schema: {
      tags, querystring: ModelSummaryQuery, response: { 200: ModelSummary },
      summary: "Nominations by level and status, commended models by area, kind and sub-unit, replication and the units that nominated nothing, over a unit's subtree for a year",
    },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { org, year } = await scope(actor, req.query)
    return modelSummary(db, org, year)
  })

  app.get('/models/summary/silent', {
    config: { policy: 'models.summary' },
    schema: { tags, summary: 'The units of the subtree that nominated nothing in the year (name, kind, parent), in Vietnamese order', querystring: SilentUnitsQuery, response: { 200: SilentUnitPage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { org, year } = await scope(actor, req.query)
    const limit = req.query.limit ?? 30
    const after = decodeCursor(req.query.cursor, SilentCursor)
    const all = await silentUnits(db, org, year)
    const rest = after ? all.filter((u) => compareOrder(u.order, after) > 0) : all
    const page = rest.slice(0, limit)
    const last = page.at(-1)
    return {
      items: page.map(({ order: _o, ...u }) => u),
      nextCursor: rest.length > limit && last ? encodeCursor(last.order) : null,
      total: all.length,
    }
  })

  app.get('/models/summary.xlsx', {
    config: { policy: 'models.summary', rateLimit },
    schema: { tags, summary: 'The dashboard of models and nominations as an Excel workbook (five sheets)', querystring: ModelSummaryQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { org, year } = await scope(ctx.actor, req.query)
    const summary = await modelSummary(db, org, year)
    const silent = await silentUnits(db, org, year)
    await db.transaction((tx) => audit(tx, ctx, {
      action: 'export.model_summary', entityType: 'export', organizationId: org.id, data: { filters: { org: org.id, year }, rows: silent.length },
    }))
    return sendWorkbook(req, reply, summaryWorkbook(summary, silent), `Tổng hợp gương điển hình ${year} - ${org.name} - ${todayIso(clock())}`)
  })
}
