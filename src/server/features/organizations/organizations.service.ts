// Organization tree operations. Each write runs in one transaction with its audit event and history entry.
import { and, asc, eq, inArray, isNull, like, ne, or, sql } from 'drizzle-orm'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import { addDays, todayIso } from '../../../common/dates.ts'
import { cleanName, fold } from '../../../common/text/index.ts'
import { queryRows, type Db, type Tx } from '../../db/client.ts'
import type { Actor, Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired } from '../../lib/clean.ts'
import { scopesFor } from '../../lib/authz.ts'
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts'
import { placements } from '../people/people.table.ts'
import { moveCommitments, recomputeCommitmentStats } from '../commitments/commitments.stats.ts'
import { recomputeEvaluationStats } from '../evaluations/evaluations.stats.ts'
import { pathIds, recomputeCounts } from './organizations.counts.ts'
import { READ_ROLES } from './organizations.policy.ts'
import { organizationHistory, organizations } from './organizations.table.ts'

export type OrgRow = typeof organizations.$inferSelect

export const searchKeyOf = (name: string, code: string) => `${fold(name)} ${code.toLowerCase()}`

export async function getOrganization(db: Tx, id: string): Promise<OrgRow> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1)
  if (!row) throw notFound('organizationNotFound')
  return row
}

export async function getOrganizationByCode(db: Tx, code: string): Promise<OrgRow> {
  const [row] = await db.select().from(organizations).where(eq(organizations.code, code)).limit(1)
  if (!row) throw notFound('organizationNotFound')
  return row
}

export async function getAncestors(db: Tx, org: OrgRow): Promise<OrgRow[]> {
  const ids = pathIds(org.path).slice(0, -1)
  if (ids.length === 0) return []
  const rows = await db.select().from(organizations).where(inArray(organizations.id, ids))
  return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is OrgRow => !!r)
}

const collator = new Intl.Collator('vi', { numeric: true })
export const byName = (a: OrgRow, b: OrgRow) => collator.compare(a.name, b.name)

export async function listChildren(db: Db, parentId: string, includeInactive = false): Promise<OrgRow[]> {
  const rows = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.parentId, parentId), includeInactive ? undefined : eq(organizations.status, 'active')))
  return rows.sort(byName)
}

/** The top organizations an actor can browse from: the root for admins, else each granted unit not inside another. */
export async function listEntryPoints(db: Db, actor: Actor): Promise<OrgRow[]> {
  const scope = scopesFor(actor, READ_ROLES)
  if (scope.all) return db.select().from(organizations).where(isNull(organizations.parentId)).orderBy(asc(organizations.name))
  const ids = [...new Set(actor.grants.map((g) => g.organizationId))]
  if (ids.length === 0) return []
  const rows = await db.select().from(organizations).where(inArray(organizations.id, ids))
  return rows.filter((r) => !scope.paths.some((p) => r.path !== p && r.path.startsWith(p))).sort(byName)
}

/** Organizations whose name or code matches, inside what the actor may read. */
export async function searchOrganizations(db: Db, actor: Actor, q: string, limit = 20): Promise<OrgRow[]> {
  const scope = scopesFor(actor, READ_ROLES)
  const term = `%${fold(q).replace(/[\\%_]/g, (c: string) => `\\${c}`)}%`
  const within = scope.all
    ? undefined
    : or(
        ...scope.paths.map((p) => like(organizations.path, `${p}%`)),
        scope.unitIds.length ? inArray(organizations.id, scope.unitIds) : undefined,
        sql`false`,
      )
  const rows = await db
    .select()
    .from(organizations)
    .where(and(like(organizations.searchKey, term), eq(organizations.status, 'active'), within))
    .orderBy(asc(organizations.depth), asc(organizations.name))
    .limit(limit)
  return rows
}

export interface HistoryRow {
  id: string
  kind: string
  effectiveDate: string
  recordedAt: string
  details: Record<string, unknown>
  actor: string | null
}

export async function listHistory(db: Db, orgId: string): Promise<HistoryRow[]> {
  const rows = await queryRows<HistoryRow>(db, sql`
    select h.id, h.kind, h.effective_date::text as "effectiveDate", h.created_at as "recordedAt", h.details, a.username as actor
    from organization_history h left join accounts a on a.id = h.actor_account_id
    where h.organization_id = ${orgId} order by h.created_at desc, h.id limit 200`)
  return rows.map((r) => ({ ...r, effectiveDate: String(r.effectiveDate).slice(0, 10), recordedAt: new Date(r.recordedAt).toISOString() }))
}

function effectiveDate(date: string | undefined): string {
  const d = date ?? todayIso()
  if (d > addDays(todayIso(), 366)) throw invalid('dateInFuture', 'effectiveDate')
  return d
}

