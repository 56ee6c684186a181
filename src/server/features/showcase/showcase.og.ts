// Share pages: crawlers (Facebook, Zalo, search engines) do not run the app's JavaScript, so the server answers a public
// model's and a published story's address with the app's index.html whose <head> carries Open Graph and Twitter tags
// and a matching <title>, every value HTML-escaped. Anything else (unknown, unpublished) gets the plain index.html and
// the app shows its own "not found".
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { asc, eq } from 'drizzle-orm'
import type { FastifyRequest } from 'fastify'
import type { Db } from '../../db/client.ts'
import { stories, storyPhotos } from '../stories/stories.table.ts'
import { photoUrl, presentSummary } from './showcase.public.present.ts'
import { findModel, isPublic, personShown, photosOf } from './showcase.public.query.ts'

export const SHOWCASE_PAGE_PATH = '/cong-khai/guong-dien-hinh'
export const STORY_PAGE_PATH = '/cong-khai/bai-viet'
/** Where the stories feature serves a published story's photo (its public routes). */
export const storyPhotoUrl = (storyId: string, photoId: string) => `/api/v1/public/stories/${storyId}/photos/${photoId}`

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const MODEL_PAGE = new RegExp(`^${SHOWCASE_PAGE_PATH}/(${UUID})/?$`, 'i')
const STORY_PAGE = new RegExp(`^${STORY_PAGE_PATH}/(${UUID})/?$`, 'i')

export interface ShareCard {
  title: string
  description: string
  /** Site-relative: made absolute with the page's origin. */
  image: { url: string; width: number | null; height: number | null } | null
}

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** At most `max` characters on one line, cut at a word with "…" when longer. */
export function shortText(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if ([...line].length <= max) return line
  const cut = [...line].slice(0, max - 1).join('')
  const atWord = cut.replace(/\s+\S*$/, '')
  return `${atWord.length > max / 2 ? atWord : cut}…`
}

async function modelCard(db: Db, id: string): Promise<ShareCard | null> {
  const row = await findModel(db, id)
  if (!row || !isPublic(row)) return null
  // The same text the public page shows (a person's name masked without consent), and a photo only with consent.
  const { title, summary } = presentSummary(row, new Map())
  const [photo] = personShown(row) ? await photosOf(db, id) : []
  return { title, description: summary, image: photo ? { url: photoUrl(id, photo.id), width: photo.width, height: photo.height } : null }
}

async function storyCard(db: Db, id: string): Promise<ShareCard | null> {
  const [story] = await db.select({ title: stories.title, lead: stories.lead, status: stories.status, publishedAt: stories.publishedAt }).from(stories).where(eq(stories.id, id)).limit(1)
  if (!story || story.status !== 'published' || !story.publishedAt) return null
  const [photo] = await db.select({ id: storyPhotos.id, width: storyPhotos.width, height: storyPhotos.height }).from(storyPhotos)
    .where(eq(storyPhotos.storyId, id)).orderBy(asc(storyPhotos.position), asc(storyPhotos.createdAt)).limit(1)
  return { title: story.title, description: story.lead, image: photo ? { url: storyPhotoUrl(id, photo.id), width: photo.width, height: photo.height } : null }
}

/** The card of a share page's path, or null when the path is not one or names nothing public. */
export async function shareCardFor(db: Db, path: string): Promise<ShareCard | null> {
  const model = MODEL_PAGE.exec(path)
  if (model) return modelCard(db, model[1].toLowerCase())
  const story = STORY_PAGE.exec(path)
  if (story) return storyCard(db, story[1].toLowerCase())
  return null
}

/** The tags of a card for a page at `url` (absolute), image made absolute with `origin`. */
export function shareTags(card: ShareCard, url: string, origin: string): string {
  const description = shortText(card.description)
  const meta = (attr: 'property' | 'name', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`
  const tags = [
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', 'Nêu Gương'),
    meta('property', 'og:locale', 'vi_VN'),
    meta('property', 'og:title', card.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    ...(card.image
      ? [
          meta('property', 'og:image', `${origin}${card.image.url}`),
          ...(card.image.width && card.image.height ? [meta('property', 'og:image:width', String(card.image.width)), meta('property', 'og:image:height', String(card.image.height))] : []),
        ]
      : []),
    meta('name', 'twitter:card', card.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', card.title),
    meta('name', 'twitter:description', description),
  ]
  return tags.join('\n    ')
}

/** index.html with the card's <title>, description and tags in its <head>. */
export function withShareTags(indexHtml: string, card: ShareCard, url: string, origin: string): string {
  // Replacements by function: a "$&" in a title is text, not a replacement pattern.
  const title = `<title>${escapeHtml(card.title)}</title>`
  const description = `<meta name="description" content="${escapeHtml(shortText(card.description))}" />`
  const inHead = (html: string, tag: string) => html.replace(/<\/head>/i, () => `  ${tag}\n  </head>`)
  const DESCRIPTION = /<meta\s+name="description"[^>]*>/i
  const TITLE = /<title>[\s\S]*?<\/title>/i
  let html = DESCRIPTION.test(indexHtml) ? indexHtml.replace(DESCRIPTION, () => description) : inHead(indexHtml, description)
  html = TITLE.test(html) ? html.replace(TITLE, () => title) : inHead(html, title)
  return inHead(html, shareTags(card, url, origin))
}

/** The site's origin: PUBLIC_URL when set, else the request's own (a host of plain host characters only). */
export function originOf(req: FastifyRequest, publicUrl: string | null): string | null {
  if (publicUrl) return publicUrl.replace(/\/+$/, '')
  const host = req.host
  return /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? `${req.protocol}://${host}` : null
}

/**
 * The share page for this request, or null (send the plain index.html): called by the app's single-page fallback
 * (app.ts) for every page path; only the two share paths read the database.
 */
export async function sharePage(db: Db, req: FastifyRequest, options: { webRoot: string; publicUrl: string | null }): Promise<string | null> {
  const path = req.url.split('?')[0]
  if (!MODEL_PAGE.test(path) && !STORY_PAGE.test(path)) return null
  const origin = originOf(req, options.publicUrl)
  if (!origin) return null
  const card = await shareCardFor(db, path)
  if (!card) return null
  const index = await readFile(join(options.webRoot, 'index.html'), 'utf8')
  return withShareTags(index, card, `${origin}${path.replace(/\/$/, '')}`, origin)
}
