// The Fastify application: plugins, then one plugin per feature under /api/v1, then the built web app.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance } from 'fastify'
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Config } from './config.ts'
import type { Database } from './db/client.ts'
import { accountRoutes } from './features/accounts/accounts.routes.ts'
import { calendarRoutes } from './features/calendar/calendar.routes.ts'
import { authRoutes } from './features/auth/auth.routes.ts'
import { commitmentRoutes } from './features/commitments/commitments.routes.ts'
import { cycleRoutes } from './features/cycles/cycles.routes.ts'
import { dialogueRoutes } from './features/dialogues/dialogues.routes.ts'
import { collectiveRoutes } from './features/evaluations/evaluations.collective.routes.ts'
import { evaluationRoutes } from './features/evaluations/evaluations.routes.ts'
import { exemplaryPublicRoutes } from './features/exemplary/exemplary.public.routes.ts'
import { exemplaryRoutes } from './features/exemplary/exemplary.routes.ts'
import { exportRoutes } from './features/exports/exports.routes.ts'
import { feedbackAttachmentRoutes } from './features/feedback/feedback.attachments.routes.ts'
import { feedbackPublicRoutes } from './features/feedback/feedback.public.routes.ts'
import { feedbackRoutes } from './features/feedback/feedback.routes.ts'
import { feedbackCategoryRoutes } from './features/feedback/feedback.categories.routes.ts'
import { healthRoutes } from './features/health/health.routes.ts'
import { importRoutes } from './features/imports/imports.routes.ts'
import { inspectionRoutes } from './features/inspections/inspections.routes.ts'
import { commendationRoutes } from './features/nominations/nominations.commend.routes.ts'
import { recognitionRoutes } from './features/nominations/nominations.recognitions.routes.ts'
import { nominationRoutes } from './features/nominations/nominations.routes.ts'
import { nominationStepRoutes } from './features/nominations/nominations.steps.routes.ts'
import { modelAdoptionRoutes } from './features/models/models.adoptions.routes.ts'
import { modelFileRoutes } from './features/models/models.files.routes.ts'
import { modelRoutes } from './features/models/models.routes.ts'
import { modelStepRoutes } from './features/models/models.steps.routes.ts'
import { movementRoutes } from './features/models/movements.routes.ts'
import { modelStatsRoutes } from './features/models/models.stats.routes.ts'
import { organizationRoutes } from './features/organizations/organizations.routes.ts'
import { peopleRoutes } from './features/people/people.routes.ts'
import { planRoutes } from './features/plans/plans.routes.ts'
import { createPdfConverter } from './features/reports/reports.pdf.ts'
import { reportRoutes } from './features/reports/reports.routes.ts'
import { rubricRoutes } from './features/rubrics/rubrics.routes.ts'
import { ruleSetRoutes } from './features/rules/rules.routes.ts'
import { shortcomingRoutes } from './features/shortcomings/shortcomings.routes.ts'
import { shortcomingStepRoutes } from './features/shortcomings/shortcomings.steps.routes.ts'
import { storyPhotoRoutes } from './features/stories/stories.photos.routes.ts'
import { storyPublicRoutes } from './features/stories/stories.public.routes.ts'
import { storyRoutes } from './features/stories/stories.routes.ts'
import { sharePage } from './features/showcase/showcase.og.ts'
import { showcasePublicRoutes } from './features/showcase/showcase.public.routes.ts'
import { showcaseSuggestionRoutes } from './features/showcase/showcase.suggestions.routes.ts'
import { assertRoutePolicies, registerAuth } from './plugins/auth.ts'
import { registerErrorHandler } from './plugins/error-handler.ts'
import { registerNormalization } from './plugins/normalize.ts'
import { registerSecurity } from './plugins/security.ts'
import { systemClock, type Clock } from './lib/clock.ts'
import { createMailer } from './lib/mailer.ts'

