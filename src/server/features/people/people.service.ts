// People and their placements. Counts on organizations move in the same transaction as each placement change.
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import { cleanName, cleanText, fold, nameSortKey, splitName } from '../../../common/text/index.ts'
import { queryRows, type Db, type Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired } from '../../lib/clean.ts'
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts'
import { adjustPeopleCount } from '../organizations/organizations.counts.ts'
import { organizations } from '../organizations/organizations.table.ts'
import type { PersonRef } from './people.policy.ts'
import type { ListRow, PlacementRow } from './people.present.ts'
import { people, placements } from './people.table.ts'

export type PersonRow = typeof people.$inferSelect
type PlacementTable = typeof placements.$inferSelect

/** Optional free text: blank (or only invisible characters) is no value, so it never collides in a unique column. */
const cleanOptional = (value: string | null) => (value ? cleanText(value) || null : null)

export function nameColumns(fullName: string) {
  const clean = cleanRequired(fullName, 'fullName', 2)
  const parts = splitName(clean)
  return { fullName: clean, ...parts, sortKey: nameSortKey(clean), searchKey: fold(clean) }
}

export async function getPerson(db: Tx, id: string): Promise<PersonRow> {
  const [row] = await db.select().from(people).where(eq(people.id, id)).limit(1)
  if (!row) throw notFound('personNotFound')
  return row
}

/** The person as policies see them: the units of their current placements (or of all of them, ended ones too). */
export async function personRef(db: Tx, id: string, includeEnded = false): Promise<PersonRef> {
  const units = await db
    .selectDistinct({ id: organizations.id, path: organizations.path })
    .from(placements)
    .innerJoin(organizations, eq(organizations.id, placements.organizationId))
    .where(and(eq(placements.personId, id), includeEnded ? undefined : isNull(placements.toDate)))
  return { id, units }
}

export async function listPlacements(db: Tx, personId: string): Promise<PlacementRow[]> {
  const rows = await db
    .select({
      id: placements.id, organizationId: placements.organizationId, orgCode: organizations.code, orgName: organizations.name,
      position: placements.position, leadershipTier: placements.leadershipTier, isPrimary: placements.isPrimary,
      fromDate: placements.fromDate, toDate: placements.toDate, endReason: placements.endReason,
    })
    .from(placements)
    .innerJoin(organizations, eq(organizations.id, placements.organizationId))
    .where(eq(placements.personId, personId))
  // Current first, then the most recent.
  return rows.sort((a, b) => Number(a.toDate !== null) - Number(b.toDate !== null) || b.fromDate.localeCompare(a.fromDate))
}

