// Who is calling (session cookie or Bearer token), the route's declared policy, and CSRF defence for cookie writes.
import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Config } from '../config.ts'
import type { Database } from '../db/client.ts'
import type { Actor, Ctx } from '../lib/actor.ts'
import { mfaRequiredFor } from '../lib/authz.ts'
import { AppError } from '../lib/errors.ts'
import { localeFrom } from '../lib/messages.ts'
import { safeEqual } from '../lib/tokens.ts'
import { loadActor, resolveSession, resolveToken, type SessionPolicy } from '../features/auth/auth.service.ts'

/**
 * Every route declares `config.policy`: 'public' (anyone), 'authenticated' (any signed-in account; the handler then
 * calls authorize() with the feature's rule), or a feature rule's name for documentation. Routes without one are refused
 * at startup (see assertRoutePolicies) and by the route-enumeration test.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: 'public' | `${string}.${string}` | 'authenticated'
    /** Reachable by a session that still has to set up two-step sign-in (me, sign-out, the setup itself). */
    allowDuringMfaSetup?: boolean
  }
  interface FastifyRequest {
    actor: Actor | null
    sessionId: string | null
    csrfToken: string | null
  }
}

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** A browser request from another site (Fetch Metadata, else Origin against Host). */
function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site']
  if (typeof site === 'string') return site === 'cross-site'
  const origin = request.headers.origin
  if (!origin || origin === 'null') return origin === 'null'
  try {
    return new URL(origin).host !== request.headers.host
  } catch {
    return true
  }
}

export function sessionCookieName(config: Config) {
  return config.cookieSecure ? '__Host-ng_session' : 'ng_session'
}

export function requestCtx(request: FastifyRequest): Ctx {
  if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated')
  return { actor: request.actor, requestId: request.id, locale: localeFrom(request.headers['accept-language']) }
}

/** For public routes: the actor may be anonymous. */
export function anonymousCtx(request: FastifyRequest): Ctx {
  return {
    actor: request.actor ?? { accountId: null, label: 'anonymous', personId: null, grants: [], via: 'session', mfaEnabled: false },
    requestId: request.id,
    locale: localeFrom(request.headers['accept-language']),
  }
}

export async function registerAuth(app: FastifyInstance, { database, config }: { database: Database; config: Config }) {
  await app.register(cookie)
  const cookieName = sessionCookieName(config)
  const policy: SessionPolicy = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs }
  app.decorateRequest('actor', null)
  app.decorateRequest('sessionId', null)
  app.decorateRequest('csrfToken', null)

  app.addHook('onRequest', async (request, reply) => {
    const routePolicy = request.routeOptions.config?.policy
    if (!request.url.startsWith('/api/')) return
    const authorization = request.headers.authorization
    let expired = false
    if (authorization?.startsWith('Bearer ')) {
      const accountId = await resolveToken(database.db, authorization.slice(7).trim())
      if (accountId) request.actor = await loadActor(database.db, accountId, 'token')
    } else {
      const sessionId = request.cookies[cookieName]
      if (sessionId) {
        const session = await resolveSession(database.db, sessionId, policy)
        if (session && 'accountId' in session) {
          request.actor = await loadActor(database.db, session.accountId, 'session')
          request.sessionId = sessionId
          request.csrfToken = session.csrfToken
        } else {
          expired = session !== null
          reply.clearCookie(cookieName, { path: '/' })
        }
      }
    }
    if (!SAFE_METHODS.has(request.method) && isCrossSite(request)) throw new AppError('csrf_failed', 'csrfFailed')
    if (routePolicy === 'public' || routePolicy === undefined) return
    if (!request.actor) throw new AppError('unauthenticated', expired ? 'sessionExpired' : 'unauthenticated')
    if (request.actor.via === 'session' && !request.actor.mfaEnabled && !request.routeOptions.config?.allowDuringMfaSetup
      && mfaRequiredFor(request.actor, config.mfaRequired)) {
      throw new AppError('mfa_setup_required', 'mfaSetupRequired')
    }
    if (request.actor.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token']
      if (typeof sent !== 'string' || !request.csrfToken || !safeEqual(sent, request.csrfToken)) {
        throw new AppError('csrf_failed', 'csrfFailed')
      }
    }
  })
}

export interface RouteEntry {
  method: string
  url: string
  policy: string | undefined
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[]
  }
}

/** Records every route with its policy (the route-enumeration test reads it) and refuses an API route without one. */
export function assertRoutePolicies(app: FastifyInstance) {
  app.decorate('routeTable', [] as RouteEntry[])
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    for (const method of methods) if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, policy: route.config?.policy })
    if (route.url.startsWith('/api/v1') && !route.config?.policy) throw new Error(`Route ${methods.join(',')} ${route.url} declares no policy`)
  })
}
