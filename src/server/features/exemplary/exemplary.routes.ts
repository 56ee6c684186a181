// /api/v1/exemplary: leaders' exemplary commitments — publish, list for a unit, read, comment (Quy định 213).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { OkResponse } from '../../../common/contracts/common.ts'
import type { CommitmentArea } from '../../../common/contracts/commitments.ts'
import { CommentBody, Exemplary, ExemplaryList, ExemplaryQuery, PublishBody } from '../../../common/contracts/exemplary.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { AppError } from '../../lib/errors.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getCommitment } from '../commitments/commitments.service.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import { organizationPolicy } from '../organizations/organizations.policy.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { getPerson } from '../people/people.service.ts'
import { exemplaryPolicy, type ExemplaryRef } from './exemplary.policy.ts'
import * as svc from './exemplary.service.ts'

const tags = ['exemplary']
const Params = z.strictObject({ commitmentId: z.uuid() })

export const exemplaryRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function load(id: string) {
    const c = await getCommitment(db, id)
    const org = await getOrganization(db, c.organizationId)
    const ref: ExemplaryRef = { personId: c.personId, organization: org, subjectGroup: c.subjectGroup, status: c.status, publishedScope: c.publishedScope }
    return { c, org, ref }
  }

  async function present(id: string, actor: Actor) {
    const { c, org, ref } = await load(id)
    const [person, cycle, items, comments, position] = await Promise.all([
      getPerson(db, c.personId), getCycle(db, c.cycleId), svc.loadItems(db, [c.id]), svc.loadComments(db, c.id), svc.positionOf(db, c.personId, c.organizationId),
    ])
    return {
      commitmentId: c.id, person: { id: person.id, fullName: person.fullName, position }, organization: { id: org.id, name: org.name },
      year: cycle.year, scope: c.publishedScope as 'subtree' | 'public', publishedAt: c.publishedAt!.toISOString(),
      items: items.map((i) => ({ area: i.area as CommitmentArea, content: i.content, target: i.target, deadline: i.deadline })),
      comments: comments.map(({ x, author }) => ({ id: x.id, source: x.source as 'colleague' | 'residence', author, strengths: x.strengths, weaknesses: x.weaknesses, exemplary: x.exemplary, suggestions: x.suggestions, at: x.updatedAt.toISOString() })),
      abilities: { comment: exemplaryPolicy.comment(actor, ref, 'colleague') || exemplaryPolicy.comment(actor, ref, 'residence'), unpublish: exemplaryPolicy.unpublish(actor, ref) },
    }
  }

  app.get('/exemplary', {
    config: { policy: 'exemplary.list' },
    schema: { tags, summary: "Exemplary commitments a unit sees: its leaders' above it and those in its subtree", querystring: ExemplaryQuery, response: { 200: ExemplaryList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, organizationPolicy.read, org)
    const cycle = await getCycle(db, req.query.cycle)
    const rows = await svc.listFor(db, org, cycle.id)
    const items = rows.map((r) => ({
      commitmentId: r.c.id, person: { id: r.c.personId, fullName: r.fullName, position: r.position },
      organization: { id: r.c.organizationId, name: r.orgName }, year: cycle.year, scope: r.c.publishedScope as 'subtree' | 'public',
      publishedAt: r.c.publishedAt!.toISOString(), comments: Number(r.comments),
    }))
    return { items }
  })

  app.get('/exemplary/:commitmentId', {
    config: { policy: 'exemplary.read' },
    schema: { tags, params: Params, response: { 200: Exemplary } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { ref } = await load(req.params.commitmentId)
    if (ref.publishedScope === null) throw new AppError('not_found', 'notPublished')
    authorize(actor, exemplaryPolicy.read, ref)
    return present(req.params.commitmentId, actor)
  })

  app.post('/exemplary/:commitmentId/publish', {
    config: { policy: 'exemplary.publish' },
    schema: { tags, summary: 'Publish my approved leader commitment as exemplary (to my subtree, or to the public)', params: Params, body: PublishBody, response: { 200: Exemplary } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref } = await load(req.params.commitmentId)
    authorize(ctx.actor, exemplaryPolicy.publish, ref, 'notLeaderCommitment')
    await svc.setPublished({ db, ctx, commitment: c, scope: req.body.scope })
    return present(c.id, ctx.actor)
  })

  app.post('/exemplary/:commitmentId/unpublish', {
    config: { policy: 'exemplary.publish' },
    schema: { tags, params: Params, body: z.strictObject({}).optional(), response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref } = await load(req.params.commitmentId)
    authorize(ctx.actor, exemplaryPolicy.unpublish, ref)
    await svc.setPublished({ db, ctx, commitment: c, scope: null })
    return { ok: true as const }
  })

  app.put('/exemplary/:commitmentId/comment', {
    config: { policy: 'exemplary.comment' },
    schema: { tags, summary: 'My structured comment (strengths, shortcomings, example set, suggestions), as colleague or residence cell', params: Params, body: CommentBody, response: { 200: Exemplary } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref } = await load(req.params.commitmentId)
    if (ref.publishedScope === null) throw new AppError('not_found', 'notPublished')
    authorize(ctx.actor, (a, r: ExemplaryRef) => exemplaryPolicy.comment(a, r, req.body.source), ref, ref.personId === ctx.actor.personId ? 'ownComment' : 'forbidden')
    await svc.saveComment({ db, ctx, commitment: c, input: req.body })
    return present(c.id, ctx.actor)
  })
}
