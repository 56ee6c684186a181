// /api/v1/plans and /api/v1/plan-items: a unit's board for a cycle (its plan, or none yet), creating and editing the
// plan, its items and sub-items, and one item with its record. The cascade, progress updates, reporting periods, the
// dashboard and reminders, and links to commitment items have their own route files, registered here.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import { CreatePlanBody, CreatePlanItemBody, PlanBoard, PlanItemDetail, PlanQuery, UpdatePlanBody, UpdatePlanItemBody } from '../../../common/contracts/plans.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { systemClock } from '../../lib/clock.ts'
import { notFound } from '../../lib/errors.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { itemDetail, planBoard } from './plans.board.ts'
import { planCascadeRoutes } from './plans.cascade.routes.ts'
import { planLinkRoutes } from './plans.links.routes.ts'
import { planPeriodRoutes } from './plans.periods.routes.ts'
import { loadItem, type PlanRouteOptions } from './plans.load.ts'
import { planPolicy } from './plans.policy.ts'
import { planReportingRoutes } from './plans.reporting.routes.ts'
import { createItem, createPlan, deleteItem, getItem, getPlan, resolveCycle, updateItem, updatePlan } from './plans.service.ts'
import { planUpdateRoutes } from './plans.updates.routes.ts'

const tags = ['plans']
const Params = z.strictObject({ id: z.uuid() })

export const planRoutes: FastifyPluginAsyncZod<PlanRouteOptions> = async (app, { database, clock = systemClock, mailer = null }) => {
  const { db } = database
  const today = () => todayIso(clock())

  /** A plan the caller may read, with its unit and cycle. */
  async function loadPlan(id: string, actor: Actor, rule: (a: Actor, o: { id: string; path: string }) => boolean) {
    const plan = await getPlan(db, id)
    const org = await getOrganization(db, plan.organizationId)
    if (!planPolicy.read(actor, org)) throw notFound('planNotFound')
    authorize(actor, rule, org)
    return { plan, org, cycle: await getCycle(db, plan.cycleId) }
  }

  app.get('/plans', {
    config: { policy: 'plans.read' },
    schema: { tags, summary: "A unit's board for a cycle (by id or year; default the current one): its plan rolled up, or none yet", querystring: PlanQuery, response: { 200: PlanBoard } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, planPolicy.read, org)
    const cycle = await resolveCycle(db, req.query, today())
    return planBoard(db, org, cycle, actor, today())
  })

  app.post('/plans', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: "Create a unit's plan for a cycle (one per unit and cycle): its title and, once issued, its number", body: CreatePlanBody, response: { 201: PlanBoard } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.body.orgId)
    authorize(ctx.actor, planPolicy.manage, org)
    const cycle = await getCycle(db, req.body.cycleId)
    await createPlan(db, ctx, org, cycle, req.body)
    return reply.status(201).send(await planBoard(db, org, cycle, ctx.actor, today()))
  })

  app.get('/plans/:id', {
    config: { policy: 'plans.read' },
    schema: { tags, summary: 'A plan as its board', params: Params, response: { 200: PlanBoard } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { org, cycle } = await loadPlan(req.params.id, actor, planPolicy.read)
    return planBoard(db, org, cycle, actor, today())
  })

  app.patch('/plans/:id', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: "Change a plan's title or document number", params: Params, body: UpdatePlanBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { plan, cycle } = await loadPlan(req.params.id, ctx.actor, planPolicy.manage)
    await updatePlan(db, ctx, plan, cycle, req.body)
    return { ok: true as const }
  })

  app.post('/plans/:id/items', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: 'Add an item (or a sub-item, with parentId) to a plan', params: Params, body: CreatePlanItemBody, response: { 201: PlanItemDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { plan, org, cycle } = await loadPlan(req.params.id, ctx.actor, planPolicy.manage)
    const row = await createItem(db, ctx, plan, org, cycle, req.body)
    return reply.status(201).send(await itemDetail(db, await getItem(db, row.id), ctx.actor, today()))
  })

  app.get('/plan-items/:id', {
    config: { policy: 'plans.read' },
    schema: { tags, summary: 'An item with its children, hand-downs, updates (newest first, with evidence) and linked commitment items', params: Params, response: { 200: PlanItemDetail } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    return itemDetail(db, await loadItem(database, req.params.id, actor, planPolicy.readItem), actor, today())
  })

  app.patch('/plan-items/:id', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: 'Change an item: content, owner, weight, roll-up switch and mode, due date, position, parent', params: Params, body: UpdatePlanItemBody, response: { 200: PlanItemDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadItem(database, req.params.id, ctx.actor, planPolicy.manageItem)
    await updateItem(db, ctx, view, req.body)
    return itemDetail(db, await getItem(db, view.row.id), ctx.actor, today())
  })

  app.delete('/plan-items/:id', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: 'Delete an item without updates, sub-items or accepted hand-downs (else 409)', params: Params, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadItem(database, req.params.id, ctx.actor, planPolicy.manageItem)
    await deleteItem(db, ctx, view)
    return { ok: true as const }
  })

  await app.register(planCascadeRoutes, { database, clock })
  await app.register(planUpdateRoutes, { database, clock })
  await app.register(planPeriodRoutes, { database, clock })
  await app.register(planReportingRoutes, { database, clock, mailer })
  await app.register(planLinkRoutes, { database, clock })
}
