// /api/v1/stories: news-style stories ("bài viết") of a unit's subtree — the list with its filters, one story with its
// photos and what the caller may do, writing, editing, publishing, taking down and deleting a draft, and the article
// as a Word file for the press. Photos: stories.photos.routes.ts; public reading: stories.public.routes.ts.
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { CreateStoryBody, StoryDetail, StoryPage, StoryQuery, UpdateStoryBody } from '../../../common/contracts/stories.ts'
import type { Database } from '../../db/client.ts'
import { audit } from '../../lib/audit.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, scopesFor } from '../../lib/authz.ts'
import { attachmentDisposition } from '../../lib/download.ts'
import { decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { getOrganization } from '../organizations/organizations.service.ts'
import { storyDocx } from './stories.docx.ts'
import { loadStory, storyPage } from './stories.load.ts'
import { STORY_READ_ROLES, storyPolicy } from './stories.policy.ts'
import { presentStory } from './stories.present.ts'
import { listStories, photoFacts, type StoryScope } from './stories.query.ts'
import { createStory, deleteStory, publishStory, unpublishStory, updateStory } from './stories.service.ts'

const tags = ['stories']
/** Postgres's text of a timestamp (see stories.query.ts), then the id. */
const Cursor = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2} [\d:.]+[+-]\d{2}(:\d{2})?$/), z.uuid()])
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const DocxFile = { description: 'Bài viết dạng Word (.docx) cho báo chí', content: { [DOCX_TYPE]: { schema: z.string().meta({ format: 'binary' }) } } }
/** A document reads every photo of the story: a tighter limit than the API's global one. */
const docxLimit = { max: 30, timeWindow: '1 minute' }

function sendDocx(reply: FastifyReply, title: string, file: Buffer) {
  return reply
    .header('content-type', DOCX_TYPE)
    .header('content-disposition', attachmentDisposition(title, 'docx', 'bai-viet'))
    .header('cache-control', 'no-store')
    .send(file)
}

export const storyRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  /** A unit's subtree when one is named, else every unit the caller reads stories of (for a model's stories). */
  async function listScope(actor: Actor, orgId: string | undefined): Promise<StoryScope> {
    if (!orgId) {
      authorize(actor, storyPolicy.listReadable, undefined)
      return scopesFor(actor, STORY_READ_ROLES)
    }
    const org = await getOrganization(db, orgId)
    authorize(actor, storyPolicy.list, org)
    return { path: org.path }
  }

  app.get('/stories', {
    config: { policy: 'stories.list' },
    schema: { tags, summary: "The stories of a unit's subtree (or about a model, over every unit the caller reads), newest first; `q` matches the title, the lead or a tag, diacritics optional", querystring: StoryQuery, response: { 200: StoryPage } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const scope = await listScope(actor, req.query.org)
    const limit = req.query.limit ?? 30
    const cursor = decodeCursor(req.query.cursor, Cursor)
    const rows = await listStories(db, { scope, status: req.query.status, model: req.query.model, q: req.query.q, cursor, limit })
    const page = rows.slice(0, limit)
    const { counts, covers } = await photoFacts(db, page.map((v) => v.row.id))
    const last = page.at(-1)
    return {
      items: page.map((v) => presentStory(v, counts.get(v.row.id) ?? 0, covers.get(v.row.id) ?? null)),
      nextCursor: rows.length > limit && last ? encodeCursor([last.createdKey, last.row.id]) : null,
    }
  })

  app.post('/stories', {
    config: { policy: 'stories.write' },
    schema: { tags, summary: 'Write a story for a unit (a draft): title, lead, body (rich text, sanitized), byline, tags, the model it is about', body: CreateStoryBody, response: { 201: StoryDetail } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const org = await getOrganization(db, req.body.organizationId)
    authorize(ctx.actor, storyPolicy.write, org)
    const id = await createStory(db, ctx, org, req.body)
    return reply.status(201).send(await storyPage(db, id, ctx.actor))
  })

  app.get('/stories/:id', {
    config: { policy: 'stories.read' },
    schema: { tags, summary: 'A story with its photos and what the caller may do', params: IdParams, response: { 200: StoryDetail } },
  }, async (req) => {
    const { actor } = requestCtx(req)
    const view = await loadStory(db, req.params.id, actor, storyPolicy.read)
    return storyPage(db, view.row.id, actor, view)
  })

  app.patch('/stories/:id', {
    config: { policy: 'stories.write' },
    schema: { tags, summary: 'Edit a story (draft or published): only the fields sent change', params: IdParams, body: UpdateStoryBody, response: { 200: StoryDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadStory(db, req.params.id, ctx.actor, storyPolicy.write)
    await updateStory(db, ctx, view, req.body)
    return storyPage(db, view.row.id, ctx.actor)
  })

  app.delete('/stories/:id', {
    config: { policy: 'stories.write' },
    schema: { tags, summary: 'Delete a draft with its photos (a published story is taken down first)', params: IdParams, response: { 204: z.null() } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const view = await loadStory(db, req.params.id, ctx.actor, storyPolicy.write)
    await deleteStory(db, ctx, view)
    return reply.status(204).send(null)
  })

  app.post('/stories/:id/publish', {
    config: { policy: 'stories.write' },
    schema: { tags, summary: 'Publish a draft on the public site (it needs a body)', params: IdParams, response: { 200: StoryDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadStory(db, req.params.id, ctx.actor, storyPolicy.write)
    await publishStory(db, ctx, view)
    return storyPage(db, view.row.id, ctx.actor)
  })

  app.post('/stories/:id/unpublish', {
    config: { policy: 'stories.write' },
    schema: { tags, summary: 'Take a published story down from the public site: a draft again', params: IdParams, response: { 200: StoryDetail } },
  }, async (req) => {
    const ctx = requestCtx(req)
    const view = await loadStory(db, req.params.id, ctx.actor, storyPolicy.write)
    await unpublishStory(db, ctx, view)
    return storyPage(db, view.row.id, ctx.actor)
  })

  app.get('/stories/:id/document.docx', {
    config: { policy: 'stories.read', rateLimit: docxLimit },
    schema: { tags, summary: 'The article as a Word file for a newspaper: title, byline, lead, body, photos with captions and credits, tags', params: IdParams, response: { 200: DocxFile } },
  }, async (req, reply) => {
    const ctx = requestCtx(req)
    const view = await loadStory(db, req.params.id, ctx.actor, storyPolicy.read)
    const file = await storyDocx(db, view)
    await db.transaction((tx) => audit(tx, ctx, { action: 'story.exported', entityType: 'story', entityId: view.row.id, organizationId: view.org.id, data: { format: 'docx' } }))
    return sendDocx(reply, view.row.title, file)
  })
}
