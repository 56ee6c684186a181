// Reading nominations: one with what its presenter and its rules need (the model, its unit and person, the nominating
// unit, the level holding it, the decision that commended it), the inbox with its boxes and filters (keyset-paged), a
// nomination's history and reviews, and the model a nomination is made for.
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { NominationBox, NominationStatus } from '../../../common/contracts/nominations.ts'
import type { Tx } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { isAdmin, scopesFor } from '../../lib/authz.ts'
import { notFound } from '../../lib/errors.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { models } from '../models/models.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'
import { READ_ROLES, type NominationRef } from './nominations.policy.ts'
import { commendations, nominationEvents, nominationReviews, nominations } from './nominations.table.ts'

const byOrg = alias(organizations, 'by_org')
const atOrg = alias(organizations, 'at_org')
const modelOrg = alias(organizations, 'model_org')

export function selectNominations(db: Tx) {
  return db.select({
    row: nominations,
    model: { id: models.id, title: models.title, kind: models.kind, area: models.area, summary: models.summary, personId: models.personId },
    personName: people.fullName,
    modelUnit: { id: modelOrg.id, name: modelOrg.name, path: modelOrg.path },
    nominatedBy: { id: byOrg.id, name: byOrg.name, path: byOrg.path },
    at: { id: atOrg.id, name: atOrg.name, path: atOrg.path, kind: atOrg.kind, parentId: atOrg.parentId },
    commendation: { id: commendations.id, number: commendations.number, form: commendations.form, organizationId: commendations.organizationId },
  }).from(nominations)
    .innerJoin(models, eq(models.id, nominations.modelId))
    .innerJoin(modelOrg, eq(modelOrg.id, models.organizationId))
    .innerJoin(byOrg, eq(byOrg.id, nominations.nominatedByOrgId))
    .innerJoin(atOrg, eq(atOrg.id, nominations.atOrgId))
    .leftJoin(people, eq(people.id, models.personId))
    .leftJoin(commendations, eq(commendations.id, nominations.commendationId))
}
export type NominationView = Awaited<ReturnType<ReturnType<typeof selectNominations>['execute']>>[number]

export async function getNomination(db: Tx, id: string): Promise<NominationView> {
  const [view] = await selectNominations(db).where(eq(nominations.id, id))
  if (!view) throw notFound('nominationNotFound')
  return view
}

export async function getNominationsByIds(db: Tx, ids: string[]): Promise<NominationView[]> {
  return ids.length ? selectNominations(db).where(inArray(nominations.id, ids)) : []
}

/** Accounts that declared a conflict of interest on a nomination, at any level. */
export async function conflictAccounts(db: Tx, nominationId: string): Promise<string[]> {
  const rows = await db.select({ id: nominationReviews.reviewerAccountId }).from(nominationReviews)
    .where(and(eq(nominationReviews.nominationId, nominationId), eq(nominationReviews.conflict, true)))
  return rows.map((r) => r.id)
}

export async function nominationRef(db: Tx, view: NominationView): Promise<NominationRef> {
  return {
    nominatedBy: view.nominatedBy, at: view.at, modelUnit: view.modelUnit, modelPersonId: view.model.personId,
    conflictAccountIds: await conflictAccounts(db, view.row.id),
  }
}

