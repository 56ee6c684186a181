// Reads of the public showcase: which models are public (published and commended), the keyset-paged list with its
// search and filters, one model with what its page shows, its photos, and the filters' choices. Only the columns the
// pages show are read; the consent rule is applied by the presenter (showcase.public.present.ts) on these rows.
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm'
import { fold } from '../../../common/text/index.ts'
import { queryRows, type Db } from '../../db/client.ts'
import { models, modelAdoptions, modelFiles, movements } from '../models/models.table.ts'
import { commendations, nominations } from '../nominations/nominations.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'
import { stories } from '../stories/stories.table.ts'

/** Public: published on the showcase, and commended (a model is published only once commended; both are checked). */
export const publicCondition = and(isNotNull(models.publishedAt), isNotNull(models.commendedYear))!

/** A person's name, position and photos show only with their recorded consent; collectives and practices always. */
export const personShown = (m: { kind: string; consentRecordedAt: Date | null }) => m.kind !== 'person' || m.consentRecordedAt !== null

/** The top-level branch (a child of the root) of a unit, from its path '/root/branch/…/self/'; null for the root. */
export const branchOf = (path: string): string | null => path.split('/').filter(Boolean)[1] ?? null

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** A column folded in SQL, with a non-consenting person's name taken out: they are not found by their name. */
function folded(column: AnyColumn): SQL {
  const text = sql`regexp_replace(lower(f_unaccent(${column})), '\\s+', ' ', 'g')`
  return sql`(case when ${models.kind} = 'person' and ${models.consentRecordedAt} is null and coalesce(${people.searchKey}, '') <> ''
    then replace(${text}, ${people.searchKey}, '') else ${text} end)`
}

/**
 * The folded text in the title, the summary, the unit's name, or — only with consent — the person's name. Titles and
 * summaries have no search key: folded in SQL with f_unaccent (as account search does), which agrees with fold() on
 * Vietnamese. A unit's search key is "<folded name> <code>": only the name part is matched (codes stay internal).
 */
function matches(q: string): SQL | undefined {
  const term = fold(q)
  if (!term) return undefined
  const like = `%${escapeLike(term)}%`
  const orgName = sql`left(${organizations.searchKey}, length(${organizations.searchKey}) - length(${organizations.code}) - 1)`
  // Titles and summaries are folded by f_unaccent, which also straightens quotes: the term goes through it too.
  const text = sql`lower(f_unaccent(${like}))`
  return sql`(${folded(models.title)} like ${text} or ${folded(models.summary)} like ${text} or ${orgName} like ${like}
    or (${models.kind} = 'person' and ${models.consentRecordedAt} is not null and ${people.searchKey} like ${like}))`
}

/** The first photo (by position) of a model: its small copy is the list's thumbnail. */
const firstPhotoId = sql<string | null>`(select f.id from model_files f where f.model_id = ${models.id} and f.role = 'photo'
  order by f.position, f.created_at, f.id limit 1)`
const adoptionCount = sql<number>`(select count(*)::int from model_adoptions a where a.model_id = ${models.id})`

const summaryColumns = {
  id: models.id, title: models.title, kind: models.kind, area: models.area, summary: models.summary, year: models.commendedYear,
  consentRecordedAt: models.consentRecordedAt, personName: people.fullName, unitName: organizations.name, unitPath: organizations.path,
  firstPhotoId, adoptions: adoptionCount,
  /** Postgres's own text of the timestamp: exact to the microsecond, so the cursor never skips or repeats a row. */
  publishedKey: sql<string>`${models.publishedAt}::text`,
}

export interface SummaryRow {
  id: string
  title: string
  kind: string
  area: string
  summary: string
  year: number | null
  consentRecordedAt: Date | null
  personName: string | null
  unitName: string
  unitPath: string
  firstPhotoId: string | null
  adoptions: number
  publishedKey: string
}

export interface ListInput {
  q?: string
  area?: string
  kind?: string
  year?: number
  /** The branch's path prefix. */
  branchPath?: string
  cursor: [number, string, string] | null
  limit: number
}

/** Public models, newest commended first (year, then publication), ties broken by id. */
export async function listPublicModels(db: Db, input: ListInput): Promise<SummaryRow[]> {
  const after = input.cursor
    ? sql`(${models.commendedYear}, ${models.publishedAt}, ${models.id}) < (${input.cursor[0]}::int, ${input.cursor[1]}::timestamptz, ${input.cursor[2]}::uuid)`
    : undefined
  const rows = await db
    .select(summaryColumns)
    .from(models)
    .innerJoin(organizations, eq(organizations.id, models.organizationId))
    .leftJoin(people, eq(people.id, models.personId))
    .where(and(
      publicCondition,
      input.q ? matches(input.q) : undefined,
      input.area ? eq(models.area, input.area) : undefined,
      input.kind ? eq(models.kind, input.kind) : undefined,
      input.year ? eq(models.commendedYear, input.year) : undefined,
      input.branchPath ? sql`${organizations.path} like ${`${escapeLike(input.branchPath)}%`}` : undefined,
      after,
    ))
    .orderBy(desc(models.commendedYear), desc(models.publishedAt), desc(models.id))
    .limit(input.limit)
  return rows.map((r) => ({ ...r, adoptions: Number(r.adoptions) }))
}

