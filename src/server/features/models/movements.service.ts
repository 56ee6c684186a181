// Emulation movements ("phong trào thi đua yêu nước"): launched by a unit, listed for the units around it (its levels
// above and the units below it), edited and closed by the launching unit's managers. One name per unit.
import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm'
import type { CreateMovementBody, UpdateMovementBody } from '../../../common/contracts/models.ts'
import { compareVi } from '../../../common/text/index.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Actor, Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { isAdmin, type OrgRef } from '../../lib/authz.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import { organizations } from '../organizations/organizations.table.ts'
import type { MovementView } from './models.present.ts'
import { MODEL_READ_ROLES } from './models.policy.ts'
import { movements } from './models.table.ts'

function selectMovements(db: Tx) {
  return db.select({
    row: movements,
    org: { id: organizations.id, name: organizations.name, path: organizations.path },
    modelCount: sql<number>`(select count(*)::int from models m where m.movement_id = ${movements.id})`,
  }).from(movements).innerJoin(organizations, eq(organizations.id, movements.organizationId))
}

export async function getMovement(db: Tx, id: string): Promise<MovementView> {
  const [view] = await selectMovements(db).where(eq(movements.id, id))
  if (!view) throw notFound('movementNotFound')
  return view
}

/** The units whose movements concern these paths: every level above them (their ids are on the path) and themselves. */
const idsOnPaths = (paths: string[]) => [...new Set(paths.flatMap((p) => p.split('/').filter(Boolean)))]

/** The subtrees the caller reads (all for an administrator), or the one unit asked for. */
function scopePaths(actor: Actor, org: OrgRef | null): string[] | null {
  if (org) return [org.path]
  if (isAdmin(actor)) return null
  return actor.grants.filter((g) => MODEL_READ_ROLES.includes(g.role)).map((g) => g.organizationPath)
}

/**
 * Movements launched at or above these units, or below them (`joinable`: at or above only, those a model of the unit
 * may join); running ones first, newest first, then by name.
 */
export async function listMovements(db: Tx, actor: Actor, org: OrgRef | null, { active, joinable = false }: { active?: boolean; joinable?: boolean } = {}): Promise<MovementView[]> {
  const paths = scopePaths(actor, org)
  const where: SQL[] = []
  if (paths) {
    if (paths.length === 0) return []
    const below = joinable ? [] : paths.map((p) => sql`${organizations.path} like ${`${p}%`}`)
    where.push(or(inArray(movements.organizationId, idsOnPaths(paths)), ...below)!)
  }
  if (active !== undefined) where.push(eq(movements.active, active))
  const rows = await selectMovements(db).where(and(...where)).limit(500)
  return rows.sort((a, b) => Number(b.row.active) - Number(a.row.active) || b.row.startsOn.localeCompare(a.row.startsOn) || compareVi(a.row.name, b.row.name))
}

async function checkName(db: Tx, orgId: string, name: string, except?: string) {
  const [taken] = await db.select({ id: movements.id }).from(movements)
    .where(and(eq(movements.organizationId, orgId), eq(movements.name, name), except ? ne(movements.id, except) : undefined))
  if (taken) throw conflict('movementNameTaken', { name })
}

const checkDates = (startsOn: string, endsOn: string | null | undefined) => {
  if (endsOn && endsOn < startsOn) throw invalid('movementEndsBeforeStart', 'endsOn')
}

export async function createMovement({ db, ctx, org, input }: { db: Db; ctx: Ctx; org: OrgRef; input: CreateMovementBody }): Promise<string> {
  checkDates(input.startsOn, input.endsOn)
  await checkName(db, org.id, input.name)
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(movements).values({
      organizationId: org.id, name: input.name, description: input.description ?? null, startsOn: input.startsOn, endsOn: input.endsOn ?? null, createdBy: ctx.actor.accountId,
    }).returning({ id: movements.id })
    await audit(tx, ctx, { action: 'movement.created', entityType: 'movement', entityId: row.id, organizationId: org.id })
    return row.id
  })
}

export async function updateMovement({ db, ctx, movement, input }: { db: Db; ctx: Ctx; movement: MovementView; input: UpdateMovementBody }) {
  const current = movement.row
  checkDates(input.startsOn ?? current.startsOn, input.endsOn === undefined ? current.endsOn : input.endsOn)
  if (input.name !== undefined && input.name !== current.name) await checkName(db, movement.org.id, input.name, current.id)
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
  if (Object.keys(changes).length === 0) return
  await db.transaction(async (tx) => {
    await tx.update(movements).set(changes).where(eq(movements.id, current.id))
    await audit(tx, ctx, { action: 'movement.updated', entityType: 'movement', entityId: current.id, organizationId: movement.org.id, data: { fields: Object.keys(changes) } })
  })
}

/** Ended: no longer offered for new models; its end date is today unless one was set. */
export async function closeMovement({ db, ctx, movement, today }: { db: Db; ctx: Ctx; movement: MovementView; today: string }) {
  const current = movement.row
  if (!current.active) throw conflict('movementClosed')
  const endsOn = current.endsOn ?? (today < current.startsOn ? current.startsOn : today)
  await db.transaction(async (tx) => {
    await tx.update(movements).set({ active: false, endsOn }).where(eq(movements.id, current.id))
    await audit(tx, ctx, { action: 'movement.closed', entityType: 'movement', entityId: current.id, organizationId: movement.org.id })
  })
}
