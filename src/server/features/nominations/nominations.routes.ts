// /api/v1/nominations: the inbox (held at my units, nominated by my units, or over a subtree; a model's nominations),
// nominating a model for a year, one nomination with its history, its reviews where the caller may see them and what
// the caller may do, and reviewing it (rubric scores and a comment, or a conflict-of-interest declaration).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import type { ModelArea } from '../../../common/contracts/models.base.ts'
import { CreateNominationBody, NominationDetail, NominationPage, NominationQuery, ReviewBody } from '../../../common/contracts/nominations.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, hasRole } from '../../lib/authz.ts'
import { systemClock, type Clock } from '../../lib/clock.ts'
import { forbidden, invalid } from '../../lib/errors.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { currentCycle } from '../cycles/cycles.service.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { loadNomination, nominationPage } from './nominations.load.ts'
import { MANAGE_ROLES, READ_ROLES, conflictOf, nominationPolicy } from './nominations.policy.ts'
import { presentNomination } from './nominations.present.ts'
import { listNominations, modelForNomination, nominateAsUnits } from './nominations.query.ts'
import { nominate, saveReview } from './nominations.service.ts'

const tags = ['nominations']

export const nominationRoutes: FastifyPluginAsyncZod<{ database: Database; clock?: Clock }> = async (app, { database, clock = systemClock }) => {
  const { db } = database

  /** A model the caller may read (its unit reached by a reading grant); anything else is unknown. */
  async function readableModel(actor: Actor, id: string) {
    const model = await modelForNomination(db, id)
    if (!model || !hasRole(actor, READ_ROLES, model.unit)) throw invalid('nominationModelUnknown', 'modelId')
    return model
  }

  /** The current cycle's year; this calendar year while there is no cycle. */
  async function defaultYear(): Promise<number> {
    const today = todayIso(clock())
    return currentCycle(db, today).then((c) => c.year, () => Number(today.slice(0, 4)))
  }

  app.get('/nominations', {
    config: { policy: 'nominations.list' },
    schema: { tags, summary: 'Nominations held at my units (default: in review), nominated by my units, or over a subtree; or one model\'s', querystring: NominationQuery, response: { 200: NominationPage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const q = req.query
    const model = q.model ? await readableModel(actor, q.model) : null
    const org = !model && q.org ? await getOrganization(db, q.org) : null
    if (org) authorize(actor, nominationPolicy.listOrg, org)
    else authorize(actor, nominationPolicy.list, undefined)
    const limit = q.limit ?? 30
    const cursor = decodeCursor(q.cursor, z.tuple([cursorKey, z.uuid()]))
    const rows = await listNominations(db, actor, { box: q.box, org, modelId: model?.id, year: q.year, status: q.status, cursor, limit })
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    return {
      items: page.map(presentNomination),
      nextCursor: rows.length > limit && last ? encodeCursor([last.row.createdAt.toISOString(), last.row.id]) : null,
      ...(model ? { nominateAs: await nominateAsUnits(db, actor, model.unit.path, MANAGE_ROLES) } : {}),
    }
  })

  app.post('/nominations', {
    config: { policy: 'nominations.nominate' },
    schema: { tags, summary: 'Nominate a model for commendation as a unit I hold: in review at the level above it', body: CreateNominationBody, response: { 201: NominationDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const nominating = await getOrganization(db, req.body.nominatedByOrgId)
    authorize(ctx.actor, nominationPolicy.nominate, nominating, 'nominationNotYourUnit')
    const model = await readableModel(ctx.actor, req.body.modelId)
    const { modelId: _m, nominatedByOrgId: _n, year, ...body } = req.body
    const id = await nominate(db, ctx, { nominating, model, year: year ?? await defaultYear(), body })
    return reply.status(201).send(await nominationPage(db, id, ctx.actor))
  })

  app.get('/nominations/:id', {
    config: { policy: 'nominations.read' },
    schema: { tags, summary: 'A nomination with its history, the reviews the caller may see, the average at its level and what the caller may do', params: IdParams, response: { 200: NominationDetail } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const loaded = await loadNomination(db, req.params.id, actor, nominationPolicy.read)
    return nominationPage(db, req.params.id, actor, loaded)
  })

  app.put('/nominations/:id/review', {
    config: { policy: 'nominations.review' },
    schema: { tags, summary: 'My review at the level holding it: the rubric\'s scores with a comment, or a conflict of interest (written again: replaced)', params: IdParams, body: ReviewBody, response: { 200: NominationDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const { view, ref } = await loadNomination(db, req.params.id, ctx.actor, nominationPolicy.review)
    if (conflictOf(ctx.actor, ref) === 'person') throw forbidden('nominationOwnPerson')
    await saveReview(db, ctx, { id: view.row.id, atOrgId: view.row.atOrgId, area: view.model.area as ModelArea, rubricId: view.row.rubricId }, req.body)
    return nominationPage(db, view.row.id, ctx.actor)
  })
}
