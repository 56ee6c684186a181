// /api/v1/cycles: the yearly cycle, its theme, dates, status steps and rule set.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { CYCLE_STEPS, CreateCycleBody, Cycle, CycleList, UpdateCycleBody, type CycleStep } from '../../../common/contracts/cycles.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { ruleSetNames } from '../rules/rules.service.ts'
import { cyclePolicy } from './cycles.policy.ts'
import { presentCycle } from './cycles.present.ts'
import * as cycles from './cycles.service.ts'

const tags = ['cycles']

export const cycleRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function present(rows: cycles.CycleRow[], actor: Actor) {
    const ruleSets = new Map((await ruleSetNames(db)).map((r) => [r.id, r]))
    return rows.map((r) => presentCycle(r, ruleSets.get(r.ruleSetId)!, actor))
  }

  app.get('/cycles', {
    config: { policy: 'cycles.read' },
    schema: { tags, response: { 200: CycleList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, cyclePolicy.read, null)
    return { items: await present(await cycles.listCycles(db), actor) }
  })

  app.get('/cycles/current', {
    config: { policy: 'cycles.read' },
    schema: { tags, summary: "This year's cycle, else the newest not closed, else the newest", response: { 200: Cycle } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, cyclePolicy.read, null)
    return (await present([await cycles.currentCycle(db)], actor))[0]
  })

  app.get('/cycles/:id', {
    config: { policy: 'cycles.read' },
    schema: { tags, params: IdParams, response: { 200: Cycle } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, cyclePolicy.read, null)
    return (await present([await cycles.getCycle(db, req.params.id)], actor))[0]
  })

  app.post('/cycles', {
    config: { policy: 'cycles.manage' },
    schema: { tags, body: CreateCycleBody, response: { 201: Cycle } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, cyclePolicy.manage, null)
    const row = await cycles.createCycle({ db, ctx, input: req.body })
    return reply.status(201).send((await present([row], ctx.actor))[0])
  })

  app.patch('/cycles/:id', {
    config: { policy: 'cycles.manage' },
    schema: { tags, params: IdParams, body: UpdateCycleBody, response: { 200: Cycle } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, cyclePolicy.manage, null)
    const row = await cycles.updateCycle({ db, ctx, cycle: await cycles.getCycle(db, req.params.id), input: req.body })
    return (await present([row], ctx.actor))[0]
  })

  for (const step of Object.keys(CYCLE_STEPS) as CycleStep[]) {
    app.post(`/cycles/:id/${step}`, {
      config: { policy: 'cycles.manage' },
      schema: { tags, summary: `${CYCLE_STEPS[step].from} → ${CYCLE_STEPS[step].to}`, params: IdParams, body: z.strictObject({}).optional(), response: { 200: Cycle } },
    }, async (req) => {
      const ctx = requestCtx(req)
      authorize(ctx.actor, cyclePolicy.manage, null)
      const row = await cycles.stepCycle({ db, ctx, cycle: await cycles.getCycle(db, req.params.id), step })
      return (await present([row], ctx.actor))[0]
    })
  }
}
