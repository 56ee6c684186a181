// The cascade over the API: hand an item down to units below (the plan's managers), the inbox of hand-downs addressed
// to a unit, accept one into the unit's plan or decline it with a reason (the unit's managers), withdraw one still
// pending (the superior's managers).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import { AcceptResult, DeclineBody, HandDownBody, HandDownInbox, HandDownQuery, PlanItemDetail } from '../../../common/contracts/plans.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { systemClock } from '../../lib/clock.ts'
import { notFound } from '../../lib/errors.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { itemDetail } from './plans.board.ts'
import { acceptHandDown, declineHandDown, getAssignment, handDown, handDownsTo, withdrawHandDown } from './plans.cascade.ts'
import { loadItem, type PlanRouteOptions } from './plans.load.ts'
import { planPolicy } from './plans.policy.ts'
import { presentHandDown } from './plans.present.ts'
import { getItem } from './plans.service.ts'

const tags = ['plans']
const Params = z.strictObject({ id: z.uuid() })

export const planCascadeRoutes: FastifyPluginAsyncZod<PlanRouteOptions> = async (app, { database, clock = systemClock }) => {
  const { db } = database
  const today = () => todayIso(clock())

  /** A hand-down seen by the receiving unit's readers or the superior's; then the route's rule on one of the two. */
  async function load(id: string, actor: Actor) {
    const a = await getAssignment(db, id)
    if (!planPolicy.read(actor, a.to) && !planPolicy.read(actor, a.from)) throw notFound('planHandDownNotFound')
    return a
  }

  app.post('/plan-items/:id/hand-downs', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: 'Hand an item down to units below the plan\'s unit (each accepts or declines it)', params: Params, body: HandDownBody, response: { 200: PlanItemDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadItem(database, req.params.id, ctx.actor, planPolicy.manageItem)
    await handDown(db, ctx, view, req.body)
    return itemDetail(db, await getItem(db, view.row.id), ctx.actor, today())
  })

  app.get('/plan-assignments', {
    config: { policy: 'plans.read' },
    schema: { tags, summary: 'Hand-downs addressed to a unit (pending by default), newest first', querystring: HandDownQuery, response: { 200: HandDownInbox } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, planPolicy.read, org)
    const rows = await handDownsTo(db, org.id, req.query.status ?? 'pending')
    return { items: rows.map((a) => presentHandDown(a, actor)) }
  })

  app.post('/plan-assignments/:id/accept', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: "Accept a hand-down into the unit's plan for the same cycle (made if missing): a new item linked to the superior's", params: Params, response: { 200: AcceptResult } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const a = await load(req.params.id, ctx.actor)
    const org = await getOrganization(db, a.to.id)
    authorize(ctx.actor, planPolicy.manage, org)
    return acceptHandDown(db, ctx, a, org)
  })

  app.post('/plan-assignments/:id/decline', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: 'Decline a hand-down, saying why', params: Params, body: DeclineBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const a = await load(req.params.id, ctx.actor)
    authorize(ctx.actor, planPolicy.manage, a.to)
    await declineHandDown(db, ctx, a, req.body.reason)
    return { ok: true as const }
  })

  app.delete('/plan-assignments/:id', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: 'Withdraw a hand-down not yet answered (the superior)', params: Params, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const a = await load(req.params.id, ctx.actor)
    authorize(ctx.actor, planPolicy.manage, a.from)
    await withdrawHandDown(db, ctx, a)
    return { ok: true as const }
  })
}
