// The public showcase assembled: a page of the list (with its branches' names), one model's page, the filters'
// choices. Unknown, unpublished and not-commended models are all "none" (null), so their existence never shows.
import { z } from 'zod'
import { compareVi } from '../../../common/text/index.ts'
import { SHOWCASE_PAGE_SIZE, type PublicModel, type PublicModelFilters, type PublicModelList, type PublicModelQuery } from '../../../common/contracts/showcase.ts'
import type { Db } from '../../db/client.ts'
import { invalid } from '../../lib/errors.ts'
import { decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { eq } from 'drizzle-orm'
import { presentModel, presentSummary } from './showcase.public.present.ts'
import {
  branchOf, commendationsOf, filterChoices, findModel, isPublic, listPublicModels, namesOf, personShown, photosOf, positionOf, spreadOf, storiesAbout,
} from './showcase.public.query.ts'

const Cursor = z.tuple([z.number().int(), z.string().regex(/^\d{4}-\d{2}-\d{2} [\d:.]+[+-]\d{2}(:\d{2})?$/), z.uuid()])

/** The branch a `commune` filter names: a child of a root (depth 1), else a 422. */
async function branchPath(db: Db, id: string): Promise<string> {
  const [org] = await db.select({ path: organizations.path, depth: organizations.depth }).from(organizations).where(eq(organizations.id, id)).limit(1)
  if (!org || org.depth !== 1) throw invalid('showcaseNotBranch', 'commune')
  return org.path
}

export async function publicModelList(db: Db, query: PublicModelQuery): Promise<PublicModelList> {
  const cursor = decodeCursor(query.cursor, Cursor)
  const rows = await listPublicModels(db, {
    q: query.q?.trim(), area: query.area, kind: query.kind, year: query.year,
    branchPath: query.commune ? await branchPath(db, query.commune) : undefined,
    cursor, limit: SHOWCASE_PAGE_SIZE + 1,
  })
  const page = rows.slice(0, SHOWCASE_PAGE_SIZE)
  const names = await namesOf(db, page.map((r) => branchOf(r.unitPath)))
  const last = page.at(-1)
  return {
    items: page.map((r) => presentSummary(r, names)),
    nextCursor: rows.length > SHOWCASE_PAGE_SIZE && last ? encodeCursor([last.year!, last.publishedKey, last.id]) : null,
  }
}

/** A public model's page; null when it is unknown or not public. */
export async function publicModelPage(db: Db, id: string): Promise<PublicModel | null> {
  const row = await findModel(db, id)
  if (!row || !isPublic(row)) return null
  const shown = personShown(row)
  const spread = await spreadOf(db, id)
  return presentModel(row, {
    position: row.kind === 'person' && shown && row.personId ? await positionOf(db, row.personId, row.organizationId) : null,
    photos: shown ? await photosOf(db, id) : [],
    commendations: await commendationsOf(db, id),
    spread,
    stories: await storiesAbout(db, id),
    branchNames: await namesOf(db, [branchOf(row.unitPath), ...spread.units.map((u) => branchOf(u.path))]),
  })
}

export async function publicModelFilters(db: Db): Promise<PublicModelFilters> {
  const { years, branchIds } = await filterChoices(db)
  const names = await namesOf(db, branchIds)
  const communes = [...names].map(([id, name]) => ({ id, name })).sort((a, b) => compareVi(a.name, b.name))
  return { communes, years }
}
