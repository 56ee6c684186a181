// Citizens suggest a model without an account (POST /api/v1/public/model-suggestions, 5 an hour per address); the
// communes' moderators (office, secretary, leader of the commune or above) list them under /api/v1/model-suggestions,
// accept one as a draft model of a unit they hold, or decline it with a note.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import {
  AcceptSuggestionBody, DeclineSuggestionBody, SuggestionItem, SuggestionPage, SuggestionQuery, SuggestionReceipt, SuggestionSubmission,
} from '../../../common/contracts/showcase.ts'
import type { Database, Db } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize } from '../../lib/authz.ts'
import { systemClock, type Clock } from '../../lib/clock.ts'
import { privateNoStore } from '../../lib/download.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import { decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { anonymousCtx, requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { showcasePolicy } from './showcase.policy.ts'
import {
  acceptSuggestion, checkPerson, declineSuggestion, getSuggestion, listSuggestions, presentSuggestion, submitSuggestion, type SuggestionView,
} from './showcase.suggestions.service.ts'

const tags = ['model suggestions']
/** Per address: a citizen suggests a few models, not dozens. */
const submitLimit = { max: 5, timeWindow: '1 hour' }
const Cursor = z.tuple([z.iso.datetime(), z.uuid()])

/** A pending suggestion its commune's moderators may take a step on; to anyone else it does not exist. */
async function loadSuggestion(db: Db, id: string, actor: Actor): Promise<SuggestionView> {
  const view = await getSuggestion(db, id)
  if (!view || !showcasePolicy.moderate(actor, { id: view.row.communeId, path: view.communePath })) throw notFound('suggestionNotFound')
  if (view.row.status !== 'pending') throw conflict('suggestionNotPending')
  return view
}

export const showcaseSuggestionRoutes: FastifyPluginAsyncZod<{ database: Database; clock?: Clock }> = async (app, { database, clock = systemClock }) => {
  const { db } = database

  app.post('/public/model-suggestions', {
    config: { policy: 'public', rateLimit: submitLimit },
    schema: { tags, summary: 'Suggest a model for a commune or ward, without an account (plain text; the contact is seen by moderators only)', body: SuggestionSubmission, response: { 201: SuggestionReceipt } },
  }, async (req, reply) => {
    const { commune } = await submitSuggestion(db, anonymousCtx(req), req.body, clock())
    reply.header('cache-control', 'no-store')
    return reply.status(201).send({ received: true as const, commune })
  })

  app.get('/model-suggestions', {
    config: { policy: 'showcase.list' },
    onSend: privateNoStore,
    schema: { tags, summary: "Citizens' suggestions for the communes under a unit (default: every commune I moderate), newest first, with the suggester's contact", querystring: SuggestionQuery, response: { 200: SuggestionPage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = req.query.org ? await getOrganization(db, req.query.org) : null
    if (org) authorize(actor, showcasePolicy.list, org)
    else authorize(actor, showcasePolicy.listMine, undefined)
    const limit = req.query.limit ?? 30
    const cursor = decodeCursor(req.query.cursor, Cursor)
    const rows = await listSuggestions(db, { org, actor, status: req.query.status, cursor, limit: limit + 1 })
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    return {
      items: page.map((v) => presentSuggestion(v, actor)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.row.createdAt.toISOString(), last.row.id]) : null,
    }
  })

  app.post('/model-suggestions/:id/accept', {
    config: { policy: 'showcase.moderate' },
    schema: { tags, summary: 'Accept a suggestion: a draft model (origin citizen) of a unit in the commune that I hold, in one step', params: IdParams, body: AcceptSuggestionBody, response: { 200: SuggestionItem } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadSuggestion(db, req.params.id, ctx.actor)
    const unit = await getOrganization(db, req.body.organizationId)
    if (!unit.path.startsWith(view.communePath)) throw invalid('suggestionUnitOutside', 'organizationId')
    authorize(ctx.actor, showcasePolicy.placeModel, unit, 'suggestionUnitOutside')
    if (unit.status !== 'active') throw invalid('orgNotActive', 'organizationId')
    await checkPerson(db, req.body.kind, req.body.personId, unit)
    await db.transaction((tx) => acceptSuggestion(tx, ctx, view, unit, req.body, clock()))
    return presentSuggestion((await getSuggestion(db, view.row.id))!, ctx.actor)
  })

  app.post('/model-suggestions/:id/decline', {
    config: { policy: 'showcase.moderate' },
    schema: { tags, summary: 'Decline a suggestion, saying why (the note stays inside)', params: IdParams, body: DeclineSuggestionBody, response: { 200: SuggestionItem } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadSuggestion(db, req.params.id, ctx.actor)
    await db.transaction((tx) => declineSuggestion(tx, ctx, view, req.body.note, clock()))
    return presentSuggestion((await getSuggestion(db, view.row.id))!, ctx.actor)
  })
}
