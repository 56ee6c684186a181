// Links between plan items and members' commitment items: candidates to link (approved commitments in the plan's
// subtree), link and unlink (the plan's managers), and, on a member's commitment, the plan items each of its items
// serves (whoever may read that commitment).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { CandidateQuery, CommitmentCandidates, LinkBody, LinkParams, PlanItemDetail, PlanLinks, PlanLinksQuery } from '../../../common/contracts/plans.ts'
import { todayIso } from '../../../common/dates.ts'
import { systemClock } from '../../lib/clock.ts'
import { notFound } from '../../lib/errors.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { commitmentPolicy } from '../commitments/commitments.policy.ts'
import { getCommitment } from '../commitments/commitments.service.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { itemDetail } from './plans.board.ts'
import { candidates, linkCommitmentItem, planLinksOfCommitment, unlinkCommitmentItem } from './plans.links.ts'
import { loadItem, type PlanRouteOptions } from './plans.load.ts'
import { planPolicy } from './plans.policy.ts'
import { getItem } from './plans.service.ts'

const tags = ['plans']
const Params = z.strictObject({ id: z.uuid() })

export const planLinkRoutes: FastifyPluginAsyncZod<PlanRouteOptions> = async (app, { database, clock = systemClock }) => {
  const { db } = database
  const today = () => todayIso(clock())

  app.get('/plan-items/:id/commitment-candidates', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: "Items of members' approved commitments in the plan's subtree for the cycle, by name or content (30 at most)", params: Params, querystring: CandidateQuery, response: { 200: CommitmentCandidates } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const view = await loadItem(database, req.params.id, actor, planPolicy.manageItem)
    return { items: await candidates(db, view, req.query.q || undefined) }
  })

  app.post('/plan-items/:id/commitment-links', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: "Link a member's commitment item to a plan item", params: Params, body: LinkBody, response: { 201: PlanItemDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const view = await loadItem(database, req.params.id, ctx.actor, planPolicy.manageItem)
    await linkCommitmentItem(db, ctx, view, req.body.commitmentItemId)
    return reply.status(201).send(await itemDetail(db, await getItem(db, view.row.id), ctx.actor, today()))
  })

  app.delete('/plan-items/:id/commitment-links/:commitmentItemId', {
    config: { policy: 'plans.manage' },
    schema: { tags, summary: 'Remove a link to a commitment item', params: LinkParams, response: { 200: PlanItemDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadItem(database, req.params.id, ctx.actor, planPolicy.manageItem)
    await unlinkCommitmentItem(db, ctx, view, req.params.commitmentItemId)
    return itemDetail(db, await getItem(db, view.row.id), ctx.actor, today())
  })

  app.get('/plan-links', {
    config: { policy: 'commitments.read' },
    schema: { tags, summary: "The plan items each item of a member's commitment serves", querystring: PlanLinksQuery, response: { 200: PlanLinks } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const c = await getCommitment(db, req.query.commitment)
    const org = await getOrganization(db, c.organizationId)
    const ref = { personId: c.personId, organization: org, status: c.status }
    if (!commitmentPolicy.read(actor, ref)) throw notFound('commitmentNotFound')
    return planLinksOfCommitment(db, c.id)
  })
}
