// /api/v1/organizations: validate → load → authorize → service → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import {
  CreateOrganizationBody, DissolveOrganizationBody, MergeOrganizationBody, MoveOrganizationBody, Organization,
  OrganizationHistory, OrganizationList, UpdateOrganizationBody,
} from '../../../common/contracts/organizations.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { organizationAbilities, organizationPolicy } from './organizations.policy.ts'
import { presentOrganization, presentSummary } from './organizations.present.ts'
import * as orgs from './organizations.service.ts'

const tags = ['organizations']

export const organizationRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function present(id: string, actor: NonNullable<Parameters<typeof organizationAbilities>[0]>) {
    const row = await orgs.getOrganization(db, id)
    const [ancestors, mergedInto] = await Promise.all([
      orgs.getAncestors(db, row),
      row.mergedIntoId ? orgs.getOrganization(db, row.mergedIntoId) : Promise.resolve(null),
    ])
    return presentOrganization(row, { ancestors, mergedInto, abilities: organizationAbilities(actor, row) })
  }

  app.get('/organizations', {
    config: { policy: 'organizations.read' },
    schema: { tags, summary: 'Entry points of the tree for me, or a search by name/code', querystring: z.strictObject({ q: z.string().max(100).optional() }), response: { 200: OrganizationList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const rows = req.query.q?.trim() ? await orgs.searchOrganizations(db, actor, req.query.q) : await orgs.listEntryPoints(db, actor)
    return { items: rows.map(presentSummary) }
  })

  app.get('/organizations/:id', {
    config: { policy: 'organizations.read' },
    schema: { tags, params: IdParams, response: { 200: Organization } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await orgs.getOrganization(db, req.params.id)
    authorize(actor, organizationPolicy.read, org)
    return present(org.id, actor)
  })

  app.get('/organizations/:id/children', {
    config: { policy: 'organizations.read' },
    schema: { tags, params: IdParams, querystring: z.strictObject({ includeInactive: z.enum(['true', 'false']).optional() }), response: { 200: OrganizationList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await orgs.getOrganization(db, req.params.id)
    authorize(actor, organizationPolicy.read, org)
    const rows = await orgs.listChildren(db, org.id, req.query.includeInactive === 'true')
    return { items: rows.map(presentSummary) }
  })

  app.get('/organizations/:id/history', {
    config: { policy: 'organizations.read' },
    schema: { tags, params: IdParams, response: { 200: OrganizationHistory } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await orgs.getOrganization(db, req.params.id)
    authorize(actor, organizationPolicy.read, org)
    const items = await orgs.listHistory(db, org.id)
    return { items } as z.infer<typeof OrganizationHistory>
  })

  app.post('/organizations', {
    config: { policy: 'organizations.createChild' },
    schema: { tags, body: CreateOrganizationBody, response: { 201: Organization } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const parent = await orgs.getOrganization(db, req.body.parentId)
    authorize(ctx.actor, organizationPolicy.createChild, parent)
    const row = await orgs.createOrganization({ db, ctx, input: { ...req.body, parent } })
    return reply.status(201).send(await present(row.id, ctx.actor))
  })

  app.patch('/organizations/:id', {
    config: { policy: 'organizations.update' },
    schema: { tags, params: IdParams, body: UpdateOrganizationBody, response: { 200: Organization } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const org = await orgs.getOrganization(db, req.params.id)
    authorize(ctx.actor, organizationPolicy.update, org)
    await orgs.updateOrganization({ db, ctx, org, input: req.body })
    return present(org.id, ctx.actor)
  })

  app.post('/organizations/:id/move', {
    config: { policy: 'organizations.move' },
    schema: { tags, params: IdParams, body: MoveOrganizationBody, response: { 200: Organization } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const org = await orgs.getOrganization(db, req.params.id)
    const target = await orgs.getOrganization(db, req.body.newParentId)
    authorize(ctx.actor, organizationPolicy.move, { org, target })
    await orgs.moveOrganization({ db, ctx, org, target, date: req.body.effectiveDate })
    return present(org.id, ctx.actor)
  })

  app.post('/organizations/:id/merge', {
    config: { policy: 'organizations.merge' },
    schema: { tags, params: IdParams, body: MergeOrganizationBody, response: { 200: Organization } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const org = await orgs.getOrganization(db, req.params.id)
    const target = await orgs.getOrganization(db, req.body.intoId)
    authorize(ctx.actor, organizationPolicy.merge, { org, target })
    await orgs.mergeOrganization({ db, ctx, org, target, date: req.body.effectiveDate })
    return present(org.id, ctx.actor)
  })

  app.post('/organizations/:id/dissolve', {
    config: { policy: 'organizations.dissolve' },
    schema: { tags, params: IdParams, body: DissolveOrganizationBody, response: { 200: Organization } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const org = await orgs.getOrganization(db, req.params.id)
    authorize(ctx.actor, organizationPolicy.dissolve, org)
    await orgs.dissolveOrganization({ db, ctx, org, date: req.body.effectiveDate, reason: req.body.reason })
    return present(org.id, ctx.actor)
  })
}
