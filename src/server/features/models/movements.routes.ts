// /api/v1/movements: the emulation movements around my units (launched by them, the levels above them or the units
// below them), launched, edited and closed by the launching unit's office, secretary or leader.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { CreateMovementBody, Movement, MovementList, MovementQuery, UpdateMovementBody } from '../../../common/contracts/models.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { systemClock, type Clock } from '../../lib/clock.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { movementPolicy } from './models.policy.ts'
import { presentMovement } from './models.present.ts'
import { closeMovement, createMovement, getMovement, listMovements, updateMovement } from './movements.service.ts'

const tags = ['movements']

export const movementRoutes: FastifyPluginAsyncZod<{ database: Database; clock?: Clock }> = async (app, { database, clock = systemClock }) => {
  const { db } = database

  app.get('/movements', {
    config: { policy: 'movements.list' },
    schema: { tags, summary: 'Movements launched by my units (or `org`), the levels above them and the units below them; running ones first', querystring: MovementQuery, response: { 200: MovementList } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const org = req.query.org ? await getOrganization(db, req.query.org) : null
    if (org) authorize(actor, movementPolicy.listAt, org)
    else authorize(actor, movementPolicy.list, undefined)
    const active = req.query.active === undefined ? undefined : req.query.active === 'true'
    const rows = await listMovements(db, actor, org, { active, joinable: Boolean(org) && req.query.joinable === 'true' })
    return { items: rows.map((v) => presentMovement(v, actor)) }
  })

  app.post('/movements', {
    config: { policy: 'movements.create' },
    schema: { tags, summary: 'Launch a movement at a unit (one name per unit)', body: CreateMovementBody, response: { 201: Movement } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.body.organizationId)
    authorize(ctx.actor, movementPolicy.create, org)
    const id = await createMovement({ db, ctx, org, input: req.body })
    return reply.status(201).send(presentMovement(await getMovement(db, id), ctx.actor))
  })

  app.patch('/movements/:id', {
    config: { policy: 'movements.edit' },
    schema: { tags, summary: "Edit a movement's name, description or dates", params: IdParams, body: UpdateMovementBody, response: { 200: Movement } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const movement = await getMovement(db, req.params.id)
    authorize(ctx.actor, movementPolicy.edit, { org: movement.org, active: movement.row.active })
    await updateMovement({ db, ctx, movement, input: req.body })
    return presentMovement(await getMovement(db, movement.row.id), ctx.actor)
  })

  app.post('/movements/:id/close', {
    config: { policy: 'movements.edit' },
    schema: { tags, summary: 'End a movement: no new models join it', params: IdParams, response: { 200: Movement } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const movement = await getMovement(db, req.params.id)
    authorize(ctx.actor, movementPolicy.edit, { org: movement.org, active: movement.row.active })
    await closeMovement({ db, ctx, movement, today: todayIso(clock()) })
    return presentMovement(await getMovement(db, movement.row.id), ctx.actor)
  })
}
