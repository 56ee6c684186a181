// The subtree's view of plans: the dashboard (progress rolled up, late items, who has not reported the current period,
// hand-downs waiting), "who has not reported" a period level by level, and reminders to those units (recorded, audited,
// mailed to their managers when a mail server is configured).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { NotReportedQuery, NotReportedReport, PlanSummary, PlanSummaryQuery, RemindBody, RemindResult, type NotReportedUnit } from '../../../common/contracts/plans.ts'
import { todayIso } from '../../../common/dates.ts'
import { authorize } from '../../lib/authz.ts'
import { systemClock } from '../../lib/clock.ts'
import { conflict, invalid } from '../../lib/errors.ts'
import { sendLater } from '../../lib/mailer.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getCycle } from '../cycles/cycles.service.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import type { PlanRouteOptions } from './plans.load.ts'
import { reminderMail } from './plans.notify.ts'
import { getPeriod, listPeriods } from './plans.periods.ts'
import { planPolicy } from './plans.policy.ts'
import { pendingHandDownsIn, sendReminders, unitStatuses, type UnitStatus } from './plans.reporting.ts'
import { orgNames, resolveCycle } from './plans.service.ts'
import { planSummary } from './plans.summary.ts'

const tags = ['plans']
const LISTED_PER_LEVEL = 500

export const planReportingRoutes: FastifyPluginAsyncZod<PlanRouteOptions> = async (app, { database, clock = systemClock, mailer = null }) => {
  const { db } = database
  const today = () => todayIso(clock())

  app.get('/plans/summary', {
    config: { policy: 'plans.supervise' },
    schema: { tags, summary: "Plans over a unit's subtree for a cycle: progress rolled up, late items, who has not reported the current period, hand-downs waiting", querystring: PlanSummaryQuery, response: { 200: PlanSummary } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, planPolicy.supervise, org)
    return planSummary(db, org, await resolveCycle(db, req.query, today()), today())
  })

  app.get('/plans/not-reported', {
    config: { policy: 'plans.supervise' },
    schema: { tags, summary: 'Units of a subtree holding items in the cycle that have not reported a period, level by level, and hand-downs not yet accepted', querystring: NotReportedQuery, response: { 200: NotReportedReport } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = await getOrganization(db, req.query.org)
    authorize(actor, planPolicy.supervise, org)
    const period = await getPeriod(db, req.query.period)
    const statuses = await unitStatuses(db, org, period)
    const parents = await orgNames(db, statuses.flatMap((s) => (s.parentId ? [s.parentId] : [])))
    const present = (s: UnitStatus): NotReportedUnit => ({
      organization: { id: s.id, name: s.name, kind: s.kind as NotReportedUnit['organization']['kind'] }, parent: s.parentId ? parents.get(s.parentId)?.name ?? null : null,
      items: s.items, lastReportedAt: s.lastReportedAt?.toISOString() ?? null, lastRemindedAt: s.lastRemindedAt?.toISOString() ?? null,
    })
    const depths = [...new Set(statuses.map((s) => s.depth))].sort((a, b) => a - b)
    const levels = depths.map((depth) => {
      const atLevel = statuses.filter((s) => s.depth === depth)
      const missing = atLevel.filter((s) => !s.reported)
      return { depth: depth - org.depth, units: atLevel.length, notReported: missing.length, list: missing.slice(0, LISTED_PER_LEVEL).map(present), truncated: missing.length > LISTED_PER_LEVEL }
    })
    const used = (await listPeriods(db, period.cycleId)).find((p) => p.id === period.id)
    return {
      organization: { id: org.id, name: org.name, kind: org.kind as NotReportedUnit['organization']['kind'] },
      period: used!,
      totals: { units: statuses.length, notReported: statuses.filter((s) => !s.reported).length },
      levels,
      pendingHandDowns: (await pendingHandDownsIn(db, org, period.cycleId)).map(({ toPath: _, ...p }) => p),
      abilities: { remind: planPolicy.remind(actor, org) },
    }
  })

  app.post('/plans/reminders', {
    config: { policy: 'plans.remind' },
    schema: { tags, summary: 'Remind the units under a unit that have not reported a period (all of them, or those chosen); mailed to their managers', body: RemindBody, response: { 201: RemindResult } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.body.orgId)
    authorize(ctx.actor, planPolicy.remind, org)
    const period = await getPeriod(db, req.body.periodId)
    const missing = (await unitStatuses(db, org, period)).filter((s) => !s.reported && s.id !== org.id)
    const chosen = req.body.orgIds ? new Set(req.body.orgIds) : null
    if (chosen && [...chosen].some((id) => !missing.some((s) => s.id === id))) throw invalid('planRemindOutside', 'orgIds')
    const units = chosen ? missing.filter((s) => chosen.has(s.id)) : missing
    if (units.length === 0) throw conflict('planNothingToRemind')
    const cycle = await getCycle(db, period.cycleId)
    const note = req.body.note?.trim() || null
    const targets = await sendReminders(db, ctx, org, period, units, note)
    let mailed = 0
    if (mailer) {
      for (const t of targets) {
        for (const to of t.emails) {
          sendLater(mailer, reminderMail(mailer, to, { unit: t, from: org, period, year: cycle.year, note }), req.log)
          mailed++
        }
      }
    }
    return reply.status(201).send({ reminded: targets.length, mailed })
  })
}