function assertActive(org: OrgRow) {
  if (org.status !== 'active') throw conflict('orgNotActive')
}

async function history(tx: Tx, ctx: Ctx, orgId: string, kind: string, date: string, details: Record<string, unknown>) {
  await tx.insert(organizationHistory).values({ organizationId: orgId, kind, effectiveDate: date, details, actorAccountId: ctx.actor.accountId })
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const [hit] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.code, code), exceptId ? ne(organizations.id, exceptId) : undefined))
    .limit(1)
  if (hit) throw new AppError('conflict', 'orgCodeTaken', { code }, { fields: [{ path: 'code', message: 'orgCodeTaken' }] })
}

export interface CreateOrganizationInput {
  parent: OrgRow | null
  code: string
  name: string
  kind: OrgKind
  validFrom?: string
}

export async function createOrganization({ db, ctx, input }: { db: Db | Tx; ctx: Ctx; input: CreateOrganizationInput }): Promise<OrgRow> {
  const name = cleanRequired(input.name, 'name', 2)
  const code = input.code.trim()
  if (input.parent) assertActive(input.parent)
  const date = effectiveDate(input.validFrom)
  return db.transaction(async (tx) => {
    await assertCodeFree(tx, code)
    const id = crypto.randomUUID()
    const path = `${input.parent?.path ?? '/'}${id}/`
    const [row] = await tx
      .insert(organizations)
      .values({ id, code, name, kind: input.kind, parentId: input.parent?.id ?? null, path, depth: pathIds(path).length - 1, searchKey: searchKeyOf(name, code), validFrom: date })
      .returning()
    if (input.parent) {
      await tx.update(organizations).set({ childCount: sql`${organizations.childCount} + 1` }).where(eq(organizations.id, input.parent.id))
    }
    await history(tx, ctx, id, 'created', date, { name, code, kind: input.kind, parentId: input.parent?.id ?? null })
    await audit(tx, ctx, { action: 'organization.create', entityType: 'organization', entityId: id, organizationId: id, data: { name, code, kind: input.kind, parentId: input.parent?.id ?? null } })
    return row
  })
}

export async function updateOrganization({ db, ctx, org, input }: { db: Db; ctx: Ctx; org: OrgRow; input: { name?: string; code?: string; kind?: OrgKind } }): Promise<OrgRow> {
  assertActive(org)
  const name = input.name === undefined ? org.name : cleanRequired(input.name, 'name', 2)
  const code = input.code?.trim() ?? org.code
  const kind = input.kind ?? (org.kind as OrgKind)
  return db.transaction(async (tx) => {
    if (code !== org.code) await assertCodeFree(tx, code, org.id)
    const [row] = await tx
      .update(organizations)
      .set({ name, code, kind, searchKey: searchKeyOf(name, code), updatedAt: new Date() })
      .where(eq(organizations.id, org.id))
      .returning()
    const today = todayIso()
    if (name !== org.name) await history(tx, ctx, org.id, 'renamed', today, { from: org.name, to: name })
    if (code !== org.code) await history(tx, ctx, org.id, 'recoded', today, { from: org.code, to: code })
    if (kind !== org.kind) await history(tx, ctx, org.id, 'retyped', today, { from: org.kind, to: kind })
    await audit(tx, ctx, { action: 'organization.update', entityType: 'organization', entityId: org.id, organizationId: org.id, data: { before: { name: org.name, code: org.code, kind: org.kind }, after: { name, code, kind } } })
    return row
  })
}

/** Re-roots the subtree of `org` under `target`, rewriting the materialized paths. */
async function reparent(tx: Tx, org: OrgRow, target: OrgRow): Promise<void> {
  const newPath = `${target.path}${org.id}/`
  const depthDelta = target.depth + 1 - org.depth
  await tx.execute(sql`
    update organizations set path = ${newPath} || substr(path, ${org.path.length + 1}), depth = depth + ${depthDelta}
    where path like ${`${org.path}%`}`)
  await tx.update(organizations).set({ parentId: target.id, updatedAt: new Date() }).where(eq(organizations.id, org.id))
}

function assertNotInside(org: OrgRow, target: OrgRow, key: 'moveIntoOwnSubtree' | 'mergeIntoSelf') {
  if (target.path.startsWith(org.path)) throw invalid(key, key === 'moveIntoOwnSubtree' ? 'newParentId' : 'intoId')
}

