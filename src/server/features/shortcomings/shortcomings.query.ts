// Reading the register: one shortcoming with what its presenter and its rules need (raising unit, subject, the
// person's unit, the cycle's year, action counts), the register over a subtree with its filters (keyset-paged), and a
// shortcoming's actions, timeline and evidence.
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { ShortcomingSeverity, ShortcomingSource, ShortcomingStatus, SubjectKind } from '../../../common/contracts/shortcomings.ts'
import type { Tx } from '../../db/client.ts'
import { notFound } from '../../lib/errors.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people, placements } from '../people/people.table.ts'
import type { ShortcomingRef } from './shortcomings.policy.ts'
import { shortcomingActions, shortcomingEvents, shortcomingEvidence, shortcomings } from './shortcomings.table.ts'

const raisingOrg = alias(organizations, 'raising_org')
const subjectOrg = alias(organizations, 'subject_org')

/** Shortcomings that concern a subtree: their subject person is placed there, their subject organization or their raising unit lies there. */
export function concernsSubtree(path: string): SQL {
  const prefix = `${path}%`
  return sql`(${shortcomings.organizationId} in (select id from organizations where path like ${prefix})
    or ${shortcomings.subjectOrgId} in (select id from organizations where path like ${prefix})
    or ${shortcomings.personId} in (select pl.person_id from placements pl join organizations o on o.id = pl.organization_id where pl.to_date is null and o.path like ${prefix}))`
}

/** An action still open past its due date. */
const lateAction = (today: string) =>
  sql`exists (select 1 from shortcoming_actions a where a.shortcoming_id = ${shortcomings.id} and a.status = 'open' and a.due_on < ${today}::date)`

/** Not fixed, and past its own due date or with an action past its due date. */
export const overdueSql = (today: string) =>
  sql`(${shortcomings.status} in ('open','proposed') and (${shortcomings.dueOn} < ${today}::date or ${lateAction(today)}))`

/** The person's unit to show: their primary current placement first. */
const personUnitId = sql<string | null>`(select pl.organization_id from placements pl where pl.person_id = ${shortcomings.personId} and pl.to_date is null
  order by pl.is_primary desc, pl.from_date desc limit 1)`

function selectShortcomings(db: Tx, today: string) {
  return db.select({
    row: shortcomings,
    raisedBy: { id: raisingOrg.id, name: raisingOrg.name, path: raisingOrg.path },
    subjectOrg: { id: subjectOrg.id, name: subjectOrg.name, path: subjectOrg.path },
    person: { id: people.id, fullName: people.fullName },
    cycleYear: cycles.year,
    personUnitId,
    actionCount: sql<number>`(select count(*)::int from shortcoming_actions a where a.shortcoming_id = ${shortcomings.id})`,
    openActionCount: sql<number>`(select count(*)::int from shortcoming_actions a where a.shortcoming_id = ${shortcomings.id} and a.status = 'open')`,
    overdue: sql<boolean>`${overdueSql(today)}`,
  }).from(shortcomings)
    .innerJoin(raisingOrg, eq(raisingOrg.id, shortcomings.organizationId))
    .innerJoin(cycles, eq(cycles.id, shortcomings.cycleId))
    .leftJoin(subjectOrg, eq(subjectOrg.id, shortcomings.subjectOrgId))
    .leftJoin(people, eq(people.id, shortcomings.personId))
}
export type ShortcomingView = Awaited<ReturnType<ReturnType<typeof selectShortcomings>['execute']>>[number]
export type ShortcomingRow = typeof shortcomings.$inferSelect

export async function getShortcoming(db: Tx, id: string, today: string): Promise<ShortcomingView> {
  const [view] = await selectShortcomings(db, today).where(eq(shortcomings.id, id))
  if (!view) throw notFound('shortcomingNotFound')
  return view
}

/** The shortcoming as the policy sees it (the subject person's current units included). */
export async function shortcomingRef(db: Tx, view: ShortcomingView): Promise<ShortcomingRef> {
  const personUnits = view.row.personId
    ? await db.selectDistinct({ id: organizations.id, path: organizations.path }).from(placements)
      .innerJoin(organizations, eq(organizations.id, placements.organizationId))
      .where(and(eq(placements.personId, view.row.personId), isNull(placements.toDate)))
    : []
  return { raisedBy: view.raisedBy, subjectOrg: view.subjectOrg, personId: view.row.personId, personUnits }
}

export interface ShortcomingFilter {
  path: string
  status?: ShortcomingStatus
  source?: ShortcomingSource
  severity?: ShortcomingSeverity
  overdue?: boolean
  subject?: SubjectKind
  sourceId?: string
  cursor?: [string, string] | null
  limit: number
  today: string
}