/** Any of these units, or anything under these paths, holds the column's organization. */
function inScopes(column: typeof nominations.atOrgId | typeof nominations.nominatedByOrgId, paths: string[], unitIds: string[]): SQL {
  const parts: SQL[] = paths.map((p) => sql`${column} in (select id from organizations where path like ${`${p}%`})`)
  if (unitIds.length) parts.push(inArray(column, unitIds))
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`
}

/** The units on which the actor holds a reading role: "my units". */
function myUnitIds(actor: Actor): string[] {
  return [...new Set(actor.grants.filter((g) => READ_ROLES.includes(g.role)).map((g) => g.organizationId))]
}

export interface NominationFilter {
  box: NominationBox
  /** The unit the box is about; null: the actor's own grants. */
  org: { id: string; path: string } | null
  modelId?: string
  year?: number
  status?: NominationStatus
  cursor?: [string, string] | null
  limit: number
}

export function filterSql(actor: Actor, f: NominationFilter): SQL[] {
  const where: SQL[] = []
  if (f.modelId) where.push(eq(nominations.modelId, f.modelId))
  else if (f.box === 'at') where.push(f.org ? eq(nominations.atOrgId, f.org.id) : isAdmin(actor) ? sql`true` : inScopes(nominations.atOrgId, [], myUnitIds(actor)))
  else if (f.box === 'sent') where.push(f.org ? eq(nominations.nominatedByOrgId, f.org.id) : isAdmin(actor) ? sql`true` : inScopes(nominations.nominatedByOrgId, [], myUnitIds(actor)))
  else if (f.org) where.push(sql`(${inScopes(nominations.nominatedByOrgId, [f.org.path], [])} or ${inScopes(nominations.atOrgId, [f.org.path], [])})`)
  else if (!isAdmin(actor)) {
    const s = scopesFor(actor, READ_ROLES)
    where.push(sql`(${inScopes(nominations.nominatedByOrgId, s.paths, s.unitIds)} or ${inScopes(nominations.atOrgId, s.paths, s.unitIds)})`)
  }
  const status = f.status ?? (f.box === 'at' && !f.modelId ? 'in_review' : undefined)
  if (status) where.push(eq(nominations.status, status))
  if (f.year) where.push(eq(nominations.year, f.year))
  return where
}

/** Newest first; one row more than the page to know whether another follows. */
export async function listNominations(db: Tx, actor: Actor, f: NominationFilter): Promise<NominationView[]> {
  const where = filterSql(actor, f)
  if (f.cursor) where.push(sql`(${nominations.createdAt}, ${nominations.id}) < (${f.cursor[0]}::timestamptz, ${f.cursor[1]}::uuid)`)
  return selectNominations(db).where(and(...where)).orderBy(desc(nominations.createdAt), desc(nominations.id)).limit(f.limit + 1)
}

const fromOrg = alias(organizations, 'from_org')
const toOrg = alias(organizations, 'to_org')

/** Every step, oldest first, with its units and who took it. */
export async function nominationHistory(db: Tx, nominationId: string) {
  return db.select({
    row: nominationEvents,
    by: accounts.displayName,
    from: { id: fromOrg.id, name: fromOrg.name, path: fromOrg.path },
    to: { id: toOrg.id, name: toOrg.name, path: toOrg.path },
  }).from(nominationEvents)
    .leftJoin(accounts, eq(accounts.id, nominationEvents.actorAccountId))
    .leftJoin(fromOrg, eq(fromOrg.id, nominationEvents.fromOrgId))
    .leftJoin(toOrg, eq(toOrg.id, nominationEvents.toOrgId))
    .where(eq(nominationEvents.nominationId, nominationId))
    .orderBy(asc(nominationEvents.at), asc(nominationEvents.id))
}
export type HistoryEntry = Awaited<ReturnType<typeof nominationHistory>>[number]

const levelOrg = alias(organizations, 'level_org')

/** Every review at every level, levels from the lowest up, reviews oldest first. */
export async function nominationReviewsOf(db: Tx, nominationId: string) {
  return db.select({
    row: nominationReviews,
    reviewer: accounts.displayName,
    level: { id: levelOrg.id, name: levelOrg.name, path: levelOrg.path, depth: levelOrg.depth },
  }).from(nominationReviews)
    .innerJoin(accounts, eq(accounts.id, nominationReviews.reviewerAccountId))
    .innerJoin(levelOrg, eq(levelOrg.id, nominationReviews.orgId))
    .where(eq(nominationReviews.nominationId, nominationId))
    .orderBy(desc(levelOrg.depth), asc(nominationReviews.createdAt), asc(nominationReviews.id))
}
export type ReviewEntry = Awaited<ReturnType<typeof nominationReviewsOf>>[number]

/** A model with its unit, for nominating it. */
export async function modelForNomination(db: Tx, id: string) {
  const [row] = await db.select({
    id: models.id, area: models.area, personId: models.personId, commendedYear: models.commendedYear,
    unit: { id: organizations.id, path: organizations.path },
  }).from(models).innerJoin(organizations, eq(organizations.id, models.organizationId)).where(eq(models.id, id))
  return row ?? null
}

/** The model's unit and its ancestors that the actor holds as office, secretary or leader (active ones), top first. */
export async function nominateAsUnits(db: Tx, actor: Actor, modelUnitPath: string, roles: readonly string[]) {
  const ids = modelUnitPath.split('/').filter(Boolean)
  const mine = isAdmin(actor) ? ids : ids.filter((id) => actor.grants.some((g) => roles.includes(g.role) && g.organizationId === id))
  if (mine.length === 0) return []
  const rows = await db.select({ id: organizations.id, name: organizations.name, depth: organizations.depth }).from(organizations)
    .where(and(inArray(organizations.id, mine), eq(organizations.status, 'active')))
  return rows.sort((a, b) => a.depth - b.depth).map(({ id, name }) => ({ id, name }))
}

/** Has the model been commended for this year (by a decision, or as recorded on the model)? */
export async function commendedIn(db: Tx, modelId: string, year: number, commendedYear: number | null): Promise<boolean> {
  if (commendedYear === year) return true
  const [row] = await db.select({ id: nominations.id }).from(nominations)
    .where(and(eq(nominations.modelId, modelId), eq(nominations.year, year), eq(nominations.status, 'commended'))).limit(1)
  return Boolean(row)
}

/** An open nomination (in review or returned) of the model for the year. */
export async function openNomination(db: Tx, modelId: string, year: number): Promise<boolean> {
  const [row] = await db.select({ id: nominations.id }).from(nominations)
    .where(and(eq(nominations.modelId, modelId), eq(nominations.year, year), or(eq(nominations.status, 'in_review'), eq(nominations.status, 'returned')))).limit(1)
  return Boolean(row)
}
