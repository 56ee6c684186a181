// Reading models: one model with what its presenter and its rules need (unit, movement, person, nominations, adoptions,
// the first photo), the list over a subtree with its filters in Vietnamese order of titles (keyset-paged), and a
// model's files (never their bytes, but for a download).
import { and, asc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm'
import type { ModelFileRole, ModelState } from '../../../common/contracts/models.ts'
import type { ModelArea, ModelKind } from '../../../common/contracts/models.base.ts'
import { fold } from '../../../common/text/index.ts'
import type { Tx } from '../../db/client.ts'
import { notFound } from '../../lib/errors.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'
import type { ModelRef } from './models.policy.ts'
import { modelFiles, models, movements } from './models.table.ts'

/** An open nomination: held for review, or returned to the nominating unit to complete. */
const openNomination = sql`exists (select 1 from nominations n where n.model_id = ${models.id} and n.status in ('in_review','returned'))`

/** The derived state as a condition. */
export function stateSql(state: ModelState): SQL {
  if (state === 'published') return isNotNull(models.publishedAt)
  if (state === 'commended') return and(isNotNull(models.commendedYear), isNull(models.publishedAt))!
  if (state === 'nominated') return and(isNull(models.commendedYear), openNomination)!
  return and(isNull(models.commendedYear), sql`not ${openNomination}`)!
}

export function stateOf(row: { commendedYear: number | null; publishedAt: Date | null }, open: boolean): ModelState {
  if (row.publishedAt) return 'published'
  if (row.commendedYear !== null) return 'commended'
  return open ? 'nominated' : 'draft'
}

/**
 * Titles in Vietnamese order (as Intl.Collator('vi') at the letters' level) without a sort-key column: decomposed
 * (NFD), the tones dropped, the breve written as a mark that sorts before the circumflex (a < ă < â), đ as d with a
 * stroke (after every d, before e), lowercase, compared bytewise; ties broken by the title as written. Measured on
 * PGlite: ~40 ms over 5,000 titles (translate() over the whole alphabet took a second).
 */
const MARKS = sql.raw('chr(774) || chr(768) || chr(769) || chr(771) || chr(777) || chr(803)')
const STROKED_D = sql.raw(`'d' || chr(821)`)
const titleKey = sql<string>`lower(replace(replace(translate(normalize(${models.title}, NFD), ${MARKS}, chr(768)), 'đ', ${STROKED_D}), 'Đ', ${STROKED_D})) collate "C"`
const titleC = sql`${models.title} collate "C"`

function selectModels(db: Tx) {
  return db.select({
    row: models,
    org: { id: organizations.id, name: organizations.name, path: organizations.path, kind: organizations.kind },
    movement: { id: movements.id, name: movements.name },
    person: { id: people.id, fullName: people.fullName },
    open: sql<boolean>`${openNomination}`,
    nominationCount: sql<number>`(select count(*)::int from nominations n where n.model_id = ${models.id})`,
    adoptionCount: sql<number>`(select count(*)::int from model_adoptions a where a.model_id = ${models.id})`,
    coverFileId: sql<string | null>`(select f.id from model_files f where f.model_id = ${models.id} and f.role = 'photo' order by f.position, f.created_at, f.id limit 1)`,
    sortKey: sql<string>`${titleKey}`,
  }).from(models)
    .innerJoin(organizations, eq(organizations.id, models.organizationId))
    .leftJoin(movements, eq(movements.id, models.movementId))
    .leftJoin(people, eq(people.id, models.personId))
}
export type ModelView = Awaited<ReturnType<ReturnType<typeof selectModels>['execute']>>[number]
export type ModelRow = typeof models.$inferSelect

export async function getModel(db: Tx, id: string): Promise<ModelView> {
  const [view] = await selectModels(db).where(eq(models.id, id))
  if (!view) throw notFound('modelNotFound')
  return view
}

export const modelRef = (v: ModelView): ModelRef => ({
  org: { id: v.org.id, path: v.org.path }, kind: v.row.kind, personId: v.row.personId, commendedYear: v.row.commendedYear, publishedAt: v.row.publishedAt,
})

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export interface ModelFilter {
  path: string
  /** Only commended ones (a staff account outside the subtree). */
  commendedOnly: boolean
  kind?: ModelKind
  area?: ModelArea
  movement?: string
  state?: ModelState
  q?: string
  cursor: [string, string, string] | null
  limit: number
}

export function filterSql(f: Omit<ModelFilter, 'cursor' | 'limit'>): SQL[] {
  const where: SQL[] = [sql`${organizations.path} like ${`${f.path}%`}`]
  if (f.commendedOnly) where.push(isNotNull(models.commendedYear))
  if (f.kind) where.push(eq(models.kind, f.kind))
  if (f.area) where.push(eq(models.area, f.area))
  if (f.movement) where.push(eq(models.movementId, f.movement))
  if (f.state) where.push(stateSql(f.state))
  const folded = f.q ? fold(f.q) : ''
  if (folded) {
    const term = `%${escapeLike(folded)}%`
    where.push(sql`(lower(f_unaccent(${models.title})) like ${term} or lower(f_unaccent(${models.summary})) like ${term})`)
  }
  return where
}

/** A page of a subtree's models in Vietnamese order of titles; one row more than the page to know whether another follows. */
export async function listModels(db: Tx, f: ModelFilter): Promise<ModelView[]> {
  const where = filterSql(f)
  if (f.cursor) where.push(sql`(${titleKey}, ${titleC}, ${models.id}) > (${f.cursor[0]} collate "C", ${f.cursor[1]} collate "C", ${f.cursor[2]}::uuid)`)
  return selectModels(db).where(and(...where)).orderBy(titleKey, titleC, asc(models.id)).limit(f.limit + 1)
}

const fileColumns = {
  id: modelFiles.id, role: modelFiles.role, caption: modelFiles.caption, credit: modelFiles.credit, fileName: modelFiles.fileName,
  mediaType: modelFiles.mediaType, size: modelFiles.size, width: modelFiles.width, height: modelFiles.height, position: modelFiles.position,
  hasThumb: sql<boolean>`${modelFiles.thumbData} is not null`, createdAt: modelFiles.createdAt,
}

/** A model's files in their order (evidence, then photos; each by position: the first photo is the cover), without their bytes. */
export async function filesOf(db: Tx, modelId: string, roles: readonly ModelFileRole[]) {
  if (roles.length === 0) return []
  return db.select(fileColumns).from(modelFiles).where(and(eq(modelFiles.modelId, modelId), inArray(modelFiles.role, [...roles])))
    .orderBy(asc(modelFiles.role), asc(modelFiles.position), asc(modelFiles.createdAt), asc(modelFiles.id))
}
export type FileView = Awaited<ReturnType<typeof filesOf>>[number]

/** One file of this model, without its bytes; another model's file is "not found". */
export async function getFile(db: Tx, modelId: string, fileId: string): Promise<FileView> {
  const [row] = await db.select(fileColumns).from(modelFiles).where(and(eq(modelFiles.id, fileId), eq(modelFiles.modelId, modelId)))
  if (!row) throw notFound('modelFileNotFound')
  return row
}

/** One file of this model with its bytes (and those of its small copy). */
export async function storedFile(db: Tx, modelId: string, fileId: string) {
  const [row] = await db.select({ fileName: modelFiles.fileName, mediaType: modelFiles.mediaType, data: modelFiles.data, thumbData: modelFiles.thumbData, role: modelFiles.role })
    .from(modelFiles).where(and(eq(modelFiles.id, fileId), eq(modelFiles.modelId, modelId)))
  if (!row) throw notFound('modelFileNotFound')
  return row
}

/** What to send: the file, or its small WebP copy. */
export function fileToSend(row: Awaited<ReturnType<typeof storedFile>>, thumb: boolean) {
  if (!thumb) return { fileName: row.fileName, mediaType: row.mediaType, data: Buffer.from(row.data) }
  if (!row.thumbData) throw notFound('modelThumbMissing')
  return { fileName: row.fileName.replace(/\.[a-z0-9]+$/i, '.webp'), mediaType: 'image/webp', data: Buffer.from(row.thumbData) }
}
