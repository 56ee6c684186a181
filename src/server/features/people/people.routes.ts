// /api/v1/people: find, read, create and edit people and their placements.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { CreatePersonBody, PeoplePage, PeopleQuery, Person, PlacementInput, UpdatePersonBody, UpdatePlacementBody } from '../../../common/contracts/people.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, isAdmin, scopesFor } from '../../lib/authz.ts'
import { AppError } from '../../lib/errors.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { PEOPLE_READ_ROLES, personPolicy } from './people.policy.ts'
import { presentListItem, presentPerson } from './people.present.ts'
import * as peopleService from './people.service.ts'

const tags = ['people']
const PlacementParams = z.strictObject({ id: z.uuid(), placementId: z.uuid() })

export const peopleRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function present(id: string, actor: Actor) {
    const [row, ref, placements] = await Promise.all([peopleService.getPerson(db, id), peopleService.personRef(db, id), peopleService.listPlacements(db, id)])
    return presentPerson(row, placements, {
      contact: personPolicy.readContact(actor, ref),
      update: personPolicy.update(actor, ref),
      managePlacements: personPolicy.update(actor, ref),
    })
  }

  async function loadForRead(id: string, actor: Actor) {
    await peopleService.getPerson(db, id)
    const ref = await peopleService.personRef(db, id)
    authorize(actor, personPolicy.read, ref)
    return ref
  }

  app.get('/people', {
    config: { policy: 'people.list' },
    schema: { tags, summary: 'Find people (diacritics optional), in Vietnamese name order', querystring: PeopleQuery, response: { 200: PeoplePage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const { q, org: orgId, subtree, cursor, limit = 50 } = req.query
    let scope: { paths: string[]; unitIds: string[] } | null
    if (orgId) {
      const org = await getOrganization(db, orgId)
      authorize(actor, personPolicy.list, org)
      scope = subtree === 'false' ? { paths: [], unitIds: [org.id] } : { paths: [org.path], unitIds: [] }
    } else if (isAdmin(actor)) {
      scope = null
    } else {
      const mine = scopesFor(actor, PEOPLE_READ_ROLES)
      if (mine.paths.length + mine.unitIds.length === 0) throw new AppError('forbidden', 'forbidden')
      scope = mine
    }
    const folded = Boolean(q?.trim())
    const rows = await peopleService.listPeople(db, { q: q?.trim(), scope, cursor: folded ? decodeCursor(cursor, z.tuple([z.number(), cursorKey, z.uuid()])) : decodeCursor(cursor, z.tuple([cursorKey, z.uuid()])), limit: limit + 1 })
    const page = rows.slice(0, limit)
    const last = page[page.length - 1]
    const nextCursor = rows.length > limit && last ? encodeCursor(folded ? [last.rank, last.sortKey, last.id] : [last.sortKey, last.id]) : null
    return { items: page.map(presentListItem), nextCursor }
  })

  app.get('/people/:id', {
    config: { policy: 'people.read' },
    schema: { tags, params: IdParams, response: { 200: Person } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    await loadForRead(req.params.id, actor)
    return present(req.params.id, actor)
  })

  app.post('/people', {
    config: { policy: 'people.place' },
    schema: { tags, body: CreatePersonBody, response: { 201: Person } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = req.body.placement ? await getOrganization(db, req.body.placement.organizationId) : null
    if (org) authorize(ctx.actor, personPolicy.place, org)
    else authorize(ctx.actor, (a) => isAdmin(a), null)
    const row = await peopleService.createPerson({ db, ctx, input: req.body, org })
    return reply.status(201).send(await present(row.id, ctx.actor))
  })

  app.patch('/people/:id', {
    config: { policy: 'people.update' },
    schema: { tags, params: IdParams, body: UpdatePersonBody, response: { 200: Person } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const person = await peopleService.getPerson(db, req.params.id)
    authorize(ctx.actor, personPolicy.update, await peopleService.personRef(db, person.id))
    await peopleService.updatePerson({ db, ctx, person, input: req.body })
    return present(person.id, ctx.actor)
  })

  app.post('/people/:id/placements', {
    config: { policy: 'people.place' },
    schema: { tags, summary: 'Place the person in a unit (position, tier, dates)', params: IdParams, body: PlacementInput, response: { 201: Person } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const person = await peopleService.getPerson(db, req.params.id)
    const current = await peopleService.personRef(db, person.id)
    const org = await getOrganization(db, req.body.organizationId)
    // Changed by an office over one of the person's current units; with none, over one of their past units (a person
    // with no placement at all is the administrator's), so nobody claims a stranger to read their details.
    const ref = current.units.length ? current : await peopleService.personRef(db, person.id, true)
    authorize(ctx.actor, ref.units.length ? personPolicy.update : (a) => isAdmin(a), ref)
    authorize(ctx.actor, personPolicy.place, org)
    await peopleService.addPlacement({ db, ctx, person, org, input: req.body })
    return reply.status(201).send(await present(person.id, ctx.actor))
  })

  app.patch('/people/:id/placements/:placementId', {
    config: { policy: 'people.place' },
    schema: { tags, summary: 'Edit or end a placement', params: PlacementParams, body: UpdatePlacementBody, response: { 200: Person } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const placement = await peopleService.getPlacement(db, req.params.id, req.params.placementId)
    const org = await getOrganization(db, placement.organizationId)
    authorize(ctx.actor, personPolicy.place, org)
    await peopleService.updatePlacement({ db, ctx, placement, input: req.body })
    return present(req.params.id, ctx.actor)
  })
}
