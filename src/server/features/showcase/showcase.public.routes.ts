// /api/v1/public/models: the showcase of commended models, readable without an account — the list (search without
// diacritics, filters by area, kind, year and branch), the filters' choices, one model's page, and its photos. A model
// is public only once published and commended; anything else answers exactly as an unknown id.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { IdParams } from '../../../common/contracts/common.ts'
import { PhotoParams, PhotoQuery, PublicModel, PublicModelFilters, PublicModelList, PublicModelQuery } from '../../../common/contracts/showcase.ts'
import type { Database } from '../../db/client.ts'
import { sendStoredFile } from '../../lib/download.ts'
import { notFound } from '../../lib/errors.ts'
import { findModel, isPublic, personShown, photoFile } from './showcase.public.query.ts'
import { publicModelFilters, publicModelList, publicModelPage } from './showcase.public.service.ts'

const tags = ['showcase (public)']
/** Generous for people reading, tight enough that scraping the whole province takes a while (as the other public pages). */
const readLimit = { max: 120, timeWindow: '1 minute' }
/** A page of the list shows up to 24 thumbnails at once. */
const photoLimit = { max: 600, timeWindow: '1 minute' }
/** Photos never change under their id (a new photo is a new file): kept a week, revalidated by their sha256. */
const PHOTO_CACHE = 'public, max-age=604800'

const PhotoFile = {
  description: 'Ảnh (JPEG, PNG, WebP)',
  content: Object.fromEntries(['image/jpeg', 'image/png', 'image/webp'].map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }])),
}

/** After the API's own no-store (route hooks run after the application's); errors stay uncached. */
async function photoCache(_req: FastifyRequest, reply: FastifyReply) {
  if (reply.statusCode === 200 || reply.statusCode === 304) reply.header('cache-control', PHOTO_CACHE)
}

/** The type of a small copy, from its first bytes (the thumbnails are WebP; JPEG and PNG are recognized too). */
export function imageType(data: Uint8Array): string | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...data.subarray(from, to))
  if (data.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg'
  if (data.length > 8 && data[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png'
  return null
}

const EXTENSIONS: Record<string, string> = { 'image/webp': 'webp', 'image/jpeg': 'jpg', 'image/png': 'png' }
const asBuffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength)

export const showcasePublicRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.get('/public/models', {
    config: { policy: 'public', rateLimit: readLimit },
    schema: {
      tags, summary: 'Commended, published models (no account), newest commended first, 24 a page; `q` matches a title, summary, unit or (with consent) a name, diacritics optional',
      querystring: PublicModelQuery, response: { 200: PublicModelList },
    },
  }, async (req) => publicModelList(db, req.query))

  app.get('/public/models/filters', {
    config: { policy: 'public', rateLimit: readLimit },
    schema: { tags, summary: 'The branches (communes, wards, units under the province) and years that have public models', response: { 200: PublicModelFilters } },
  }, async () => publicModelFilters(db))

  app.get('/public/models/:id', {
    config: { policy: 'public', rateLimit: readLimit },
    schema: { tags, summary: "One public model's page: story, results, commendations, photos, spread and stories; any other id answers as not found", params: IdParams, response: { 200: PublicModel } },
  }, async (req) => {
    const page = await publicModelPage(db, req.params.id)
    if (!page) throw notFound('showcaseModelNotFound')
    return page
  })

  app.get('/public/models/:id/photos/:fileId', {
    config: { policy: 'public', rateLimit: photoLimit },
    onSend: photoCache,
    schema: { tags, summary: "A public model's photo (`size=thumb`: its small copy); never evidence files, never a person's without consent", params: PhotoParams, querystring: PhotoQuery, response: { 200: PhotoFile, 304: z.null().describe('Not modified: the copy kept (If-None-Match) is current') } },
  }, async (req, reply) => {
    const model = await findModel(db, req.params.id)
    // Unknown model, not public, a person without consent, unknown photo, an evidence file: one answer.
    if (!model || !isPublic(model) || !personShown(model)) throw notFound('showcasePhotoNotFound')
    const file = await photoFile(db, req.params.id, req.params.fileId)
    if (!file) throw notFound('showcasePhotoNotFound')
    const thumb = req.query.size === 'thumb' && file.thumbData ? file.thumbData : null
    const thumbType = thumb ? imageType(thumb) : null
    const etag = `"${file.sha256}${thumb && thumbType ? '-t' : ''}"`
    reply.header('etag', etag)
    if (req.headers['if-none-match'] === etag) return reply.code(304).send(null)
    if (thumb && thumbType) {
      const base = file.fileName.replace(/\.[^.]*$/, '')
      return sendStoredFile(reply, { fileName: `${base}.${EXTENSIONS[thumbType]}`, mediaType: thumbType, data: asBuffer(thumb) })
    }
    return sendStoredFile(reply, { fileName: file.fileName, mediaType: file.mediaType, data: asBuffer(file.data) })
  })
}
