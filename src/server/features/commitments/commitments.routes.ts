// /api/v1/commitments: my commitment for a cycle, its items, submit / approve / return / reopen, a unit's roster,
// the subtree's totals and who has not done each stage yet.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import {
  Commitment, CommitmentSummary, CreateMineBody, MineQuery, PendingPeople, PendingQuery, ProgressBody, ReplaceItemsBody, ReturnBody, ReviewBody,
  SelfAssessmentBody, UnitCommitments, UnitQuery,
} from '../../../common/contracts/commitments.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { AppError, notFound } from '../../lib/errors.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { commitmentPolicy, type CommitmentRef } from './commitments.policy.ts'
import { presentCommitment } from './commitments.present.ts'
import * as svc from './commitments.service.ts'
import { reportProgress, selfAssess } from './commitments.assessment.ts'
import { pendingPeople } from './commitments.pending.ts'
import { summaryRows } from './commitments.stats.ts'

const tags = ['commitments']

export const commitmentRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function load(id: string) {
    const c = await svc.getCommitment(db, id)
    const org = await getOrganization(db, c.organizationId)
    const ref: CommitmentRef = { personId: c.personId, organization: org, status: c.status }
    return { c, ref, cycle: await getCycle(db, c.cycleId) }
  }

  async function present(id: string, actor: Actor) {
    const c = await svc.getCommitment(db, id)
    return presentCommitment(c, await getCycle(db, c.cycleId), await svc.loadDetails(db, c), actor)
  }

  app.get('/commitments/mine', {
    config: { policy: 'commitments.own' },
    schema: { tags, summary: 'My commitment for a cycle (404 when I have not opened one)', querystring: MineQuery, response: { 200: Commitment } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    if (!actor.personId) throw new AppError('forbidden', 'noPerson')
    const c = await svc.findCommitment(db, req.query.cycle, actor.personId)
    if (!c) throw notFound('commitmentNotFound')
    return present(c.id, actor)
  })

  app.post('/commitments/mine', {
    config: { policy: 'commitments.own' },
    schema: { tags, summary: 'Open my commitment for a cycle, in my current unit', body: CreateMineBody, response: { 201: Commitment } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const row = await svc.createMine({ db, ctx, cycle: await getCycle(db, req.body.cycleId) })
    return reply.status(201).send(await present(row.id, ctx.actor))
  })

  app.get('/commitments', {
    config: { policy: 'commitments.listUnit' },
    schema: { tags, summary: "A unit's roster for a cycle: who registered, who has not", querystring: UnitQuery, response: { 200: UnitCommitments } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, commitmentPolicy.listUnit, org)
    const roster = await svc.unitRoster(db, org.id, (await getCycle(db, req.query.cycle)).id)
    const counts = { people: roster.length, none: 0, draft: 0, submitted: 0, approved: 0, returned: 0 }
    for (const r of roster) counts[(r.commitment?.status as keyof typeof counts | undefined) ?? 'none']++
    return {
      items: roster.map((r) => ({ person: r.person, commitmentId: r.commitment?.id ?? null, status: (r.commitment?.status ?? null) as never, submittedAt: r.commitment?.submittedAt?.toISOString() ?? null })),
      counts,
    }
  })

  app.get('/commitments/summary', {
    config: { policy: 'commitments.listUnit' },
    schema: { tags, summary: 'Commitments by status over a unit and each of its sub-units (maintained totals)', querystring: UnitQuery, response: { 200: CommitmentSummary } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, commitmentPolicy.listUnit, org)
    const rows = (await summaryRows(db, org.id, (await getCycle(db, req.query.cycle)).id)).map((r) => {
      const counts = { draft: Number(r.draft), submitted: Number(r.submitted), approved: Number(r.approved), returned: Number(r.returned) }
      const registered = counts.draft + counts.submitted + counts.approved + counts.returned
      return {
        id: r.id, name: r.name, kind: r.kind, people: Number(r.people), none: Math.max(0, Number(r.people) - registered), ...counts,
        progressReported: Number(r.progress_reported), selfAssessed: Number(r.self_assessed),
      }
    })
    const collator = new Intl.Collator('vi', { numeric: true })
    return {
      organization: rows.find((r) => r.id === org.id)!,
      children: rows.filter((r) => r.id !== org.id).sort((a, b) => collator.compare(a.name, b.name)),
    }
  })

  app.get('/commitments/pending', {
    config: { policy: 'commitments.listUnit' },
    schema: { tags, summary: 'Who has not done a stage of the year yet, over a unit\'s subtree, in name order', querystring: PendingQuery, response: { 200: PendingPeople } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, commitmentPolicy.listUnit, org)
    const cycle = await getCycle(db, req.query.cycle)
    const limit = req.query.limit ?? 50
    const rows = await pendingPeople(db, { orgPath: org.path, cycleId: cycle.id, stage: req.query.stage, after: decodeCursor(req.query.cursor, z.tuple([cursorKey, z.uuid()])), limit: limit + 1 })
    const page = rows.slice(0, limit)
    const last = page[page.length - 1]
    return {
      items: page.map((r) => ({ person: { id: r.person_id, fullName: r.full_name }, unit: { id: r.unit_id, name: r.unit_name }, commitmentId: r.commitment_id, status: r.status })),
      nextCursor: rows.length > limit && last ? encodeCursor([last.sort_key, last.person_id]) : null,
    }
  })

  app.get('/commitments/:id', {
    config: { policy: 'commitments.read' },
    schema: { tags, params: IdParams, response: { 200: Commitment } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { ref } = await load(req.params.id)
    authorize(actor, commitmentPolicy.read, ref)
    return present(req.params.id, actor)
  })

  app.put('/commitments/:id/items', {
    config: { policy: 'commitments.edit' },
    schema: { tags, summary: 'Replace the items of my draft (or returned) commitment', params: IdParams, body: ReplaceItemsBody, response: { 200: Commitment } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref, cycle } = await load(req.params.id)
    authorize(ctx.actor, commitmentPolicy.edit, ref)
    await svc.replaceItems({ db, ctx, commitment: c, cycle, items: req.body.items })
    return present(c.id, ctx.actor)
  })

  app.post('/commitments/:id/submit', {
    config: { policy: 'commitments.submit' },
    schema: { tags, params: IdParams, body: ReviewBody.optional(), response: { 200: Commitment } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref, cycle } = await load(req.params.id)
    authorize(ctx.actor, commitmentPolicy.submit, ref)
    await svc.submitCommitment(db, ctx, c, cycle)
    return present(c.id, ctx.actor)
  })

  app.post('/commitments/:id/approve', {
    config: { policy: 'commitments.review' },
    schema: { tags, params: IdParams, body: ReviewBody.optional(), response: { 200: Commitment } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref, cycle } = await load(req.params.id)
    authorize(ctx.actor, commitmentPolicy.review, ref, ref.personId === ctx.actor.personId ? 'ownCommitment' : 'forbidden')
    await svc.approveCommitment(db, ctx, c, cycle, req.body?.comment)
    return present(c.id, ctx.actor)
  })

  app.post('/commitments/:id/return', {
    config: { policy: 'commitments.review' },
    schema: { tags, summary: 'Return to the member with a comment saying what to fix', params: IdParams, body: ReturnBody, response: { 200: Commitment } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref, cycle } = await load(req.params.id)
    authorize(ctx.actor, commitmentPolicy.review, ref, ref.personId === ctx.actor.personId ? 'ownCommitment' : 'forbidden')
    await svc.returnCommitment(db, ctx, c, cycle, req.body.comment)
    return present(c.id, ctx.actor)
  })

  app.put('/commitments/:id/progress', {
    config: { policy: 'commitments.assess' },
    schema: { tags, summary: 'Mid-year progress per item (percent and note)', params: IdParams, body: ProgressBody, response: { 200: Commitment } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref, cycle } = await load(req.params.id)
    authorize(ctx.actor, commitmentPolicy.assess, ref)
    await reportProgress({ db, ctx, commitment: c, cycle, items: req.body.items })
    return present(c.id, ctx.actor)
  })

  app.put('/commitments/:id/self-assessment', {
    config: { policy: 'commitments.assess' },
    schema: { tags, summary: 'Year-end self-assessment: a result per item, points on the frame, the proposed level', params: IdParams, body: SelfAssessmentBody, response: { 200: Commitment } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref, cycle } = await load(req.params.id)
    authorize(ctx.actor, commitmentPolicy.assess, ref)
    await selfAssess({ db, ctx, commitment: c, cycle, input: req.body })
    return present(c.id, ctx.actor)
  })

  app.post('/commitments/:id/reopen', {
    config: { policy: 'commitments.reopen' },
    schema: { tags, summary: 'Reopen my approved commitment to change it (it needs a new submission)', params: IdParams, body: ReviewBody.optional(), response: { 200: Commitment } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { c, ref, cycle } = await load(req.params.id)
    authorize(ctx.actor, commitmentPolicy.reopen, ref)
    await svc.reopenCommitment(db, ctx, c, cycle)
    return present(c.id, ctx.actor)
  })
}
