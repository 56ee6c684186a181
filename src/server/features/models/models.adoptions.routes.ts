// /api/v1/models/:id/adoptions and /spread: units that adopted a commended model ("Đơn vị đã nhân rộng") — recorded,
// its result updated and removed by the adopting unit's own managers — and how far the model spread over the tree.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { AdoptionBody, AdoptionParams, ModelSpread, UpdateAdoptionBody } from '../../../common/contracts/models.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { systemClock, type Clock } from '../../lib/clock.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { deleteAdoption, getAdoption, modelSpread, recordAdoption, updateAdoption } from './models.adoptions.ts'
import { loadModelForActor } from './models.load.ts'
import { modelPolicy } from './models.policy.ts'

const tags = ['models']

export const modelAdoptionRoutes: FastifyPluginAsyncZod<{ database: Database; clock?: Clock }> = async (app, { database, clock = systemClock }) => {
  const { db } = database
  const today = () => todayIso(clock())

  app.get('/models/:id/spread', {
    config: { policy: 'models.read' },
    schema: { tags, summary: 'The units that adopted the model, and the top-level branches of the tree it reached', params: IdParams, response: { 200: ModelSpread } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { view } = await loadModelForActor(db, actor, req.params.id)
    return modelSpread(db, view.row.id, actor)
  })

  app.post('/models/:id/adoptions', {
    config: { policy: 'models.adopt' },
    schema: { tags, summary: 'Record that a unit adopted a commended model: when, and with what result (one record per unit)', params: IdParams, body: AdoptionBody, response: { 201: ModelSpread } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id)
    const unit = await getOrganization(db, req.body.organizationId)
    authorize(ctx.actor, modelPolicy.adoptFor, unit)
    await recordAdoption({ db, ctx, view, unit, input: req.body, today: today() })
    return reply.status(201).send(await modelSpread(db, view.row.id, ctx.actor))
  })

  app.put('/models/:id/adoptions/:adoptionId', {
    config: { policy: 'models.adopt' },
    schema: { tags, summary: 'Update the date or the result of an adoption (the adopting unit)', params: AdoptionParams, body: UpdateAdoptionBody, response: { 200: ModelSpread } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id)
    const adoption = await getAdoption(db, view.row.id, req.params.adoptionId)
    authorize(ctx.actor, modelPolicy.adoptFor, adoption.org)
    await updateAdoption({ db, ctx, modelId: view.row.id, adoption, input: req.body, today: today() })
    return modelSpread(db, view.row.id, ctx.actor)
  })

  app.delete('/models/:id/adoptions/:adoptionId', {
    config: { policy: 'models.adopt' },
    schema: { tags, summary: 'Remove an adoption recorded by mistake (the adopting unit)', params: AdoptionParams, response: { 200: ModelSpread } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id)
    const adoption = await getAdoption(db, view.row.id, req.params.adoptionId)
    authorize(ctx.actor, modelPolicy.adoptFor, adoption.org)
    await deleteAdoption({ db, ctx, modelId: view.row.id, adoption })
    return modelSpread(db, view.row.id, ctx.actor)
  })
}