export async function moveOrganization({ db, ctx, org, target, date }: { db: Db; ctx: Ctx; org: OrgRow; target: OrgRow; date?: string }): Promise<OrgRow> {
  assertActive(org)
  assertActive(target)
  if (!org.parentId) throw conflict('orgIsRoot')
  assertNotInside(org, target, 'moveIntoOwnSubtree')
  const when = effectiveDate(date)
  return db.transaction(async (tx) => {
    const oldAncestors = pathIds(org.path).slice(0, -1)
    await reparent(tx, org, target)
    const affected = [...new Set([...oldAncestors, ...pathIds(target.path)])]
    await recomputeCounts(tx, affected)
    await recomputeCommitmentStats(tx, affected)
    await recomputeEvaluationStats(tx, affected)
    const [from] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, org.parentId!))
    await history(tx, ctx, org.id, 'moved', when, { fromParentId: org.parentId, fromParentName: from?.name ?? null, toParentId: target.id, toParentName: target.name })
    await audit(tx, ctx, { action: 'organization.move', entityType: 'organization', entityId: org.id, organizationId: org.id, data: { fromParentId: org.parentId, toParentId: target.id, effectiveDate: when } })
    return getOrganization(tx, org.id)
  })
}

/**
 * Merges `org` into `target`: its current members get placements in the target from the effective date (leadership
 * posts do not carry over), its sub-units move under the target, and it is closed as 'merged' with the history kept.
 */
export async function mergeOrganization({ db, ctx, org, target, date }: { db: Db; ctx: Ctx; org: OrgRow; target: OrgRow; date?: string }) {
  assertActive(org)
  assertActive(target)
  if (!org.parentId) throw conflict('orgIsRoot')
  assertNotInside(org, target, 'mergeIntoSelf')
  const when = effectiveDate(date)
  return db.transaction(async (tx) => {
    const current = await tx.select().from(placements).where(and(eq(placements.organizationId, org.id), isNull(placements.toDate)))
    for (const p of current) {
      await tx.update(placements).set({ toDate: p.fromDate > addDays(when, -1) ? p.fromDate : addDays(when, -1), endReason: 'merge', updatedAt: new Date() }).where(eq(placements.id, p.id))
    }
    const moved = current.filter((p) => p.isPrimary)
    if (moved.length) {
      await tx.insert(placements).values(
        moved.map((p) => ({
          personId: p.personId,
          organizationId: target.id,
          position: p.leadershipTier === 'none' ? p.position : 'Đảng viên',
          leadershipTier: 'none',
          isPrimary: true,
          fromDate: p.fromDate > when ? p.fromDate : when,
        })),
      )
    }
    const children = await tx.select().from(organizations).where(and(eq(organizations.parentId, org.id), ne(organizations.status, 'dissolved')))
    for (const child of children) await reparent(tx, child, target)
    await tx.update(organizations).set({ status: 'merged', mergedIntoId: target.id, validTo: when, updatedAt: new Date() }).where(eq(organizations.id, org.id))
    await moveCommitments(tx, org.id, target.id)
    await tx.execute(sql`update evaluations set organization_id = ${target.id}, updated_at = now() where organization_id = ${org.id}`)
    const affected = [...new Set([...pathIds(org.path), ...pathIds(target.path)])]
    await recomputeCounts(tx, affected)
    await recomputeCommitmentStats(tx, affected)
    await recomputeEvaluationStats(tx, affected)
    const facts = { people: moved.length, placementsEnded: current.length, subUnits: children.length }
    await history(tx, ctx, org.id, 'merged_into', when, { ...facts, otherId: target.id, otherName: target.name })
    await history(tx, ctx, target.id, 'absorbed', when, { ...facts, otherId: org.id, otherName: org.name })
    await audit(tx, ctx, { action: 'organization.merge', entityType: 'organization', entityId: org.id, organizationId: target.id, data: { intoId: target.id, effectiveDate: when, ...facts } })
    return { source: await getOrganization(tx, org.id), target: await getOrganization(tx, target.id), ...facts }
  })
}

export async function dissolveOrganization({ db, ctx, org, date, reason }: { db: Db; ctx: Ctx; org: OrgRow; date?: string; reason?: string }) {
  assertActive(org)
  if (!org.parentId) throw conflict('orgIsRoot')
  const when = effectiveDate(date)
  return db.transaction(async (tx) => {
    const [{ n }] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from placements where organization_id = ${org.id} and to_date is null`)
    const fresh = await getOrganization(tx, org.id)
    if (fresh.childCount > 0 || n > 0) throw conflict('dissolveNotEmpty', { children: fresh.childCount, people: n })
    await tx.update(organizations).set({ status: 'dissolved', validTo: when, updatedAt: new Date() }).where(eq(organizations.id, org.id))
    await recomputeCounts(tx, pathIds(org.path).slice(0, -1))
    await history(tx, ctx, org.id, 'dissolved', when, { reason: reason ? cleanName(reason) : null })
    await audit(tx, ctx, { action: 'organization.dissolve', entityType: 'organization', entityId: org.id, organizationId: org.id, data: { effectiveDate: when, reason: reason ?? null } })
    return getOrganization(tx, org.id)
  })
}
