// Programmes (one per inspecting level and year) and visits: schedule in the programme or unscheduled, change while
// planned, cancel with a reason, and the lists of a level (or its subtree) and of a unit that was inspected. Every
// change writes its audit event in the same transaction.
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm'
import type { CreateInspectionBody, CreateProgrammeBody, InspectionStatus, UpdateInspectionBody, UpdateProgrammeBody } from '../../../common/contracts/inspections.ts'
import { addDays, todayIso } from '../../../common/dates.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired, cleanRequiredText } from '../../lib/clean.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import { cycles } from '../cycles/cycles.table.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people, placements } from '../people/people.table.ts'
import { drawChecklist } from './inspections.criteria.ts'
import { inspectionChecks, inspectionProgrammes, inspections } from './inspections.table.ts'

export type ProgrammeRow = typeof inspectionProgrammes.$inferSelect
export type InspectionRow = typeof inspections.$inferSelect

/** How far back a visit may be recorded, and how far ahead planned. */
export const PLAN_WINDOW_DAYS = 2 * 366

export async function cycleByYear(db: Tx, year: number) {
  const [row] = await db.select().from(cycles).where(eq(cycles.year, year))
  return row ?? null
}

export async function getProgramme(db: Tx, id: string): Promise<ProgrammeRow> {
  const [row] = await db.select().from(inspectionProgrammes).where(eq(inspectionProgrammes.id, id))
  if (!row) throw notFound('inspectionProgrammeNotFound')
  return row
}

export async function programmeOf(db: Tx, orgId: string, cycleId: string): Promise<ProgrammeRow | null> {
  const [row] = await db.select().from(inspectionProgrammes).where(and(eq(inspectionProgrammes.organizationId, orgId), eq(inspectionProgrammes.cycleId, cycleId)))
  return row ?? null
}

export async function createProgramme(db: Db, ctx: Ctx, org: OrgRow, input: CreateProgrammeBody): Promise<ProgrammeRow> {
  if (org.status !== 'active') throw conflict('orgNotActive')
  const cycle = await cycleByYear(db, input.year)
  if (!cycle) throw invalid('inspectionNoCycle', 'year', { year: input.year })
  if (await programmeOf(db, org.id, cycle.id)) throw conflict('inspectionProgrammeExists', { year: input.year })
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(inspectionProgrammes).values({
      organizationId: org.id, cycleId: cycle.id, title: cleanRequired(input.title, 'title', 5),
      documentNumber: input.documentNumber ? cleanRequired(input.documentNumber, 'documentNumber', 2) : null, createdBy: ctx.actor.accountId,
    }).returning()
    await audit(tx, ctx, { action: 'inspection.programme.create', entityType: 'inspection_programme', entityId: row.id, organizationId: org.id, data: { year: input.year } })
    return row
  })
}

export async function updateProgramme(db: Db, ctx: Ctx, p: ProgrammeRow, input: UpdateProgrammeBody) {
  const set: Partial<ProgrammeRow> = {}
  if (input.title !== undefined) set.title = cleanRequired(input.title, 'title', 5)
  if (input.documentNumber !== undefined) set.documentNumber = input.documentNumber ? cleanRequired(input.documentNumber, 'documentNumber', 2) : null
  return db.transaction(async (tx) => {
    await tx.update(inspectionProgrammes).set({ ...set, updatedAt: new Date() }).where(eq(inspectionProgrammes.id, p.id))
    await audit(tx, ctx, { action: 'inspection.programme.update', entityType: 'inspection_programme', entityId: p.id, organizationId: p.organizationId, data: { fields: Object.keys(set) } })
  })
}

export async function getInspection(db: Tx, id: string): Promise<InspectionRow> {
  const [row] = await db.select().from(inspections).where(eq(inspections.id, id))
  if (!row) throw notFound('inspectionNotFound')
  return row
}

function checkPlannedOn(plannedOn: string, today: string) {
  if (plannedOn < addDays(today, -PLAN_WINDOW_DAYS) || plannedOn > addDays(today, PLAN_WINDOW_DAYS)) throw invalid('inspectionDateOutOfRange', 'plannedOn')
}

/** The inspected unit lies strictly under the inspecting level and is active; the person is placed in that unit. */
async function checkTarget(db: Tx, org: OrgRow, targetOrgId: string, personId: string | null) {
  const [target] = await db.select().from(organizations).where(eq(organizations.id, targetOrgId))
  if (!target || target.id === org.id || !target.path.startsWith(org.path)) throw invalid('inspectionTargetOutside', 'targetOrgId')
  if (target.status !== 'active') throw conflict('orgNotActive')
  if (personId) {
    const [placed] = await db.select({ id: placements.id }).from(placements)
      .where(and(eq(placements.personId, personId), eq(placements.organizationId, target.id), isNull(placements.toDate))).limit(1)
    if (!placed) throw invalid('inspectionPersonNotPlaced', 'targetPersonId')
  }
  return target
}