export interface ListPeopleInput {
  q?: string
  /** Path prefixes and unit ids the list is restricted to; null = everyone (administrators). */
  scope: { paths: string[]; unitIds: string[] } | null
  cursor: (string | number)[] | null
  limit: number
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Keyset-paginated people, in Vietnamese name order; with a query, exact-diacritic matches first. */
export async function listPeople(db: Db, input: ListPeopleInput): Promise<(ListRow & { rank: number; sortKey: string })[]> {
  const q = input.q ? cleanName(input.q) : ''
  const folded = q ? fold(q) : ''
  const exact = `%${escapeLike(q.toLowerCase())}%`
  const rank = folded ? sql`(case when lower(p.full_name) like ${exact} then 0 else 1 end)` : sql`0`
  const where: SQL[] = []
  if (folded) where.push(sql`p.search_key like ${`%${escapeLike(folded)}%`}`)
  if (input.scope) {
    const within = [
      ...input.scope.paths.map((path) => sql`o.path like ${`${path}%`}`),
      ...(input.scope.unitIds.length ? [sql`o.id in (${sql.join(input.scope.unitIds.map((id) => sql`${id}::uuid`), sql`, `)})`] : []),
    ]
    if (within.length === 0) return []
    // EXISTS per person: the planner may walk people in name order and stop at the page's end (a province's scope),
    // or gather a small subtree's people first; an IN list made it gather the whole scope for every page.
    where.push(sql`exists (select 1 from placements x join organizations o on o.id = x.organization_id
      where x.person_id = p.id and x.to_date is null and (${sql.join(within, sql` or `)}))`)
  }
  if (input.cursor && folded) {
    const [r, key, id] = input.cursor
    where.push(sql`(${rank}, p.sort_key, p.id) > (${Number(r)}, ${String(key)}, ${String(id)}::uuid)`)
  } else if (input.cursor) {
    // Without a query the rank is constant: leaving it out lets the (sort_key, id) index find the page's start.
    const [key, id] = input.cursor
    where.push(sql`(p.sort_key, p.id) > (${String(key)}, ${String(id)}::uuid)`)
  }
  const rows = await queryRows<ListRow & { rank: number; sortKey: string }>(db, sql`
    select p.id, p.full_name as "fullName", p.birth_date::text as "birthDate", p.gender, p.sort_key as "sortKey",
      u.id as "unitId", u.name as "unitName", cur.position, ${rank} as rank
    from people p
    left join lateral (select organization_id, position from placements
      where person_id = p.id and to_date is null order by is_primary desc, from_date desc limit 1) cur on true
    left join organizations u on u.id = cur.organization_id
    ${where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by rank, p.sort_key, p.id
    limit ${input.limit}`)
  return rows.map((r) => ({
    ...r,
    birthDate: r.birthDate ? String(r.birthDate).slice(0, 10) : null,
    rank: Number(r.rank),
  }))
}

export interface PersonFields {
  fullName?: string
  gender?: string | null
  birthDate?: string | null
  ethnicity?: string | null
  partyJoinDate?: string | null
  partyCardNumber?: string | null
  phone?: string | null
  email?: string | null
}

function personValues(input: PersonFields) {
  const { fullName, ethnicity, partyCardNumber, phone, ...rest } = input
  return {
    ...rest,
    ...(fullName === undefined ? {} : nameColumns(fullName)),
    ...(ethnicity === undefined ? {} : { ethnicity: ethnicity ? cleanName(ethnicity) || null : null }),
    ...(partyCardNumber === undefined ? {} : { partyCardNumber: cleanOptional(partyCardNumber) }),
    ...(phone === undefined ? {} : { phone: cleanOptional(phone) }),
  }
}

async function assertCardFree(tx: Tx, card: string | null | undefined, exceptId?: string) {
  if (!card) return
  const [hit] = await tx.select({ id: people.id }).from(people).where(eq(people.partyCardNumber, card))
  if (hit && hit.id !== exceptId) throw new AppError('conflict', 'partyCardTaken', {}, { fields: [{ path: 'partyCardNumber', message: 'partyCardTaken' }] })
}

export interface PlacementFields {
  position: string
  leadershipTier: string
  isPrimary: boolean
  fromDate: string
  toDate?: string | null
}

/** One current primary placement per person: a transfer ends the old one before the new one starts. */
async function assertNoOtherPrimary(tx: Tx, personId: string, exceptId?: string) {
  const rows = await tx
    .select({ id: placements.id })
    .from(placements)
    .where(and(eq(placements.personId, personId), eq(placements.isPrimary, true), isNull(placements.toDate)))
  if (rows.some((r) => r.id !== exceptId)) throw new AppError('conflict', 'primaryExists', {}, { fields: [{ path: 'isPrimary', message: 'primaryExists' }] })
}

async function insertPlacement(tx: Tx, ctx: Ctx, personId: string, org: { id: string; path: string; status: string }, p: PlacementFields) {
  if (org.status !== 'active') throw conflict('orgNotActive')
  if (p.toDate && p.toDate < p.fromDate) throw invalid('dateBeforeStart', 'toDate')
  if (p.isPrimary && !p.toDate) await assertNoOtherPrimary(tx, personId)
  const [row] = await tx
    .insert(placements)
    .values({ personId, organizationId: org.id, position: cleanRequired(p.position, 'position', 1), leadershipTier: p.leadershipTier, isPrimary: p.isPrimary, fromDate: p.fromDate, toDate: p.toDate ?? null })
    .returning()
  if (row.isPrimary && row.toDate === null) await adjustPeopleCount(tx, org, 1)
  await audit(tx, ctx, { action: 'placement.create', entityType: 'placement', entityId: row.id, organizationId: org.id, data: { personId, ...p } })
  return row
}

export async function createPerson({ db, ctx, input, org }: { db: Db | Tx; ctx: Ctx; input: PersonFields & { fullName: string; placement?: PlacementFields }; org: { id: string; path: string; status: string } | null }) {
  const { placement, ...fields } = input
  const values = personValues(fields)
  return db.transaction(async (tx) => {
    await assertCardFree(tx, values.partyCardNumber)
    const [row] = await tx.insert(people).values(values as typeof people.$inferInsert).returning()
    await audit(tx, ctx, { action: 'person.create', entityType: 'person', entityId: row.id, organizationId: org?.id ?? null, data: { fullName: row.fullName } })
    if (placement && org) await insertPlacement(tx, ctx, row.id, org, placement)
    return row
  })
}

export async function updatePerson({ db, ctx, person, input }: { db: Db; ctx: Ctx; person: PersonRow; input: PersonFields }) {
  const values = personValues(input)
  return db.transaction(async (tx) => {
    await assertCardFree(tx, values.partyCardNumber, person.id)
    const [row] = await tx.update(people).set({ ...values, updatedAt: new Date() }).where(eq(people.id, person.id)).returning()
    const changed = Object.keys(input).filter((k) => k !== 'phone' && k !== 'email')
    await audit(tx, ctx, { action: 'person.update', entityType: 'person', entityId: person.id, data: { fields: Object.keys(input), before: Object.fromEntries(changed.map((k) => [k, person[k as keyof PersonRow]])) } })
    return row
  })
}

export async function addPlacement({ db, ctx, person, org, input }: { db: Db; ctx: Ctx; person: PersonRow; org: { id: string; path: string; status: string }; input: PlacementFields }) {
  return db.transaction((tx) => insertPlacement(tx, ctx, person.id, org, input))
}

export async function getPlacement(db: Tx, personId: string, placementId: string): Promise<PlacementTable> {
  const [row] = await db.select().from(placements).where(and(eq(placements.id, placementId), eq(placements.personId, personId)))
  if (!row) throw notFound('placementNotFound')
  return row
}

export async function updatePlacement({ db, ctx, placement, input }: { db: Db; ctx: Ctx; placement: PlacementTable; input: Partial<PlacementFields> & { endReason?: string | null } }) {
  const next = { ...placement, ...input, position: input.position ? cleanRequired(input.position, 'position', 1) : placement.position }
  if (next.toDate && next.toDate < next.fromDate) throw invalid('dateBeforeStart', 'toDate')
  if (next.toDate && !next.endReason) next.endReason = 'transfer'
  if (!next.toDate) next.endReason = null
  return db.transaction(async (tx) => {
    if (next.isPrimary && !next.toDate) await assertNoOtherPrimary(tx, placement.personId, placement.id)
    const [row] = await tx
      .update(placements)
      .set({ position: next.position, leadershipTier: next.leadershipTier, isPrimary: next.isPrimary, fromDate: next.fromDate, toDate: next.toDate ?? null, endReason: next.endReason, updatedAt: new Date() })
      .where(eq(placements.id, placement.id))
      .returning()
    const counted = (p: { isPrimary: boolean; toDate: string | null }) => (p.isPrimary && p.toDate === null ? 1 : 0)
    const delta = counted(row) - counted(placement)
    if (delta !== 0) {
      const [org] = await tx.select({ id: organizations.id, path: organizations.path }).from(organizations).where(eq(organizations.id, row.organizationId))
      await adjustPeopleCount(tx, org, delta)
    }
    await audit(tx, ctx, { action: 'placement.update', entityType: 'placement', entityId: row.id, organizationId: row.organizationId, data: { personId: row.personId, before: { position: placement.position, leadershipTier: placement.leadershipTier, isPrimary: placement.isPrimary, fromDate: placement.fromDate, toDate: placement.toDate }, after: input } })
    return row
  })
}

export async function orgsForPlacement(db: Tx, ids: string[]) {
  if (ids.length === 0) return []
  return db.select({ id: organizations.id, path: organizations.path, status: organizations.status }).from(organizations).where(inArray(organizations.id, ids))
}
