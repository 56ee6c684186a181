// The steps of a visit: change it or its checklist while planned, conclude it with findings (each a shortcoming),
// cancel it with a reason — the inspecting level — and report back on its recommendations — the inspected unit.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { CancelInspectionBody, ChecksBody, ConcludeBody, InspectionDetail, ReportBackBody, UpdateInspectionBody } from '../../../common/contracts/inspections.ts'
import type { Database } from '../../db/client.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { inspectionDetail, loadInspection } from './inspections.detail.ts'
import { inspectionPolicy } from './inspections.policy.ts'
import { cancelInspection, getInspection, updateInspection } from './inspections.service.ts'
import { concludeInspection, reportBack, saveChecks } from './inspections.steps.ts'

const tags = ['inspections']
const Params = z.strictObject({ id: z.uuid() })

export const inspectionStepRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  const answer = async (id: string, actor: Parameters<typeof inspectionDetail>[2]) => inspectionDetail(db, await getInspection(db, id), actor)

  app.patch('/inspections/:id', {
    config: { policy: 'inspections.manage' },
    schema: { tags, summary: 'Change a planned visit (kind, title, scope, team, date within its year)', params: Params, body: UpdateInspectionBody, response: { 200: InspectionDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { visit } = await loadInspection(db, req.params.id, ctx.actor, inspectionPolicy.manageVisit)
    await updateInspection(db, ctx, visit, req.body)
    return answer(visit.id, ctx.actor)
  })

  app.put('/inspections/:id/checks', {
    config: { policy: 'inspections.manage' },
    schema: { tags, summary: "The planned visit's checklist, in order, with each point's result and note", params: Params, body: ChecksBody, response: { 200: InspectionDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { visit } = await loadInspection(db, req.params.id, ctx.actor, inspectionPolicy.manageVisit)
    await saveChecks(db, ctx, visit, req.body)
    return answer(visit.id, ctx.actor)
  })

  app.post('/inspections/:id/conclude', {
    config: { policy: 'inspections.manage' },
    schema: { tags, summary: 'Conclude a visit: held on, conclusion, recommendations, report-back date, findings (each a shortcoming)', params: Params, body: ConcludeBody, response: { 200: InspectionDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { visit, inspecting } = await loadInspection(db, req.params.id, ctx.actor, inspectionPolicy.manageVisit)
    await concludeInspection(db, ctx, visit, inspecting, req.body)
    return answer(visit.id, ctx.actor)
  })

  app.post('/inspections/:id/cancel', {
    config: { policy: 'inspections.manage' },
    schema: { tags, summary: 'Cancel a planned visit, saying why', params: Params, body: CancelInspectionBody, response: { 200: InspectionDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { visit } = await loadInspection(db, req.params.id, ctx.actor, inspectionPolicy.manageVisit)
    await cancelInspection(db, ctx, visit, req.body.reason)
    return answer(visit.id, ctx.actor)
  })

  app.post('/inspections/:id/report-back', {
    config: { policy: 'inspections.reportBack' },
    schema: { tags, summary: "The inspected unit's report back on the recommendations of a concluded visit (once)", params: Params, body: ReportBackBody, response: { 200: InspectionDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { visit } = await loadInspection(db, req.params.id, ctx.actor, inspectionPolicy.reportBack, 'inspectionReportBackForbidden')
    await reportBack(db, ctx, visit, req.body.report)
    return answer(visit.id, ctx.actor)
  })
}