/** One model with what its page shows and what decides whether it is public; null when there is none. */
export async function findModel(db: Db, id: string) {
  const [row] = await db
    .select({
      ...summaryColumns, story: models.story, results: models.results, movement: movements.name, personId: models.personId,
      organizationId: models.organizationId, publishedAt: models.publishedAt,
    })
    .from(models)
    .innerJoin(organizations, eq(organizations.id, models.organizationId))
    .leftJoin(people, eq(people.id, models.personId))
    .leftJoin(movements, eq(movements.id, models.movementId))
    .where(eq(models.id, id))
    .limit(1)
  return row ? { ...row, adoptions: Number(row.adoptions) } : null
}
export type ModelRow = NonNullable<Awaited<ReturnType<typeof findModel>>>

/** Public and still public: a published, commended model. */
export const isPublic = (m: { publishedAt: Date | null; year: number | null }) => m.publishedAt !== null && m.year !== null

/** The person's current position, in the model's unit first. */
export async function positionOf(db: Db, personId: string, organizationId: string): Promise<string | null> {
  const [row] = await queryRows<{ position: string }>(db, sql`select position from placements where person_id = ${personId} and to_date is null
    order by (organization_id = ${organizationId}) desc, is_primary desc, from_date desc limit 1`)
  return row?.position ?? null
}

export async function photosOf(db: Db, modelId: string) {
  return db
    .select({ id: modelFiles.id, caption: modelFiles.caption, credit: modelFiles.credit, width: modelFiles.width, height: modelFiles.height })
    .from(modelFiles)
    .where(and(eq(modelFiles.modelId, modelId), eq(modelFiles.role, 'photo')))
    .orderBy(asc(modelFiles.position), asc(modelFiles.createdAt), asc(modelFiles.id))
}

/** The commendation decisions in force of its nominations (an annulled one never shows), newest first. */
export async function commendationsOf(db: Db, modelId: string) {
  return db
    .select({ form: commendations.form, title: commendations.title, issuer: organizations.name, number: commendations.number, signedOn: commendations.signedOn })
    .from(nominations)
    .innerJoin(commendations, eq(commendations.id, nominations.commendationId))
    .innerJoin(organizations, eq(organizations.id, commendations.organizationId))
    .where(and(eq(nominations.modelId, modelId), eq(nominations.status, 'commended'), isNull(commendations.annulledAt)))
    .orderBy(desc(commendations.signedOn), desc(commendations.createdAt))
}

export const ADOPTIONS_SHOWN = 200

/** How far it has spread: adoptions, the branches reached, and the adoptions themselves (newest first). */
export async function spreadOf(db: Db, modelId: string) {
  const [counts] = await db
    .select({
      adoptions: sql<number>`count(*)::int`,
      communes: sql<number>`count(distinct nullif(split_part(${organizations.path}, '/', 3), ''))::int`,
    })
    .from(modelAdoptions)
    .innerJoin(organizations, eq(organizations.id, modelAdoptions.organizationId))
    .where(eq(modelAdoptions.modelId, modelId))
  const units = await db
    .select({ unit: organizations.name, path: organizations.path, adoptedOn: modelAdoptions.adoptedOn, result: modelAdoptions.result })
    .from(modelAdoptions)
    .innerJoin(organizations, eq(organizations.id, modelAdoptions.organizationId))
    .where(eq(modelAdoptions.modelId, modelId))
    .orderBy(desc(modelAdoptions.adoptedOn), asc(organizations.name))
    .limit(ADOPTIONS_SHOWN)
  return { adoptions: Number(counts?.adoptions ?? 0), communes: Number(counts?.communes ?? 0), units }
}

/** Published stories about the model, newest first. */
export async function storiesAbout(db: Db, modelId: string) {
  return db
    .select({ id: stories.id, title: stories.title, lead: stories.lead, publishedAt: stories.publishedAt })
    .from(stories)
    .where(and(eq(stories.modelId, modelId), eq(stories.status, 'published'), isNotNull(stories.publishedAt)))
    .orderBy(desc(stories.publishedAt))
    .limit(20)
}

/** Names of organizations by id (branches of the list's units and of the adopting units). */
export async function namesOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))]
  if (wanted.length === 0) return new Map()
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, wanted))
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** A photo of a model, with its bytes (the small copy too). */
export async function photoFile(db: Db, modelId: string, fileId: string) {
  const [row] = await db
    .select({ fileName: modelFiles.fileName, mediaType: modelFiles.mediaType, sha256: modelFiles.sha256, data: modelFiles.data, thumbData: modelFiles.thumbData })
    .from(modelFiles)
    .where(and(eq(modelFiles.id, fileId), eq(modelFiles.modelId, modelId), eq(modelFiles.role, 'photo')))
    .limit(1)
  return row ?? null
}

/** The years and the branches that have public models. */
export async function filterChoices(db: Db) {
  const years = await db.selectDistinct({ year: models.commendedYear }).from(models).where(publicCondition)
  const branches = await db
    .selectDistinct({ id: sql<string>`split_part(${organizations.path}, '/', 3)` })
    .from(models)
    .innerJoin(organizations, eq(organizations.id, models.organizationId))
    .where(and(publicCondition, sql`${organizations.depth} >= 1`))
  return { years: years.map((y) => y.year!).sort((a, b) => b - a), branchIds: branches.map((b) => b.id) }
}
