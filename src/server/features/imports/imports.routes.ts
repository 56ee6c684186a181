// /api/v1/imports: upload a sheet (raw bytes), see the validation report, adjust the columns, confirm, follow progress.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { ImportMappingBody, ImportQuery, ImportSession } from '../../../common/contracts/imports.ts'
import type { Database } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, isAdmin } from '../../lib/authz.ts'
import { AppError } from '../../lib/errors.ts'
import { translate } from '../../lib/messages.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { organizationPolicy } from '../organizations/organizations.policy.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { personPolicy } from '../people/people.policy.ts'
import { planImport, runImport } from './imports.service.ts'
import { ImportSessions, MAX_SESSIONS_PER_ACCOUNT, presentSession, type ImportState } from './imports.sessions.ts'
import type { UnitRef } from './imports.units.ts'

const tags = ['imports']
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
const Params = z.strictObject({ id: z.string().min(10).max(64).regex(/^[A-Za-z0-9_-]+$/) })
const FILE_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'text/csv',
  'text/plain',
  'application/octet-stream',
]

/** Offices (and administrators) import; into a unit they manage when one is named. */
const mayImport = (actor: Actor) => isAdmin(actor) || actor.grants.some((g) => g.role === 'office')

function fileNameFrom(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header
  let name = 'tep-tai-len'
  try {
    if (raw) name = decodeURIComponent(raw)
  } catch {
    /* a malformed name is only a label */
  }
  // Shown back to the user only; never used as a path.
  return name.normalize('NFC').replace(/[\\/\p{Cc}]/gu, '_').slice(0, 200)
}

export const importRoutes: FastifyPluginAsyncZod<{ database: Database; sessions?: ImportSessions }> = async (app, { database, sessions = new ImportSessions() }) => {
  const { db } = database
  app.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) => done(null, body))

  const load = (id: string, actor: Actor): ImportState => {
    const s = sessions.get(id, actor.accountId)
    if (!s) throw new AppError('not_found', 'importNotFound')
    return s
  }

  app.post('/imports', {
    config: { policy: 'imports.create', rateLimit: { max: 20, timeWindow: '1 minute' } },
    bodyLimit: MAX_UPLOAD_BYTES,
    schema: { tags, summary: 'Upload a sheet (raw .xlsx or .csv bytes; X-File-Name) and get its validation report', querystring: ImportQuery, response: { 201: ImportSession } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    if (!mayImport(ctx.actor)) throw new AppError('forbidden', 'forbidden')
    const { kind } = req.query
    let org: UnitRef | null = null
    if (req.query.org) {
      const row = await getOrganization(db, req.query.org)
      authorize(ctx.actor, kind === 'people' ? personPolicy.place : organizationPolicy.createChild, row)
      org = row
    }
    if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported_media_type', 'importNotSpreadsheet')
    if (sessions.countFor(ctx.actor.accountId!) >= MAX_SESSIONS_PER_ACCOUNT) throw new AppError('conflict', 'importTooManySessions')
    const fileName = fileNameFrom(req.headers['x-file-name'])
    const plan = await planImport({ db, ctx, kind, file: req.body, fileName, org, dryRun: true })
    const state = sessions.add({ accountId: ctx.actor.accountId!, kind, fileName, file: req.body, org, mapping: plan.mapping, plan, status: 'preview', progress: null, failure: null })
    return reply.status(201).send(presentSession(state, ctx.locale))
  })

  app.get('/imports/:id', {
    config: { policy: 'imports.read' },
    schema: { tags, summary: 'An import: its report, progress and result', params: Params, response: { 200: ImportSession } },
  }, async (req) => {
    const ctx = requestCtx(req)
    return presentSession(load(req.params.id, ctx.actor), ctx.locale)
  })

  app.put('/imports/:id/mapping', {
    config: { policy: 'imports.update' },
    schema: { tags, summary: 'Read the columns as other fields and re-validate', params: Params, body: ImportMappingBody, response: { 200: ImportSession } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const s = load(req.params.id, ctx.actor)
    if (s.status !== 'preview') throw new AppError('conflict', 'importNotPreview')
    if (req.body.fields.length !== s.plan.headers.length) throw new AppError('validation_failed', 'importMappingLength')
    const plan = await planImport({ db, ctx, kind: s.kind, file: s.file, fileName: s.fileName, org: s.org, mapping: req.body.fields, dryRun: true })
    s.plan = plan
    s.mapping = plan.mapping
    return presentSession(s, ctx.locale)
  })

  app.post('/imports/:id/commit', {
    config: { policy: 'imports.commit' },
    schema: { tags, summary: 'Import the valid rows in one transaction (runs in the background; poll GET /imports/:id)', params: Params, body: z.strictObject({}).optional(), response: { 202: ImportSession } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const s = load(req.params.id, ctx.actor)
    if (s.status !== 'preview') throw new AppError('conflict', 'importNotPreview')
    if (s.plan.refusal) throw new AppError('validation_failed', 'importRefused', { reason: presentSession(s, ctx.locale).refusal ?? '' })
    s.status = 'running'
    s.progress = { done: 0, total: s.plan.totals.rows }
    // The file is planned again inside the run: what was checked is what is written, against the data as it is now.
    void runImport({
      db, ctx, kind: s.kind, file: s.file, fileName: s.fileName, org: s.org, mapping: s.mapping, dryRun: false,
      // Progress in rows: the check counts for the first half of the bar, the writing for the second.
      onProgress: (p) => {
        const rows = s.plan.totals.rows
        const half = rows / 2
        const done = p.phase === 'check' ? Math.min(p.done, rows) / 2 : half + (p.done / Math.max(p.total, 1)) * half
        s.progress = { done: Math.floor(done), total: rows }
      },
    }).then(
      (outcome) => {
        s.plan = outcome
        s.status = 'done'
        s.progress = { done: s.progress?.total ?? 0, total: s.progress?.total ?? 0 }
        s.file = Buffer.alloc(0)
      },
      (error: unknown) => {
        s.status = 'failed'
        s.failure = error instanceof AppError ? translate(error.messageKey, ctx.locale, error.params) : translate('internal', ctx.locale, { requestId: req.id })
        if (!(error instanceof AppError)) req.log.error({ err: error }, 'import failed')
      },
    )
    return reply.status(202).send(presentSession(s, ctx.locale))
  })

  app.delete('/imports/:id', {
    config: { policy: 'imports.delete' },
    schema: { tags, summary: 'Discard an import preview', params: Params, response: { 204: z.null() } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const s = load(req.params.id, ctx.actor)
    if (s.status === 'running') throw new AppError('conflict', 'importNotPreview')
    sessions.delete(s.id)
    return reply.status(204).send(null)
  })
}
