// /api/v1/nomination-rubrics: the scoring rubrics of nominations, versioned.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { CreateRubricBody, Rubric, RubricList, UpdateRubricBody } from '../../../common/contracts/rubrics.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { rubricPolicy } from './rubrics.policy.ts'
import { presentRubric } from './rubrics.present.ts'
import { getRubric } from './rubrics.query.ts'
import * as rubrics from './rubrics.service.ts'

const tags = ['nomination-rubrics']

export const rubricRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function present(id: string, actor: Actor) {
    const row = await getRubric(db, id)
    const using = await rubrics.nominationsUsing(db, id)
    return presentRubric(row, using(id), actor)
  }

  app.get('/nomination-rubrics', {
    config: { policy: 'nominationRubrics.read' },
    schema: { tags, response: { 200: RubricList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, rubricPolicy.read, null)
    const rows = await rubrics.listRubrics(db)
    const using = await rubrics.nominationsUsing(db)
    return { items: rows.map((r) => { const { content: _content, ...rest } = presentRubric(r, using(r.id), actor); return rest }) }
  })

  app.get('/nomination-rubrics/:id', {
    config: { policy: 'nominationRubrics.read' },
    schema: { tags, params: IdParams, response: { 200: Rubric } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, rubricPolicy.read, null)
    return present(req.params.id, actor)
  })

  app.post('/nomination-rubrics', {
    config: { policy: 'nominationRubrics.manage' },
    schema: { tags, summary: 'A new draft: the content given, a copy of a rubric, or a copy of the newest published one', body: CreateRubricBody, response: { 201: Rubric } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, rubricPolicy.manage, null)
    const row = await rubrics.createRubric({ db, ctx, input: req.body })
    return reply.status(201).send(await present(row.id, ctx.actor))
  })

  app.patch('/nomination-rubrics/:id', {
    config: { policy: 'nominationRubrics.manage' },
    schema: { tags, summary: 'Edit a draft', params: IdParams, body: UpdateRubricBody, response: { 200: Rubric } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, rubricPolicy.manage, null)
    await rubrics.updateRubric({ db, ctx, rubric: await getRubric(db, req.params.id), input: req.body })
    return present(req.params.id, ctx.actor)
  })

  app.post('/nomination-rubrics/:id/publish', {
    config: { policy: 'nominationRubrics.manage' },
    schema: { tags, summary: 'Publish a draft: from then on it never changes', params: IdParams, body: z.strictObject({}).optional(), response: { 200: Rubric } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, rubricPolicy.manage, null)
    await rubrics.publishRubric({ db, ctx, rubric: await getRubric(db, req.params.id) })
    return present(req.params.id, ctx.actor)
  })
}
