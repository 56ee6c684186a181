// /api/v1/organization-evaluations: an organization's own rating — its self-assessment on the collective frame, the
// decision of the level above, annulment from higher up.
import { inArray } from 'drizzle-orm'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  CollectiveAnnulBody, CollectiveDecideBody, CollectiveEvaluation, CollectiveOverview, CollectiveQuery, CollectiveSelfAssessmentBody,
} from '../../../common/contracts/collective.ts'
import { IdParams } from '../../../common/contracts/common.ts'
import type { RatingLevel } from '../../../common/contracts/rules.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import { getOrganization, listChildren } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import * as svc from './evaluations.collective.service.ts'
import { collectiveAbilities, collectivePolicy, type CollectiveRef } from './evaluations.policy.ts'

const tags = ['evaluations']

export const collectiveRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function refOf(e: svc.CollectiveRow): Promise<CollectiveRef> {
    return { organization: await getOrganization(db, e.organizationId), deciding: await getOrganization(db, e.decidingOrganizationId), status: e.status }
  }

  async function present(rows: svc.CollectiveRow[], actor: Actor) {
    if (rows.length === 0) return []
    const ids = [...new Set(rows.flatMap((r) => [r.organizationId, r.decidingOrganizationId]))]
    const orgs = await db.select({ id: organizations.id, name: organizations.name, kind: organizations.kind, path: organizations.path }).from(organizations).where(inArray(organizations.id, ids))
    const org = (id: string) => orgs.find((o) => o.id === id)!
    const cycleStatus = (await getCycle(db, rows[0].cycleId)).status
    return rows.map((r) => ({
      id: r.id, cycleId: r.cycleId,
      organization: { id: r.organizationId, name: org(r.organizationId).name, kind: org(r.organizationId).kind },
      decidingOrganization: { id: r.decidingOrganizationId, name: org(r.decidingOrganizationId).name },
      scores: r.selfScores, total: Number(r.selfTotal), proposedLevel: r.proposedLevel as RatingLevel, conditions: r.selfConditions, report: r.report,
      proposedAt: r.proposedAt.toISOString(), status: r.status as 'proposed' | 'decided',
      decidedLevel: r.decidedLevel as RatingLevel | null, decidedScore: r.decidedScore == null ? null : Number(r.decidedScore),
      decidedAt: r.decidedAt?.toISOString() ?? null, decisionNote: r.decisionNote,
      abilities: collectiveAbilities(actor, { organization: org(r.organizationId), deciding: org(r.decidingOrganizationId), status: r.status }, cycleStatus),
    }))
  }

  app.get('/organization-evaluations', {
    config: { policy: 'evaluations.list' },
    schema: { tags, summary: "A unit's own rating for a cycle and its direct sub-units' ratings (to decide)", querystring: CollectiveQuery, response: { 200: CollectiveOverview } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, collectivePolicy.list, org)
    const cycle = await getCycle(db, req.query.cycle)
    const children = await listChildren(db, org.id)
    const rows = await present(await svc.collectivesOf(db, cycle.id, [org.id, ...children.map((c) => c.id)]), actor)
    const byOrg = (id: string) => rows.find((r) => r.organization.id === id) ?? null
    const own = byOrg(org.id)
    return {
      own,
      canSelfAssess: cycle.status === 'yearend_review' && org.parentId !== null && own?.status !== 'decided' && collectivePolicy.selfAssess(actor, org),
      children: children.map((c) => ({ organization: { id: c.id, name: c.name, kind: c.kind }, evaluation: byOrg(c.id) })),
    }
  })

  app.put('/organization-evaluations/self-assessment', {
    config: { policy: 'evaluations.collectiveSelfAssess' },
    schema: { tags, summary: "The organization's self-assessment on the collective frame and its proposed level (until decided)", body: CollectiveSelfAssessmentBody, response: { 200: CollectiveEvaluation } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.body.organizationId)
    authorize(ctx.actor, collectivePolicy.selfAssess, org)
    const { organizationId: _o, cycleId, ...input } = req.body
    const parent = org.parentId ? await getOrganization(db, org.parentId) : null
    const row = await svc.selfAssessCollective({ db, ctx, org, parent, cycle: await getCycle(db, cycleId), input })
    return (await present([row], ctx.actor))[0]
  })

  app.get('/organization-evaluations/:id', {
    config: { policy: 'evaluations.read' },
    schema: { tags, params: IdParams, response: { 200: CollectiveEvaluation } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const e = await svc.getCollective(db, req.params.id)
    authorize(actor, collectivePolicy.read, await refOf(e))
    return (await present([e], actor))[0]
  })

  app.post('/organization-evaluations/:id/decide', {
    config: { policy: 'evaluations.decide' },
    schema: { tags, summary: "The level above decides an organization's rating (band and conditions enforced); locked", params: IdParams, body: CollectiveDecideBody, response: { 200: CollectiveEvaluation } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const e = await svc.getCollective(db, req.params.id)
    authorize(ctx.actor, collectivePolicy.decide, await refOf(e))
    const row = await svc.decideCollective({ db, ctx, evaluation: e, cycle: await getCycle(db, e.cycleId), input: req.body })
    return (await present([row], ctx.actor))[0]
  })

  app.post('/organization-evaluations/:id/annul', {
    config: { policy: 'evaluations.annul' },
    schema: { tags, summary: "A level above the deciding one annuls an organization's rating, with its reason", params: IdParams, body: CollectiveAnnulBody, response: { 200: CollectiveEvaluation } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const e = await svc.getCollective(db, req.params.id)
    authorize(ctx.actor, collectivePolicy.annul, await refOf(e))
    const row = await svc.annulCollective({ db, ctx, evaluation: e, reason: req.body.reason })
    return (await present([row], ctx.actor))[0]
  })
}
