// Spreading a model ("nhân rộng"): units record that they adopted a commended model — when, and with what result —
// one record per unit, never the model's own unit; and how far it spread over the tree: the adopting units and the
// top-level branches (children of the root) they sit under. `spreadOf` gives the counts of many models at once for
// the dashboard and the public pages.
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { AdoptionBody, ModelSpread, UpdateAdoptionBody } from '../../../common/contracts/models.ts'
import { compareVi } from '../../../common/text/index.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Actor, Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { presentAdoption, type AdoptionView } from './models.present.ts'
import type { ModelView } from './models.query.ts'
import { modelAdoptions } from './models.table.ts'

/** The top-level branch a unit sits under: the child of the root on its path (the root itself for the root). */
export function branchOf(path: string): string {
  const ids = path.split('/').filter(Boolean)
  return ids[1] ?? ids[0]
}

/** The same in SQL, over `organizations.path` ('/root/child/…/'). */
const branchSql = sql<string>`coalesce(nullif(split_part(${organizations.path}, '/', 3), ''), split_part(${organizations.path}, '/', 2))`

/** Adoptions and distinct branches reached, per model (models without adoptions are absent). */
export async function spreadOf(db: Tx, modelIds: string[]): Promise<Map<string, { adoptions: number; branches: number }>> {
  if (modelIds.length === 0) return new Map()
  const rows = await db.select({
    modelId: modelAdoptions.modelId,
    adoptions: sql<number>`count(*)::int`,
    branches: sql<number>`count(distinct ${branchSql})::int`,
  }).from(modelAdoptions).innerJoin(organizations, eq(organizations.id, modelAdoptions.organizationId))
    .where(inArray(modelAdoptions.modelId, [...new Set(modelIds)])).groupBy(modelAdoptions.modelId)
  return new Map(rows.map((r) => [r.modelId, { adoptions: Number(r.adoptions), branches: Number(r.branches) }]))
}

async function adoptionsOf(db: Tx, modelId: string): Promise<AdoptionView[]> {
  const rows = await db.select({
    id: modelAdoptions.id, adoptedOn: modelAdoptions.adoptedOn, result: modelAdoptions.result,
    org: { id: organizations.id, name: organizations.name, kind: organizations.kind, path: organizations.path },
  }).from(modelAdoptions).innerJoin(organizations, eq(organizations.id, modelAdoptions.organizationId)).where(eq(modelAdoptions.modelId, modelId))
  return rows.sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn) || compareVi(a.org.name, b.org.name))
}

/** The model's spread as its page shows it: every adoption (with what the caller may do) and the branches reached. */
export async function modelSpread(db: Tx, modelId: string, actor: Actor): Promise<ModelSpread> {
  const adoptions = await adoptionsOf(db, modelId)
  const counts = new Map<string, number>()
  for (const a of adoptions) counts.set(branchOf(a.org.path), (counts.get(branchOf(a.org.path)) ?? 0) + 1)
  const ids = [...counts.keys()]
  const names = ids.length ? await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, ids)) : []
  const branches = names.map((n) => ({ id: n.id, name: n.name, count: counts.get(n.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || compareVi(a.name, b.name))
  return { count: adoptions.length, branchCount: branches.length, branches, adoptions: adoptions.map((a) => presentAdoption(a, actor)) }
}

export async function getAdoption(db: Tx, modelId: string, adoptionId: string) {
  const [row] = await db.select({ id: modelAdoptions.id, organizationId: modelAdoptions.organizationId, org: { id: organizations.id, path: organizations.path } })
    .from(modelAdoptions).innerJoin(organizations, eq(organizations.id, modelAdoptions.organizationId))
    .where(and(eq(modelAdoptions.id, adoptionId), eq(modelAdoptions.modelId, modelId)))
  if (!row) throw notFound('modelAdoptionNotFound')
  return row
}

const checkDate = (adoptedOn: string, today: string) => {
  if (adoptedOn > today) throw invalid('modelAdoptedInFuture', 'adoptedOn')
}

export async function recordAdoption({ db, ctx, view, unit, input, today }: { db: Db; ctx: Ctx; view: ModelView; unit: OrgRow; input: AdoptionBody; today: string }) {
  if (view.row.commendedYear === null) throw conflict('modelAdoptNotCommended')
  if (unit.id === view.org.id) throw invalid('modelAdoptOwnUnit', 'organizationId')
  if (unit.status !== 'active') throw invalid('modelAdoptUnitInactive', 'organizationId')
  checkDate(input.adoptedOn, today)
  const [existing] = await db.select({ id: modelAdoptions.id }).from(modelAdoptions)
    .where(and(eq(modelAdoptions.modelId, view.row.id), eq(modelAdoptions.organizationId, unit.id)))
  if (existing) throw conflict('modelAdoptedAlready')
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(modelAdoptions).values({
      modelId: view.row.id, organizationId: unit.id, adoptedOn: input.adoptedOn, result: input.result, recordedBy: ctx.actor.accountId,
    }).returning({ id: modelAdoptions.id })
    await audit(tx, ctx, { action: 'model.adopted', entityType: 'model', entityId: view.row.id, organizationId: unit.id, data: { adoptionId: row.id } })
  })
}

export async function updateAdoption({ db, ctx, modelId, adoption, input, today }: {
  db: Db; ctx: Ctx; modelId: string; adoption: { id: string; organizationId: string }; input: UpdateAdoptionBody; today: string
}) {
  if (input.adoptedOn) checkDate(input.adoptedOn, today)
  const changes = Object.fromEntries(Object.entries({ adoptedOn: input.adoptedOn, result: input.result }).filter(([, v]) => v !== undefined))
  if (Object.keys(changes).length === 0) return
  await db.transaction(async (tx) => {
    await tx.update(modelAdoptions).set({ ...changes, updatedAt: new Date() }).where(eq(modelAdoptions.id, adoption.id))
    await audit(tx, ctx, { action: 'model.adoption_updated', entityType: 'model', entityId: modelId, organizationId: adoption.organizationId, data: { adoptionId: adoption.id, fields: Object.keys(changes) } })
  })
}

export async function deleteAdoption({ db, ctx, modelId, adoption }: { db: Db; ctx: Ctx; modelId: string; adoption: { id: string; organizationId: string } }) {
  await db.transaction(async (tx) => {
    await tx.delete(modelAdoptions).where(eq(modelAdoptions.id, adoption.id))
    await audit(tx, ctx, { action: 'model.adoption_deleted', entityType: 'model', entityId: modelId, organizationId: adoption.organizationId, data: { adoptionId: adoption.id } })
  })
}
