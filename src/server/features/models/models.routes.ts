// /api/v1/models: exemplary models over a unit's subtree (filters, search without diacritics, Vietnamese order, keyset
// pages), one model with its files and what the caller may do, recording one, editing it and deleting a draft.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { CreateModelBody, ModelDetail, ModelPage, ModelQuery, UpdateModelBody } from '../../../common/contracts/models.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { loadModelForActor, modelPage } from './models.load.ts'
import { modelPolicy } from './models.policy.ts'
import { presentModel } from './models.present.ts'
import { listModels } from './models.query.ts'
import { createModel, deleteModel, updateModel } from './models.service.ts'

const tags = ['models']

export const modelRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.get('/models', {
    config: { policy: 'models.list' },
    schema: {
      tags, querystring: ModelQuery, response: { 200: ModelPage },
      summary: "A unit's subtree's models in Vietnamese order of titles; commended ones of any unit for any staff account",
    },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    // Outside my units, only commended models (and published ones) are listed: to find what to adopt.
    const commendedOnly = !modelPolicy.list(actor, org) && (req.query.state === 'commended' || req.query.state === 'published')
    authorize(actor, commendedOnly ? modelPolicy.listCommended : modelPolicy.list, org)
    const limit = req.query.limit ?? 30
    const cursor = decodeCursor(req.query.cursor, z.tuple([cursorKey, cursorKey, z.uuid()]))
    const { org: _o, cursor: _c, limit: _l, ...filters } = req.query
    const rows = await listModels(db, { ...filters, path: org.path, commendedOnly, cursor, limit })
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    return { items: page.map(presentModel), nextCursor: rows.length > limit && last ? encodeCursor([last.sortKey, last.row.title, last.row.id]) : null }
  })

  app.post('/models', {
    config: { policy: 'models.create' },
    schema: { tags, summary: 'Record a model of a unit: a person placed there, a collective or a practice', body: CreateModelBody, response: { 201: ModelDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const unit = await getOrganization(db, req.body.organizationId)
    authorize(ctx.actor, modelPolicy.create, unit)
    const id = await createModel({ db, ctx, unit, input: req.body })
    return reply.status(201).send(await modelPage(db, id, ctx.actor))
  })

  app.get('/models/:id', {
    config: { policy: 'models.read' },
    schema: { tags, summary: 'A model with its story, photos, evidence (its own unit only), consent, and what the caller may do', params: IdParams, response: { 200: ModelDetail } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { view } = await loadModelForActor(db, actor, req.params.id)
    return modelPage(db, view.row.id, actor, view)
  })

  app.patch('/models/:id', {
    config: { policy: 'models.edit' },
    schema: { tags, summary: 'Edit a model: title, area, movement, person, summary, story (sanitized), results', params: IdParams, body: UpdateModelBody, response: { 200: ModelDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id, modelPolicy.edit)
    await updateModel({ db, ctx, view, input: req.body })
    return modelPage(db, view.row.id, ctx.actor)
  })

  app.delete('/models/:id', {
    config: { policy: 'models.delete' },
    schema: { tags, summary: 'Delete a draft never nominated (with its files)', params: IdParams, response: { 204: z.null() } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const { view } = await loadModelForActor(db, ctx.actor, req.params.id, modelPolicy.edit)
    await deleteModel({ db, ctx, view })
    return reply.status(204).send(null)
  })
}
