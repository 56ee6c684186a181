// A nomination's steps, each answering its page as it now stands: the level holding it forwards it up, returns it to
// the nominating unit or declines it (office, secretary or leader there, free of any conflict of interest); the
// nominating unit resubmits a returned one or withdraws it while undecided.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { NominationDetail, OptionalNoteBody, ReasonBody } from '../../../common/contracts/nominations.ts'
import type { Database } from '../../db/client.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { assertFree, loadNomination, nominationPage } from './nominations.load.ts'
import { nominationPolicy } from './nominations.policy.ts'
import { declineNomination, forwardNomination, resubmitNomination, returnNomination, withdrawNomination } from './nominations.workflow.ts'

const tags = ['nominations']
const response = { 200: NominationDetail }

export const nominationStepRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.post('/nominations/:id/forward', {
    config: { policy: 'nominations.step' },
    schema: { tags, summary: 'Forward it to the level above the one holding it (not from the root)', params: IdParams, response },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view, ref } = await loadNomination(db, req.params.id, ctx.actor, nominationPolicy.step)
    assertFree(ctx.actor, ref)
    await forwardNomination(db, ctx, view)
    return nominationPage(db, view.row.id, ctx.actor)
  })

  app.post('/nominations/:id/return', {
    config: { policy: 'nominations.step' },
    schema: { tags, summary: 'Return it to the nominating unit, saying why; it may edit the model and resubmit', params: IdParams, body: ReasonBody, response },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view, ref } = await loadNomination(db, req.params.id, ctx.actor, nominationPolicy.step)
    assertFree(ctx.actor, ref)
    await returnNomination(db, ctx, view, req.body.reason)
    return nominationPage(db, view.row.id, ctx.actor)
  })

  app.post('/nominations/:id/decline', {
    config: { policy: 'nominations.step' },
    schema: { tags, summary: 'Not proposed for commendation, saying why (final)', params: IdParams, body: ReasonBody, response },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view, ref } = await loadNomination(db, req.params.id, ctx.actor, nominationPolicy.step)
    assertFree(ctx.actor, ref)
    await declineNomination(db, ctx, view, req.body.reason)
    return nominationPage(db, view.row.id, ctx.actor)
  })

  app.post('/nominations/:id/resubmit', {
    config: { policy: 'nominations.nominatingSide' },
    schema: { tags, summary: 'The nominating unit sends a returned nomination back to the level that returned it', params: IdParams, body: OptionalNoteBody, response },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadNomination(db, req.params.id, ctx.actor, nominationPolicy.nominatingSide)
    await resubmitNomination(db, ctx, view, req.body.note)
    return nominationPage(db, view.row.id, ctx.actor)
  })

  app.post('/nominations/:id/withdraw', {
    config: { policy: 'nominations.nominatingSide' },
    schema: { tags, summary: 'The nominating unit withdraws it while it is undecided', params: IdParams, body: OptionalNoteBody, response },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadNomination(db, req.params.id, ctx.actor, nominationPolicy.nominatingSide)
    await withdrawNomination(db, ctx, view, req.body.note)
    return nominationPage(db, view.row.id, ctx.actor)
  })
}
