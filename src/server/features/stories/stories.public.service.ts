// The public (no account) view of stories: published ones only, read with only the columns the public pages show. The
// model a story is about links to its showcase page only when that page is public (commended and published) and, for a
// person, when their consent is recorded; otherwise only its title shows.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { PublicStorySummary } from '../../../common/contracts/stories.ts'
import { fold } from '../../../common/text/index.ts'
import type { Db } from '../../db/client.ts'
import { models } from '../models/models.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import type { Cover } from './stories.query.ts'
import { storyMatches } from './stories.query.ts'
import { stories } from './stories.table.ts'

const columns = {
  id: stories.id, title: stories.title, lead: stories.lead, byline: stories.byline, tags: stories.tags, status: stories.status,
  publishedAt: stories.publishedAt, unitName: organizations.name,
  modelId: models.id, modelTitle: models.title, modelKind: models.kind, modelCommendedYear: models.commendedYear,
  modelPublishedAt: models.publishedAt, modelConsentAt: models.consentRecordedAt,
  /** Postgres's own text of the timestamp: exact to the microsecond, so the cursor never skips or repeats a row. */
  publishedKey: sql<string>`${stories.publishedAt}::text`,
}

function selectPublic(db: Db) {
  return db.select(columns).from(stories)
    .innerJoin(organizations, eq(organizations.id, stories.organizationId))
    .leftJoin(models, eq(models.id, stories.modelId))
}
export type PublicStoryRow = Awaited<ReturnType<ReturnType<typeof selectPublic>['execute']>>[number]

const published = and(eq(stories.status, 'published'), sql`${stories.publishedAt} is not null`)!

/** A tag equal to the folded text. */
const hasTag = (tag: string): SQL => sql`exists (select 1 from unnest(${stories.tags}) as t(tag) where lower(f_unaccent(t.tag)) = ${fold(tag)})`

export async function listPublicStories(db: Db, input: { q?: string; tag?: string; model?: string; cursor: [string, string] | null; limit: number }): Promise<PublicStoryRow[]> {
  const after = input.cursor ? sql`(${stories.publishedAt}, ${stories.id}) < (${input.cursor[0]}::timestamptz, ${input.cursor[1]}::uuid)` : undefined
  return selectPublic(db)
    .where(and(published, storyMatches(input.q), input.tag && fold(input.tag) ? hasTag(input.tag) : undefined, input.model ? eq(stories.modelId, input.model) : undefined, after))
    .orderBy(desc(stories.publishedAt), desc(stories.id))
    .limit(input.limit)
}

/** A published story with the body; null for a draft or an unknown id alike. */
export async function findPublicStory(db: Db, id: string): Promise<(PublicStoryRow & { body: string }) | null> {
  const [row] = await db.select({ ...columns, body: stories.body }).from(stories)
    .innerJoin(organizations, eq(organizations.id, stories.organizationId))
    .leftJoin(models, eq(models.id, stories.modelId))
    .where(and(eq(stories.id, id), published))
  return row ?? null
}

/** The id of a published story; null for a draft or an unknown id alike (no body read: for its photos). */
export async function publishedStoryId(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ id: stories.id }).from(stories).where(and(eq(stories.id, id), published))
  return row?.id ?? null
}

/** The model as the public sees it: its title, and its showcase page when that page is public and may show the person. */
function publicModel(r: PublicStoryRow): PublicStorySummary['model'] {
  if (!r.modelId || !r.modelTitle) return null
  const onShowcase = r.modelPublishedAt !== null && r.modelCommendedYear !== null
  const personHidden = r.modelKind === 'person' && r.modelConsentAt === null
  return { id: onShowcase && !personHidden ? r.modelId : null, title: r.modelTitle }
}

export function presentPublicSummary(r: PublicStoryRow, cover: Cover | null): PublicStorySummary {
  return {
    id: r.id, title: r.title, lead: r.lead, byline: r.byline, tags: r.tags, publishedAt: r.publishedAt!.toISOString(),
    unit: { name: r.unitName }, model: publicModel(r), cover,
  }
}
