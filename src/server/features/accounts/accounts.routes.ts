// /api/v1/accounts: administrators manage accounts, passwords and grants.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  Account, AccountsPage, AccountsQuery, CreateAccountBody, GrantIdParams, GrantInput, SetPasswordBody, UpdateAccountBody,
} from '../../../common/contracts/accounts.ts'
import { IdParams, OkResponse } from '../../../common/contracts/common.ts'
import type { Database } from '../../db/client.ts'
import { authorize } from '../../lib/authz.ts'
import { cursorKey, decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { accountPolicy } from './accounts.policy.ts'
import { presentAccount } from './accounts.present.ts'
import * as accounts from './accounts.service.ts'
import { resetTotp } from '../auth/auth.totp.ts'

const tags = ['accounts']
const PAGE = 50

export const accountRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function present(id: string) {
    const row = await accounts.getAccount(db, id)
    const names = await accounts.personNames(db, row.personId ? [row.personId] : [])
    return presentAccount(row, await accounts.loadGrantViews(db, id), names.get(row.personId ?? ''))
  }

  app.get('/accounts', {
    config: { policy: 'accounts.manage' },
    schema: { tags, querystring: AccountsQuery, response: { 200: AccountsPage } },
  }, async (req) => {
    authorize(requestCtx(req).actor, accountPolicy.manage, null)
    const [after] = decodeCursor(req.query.cursor, z.tuple([cursorKey])) ?? []
    const rows = await accounts.listAccounts(db, { q: req.query.q, after, limit: PAGE + 1 })
    const page = rows.slice(0, PAGE)
    const names = await accounts.personNames(db, page.flatMap((r) => (r.personId ? [r.personId] : [])))
    const items = await Promise.all(page.map(async (r) => presentAccount(r, await accounts.loadGrantViews(db, r.id), names.get(r.personId ?? ''))))
    return { items, nextCursor: rows.length > PAGE ? encodeCursor([page[page.length - 1].username]) : null }
  })

  app.get('/accounts/:id', {
    config: { policy: 'accounts.manage' },
    schema: { tags, params: IdParams, response: { 200: Account } },
  }, async (req) => {
    authorize(requestCtx(req).actor, accountPolicy.manage, null)
    return present(req.params.id)
  })

  app.post('/accounts', {
    config: { policy: 'accounts.manage' },
    schema: { tags, body: CreateAccountBody, response: { 201: Account } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, accountPolicy.manage, null)
    const row = await accounts.createAccount({ db, ctx, input: req.body })
    return reply.status(201).send(await present(row.id))
  })

  app.patch('/accounts/:id', {
    config: { policy: 'accounts.manage' },
    schema: { tags, params: IdParams, body: UpdateAccountBody, response: { 200: Account } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, accountPolicy.manage, null)
    const account = await accounts.getAccount(db, req.params.id)
    await accounts.updateAccount({ db, ctx, account, input: req.body })
    return present(account.id)
  })

  app.post('/accounts/:id/password', {
    config: { policy: 'accounts.manage' },
    schema: { tags, params: IdParams, body: SetPasswordBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, accountPolicy.manage, null)
    const account = await accounts.getAccount(db, req.params.id)
    await accounts.setPassword({ db, ctx, account, password: req.body.password })
    return { ok: true as const }
  })

  app.post('/accounts/:id/mfa/reset', {
    config: { policy: 'accounts.manage' },
    schema: { tags, summary: 'Clear a lost authenticator: the account sets up two-step sign-in again', params: IdParams, response: { 200: Account } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, accountPolicy.manage, null)
    await resetTotp({ db, ctx, account: await accounts.getAccount(db, req.params.id) })
    return present(req.params.id)
  })

  app.post('/accounts/:id/grants', {
    config: { policy: 'accounts.manage' },
    schema: { tags, params: IdParams, body: GrantInput, response: { 201: Account } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, accountPolicy.manage, null)
    const account = await accounts.getAccount(db, req.params.id)
    await accounts.addGrant({ db, ctx, account, grant: req.body })
    return reply.status(201).send(await present(account.id))
  })

  app.delete('/accounts/:id/grants/:grantId', {
    config: { policy: 'accounts.manage' },
    schema: { tags, params: GrantIdParams, response: { 200: Account } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, accountPolicy.manage, null)
    const account = await accounts.getAccount(db, req.params.id)
    await accounts.removeGrant({ db, ctx, account, grantId: req.params.grantId })
    return present(account.id)
  })
}