/** Schedules a visit of the inspecting level: in its programme for the year of the planned date, or unscheduled. */
export async function createInspection(db: Db, ctx: Ctx, org: OrgRow, input: CreateInspectionBody, today = todayIso()): Promise<InspectionRow> {
  if (org.status !== 'active') throw conflict('orgNotActive')
  checkPlannedOn(input.plannedOn, today)
  const personId = input.targetPersonId ?? null
  await checkTarget(db, org, input.targetOrgId, personId)
  const year = Number(input.plannedOn.slice(0, 4))
  const cycle = await cycleByYear(db, year)
  if (!cycle) throw invalid('inspectionNoCycle', 'plannedOn', { year })
  const programme = input.inProgramme ? await programmeOf(db, org.id, cycle.id) : null
  if (input.inProgramme && !programme) throw conflict('inspectionNoProgramme', { year })
  const group = input.criteriaGroup ?? (personId ? 'individual' : 'collective')
  const points = await drawChecklist(db, cycle.ruleSetId, input.drawCriteria ? group : null, input.points ?? [])
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(inspections).values({
      programmeId: programme?.id ?? null, organizationId: org.id, cycleId: cycle.id, kind: input.kind,
      targetOrgId: input.targetOrgId, targetPersonId: personId, title: cleanRequired(input.title, 'title', 5),
      scope: cleanRequiredText(input.scope, 'scope', 5), team: cleanRequiredText(input.team, 'team', 2), plannedOn: input.plannedOn,
      createdBy: ctx.actor.accountId,
    }).returning()
    if (points.length > 0) await tx.insert(inspectionChecks).values(points.map((p, i) => ({ inspectionId: row.id, position: i + 1, criterionKey: p.key, criterion: p.criterion })))
    await audit(tx, ctx, {
      action: 'inspection.create', entityType: 'inspection', entityId: row.id, organizationId: org.id,
      data: { kind: row.kind, targetOrgId: row.targetOrgId, targetPersonId: personId, plannedOn: row.plannedOn, programmeId: row.programmeId, checks: points.length },
    })
    return row
  })
}

export const mustBePlanned = (v: InspectionRow) => {
  if (v.status !== 'planned') throw conflict('inspectionNotPlanned')
}

export async function updateInspection(db: Db, ctx: Ctx, v: InspectionRow, input: UpdateInspectionBody, today = todayIso()) {
  mustBePlanned(v)
  const set: Partial<InspectionRow> = {}
  if (input.plannedOn !== undefined && input.plannedOn !== v.plannedOn) {
    checkPlannedOn(input.plannedOn, today)
    // The visit stays in its cycle (and programme): its year does not change.
    if (input.plannedOn.slice(0, 4) !== v.plannedOn.slice(0, 4)) throw invalid('inspectionYearFixed', 'plannedOn')
    set.plannedOn = input.plannedOn
  }
  if (input.kind) set.kind = input.kind
  if (input.title !== undefined) set.title = cleanRequired(input.title, 'title', 5)
  if (input.scope !== undefined) set.scope = cleanRequiredText(input.scope, 'scope', 5)
  if (input.team !== undefined) set.team = cleanRequiredText(input.team, 'team', 2)
  return db.transaction(async (tx) => {
    await tx.update(inspections).set({ ...set, updatedAt: new Date() }).where(eq(inspections.id, v.id))
    await audit(tx, ctx, { action: 'inspection.update', entityType: 'inspection', entityId: v.id, organizationId: v.organizationId, data: { fields: Object.keys(set) } })
  })
}

/** A cancelled visit keeps the reason in its conclusion field (it has no conclusion otherwise). */
export async function cancelInspection(db: Db, ctx: Ctx, v: InspectionRow, reason: string) {
  mustBePlanned(v)
  const text = cleanRequiredText(reason, 'reason', 5)
  return db.transaction(async (tx) => {
    const done = await tx.update(inspections).set({ status: 'cancelled', conclusion: text, updatedAt: new Date() })
      .where(and(eq(inspections.id, v.id), eq(inspections.status, 'planned'))).returning({ id: inspections.id })
    if (done.length === 0) throw conflict('inspectionNotPlanned')
    await audit(tx, ctx, { action: 'inspection.cancel', entityType: 'inspection', entityId: v.id, organizationId: v.organizationId, data: { reason: text } })
  })
}

export interface VisitFilter {
  /** Visits made by this level (unit) or by every level under it (subtree), or received by this unit (target). */
  by: { unitId: string } | { path: string } | { targetId: string } | { visitId: string }
  year?: number
  status?: InspectionStatus
  cursor: [string, string] | null
  limit: number
}

/** Visits, latest planned date first, with the names a list shows and the findings counted. */
export async function listInspections(db: Tx, f: VisitFilter) {
  const where: SQL[] = []
  if ('unitId' in f.by) where.push(eq(inspections.organizationId, f.by.unitId))
  else if ('path' in f.by) where.push(sql`${inspections.organizationId} in (select id from organizations where path like ${`${f.by.path}%`})`)
  else if ('targetId' in f.by) where.push(eq(inspections.targetOrgId, f.by.targetId))
  else where.push(eq(inspections.id, f.by.visitId))
  if (f.year) where.push(eq(cycles.year, f.year))
  if (f.status) where.push(eq(inspections.status, f.status))
  if (f.cursor) where.push(sql`(${inspections.plannedOn}, ${inspections.id}) < (${f.cursor[0]}::date, ${f.cursor[1]}::uuid)`)
  return db.select({
    row: inspections,
    year: cycles.year,
    orgName: organizations.name,
    targetName: sql<string>`(select o.name from organizations o where o.id = ${inspections.targetOrgId})`,
    personName: people.fullName,
    findingCount: sql<number>`(select count(*)::int from inspection_findings f where f.inspection_id = ${inspections.id})`,
  }).from(inspections)
    .innerJoin(cycles, eq(cycles.id, inspections.cycleId))
    .innerJoin(organizations, eq(organizations.id, inspections.organizationId))
    .leftJoin(people, eq(people.id, inspections.targetPersonId))
    .where(and(...where)).orderBy(desc(inspections.plannedOn), desc(inspections.id)).limit(f.limit + 1)
}
export type VisitListRow = Awaited<ReturnType<typeof listInspections>>[number]
