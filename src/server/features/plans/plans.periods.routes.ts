// /api/v1/reporting-periods: the cycle's reporting periods with the one being reported today, read by anyone with a
// role; set by the office at the root or an administrator (one by one, or the usual set in one click).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import { CreatePeriodBody, DefaultPeriodsBody, PeriodList, PeriodQuery, ReportingPeriod, UpdatePeriodBody } from '../../../common/contracts/plans.ts'
import { currentPeriod } from '../../../common/plans/periods.ts'
import { todayIso } from '../../../common/dates.ts'
import { authorize } from '../../lib/authz.ts'
import { systemClock } from '../../lib/clock.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import type { PlanRouteOptions } from './plans.load.ts'
import { createDefaultPeriods, createPeriod, deletePeriod, getPeriod, listPeriods, presentPeriod, updatePeriod } from './plans.periods.ts'
import { planPolicy } from './plans.policy.ts'

const tags = ['plans']
const Params = z.strictObject({ id: z.uuid() })

export const planPeriodRoutes: FastifyPluginAsyncZod<PlanRouteOptions> = async (app, { database, clock = systemClock }) => {
  const { db } = database

  app.get('/reporting-periods', {
    config: { policy: 'plans.readPeriods' },
    schema: { tags, summary: "A cycle's reporting periods in order, and the one being reported today", querystring: PeriodQuery, response: { 200: PeriodList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, planPolicy.readPeriods, null)
    const cycle = await getCycle(db, req.query.cycle)
    const items = await listPeriods(db, cycle.id)
    return { items, currentId: currentPeriod(items, todayIso(clock()))?.id ?? null, abilities: { manage: planPolicy.managePeriods(actor) } }
  })

  app.post('/reporting-periods', {
    config: { policy: 'plans.managePeriods' },
    schema: { tags, summary: 'Add a reporting period to a cycle, with its reporting deadline', body: CreatePeriodBody, response: { 201: ReportingPeriod } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, planPolicy.managePeriods, null)
    const cycle = await getCycle(db, req.body.cycleId)
    return reply.status(201).send(presentPeriod(await createPeriod(db, ctx, cycle, req.body), false))
  })

  app.post('/reporting-periods/defaults', {
    config: { policy: 'plans.managePeriods' },
    schema: {
      tags, summary: 'Add the usual periods of a cycle (quarters I–IV, the first six months, the year), each due 5 working days after its end',
      body: DefaultPeriodsBody, response: { 201: PeriodList },
    },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, planPolicy.managePeriods, null)
    const cycle = await getCycle(db, req.body.cycleId)
    await createDefaultPeriods(db, ctx, cycle)
    const items = await listPeriods(db, cycle.id)
    return reply.status(201).send({ items, currentId: currentPeriod(items, todayIso(clock()))?.id ?? null, abilities: { manage: true } })
  })

  app.patch('/reporting-periods/:id', {
    config: { policy: 'plans.managePeriods' },
    schema: { tags, summary: 'Change a reporting period (label, kind, dates, deadline)', params: Params, body: UpdatePeriodBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, planPolicy.managePeriods, null)
    const period = await getPeriod(db, req.params.id)
    await updatePeriod(db, ctx, period, await getCycle(db, period.cycleId), req.body)
    return { ok: true as const }
  })

  app.delete('/reporting-periods/:id', {
    config: { policy: 'plans.managePeriods' },
    schema: { tags, summary: 'Delete a reporting period that no update or reminder names (else 409)', params: Params, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, planPolicy.managePeriods, null)
    await deletePeriod(db, ctx, await getPeriod(db, req.params.id))
    return { ok: true as const }
  })
}