export interface AppOptions {
  database: Database
  config: Config
  /** Folder of the built web app (index.html); served with an SPA fallback when present. */
  webRoot?: string
  logger?: boolean | object
  /** What time it is (tests inject one to move through deadlines). */
  clock?: Clock
}

export async function buildApp({ database, config, webRoot, logger = false, clock = systemClock }: AppOptions): Promise<FastifyInstance> {
  const mailer = createMailer(config.mail)
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy ?? false,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  assertRoutePolicies(app)
  registerErrorHandler(app)
  await registerSecurity(app, { hsts: config.cookieSecure })
  await registerAuth(app, { database, config })
  registerNormalization(app)

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Nêu Gương API', version: '1', description: 'API của Nêu Gương. Xác thực: cookie phiên (ứng dụng web) hoặc `Authorization: Bearer <token>` (tập lệnh).' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: false } })
  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () => app.swagger())

  await app.register(healthRoutes, { database })
  await app.register(
    async (api) => {
      await api.register(authRoutes, { database, config })
      await api.register(organizationRoutes, { database })
      await api.register(peopleRoutes, { database })
      await api.register(accountRoutes, { database })
      await api.register(ruleSetRoutes, { database })
      await api.register(rubricRoutes, { database })
      await api.register(calendarRoutes, { database })
      await api.register(cycleRoutes, { database })
      await api.register(commitmentRoutes, { database })
      await api.register(evaluationRoutes, { database })
      await api.register(collectiveRoutes, { database })
      await api.register(exemplaryRoutes, { database })
      await api.register(exemplaryPublicRoutes, { database })
      await api.register(importRoutes, { database })
      await api.register(feedbackRoutes, { database, clock, mailer })
      await api.register(feedbackCategoryRoutes, { database })
      await api.register(feedbackPublicRoutes, { database, clock, mailer })
      await api.register(feedbackAttachmentRoutes, { database })
      await api.register(dialogueRoutes, { database })
      await api.register(inspectionRoutes, { database })
      await api.register(planRoutes, { database, clock, mailer })
      await api.register(shortcomingRoutes, { database, clock })
      await api.register(shortcomingStepRoutes, { database, clock })
      await api.register(movementRoutes, { database, clock })
      await api.register(modelRoutes, { database })
      await api.register(modelStepRoutes, { database })
      await api.register(modelFileRoutes, { database })
      await api.register(modelAdoptionRoutes, { database, clock })
      await api.register(nominationRoutes, { database, clock })
      await api.register(nominationStepRoutes, { database })
      await api.register(commendationRoutes, { database })
      await api.register(recognitionRoutes, { database })
      await api.register(storyRoutes, { database })
      await api.register(storyPhotoRoutes, { database })
      await api.register(storyPublicRoutes, { database })
      await api.register(showcasePublicRoutes, { database })
      await api.register(showcaseSuggestionRoutes, { database, clock })
      await api.register(exportRoutes, { database })
      await api.register(modelStatsRoutes, { database, clock })
      await api.register(reportRoutes, { database, pdf: createPdfConverter({ soffice: config.sofficePath }) })
    },
    { prefix: '/api/v1' },
  )

  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot, wildcard: false, index: false, cacheControl: false, preCompressed: true,
      // Hashed assets never change; everything else (index.html, favicon) is revalidated so updates reach users.
      setHeaders: (res, path) => res.header('cache-control', /(^|[\\/])assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    })
    app.get('/*', { config: { policy: 'public' }, schema: { hide: true } }, async (req, reply) => {
      const path = req.url.split('?')[0]
      if (path.startsWith('/api/')) return reply.callNotFound()
      const file = path.slice(1)
      // Files were routed by @fastify/static at start-up; any other path is a page of the single-page app.
      if (file.startsWith('assets/')) return reply.callNotFound()
      // A public model's or story's page: the same shell with Open Graph tags for link previews (showcase.og.ts).
      const shared = await sharePage(database.db, req, { webRoot, publicUrl: config.publicUrl })
      if (shared) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(shared)
      return reply.sendFile('index.html')
    })
  }
  return app
}
