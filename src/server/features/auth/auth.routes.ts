// /api/v1/auth: sign in, sign out, who am I.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ChangePasswordBody, LoginBody, MeResponse, MfaConfirmBody, MfaSetupResponse } from '../../../common/contracts/auth.ts'
import { OkResponse } from '../../../common/contracts/common.ts'
import type { Config } from '../../config.ts'
import type { Database } from '../../db/client.ts'
import { anonymousCtx, requestCtx, sessionCookieName } from '../../plugins/auth.ts'
import { createLoginThrottles } from './auth.throttle.ts'
import { loadMe } from './auth.me.ts'
import * as auth from './auth.service.ts'
import { confirmTotpSetup, startTotpSetup } from './auth.totp.ts'
import { changeOwnPassword, getAccount } from '../accounts/accounts.service.ts'

const tags = ['auth']

export const authRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (app, { database, config }) => {
  const { db } = database
  const throttles = createLoginThrottles()
  const cookieName = sessionCookieName(config)
  const policy = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs }

  app.post('/auth/login', {
    config: { policy: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Sign in; sets the session cookie', body: LoginBody, response: { 200: MeResponse } },
  }, async (req, reply) => {
    const { sessionId, accountId } = await auth.login({
      db, ctx: anonymousCtx(req), throttles, policy, address: req.ip,
      username: req.body.username, password: req.body.password,
      previousSessionId: req.cookies[cookieName], otp: req.body.otp,
    })
    reply.setCookie(cookieName, sessionId, { path: '/', httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, maxAge: Math.floor(config.sessionAbsoluteMs / 1000) })
    return loadMe(db, accountId, sessionId, config.mfaRequired)
  })

  app.post('/auth/logout', {
    config: { policy: 'authenticated', allowDuringMfaSetup: true },
    schema: { tags, response: { 200: OkResponse } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    if (req.sessionId) await auth.logout({ db, ctx, sessionId: req.sessionId })
    reply.clearCookie(cookieName, { path: '/' })
    return { ok: true as const }
  })

  app.post('/auth/mfa/setup', {
    config: { policy: 'authenticated', allowDuringMfaSetup: true },
    schema: { tags, summary: 'Start two-step sign-in: a new TOTP secret, its otpauth URI and QR code (SVG)', response: { 200: MfaSetupResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    return startTotpSetup({ db, ctx, account: await getAccount(db, ctx.actor.accountId!) })
  })

  app.post('/auth/mfa/confirm', {
    config: { policy: 'authenticated', allowDuringMfaSetup: true },
    schema: { tags, summary: 'Turn two-step sign-in on with a code from the new secret', body: MfaConfirmBody, response: { 200: MeResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    await confirmTotpSetup({ db, ctx, account: await getAccount(db, ctx.actor.accountId!), code: req.body.otp })
    return loadMe(db, ctx.actor.accountId!, req.sessionId, config.mfaRequired)
  })

  app.post('/auth/password', {
    config: { policy: 'authenticated', rateLimit: { max: 10, timeWindow: '15 minutes' } },
    schema: { tags, summary: 'Change my own password (other sessions and API tokens end)', body: ChangePasswordBody, response: { 200: OkResponse } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const account = await getAccount(db, ctx.actor.accountId!)
    await changeOwnPassword({ db, ctx, account, currentPassword: req.body.currentPassword, newPassword: req.body.newPassword, keepSessionId: req.sessionId })
    return { ok: true as const }
  })

  app.get('/auth/me', {
    config: { policy: 'authenticated', allowDuringMfaSetup: true },
    schema: { tags, summary: 'My account, person, grants and abilities', response: { 200: MeResponse } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    return loadMe(db, actor.accountId!, req.sessionId, config.mfaRequired)
  })
}
