// /api/v1/evaluations: the cell's collective review, the decision under the rules, annulment by a higher level.
import { inArray, sql } from 'drizzle-orm'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { AnnulBody, DecideBatchBody, DecideBody, Evaluation, EvaluationBatch, EvaluationList, EvaluationQuery, EvaluationSummary, QuotaUseList, ReviewBody } from '../../../common/contracts/evaluations.ts'
import type { RatingLevel } from '../../../common/contracts/rules.ts'
import { queryRows, type Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { AppError, notFound } from '../../lib/errors.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getCommitment } from '../commitments/commitments.service.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'
import { quotaAllowance } from '../rules/rules.rating.ts'
import { reviewShortcomings } from '../shortcomings/shortcomings.service.ts'
import { getRuleSet } from '../rules/rules.service.ts'
import { commitments } from '../commitments/commitments.table.ts'
import { evaluationAbilities, evaluationPolicy, type EvaluationRef } from './evaluations.policy.ts'
import * as svc from './evaluations.service.ts'
import { evaluationSummaryRows } from './evaluations.stats.ts'

const tags = ['evaluations']

export const evaluationRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function refOf(e: svc.EvaluationRow): Promise<EvaluationRef> {
    return { personId: e.personId, unit: await getOrganization(db, e.organizationId), scope: await getOrganization(db, e.quotaScopeId), status: e.status }
  }

  async function present(rows: svc.EvaluationRow[], actor: Actor) {
    if (rows.length === 0) return []
    const orgIds = [...new Set(rows.flatMap((r) => [r.organizationId, r.quotaScopeId]))]
    const [orgs, persons, commits] = await Promise.all([
      db.select({ id: organizations.id, name: organizations.name, path: organizations.path }).from(organizations).where(inArray(organizations.id, orgIds)),
      db.select({ id: people.id, fullName: people.fullName }).from(people).where(inArray(people.id, rows.map((r) => r.personId))),
      db.select({ id: commitments.id, selfLevel: commitments.selfLevel, selfTotal: commitments.selfTotal }).from(commitments).where(inArray(commitments.id, rows.map((r) => r.commitmentId))),
    ])
    const named = await reviewShortcomings(db, rows.map((r) => r.id))
    const cycleStatus = new Map<string, string>()
    for (const id of new Set(rows.map((r) => r.cycleId))) cycleStatus.set(id, (await getCycle(db, id)).status)
    const org = (id: string) => orgs.find((o) => o.id === id)!
    return rows.map((r) => {
      const c = commits.find((x) => x.id === r.commitmentId)
      const ref: EvaluationRef = { personId: r.personId, unit: org(r.organizationId), scope: org(r.quotaScopeId), status: r.status }
      return {
        id: r.id, cycleId: r.cycleId, commitmentId: r.commitmentId,
        person: persons.find((p) => p.id === r.personId)!,
        organization: { id: r.organizationId, name: org(r.organizationId).name },
        quotaScope: { id: r.quotaScopeId, name: org(r.quotaScopeId).name },
        selfLevel: (c?.selfLevel ?? null) as RatingLevel | null, selfTotal: c?.selfTotal == null ? null : Number(c.selfTotal),
        reviewDate: r.reviewDate, attendancePresent: r.attendancePresent, attendanceTotal: r.attendanceTotal, votes: r.votes,
        proposedLevel: r.proposedLevel as RatingLevel, comment: r.comment, status: r.status as 'proposed' | 'decided',
        decidedLevel: r.decidedLevel as RatingLevel | null, decidedScore: r.decidedScore == null ? null : Number(r.decidedScore),
        decidedAt: r.decidedAt?.toISOString() ?? null, exceptionJustification: r.exceptionJustification,
        shortcomings: named.filter((x) => x.sourceId === r.id).map((x) => x.description),
        abilities: evaluationAbilities(actor, ref, cycleStatus.get(r.cycleId)!),
      }
    })
  }

  app.get('/evaluations', {
    config: { policy: 'evaluations.list' },
    schema: { tags, summary: 'Evaluations in a unit\'s subtree for a cycle, with the quota where the unit is a deciding scope', querystring: EvaluationQuery, response: { 200: EvaluationList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, evaluationPolicy.list, org)
    const cycle = await getCycle(db, req.query.cycle)
    const items = await present(await svc.listForUnit(db, org, cycle.id), actor)
    const { quota: rule } = (await getRuleSet(db, cycle.ruleSetId)).content
    const counts = await queryRows<{ level: string; n: number }>(db, sql`
      select decided_level as level, count(*)::int as n from evaluations
      where quota_scope_id = ${org.id} and cycle_id = ${cycle.id} and status = 'decided' group by decided_level`)
    const n = (level: string) => Number(counts.find((c) => c.level === level)?.n ?? 0)
    const isScope = items.some((i) => i.quotaScope.id === org.id)
    const quota = isScope ? { scope: { id: org.id, name: org.name }, percent: rule.percent, good: n(rule.of), excellent: n(rule.level), allowed: quotaAllowance(rule, n(rule.of)) } : null
    return { items, quota }
  })

  app.get('/evaluations/summary', {
    config: { policy: 'evaluations.list' },
    schema: { tags, summary: 'Evaluations by status and decided level over a unit and each sub-unit (maintained totals)', querystring: EvaluationQuery, response: { 200: EvaluationSummary } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, evaluationPolicy.list, org)
    const rows = (await evaluationSummaryRows(db, org.id, (await getCycle(db, req.query.cycle)).id)).map((r) => {
      const n = { proposed: Number(r.proposed), excellent: Number(r.excellent), good: Number(r.good), complete: Number(r.complete), incomplete: Number(r.incomplete) }
      const reviewed = n.proposed + n.excellent + n.good + n.complete + n.incomplete
      const proposedLevels = { excellent: Number(r.proposed_excellent), good: Number(r.proposed_good), complete: Number(r.proposed_complete), incomplete: Number(r.proposed_incomplete) }
      return { id: r.id, name: r.name, kind: r.kind, people: Number(r.people), notReviewed: Math.max(0, Number(r.people) - reviewed), ...n, proposedLevels }
    })
    const collator = new Intl.Collator('vi', { numeric: true })
    return { organization: rows.find((r) => r.id === org.id)!, children: rows.filter((r) => r.id !== org.id).sort((a, b) => collator.compare(a.name, b.name)) }
  })

  app.get('/evaluations/quota-use', {
    config: { policy: 'evaluations.list' },
    schema: { tags, summary: 'Quota use of every deciding scope over (or above) a unit, fullest first', querystring: EvaluationQuery, response: { 200: QuotaUseList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, evaluationPolicy.list, org)
    const cycle = await getCycle(db, req.query.cycle)
    const { quota: rule } = (await getRuleSet(db, cycle.ruleSetId)).content
    const scope = await svc.quotaScopeFor(db, org)
    // A unit below its deciding scope (a cell) sees that scope's use; a unit at or above sees the scopes in its subtree.
    const where = scope.id !== org.id && org.path.startsWith(scope.path) ? sql`o.id = ${scope.id}` : sql`o.path like ${`${org.path}%`}`
    const rows = await queryRows<{ id: string; name: string; good: number; excellent: number; proposed_excellent: number }>(db, sql`
      select o.id, o.name,
        count(*) filter (where e.status = 'decided' and e.decided_level = ${rule.of})::int as good,
        count(*) filter (where e.status = 'decided' and e.decided_level = ${rule.level})::int as excellent,
        count(*) filter (where e.proposed_level = ${rule.level})::int as proposed_excellent
      from evaluations e join organizations o on o.id = e.quota_scope_id
      where e.cycle_id = ${cycle.id} and ${where}
      group by o.id, o.name`)
    const items = rows.map((r) => {
      const good = Number(r.good)
      return { scope: { id: r.id, name: r.name }, percent: rule.percent, good, excellent: Number(r.excellent), allowed: quotaAllowance(rule, good), proposedExcellent: Number(r.proposed_excellent) }
    })
    const collator = new Intl.Collator('vi', { numeric: true })
    items.sort((a, b) => (b.excellent - b.allowed) - (a.excellent - a.allowed) || (b.proposedExcellent - b.allowed) - (a.proposedExcellent - a.allowed) || collator.compare(a.scope.name, b.scope.name))
    return { items: items.slice(0, 200) }
  })

  app.post('/evaluations/review', {
    config: { policy: 'evaluations.review' },
    schema: { tags, summary: "Record the cell's collective review of a member: attendance, votes, proposed level", body: ReviewBody, response: { 200: Evaluation } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const commitment = await getCommitment(db, req.body.commitmentId)
    const unit = await getOrganization(db, commitment.organizationId)
    authorize(ctx.actor, evaluationPolicy.review, unit)
    const { commitmentId: _commitmentId, ...input } = req.body
    const row = await svc.recordReview({ db, ctx, commitment, cycle: await getCycle(db, commitment.cycleId), unit, input })
    return (await present([row], ctx.actor))[0]
  })

  app.get('/evaluations/:id', {
    config: { policy: 'evaluations.read' },
    schema: { tags, params: IdParams, response: { 200: Evaluation } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const e = await svc.getEvaluation(db, req.params.id)
    authorize(actor, evaluationPolicy.read, await refOf(e))
    return (await present([e], actor))[0]
  })

  app.post('/evaluations/:id/decide', {
    config: { policy: 'evaluations.decide' },
    schema: { tags, summary: 'Decide the rating (band, conditions and quota enforced); the decision is locked', params: IdParams, body: DecideBody, response: { 200: Evaluation } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const e = await svc.getEvaluation(db, req.params.id)
    authorize(ctx.actor, evaluationPolicy.decide, await refOf(e))
    const row = await svc.decide({ db, ctx, evaluation: e, commitment: await getCommitment(db, e.commitmentId), cycle: await getCycle(db, e.cycleId), input: req.body })
    return (await present([row], ctx.actor))[0]
  })

  app.post('/evaluations/decide-batch', {
    config: { policy: 'evaluations.decide' },
    schema: { tags, summary: 'Decide several ratings at once, all or none; the quota is counted with the whole batch', body: DecideBatchBody, response: { 200: EvaluationBatch } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const ids = req.body.items.map((i) => i.id)
    if (new Set(ids).size !== ids.length) throw new AppError('validation_failed', 'duplicateInBatch', {}, { fields: [{ path: 'items', message: 'duplicateInBatch' }] })
    const found = await svc.getEvaluations(db, ids)
    if (found.length !== ids.length) throw notFound('evaluationNotFound')
    // One read each of the units and commitments involved, however many decisions the batch holds.
    const [orgs, commits] = await Promise.all([
      db.select().from(organizations).where(inArray(organizations.id, [...new Set(found.flatMap((e) => [e.organizationId, e.quotaScopeId]))])),
      db.select().from(commitments).where(inArray(commitments.id, found.map((e) => e.commitmentId))),
    ])
    const org = (id: string) => orgs.find((o) => o.id === id)!
    const decisions = req.body.items.map(({ id, ...input }) => {
      const e = found.find((x) => x.id === id)!
      authorize(ctx.actor, evaluationPolicy.decide, { personId: e.personId, unit: org(e.organizationId), scope: org(e.quotaScopeId), status: e.status })
      return { evaluation: e, commitment: commits.find((c) => c.id === e.commitmentId)!, input }
    })
    const cycles = new Set(found.map((e) => e.cycleId))
    if (cycles.size !== 1) throw new AppError('validation_failed', 'batchOneCycle', {}, { fields: [{ path: 'items', message: 'batchOneCycle' }] })
    const rows = await svc.decideMany({ db, ctx, cycle: await getCycle(db, found[0].cycleId), decisions, batch: true })
    return { items: await present(rows, ctx.actor) }
  })

  app.post('/evaluations/:id/annul', {
    config: { policy: 'evaluations.annul' },
    schema: { tags, summary: 'A higher level annuls a decided rating, with its reason, so it can be decided again', params: IdParams, body: AnnulBody, response: { 200: Evaluation } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const e = await svc.getEvaluation(db, req.params.id)
    authorize(ctx.actor, evaluationPolicy.annul, await refOf(e))
    const row = await svc.annul({ db, ctx, evaluation: e, reason: req.body.reason })
    return (await present([row], ctx.actor))[0]
  })
}

