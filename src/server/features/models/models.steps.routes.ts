// A model's consent and publication: the person's consent to be shown publicly recorded (who, when, how) or withdrawn
// (always possible, by the unit or the person themself); publication on the showcase once commended, and its end.
// Each answers the model's page as it now stands (`publicShowsPerson` says whether the public page names the person).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { ConsentBody, ModelDetail } from '../../../common/contracts/models.ts'
import type { Database } from '../../db/client.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { loadModelForActor, modelPage } from './models.load.ts'
import { modelPolicy } from './models.policy.ts'
import { publishModel, recordConsent, unpublishModel, withdrawConsent } from './models.service.ts'

const tags = ['models']

export const modelStepRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.put('/models/:id/consent', {
    config: { policy: 'models.recordConsent' },
    schema: { tags, summary: "Record the person's consent to show their name and photos publicly (kind person)", params: IdParams, body: ConsentBody, response: { 200: ModelDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id, modelPolicy.edit)
    await recordConsent({ db, ctx, view, note: req.body.note })
    return modelPage(db, view.row.id, ctx.actor)
  })

  app.delete('/models/:id/consent', {
    config: { policy: 'models.withdrawConsent' },
    schema: { tags, summary: 'Withdraw the consent: the public page shows the model without the person from now on', params: IdParams, response: { 200: ModelDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id, modelPolicy.withdrawConsent)
    await withdrawConsent({ db, ctx, view })
    return modelPage(db, view.row.id, ctx.actor)
  })

  app.post('/models/:id/publish', {
    config: { policy: 'models.publish' },
    schema: { tags, summary: 'Put a commended model on the public showcase (without the person unless consent is recorded)', params: IdParams, response: { 200: ModelDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id, modelPolicy.edit)
    await publishModel({ db, ctx, view })
    return modelPage(db, view.row.id, ctx.actor)
  })

  app.post('/models/:id/unpublish', {
    config: { policy: 'models.publish' },
    schema: { tags, summary: 'Take a model off the public showcase', params: IdParams, response: { 200: ModelDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id, modelPolicy.edit)
    await unpublishModel({ db, ctx, view })
    return modelPage(db, view.row.id, ctx.actor)
  })
}
