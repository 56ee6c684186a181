// /api/v1/rule-sets: the rating rules, versioned.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { CreateRuleSetBody, RuleSet, RuleSetList, UpdateRuleSetBody } from '../../../common/contracts/rules.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { ruleSetPolicy } from './rules.policy.ts'
import { presentRuleSet } from './rules.present.ts'
import * as rules from './rules.service.ts'

const tags = ['rule-sets']

export const ruleSetRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function present(id: string, actor: Actor) {
    const row = await rules.getRuleSet(db, id)
    const using = await rules.cyclesUsing(db)
    return presentRuleSet(row, using(id), actor)
  }

  app.get('/rule-sets', {
    config: { policy: 'ruleSets.read' },
    schema: { tags, response: { 200: RuleSetList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, ruleSetPolicy.read, null)
    const rows = await rules.listRuleSets(db)
    const using = await rules.cyclesUsing(db)
    return { items: rows.map((r) => { const { content: _content, ...rest } = presentRuleSet(r, using(r.id), actor); return rest }) }
  })

  app.get('/rule-sets/:id', {
    config: { policy: 'ruleSets.read' },
    schema: { tags, params: IdParams, response: { 200: RuleSet } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    authorize(actor, ruleSetPolicy.read, null)
    return present(req.params.id, actor)
  })

  app.post('/rule-sets', {
    config: { policy: 'ruleSets.manage' },
    schema: { tags, summary: 'A new draft, usually a copy of an existing rule set', body: CreateRuleSetBody, response: { 201: RuleSet } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, ruleSetPolicy.manage, null)
    const row = await rules.createRuleSet({ db, ctx, input: req.body })
    return reply.status(201).send(await present(row.id, ctx.actor))
  })

  app.patch('/rule-sets/:id', {
    config: { policy: 'ruleSets.manage' },
    schema: { tags, summary: 'Edit a draft', params: IdParams, body: UpdateRuleSetBody, response: { 200: RuleSet } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, ruleSetPolicy.manage, null)
    await rules.updateRuleSet({ db, ctx, ruleSet: await rules.getRuleSet(db, req.params.id), input: req.body })
    return present(req.params.id, ctx.actor)
  })

  app.post('/rule-sets/:id/publish', {
    config: { policy: 'ruleSets.manage' },
    schema: { tags, summary: 'Publish a draft: from then on it never changes', params: IdParams, body: z.strictObject({}).optional(), response: { 200: RuleSet } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, ruleSetPolicy.manage, null)
    await rules.publishRuleSet({ db, ctx, ruleSet: await rules.getRuleSet(db, req.params.id) })
    return present(req.params.id, ctx.actor)
  })
}
