// /api/v1/recognitions: the members and organizations of a subtree rated "Hoàn thành xuất sắc nhiệm vụ" for a year,
// with their runs of consecutive years ("5 năm liền"); and the same as an Excel file, audited before it streams.
import { PassThrough } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { XLSX_MEDIA_TYPE } from '../../../common/contracts/exports.ts'
import { RecognitionExportQuery, RecognitionPage, RecognitionQuery } from '../../../common/contracts/nominations.ts'
import type { Database, Tx } from '../../db/client.ts'
import { audit } from '../../lib/audit.ts'
import { authorize } from '../../lib/authz.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { contentDisposition, ExportAborted, writeXlsx, type ExportColumn, type ExportRow, type ExportSheet } from '../exports/exports.xlsx.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { nominationPolicy } from './nominations.policy.ts'
import { recognizedMembers, recognizedOrganizations } from './nominations.recognitions.ts'

const tags = ['recognitions']
const XlsxFile = { description: 'Tệp Excel (.xlsx)', content: { [XLSX_MEDIA_TYPE]: { schema: z.string().meta({ format: 'binary' }) } } }
const rateLimit = { max: 30, timeWindow: '1 minute' }
const PAGE = 500

const COLUMNS: ExportColumn[] = [
  { header: 'STT', key: 'n', width: 6, type: 'number' },
  { header: 'Đối tượng', key: 'kind', width: 10, type: 'text' },
  { header: 'Họ và tên, tên tổ chức', key: 'name', width: 36, type: 'text' },
  { header: 'Đơn vị', key: 'unit', width: 34, type: 'text' },
  { header: 'Năm', key: 'year', width: 7, type: 'number' },
  { header: 'Ghi nhận', key: 'recognition', width: 44, type: 'text' },
  { header: 'Số năm liên tục', key: 'streak', width: 10, type: 'number' },
  { header: '5 năm liền', key: 'five', width: 11, type: 'text' },
]

async function* rows(db: Tx, path: string, year: number): AsyncGenerator<ExportRow[]> {
  let n = 0
  const orgs = await recognizedOrganizations(db, path, year)
  if (orgs.length) {
    yield orgs.map((o) => ({
      n: ++n, kind: 'Tổ chức', name: o.name, unit: null, year, recognition: `Trong sạch, vững mạnh tiêu biểu năm ${year}`, streak: o.streak, five: o.fiveYears ? '5 năm liền' : '',
    }))
  }
  let cursor: [string, string] | null = null
  for (;;) {
    const page = await recognizedMembers(db, path, year, cursor, PAGE)
    if (page.members.length) {
      yield page.members.map((m) => ({
        n: ++n, kind: 'Cá nhân', name: m.fullName, unit: m.unit.name, year, recognition: `Đảng viên hoàn thành xuất sắc nhiệm vụ năm ${year}`, streak: m.streak, five: m.fiveYears ? '5 năm liền' : '',
      }))
    }
    if (!page.next) return
    cursor = page.next
  }
}

/** Streams the file as it is read; a failure after the status line cuts the file short and is logged. */
function streamSheet(req: FastifyRequest, reply: FastifyReply, sheet: ExportSheet, fileName: string) {
  const body = new PassThrough()
  writeXlsx(body, sheet).catch((err: unknown) => {
    if (err instanceof ExportAborted) return req.log.info('recognitions export abandoned by the client')
    req.log.error({ err }, 'recognitions export failed while streaming')
    body.destroy(err instanceof Error ? err : new Error(String(err)))
  })
  return reply
    .header('content-type', XLSX_MEDIA_TYPE)
    .header('content-disposition', contentDisposition(fileName))
    .header('cache-control', 'no-store')
    .send(body)
}

export const recognitionRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.get('/recognitions', {
    config: { policy: 'recognitions.list' },
    schema: { tags, summary: 'Members and organizations of a subtree rated excellent for a year, with their runs of consecutive years (5 năm liền)', querystring: RecognitionQuery, response: { 200: RecognitionPage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, nominationPolicy.recognitions, org)
    const cursor = decodeCursor(req.query.cursor, z.tuple([cursorKey, z.uuid()]))
    const { members, next } = await recognizedMembers(db, org.path, req.query.year, cursor, req.query.limit ?? 100)
    return { year: req.query.year, organizations: await recognizedOrganizations(db, org.path, req.query.year), members, nextCursor: next ? encodeCursor(next) : null }
  })

  app.get('/recognitions.xlsx', {
    config: { policy: 'recognitions.list', rateLimit },
    schema: { tags, summary: 'The recognitions of a subtree for a year as an Excel file (organizations, then members in name order)', querystring: RecognitionExportQuery, response: { 200: XlsxFile } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(ctx.actor, nominationPolicy.recognitions, org)
    const { year } = req.query
    await db.transaction((tx) => audit(tx, ctx, { action: 'export.recognitions', entityType: 'export', organizationId: org.id, data: { filters: { org: org.id, year } } }))
    const sheet: ExportSheet = { name: `Ghi nhận năm ${year}`, columns: COLUMNS, pages: rows(db, org.path, year) }
    return streamSheet(req, reply, sheet, `Ghi nhận ${year} - ${org.name}`)
  })
}
