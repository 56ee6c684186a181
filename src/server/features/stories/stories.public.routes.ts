// /api/v1/public/stories: published stories, readable without an account — the list (newest first, `q` without
// diacritics, by tag or by model), one story with its photos, and the photos themselves (long-cached, ETag = sha256).
// A draft answers exactly as an unknown id (404, same body), so its existence does not show; the response schemas
// strip everything internal (ids of people, accounts and units, paths, file names, who wrote it).
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { PublicStory, PublicStoryList, PublicStoryParams, PublicStoryPhotoParams, PublicStoryQuery, StoryPhotoQuery } from '../../../common/contracts/stories.ts'
import type { Database } from '../../db/client.ts'
import { sendStoredFile } from '../../lib/download.ts'
import { notFound } from '../../lib/errors.ts'
import { decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { PhotoFile } from './stories.photos.routes.ts'
import { photoFileOf } from './stories.photos.ts'
import { findPublicStory, listPublicStories, presentPublicSummary, publishedStoryId } from './stories.public.service.ts'
import { photoFacts, storyPhotoFile, storyPhotoList } from './stories.query.ts'

const tags = ['stories (public)']
/** Generous for people reading, tight enough that scraping the whole province takes a while. */
const rateLimit = { max: 120, timeWindow: '1 minute' }
/** A page of cards loads a thumbnail each, an article up to twelve. */
const photoLimit = { max: 600, timeWindow: '1 minute' }
const PAGE_SIZE = 20
const Cursor = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2} [\d:.]+[+-]\d{2}(:\d{2})?$/), z.uuid()])
/**
 * A photo's bytes never change under its id: kept a week by browsers and proxies, then revalidated by ETag. Not
 * "immutable" for a year, so that a photo removed or a story taken down stops being served within days.
 */
const CACHE = 'public, max-age=604800'

/** After the API's own `no-store` (route hooks run after the application's): a public, cacheable photo. */
const publicCache = async (_req: unknown, reply: FastifyReply) => {
  if (reply.statusCode === 200 || reply.statusCode === 304) reply.header('cache-control', CACHE)
}

/** The browser's copy is current (its If-None-Match is the ETag): no body. */
const notModified = (reply: FastifyReply) => reply.status(304).send()

export const storyPublicRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.get('/public/stories', {
    config: { policy: 'public', rateLimit },
    schema: { tags, summary: 'Published stories (no account), newest first; `q` matches the title, the lead or a tag, diacritics optional', querystring: PublicStoryQuery, response: { 200: PublicStoryList } },
  }, async (req) => {
    const cursor = decodeCursor(req.query.cursor, Cursor)
    const rows = await listPublicStories(db, { q: req.query.q, tag: req.query.tag, model: req.query.model, cursor, limit: PAGE_SIZE + 1 })
    const page = rows.slice(0, PAGE_SIZE)
    const { covers } = await photoFacts(db, page.map((r) => r.id))
    const last = page.at(-1)
    return {
      items: page.map((r) => presentPublicSummary(r, covers.get(r.id) ?? null)),
      nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor([last.publishedKey, last.id]) : null,
    }
  })

  app.get('/public/stories/:id', {
    config: { policy: 'public', rateLimit },
    schema: { tags, summary: 'One published story (no account) with its photos; a draft answers as not found', params: PublicStoryParams, response: { 200: PublicStory } },
  }, async (req) => {
    const row = await findPublicStory(db, req.params.id)
    if (!row) throw notFound('storyNotFound')
    const photos = await storyPhotoList(db, row.id)
    const first = photos[0]
    return {
      ...presentPublicSummary(row, first ? { photoId: first.id, width: first.width, height: first.height } : null),
      body: row.body,
      photos: photos.map((p) => ({ id: p.id, caption: p.caption, credit: p.credit, width: p.width, height: p.height })),
    }
  })

  app.get('/public/stories/:id/photos/:photoId', {
    config: { policy: 'public', rateLimit: photoLimit },
    onSend: publicCache,
    schema: { tags, summary: 'A photo of a published story (or its WebP thumbnail with ?size=thumb), cached; ETag is its SHA-256', params: PublicStoryPhotoParams, querystring: StoryPhotoQuery, response: { 200: PhotoFile } },
  }, async (req, reply) => {
    const storyId = await publishedStoryId(db, req.params.id)
    if (!storyId) throw notFound('storyPhotoNotFound')
    const row = await storyPhotoFile(db, storyId, req.params.photoId)
    const thumb = req.query.size === 'thumb' && row.thumbData !== null
    const etag = `"${row.sha256}${thumb ? '-thumb' : ''}"`
    reply.header('etag', etag)
    if (req.headers['if-none-match'] === etag) return notModified(reply)
    return sendStoredFile(reply, photoFileOf(row, thumb))
  })
}