export function filterSql(f: Omit<ShortcomingFilter, 'limit' | 'cursor'>): SQL[] {
  const where: SQL[] = [concernsSubtree(f.path)]
  if (f.status) where.push(eq(shortcomings.status, f.status))
  if (f.source) where.push(eq(shortcomings.source, f.source))
  if (f.severity) where.push(eq(shortcomings.severity, f.severity))
  if (f.subject) where.push(f.subject === 'person' ? isNotNull(shortcomings.personId) : isNotNull(shortcomings.subjectOrgId))
  if (f.sourceId) where.push(eq(shortcomings.sourceId, f.sourceId))
  if (f.overdue) where.push(overdueSql(f.today))
  return where
}

/** The register over a subtree, newest first; one row more than the page to know whether another follows. */
export async function listShortcomings(db: Tx, f: ShortcomingFilter): Promise<ShortcomingView[]> {
  const where = filterSql(f)
  if (f.cursor) where.push(sql`(${shortcomings.createdAt}, ${shortcomings.id}) < (${f.cursor[0]}::timestamptz, ${f.cursor[1]}::uuid)`)
  return selectShortcomings(db, f.today).where(and(...where)).orderBy(desc(shortcomings.createdAt), desc(shortcomings.id)).limit(f.limit + 1)
}

/** A person's own shortcomings, unresolved first, newest first (a person has few). */
export async function personShortcomings(db: Tx, personId: string, today: string): Promise<ShortcomingView[]> {
  return selectShortcomings(db, today).where(eq(shortcomings.personId, personId))
    .orderBy(sql`${shortcomings.status} = 'fixed'`, desc(shortcomings.createdAt), desc(shortcomings.id)).limit(200)
}

/** Names of organizations by id (the persons' units). */
export async function orgNames(db: Tx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))]
  if (wanted.length === 0) return new Map()
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, wanted))
  return new Map(rows.map((r) => [r.id, r.name]))
}

const ownerOrg = alias(organizations, 'owner_org')

export async function shortcomingActionsOf(db: Tx, shortcomingId: string) {
  return db.select({ row: shortcomingActions, owner: { id: ownerOrg.id, name: ownerOrg.name, path: ownerOrg.path } })
    .from(shortcomingActions).leftJoin(ownerOrg, eq(ownerOrg.id, shortcomingActions.ownerOrgId))
    .where(eq(shortcomingActions.shortcomingId, shortcomingId)).orderBy(asc(shortcomingActions.dueOn), asc(shortcomingActions.createdAt), asc(shortcomingActions.id))
}
export type ActionView = Awaited<ReturnType<typeof shortcomingActionsOf>>[number]

export async function getAction(db: Tx, shortcomingId: string, actionId: string): Promise<ActionView> {
  const [view] = (await shortcomingActionsOf(db, shortcomingId)).filter((a) => a.row.id === actionId)
  if (!view) throw notFound('shortcomingActionNotFound')
  return view
}

/** Every step, oldest first, with who took it and the evidence files (never their bytes). */
export async function shortcomingTimeline(db: Tx, shortcomingId: string) {
  const events = await db.select({ row: shortcomingEvents, by: accounts.displayName }).from(shortcomingEvents)
    .leftJoin(accounts, eq(accounts.id, shortcomingEvents.actorAccountId))
    .where(eq(shortcomingEvents.shortcomingId, shortcomingId)).orderBy(asc(shortcomingEvents.at), asc(shortcomingEvents.id))
  const ids = events.map((e) => e.row.id)
  const files = ids.length
    ? await db.select({
      id: shortcomingEvidence.id, eventId: shortcomingEvidence.eventId, fileName: shortcomingEvidence.fileName, mediaType: shortcomingEvidence.mediaType,
      size: shortcomingEvidence.size, width: shortcomingEvidence.width, height: shortcomingEvidence.height,
    }).from(shortcomingEvidence).where(inArray(shortcomingEvidence.eventId, ids)).orderBy(asc(shortcomingEvidence.createdAt), asc(shortcomingEvidence.id))
    : []
  return events.map((e) => ({ ...e, evidence: files.filter((f) => f.eventId === e.row.id) }))
}
export type TimelineEntry = Awaited<ReturnType<typeof shortcomingTimeline>>[number]

/** One evidence file of this shortcoming with its bytes; another shortcoming's file is "not found". */
export async function evidenceFile(db: Tx, shortcomingId: string, evidenceId: string) {
  const [row] = await db.select({ file: shortcomingEvidence }).from(shortcomingEvidence)
    .innerJoin(shortcomingEvents, eq(shortcomingEvents.id, shortcomingEvidence.eventId))
    .where(and(eq(shortcomingEvidence.id, evidenceId), eq(shortcomingEvents.shortcomingId, shortcomingId)))
  if (!row) throw notFound('shortcomingEvidenceNotFound')
  return { fileName: row.file.fileName, mediaType: row.file.mediaType, data: Buffer.from(row.file.data) }
}
