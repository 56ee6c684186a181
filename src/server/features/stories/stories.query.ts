// Reading stories: one with its unit and model, the list over a subtree with its filters (keyset-paged, newest first;
// `q` folded over the title, the lead and the tags), photo counts and covers of a page, a story's photos, and the model
// a story may be linked to.
import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm'
import type { StoryStatus } from '../../../common/contracts/stories.ts'
import { fold } from '../../../common/text/index.ts'
import type { Tx } from '../../db/client.ts'
import { invalid, notFound } from '../../lib/errors.ts'
import { models } from '../models/models.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { stories, storyPhotos } from './stories.table.ts'

export type StoryRow = typeof stories.$inferSelect

function selectStories(db: Tx) {
  return db.select({
    row: stories,
    org: { id: organizations.id, name: organizations.name, path: organizations.path, status: organizations.status },
    model: { id: models.id, title: models.title },
    /** Postgres's own text of the timestamp: exact to the microsecond, so the cursor never skips or repeats a row. */
    createdKey: sql<string>`${stories.createdAt}::text`,
  }).from(stories)
    .innerJoin(organizations, eq(organizations.id, stories.organizationId))
    .leftJoin(models, eq(models.id, stories.modelId))
}
export type StoryView = Awaited<ReturnType<ReturnType<typeof selectStories>['execute']>>[number]

export async function getStory(db: Tx, id: string): Promise<StoryView> {
  const [view] = await selectStories(db).where(eq(stories.id, id))
  if (!view) throw notFound('storyNotFound')
  return view
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The title, the lead or a tag contains the folded text (f_unaccent folds as src/common/text/fold.ts does). */
export function storyMatches(q: string | undefined): SQL | undefined {
  const folded = q ? fold(q) : ''
  if (!folded) return undefined
  const text = sql`${stories.title} || ' ' || ${stories.lead} || ' ' || array_to_string(${stories.tags}, ' ')`
  return sql`lower(f_unaccent(${text})) like ${`%${escapeLike(folded)}%`}`
}

/** A unit's subtree, or every unit the caller reads (the path prefixes of their subtree grants, their unit grants). */
export type StoryScope = { path: string } | { paths: string[]; unitIds: string[]; all: boolean }

function inScope(scope: StoryScope): SQL | undefined {
  if ('path' in scope) return like(organizations.path, `${scope.path}%`)
  if (scope.all) return undefined
  const parts = [...scope.paths.map((p) => like(organizations.path, `${p}%`)), ...(scope.unitIds.length ? [inArray(stories.organizationId, scope.unitIds)] : [])]
  return parts.length ? or(...parts) : sql`false`
}

export interface StoryFilter {
  scope: StoryScope
  status?: StoryStatus
  model?: string
  q?: string
  cursor: [string, string] | null
  limit: number
}

/** The stories of a scope, newest first; one row more than the page, to know whether another follows. */
export async function listStories(db: Tx, f: StoryFilter): Promise<StoryView[]> {
  const where: (SQL | undefined)[] = [
    inScope(f.scope),
    f.status ? eq(stories.status, f.status) : undefined,
    f.model ? eq(stories.modelId, f.model) : undefined,
    storyMatches(f.q),
  ]
  if (f.cursor) where.push(sql`(${stories.createdAt}, ${stories.id}) < (${f.cursor[0]}::timestamptz, ${f.cursor[1]}::uuid)`)
  return selectStories(db).where(and(...where)).orderBy(desc(stories.createdAt), desc(stories.id)).limit(f.limit + 1)
}

export interface Cover { photoId: string; width: number | null; height: number | null }

/** The number of photos and the first photo of each story. */
export async function photoFacts(db: Tx, storyIds: string[]): Promise<{ counts: Map<string, number>; covers: Map<string, Cover> }> {
  if (storyIds.length === 0) return { counts: new Map(), covers: new Map() }
  const counts = await db.select({ storyId: storyPhotos.storyId, n: count() }).from(storyPhotos).where(inArray(storyPhotos.storyId, storyIds)).groupBy(storyPhotos.storyId)
  const firsts = await db.selectDistinctOn([storyPhotos.storyId], { storyId: storyPhotos.storyId, photoId: storyPhotos.id, width: storyPhotos.width, height: storyPhotos.height })
    .from(storyPhotos).where(inArray(storyPhotos.storyId, storyIds))
    .orderBy(storyPhotos.storyId, asc(storyPhotos.position), asc(storyPhotos.createdAt), asc(storyPhotos.id))
  return {
    counts: new Map(counts.map((c) => [c.storyId, Number(c.n)])),
    covers: new Map(firsts.map((c) => [c.storyId, { photoId: c.photoId, width: c.width, height: c.height }])),
  }
}

/** A story's photos in their order, without their bytes. */
export async function storyPhotoList(db: Tx, storyId: string) {
  return db.select({
    id: storyPhotos.id, caption: storyPhotos.caption, credit: storyPhotos.credit, position: storyPhotos.position, fileName: storyPhotos.fileName,
    mediaType: storyPhotos.mediaType, size: storyPhotos.size, width: storyPhotos.width, height: storyPhotos.height, sha256: storyPhotos.sha256,
  }).from(storyPhotos).where(eq(storyPhotos.storyId, storyId)).orderBy(asc(storyPhotos.position), asc(storyPhotos.createdAt), asc(storyPhotos.id))
}
export type StoryPhotoView = Awaited<ReturnType<typeof storyPhotoList>>[number]

/** One photo of this story with its bytes (and its thumbnail's); another story's photo is "not found". */
export async function storyPhotoFile(db: Tx, storyId: string, photoId: string) {
  const [row] = await db.select().from(storyPhotos).where(and(eq(storyPhotos.storyId, storyId), eq(storyPhotos.id, photoId)))
  if (!row) throw notFound('storyPhotoNotFound')
  return row
}

/**
 * The model a story may be about: one whose unit lies in the story's unit's subtree, or any commended one. Any other
 * (unknown, or outside and not commended) gets the same refusal, so a model's existence does not show.
 */
export async function linkableModel(db: Tx, modelId: string, storyOrg: { path: string }): Promise<{ id: string; title: string }> {
  const [m] = await db.select({ id: models.id, title: models.title, commendedYear: models.commendedYear, path: organizations.path })
    .from(models).innerJoin(organizations, eq(organizations.id, models.organizationId)).where(eq(models.id, modelId))
  if (!m || (!m.path.startsWith(storyOrg.path) && m.commendedYear === null)) throw invalid('storyModelUnknown', 'modelId')
  return { id: m.id, title: m.title }
}
