// /api/v1/inspection-programmes and /api/v1/inspections: a level's yearly programme, the visits it (or its subtree)
// makes, the visits a unit received, scheduling a visit (with its checklist) and reading one. The steps of a visit
// (change, checklist, conclude, cancel, report back) have their own route file, registered here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import {
  CreateInspectionBody, CreateProgrammeBody, InspectionDetail, InspectionPage, InspectionProgramme, ProgrammeQuery, ProgrammeView, ReceivedQuery, InspectionQuery, UpdateProgrammeBody,
} from '../../../common/contracts/inspections.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { inspectionDetail, loadInspection } from './inspections.detail.ts'
import { inspectionPolicy } from './inspections.policy.ts'
import { presentListItem, presentProgramme } from './inspections.present.ts'
import { createInspection, createProgramme, cycleByYear, getProgramme, listInspections, programmeOf, updateProgramme, type VisitFilter } from './inspections.service.ts'
import { inspectionStepRoutes } from './inspections.steps.routes.ts'

const tags = ['inspections']
const Params = z.strictObject({ id: z.uuid() })
const Cursor = z.tuple([z.iso.date(), z.uuid()])

export const inspectionRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function page(by: VisitFilter['by'], q: { year?: number; status?: VisitFilter['status']; cursor?: string; limit?: number }) {
    const limit = q.limit ?? 30
    const rows = await listInspections(db, { by, year: q.year, status: q.status, cursor: decodeCursor(q.cursor, Cursor), limit })
    const items = rows.slice(0, limit)
    const last = items.at(-1)
    const today = todayIso()
    return { items: items.map((r) => presentListItem(r, today)), nextCursor: rows.length > limit && last ? encodeCursor([last.row.plannedOn, last.row.id]) : null }
  }

  app.get('/inspection-programmes', {
    config: { policy: 'inspections.list' },
    schema: { tags, summary: "A level's inspection and supervision programme for a year (null when not drawn up)", querystring: ProgrammeQuery, response: { 200: ProgrammeView } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, inspectionPolicy.list, org)
    const cycle = await cycleByYear(db, req.query.year)
    const programme = cycle ? await programmeOf(db, org.id, cycle.id) : null
    return {
      programme: programme ? presentProgramme(programme, org, req.query.year) : null,
      cycleExists: !!cycle,
      abilities: { manage: inspectionPolicy.manage(actor, org) && org.status === 'active' },
    }
  })

  app.post('/inspection-programmes', {
    config: { policy: 'inspections.manage' },
    schema: { tags, summary: "Draw up the level's programme for a year (one per level and year)", body: CreateProgrammeBody, response: { 201: InspectionProgramme } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.body.orgId)
    authorize(ctx.actor, inspectionPolicy.manage, org)
    const row = await createProgramme(db, ctx, org, req.body)
    return reply.status(201).send(presentProgramme(row, org, req.body.year))
  })

  app.patch('/inspection-programmes/:id', {
    config: { policy: 'inspections.manage' },
    schema: { tags, summary: "Change the programme's title or document number", params: Params, body: UpdateProgrammeBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const programme = await getProgramme(db, req.params.id)
    const org = await getOrganization(db, programme.organizationId)
    authorize(ctx.actor, inspectionPolicy.manage, org)
    await updateProgramme(db, ctx, programme, req.body)
    return { ok: true as const }
  })

  app.get('/inspections', {
    config: { policy: 'inspections.list' },
    schema: { tags, summary: 'Visits made in a year by a level (or every level of its subtree), latest planned first', querystring: InspectionQuery, response: { 200: InspectionPage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, inspectionPolicy.list, org)
    return page(req.query.subtree === 'true' ? { path: org.path } : { unitId: org.id }, req.query)
  })

  app.get('/inspections/received', {
    config: { policy: 'inspections.listReceived' },
    schema: { tags, summary: 'Concluded visits a unit received ("đã được kiểm tra"), latest first', querystring: ReceivedQuery, response: { 200: InspectionPage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, inspectionPolicy.listReceived, org)
    return page({ targetId: org.id }, { ...req.query, status: 'done' })
  })

  app.post('/inspections', {
    config: { policy: 'inspections.manage' },
    schema: { tags, summary: 'Schedule a visit (in the programme of its year, or unscheduled) with its checklist', body: CreateInspectionBody, response: { 201: InspectionDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.body.orgId)
    authorize(ctx.actor, inspectionPolicy.manage, org)
    const row = await createInspection(db, ctx, org, req.body)
    return reply.status(201).send(await inspectionDetail(db, row, ctx.actor))
  })

  app.get('/inspections/:id', {
    config: { policy: 'inspections.read' },
    schema: { tags, summary: 'A visit with its checklist, findings and what the caller may do', params: Params, response: { 200: InspectionDetail } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { visit } = await loadInspection(db, req.params.id, actor, inspectionPolicy.read)
    return inspectionDetail(db, visit, actor)
  })

  await app.register(inspectionStepRoutes, { database })
}
