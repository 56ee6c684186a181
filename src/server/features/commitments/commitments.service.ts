// Personal commitments: created by their owner for an open cycle, items replaced while a draft (or returned),
// submitted, then approved or returned by the cell; every step recorded as an event and audited.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { CommitmentItemInput, CommitmentStatus } from '../../../common/contracts/commitments.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired, cleanRequiredText } from '../../lib/clean.ts'
import { AppError, conflict, notFound } from '../../lib/errors.ts'
import { accounts } from '../accounts/accounts.table.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people, placements } from '../people/people.table.ts'
import { openShortcomingsBefore } from '../shortcomings/shortcomings.service.ts'
import { adjustCommitmentStats } from './commitments.stats.ts'
import { commitmentEvents, commitmentItems, commitments } from './commitments.table.ts'

export type CommitmentRow = typeof commitments.$inferSelect
export const OPEN_CYCLE_STATUSES = ['registration', 'in_progress']
export const cycleOpen = (cycle: Pick<CycleRow, 'status'>) => OPEN_CYCLE_STATUSES.includes(cycle.status)

export async function getCommitment(db: Tx, id: string): Promise<CommitmentRow> {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id)).limit(1)
  if (!row) throw notFound('commitmentNotFound')
  return row
}

export async function findCommitment(db: Tx, cycleId: string, personId: string): Promise<CommitmentRow | null> {
  const [row] = await db.select().from(commitments).where(and(eq(commitments.cycleId, cycleId), eq(commitments.personId, personId))).limit(1)
  return row ?? null
}

export async function loadDetails(db: Tx, c: CommitmentRow) {
  const [items, history, [org], [person]] = await Promise.all([
    db.select().from(commitmentItems).where(eq(commitmentItems.commitmentId, c.id)).orderBy(asc(commitmentItems.position)),
    db
      .select({ kind: commitmentEvents.kind, comment: commitmentEvents.comment, at: commitmentEvents.at, actor: accounts.displayName })
      .from(commitmentEvents)
      .leftJoin(accounts, eq(accounts.id, commitmentEvents.actorAccountId))
      .where(eq(commitmentEvents.commitmentId, c.id))
      .orderBy(asc(commitmentEvents.at)),
    db.select({ id: organizations.id, name: organizations.name, path: organizations.path }).from(organizations).where(eq(organizations.id, c.organizationId)),
    db.select({ id: people.id, fullName: people.fullName, birthDate: people.birthDate }).from(people).where(eq(people.id, c.personId)),
  ])
  const [placement] = await db
    .select({ position: placements.position })
    .from(placements)
    .where(and(eq(placements.personId, c.personId), eq(placements.organizationId, c.organizationId), isNull(placements.toDate)))
    .limit(1)
  return { items, history, org, person: { ...person, position: placement?.position ?? null } }
}

async function event(tx: Tx, ctx: Ctx, c: CommitmentRow, kind: string, comment: string | null = null) {
  await tx.insert(commitmentEvents).values({ commitmentId: c.id, kind, comment, actorAccountId: ctx.actor.accountId })
  await audit(tx, ctx, { action: `commitment.${kind}`, entityType: 'commitment', entityId: c.id, organizationId: c.organizationId, data: { personId: c.personId, cycleId: c.cycleId, ...(comment ? { comment } : {}) } })
}

function assertOpen(cycle: CycleRow) {
  if (!cycleOpen(cycle)) throw conflict('cycleNotOpen')
}

/** Opens my commitment for the cycle in my current primary unit; leaders write under the leader frame. */
export async function createMine({ db, ctx, cycle }: { db: Db; ctx: Ctx; cycle: CycleRow }): Promise<CommitmentRow> {
  const personId = ctx.actor.personId
  if (!personId) throw new AppError('forbidden', 'noPerson')
  assertOpen(cycle)
  return db.transaction(async (tx) => {
    if (await findCommitment(tx, cycle.id, personId)) throw conflict('commitmentExists')
    const current = await tx.select().from(placements).where(and(eq(placements.personId, personId), isNull(placements.toDate)))
    const primary = current.find((p) => p.isPrimary)
    if (!primary) throw conflict('noPrimaryPlacement')
    const subjectGroup = current.some((p) => p.leadershipTier !== 'none') ? 'leader' : 'individual'
    const [row] = await tx.insert(commitments).values({ cycleId: cycle.id, personId, organizationId: primary.organizationId, subjectGroup }).returning()
    // Last years' shortcomings not yet fixed open the new commitment, as items to fix this year.
    const open = await openShortcomingsBefore(tx, personId, cycle.year)
    if (open.length) {
      await tx.insert(commitmentItems).values(open.map((s, position) => ({
        commitmentId: row.id, position, area: 'shortcomings', content: `Khắc phục: ${s.description}`, target: 'Khắc phục dứt điểm, được chi bộ ghi nhận',
        deadline: `${cycle.year}-06-30`, carriedOver: true, shortcomingId: s.id,
      })))
    }
    const [org] = await tx.select({ path: organizations.path }).from(organizations).where(eq(organizations.id, row.organizationId))
    await adjustCommitmentStats(tx, org.path, cycle.id, null, 'draft')
    await event(tx, ctx, row, 'created')
    return row
  })
}

export async function replaceItems({ db, ctx, commitment, cycle, items }: { db: Db; ctx: Ctx; commitment: CommitmentRow; cycle: CycleRow; items: CommitmentItemInput[] }) {
  assertOpen(cycle)
  const years = [cycle.year, cycle.year + 1]
  items.forEach((item, i) => {
    if (!years.includes(Number(item.deadline.slice(0, 4)))) throw new AppError('validation_failed', 'itemDeadline', {}, { fields: [{ path: `items.${i}.deadline`, message: 'itemDeadline' }] })
  })
  const clean = items.map((item, i) => ({
    ...item,
    content: cleanRequiredText(item.content, `items.${i}.content`, 5),
    target: cleanRequired(item.target, `items.${i}.target`, 2),
  }))
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(commitments).where(eq(commitments.id, commitment.id)).for('update')
    if (locked.status !== 'draft' && locked.status !== 'returned') throw conflict('commitmentNotEditable')
    // An item may name only one of the member's own shortcomings still open (the link survives editing).
    const open = new Set((await openShortcomingsBefore(tx, commitment.personId, cycle.year)).map((s) => s.id))
    clean.forEach((item, i) => {
      if (item.shortcomingId && !open.has(item.shortcomingId)) throw new AppError('validation_failed', 'unknownShortcoming', {}, { fields: [{ path: `items.${i}.shortcomingId`, message: 'unknownShortcoming' }] })
    })
    await tx.delete(commitmentItems).where(eq(commitmentItems.commitmentId, commitment.id))
    if (clean.length) {
      await tx.insert(commitmentItems).values(clean.map((item, position) => ({
        ...item, shortcomingId: item.shortcomingId ?? null, carriedOver: Boolean(item.shortcomingId), position, commitmentId: commitment.id,
      })))
    }
    await tx.update(commitments).set({ updatedAt: new Date() }).where(eq(commitments.id, commitment.id))
    await audit(tx, ctx, { action: 'commitment.items_replaced', entityType: 'commitment', entityId: commitment.id, organizationId: commitment.organizationId, data: { items: clean.length } })
  })
}

/** A status step with its precondition, taken under a row lock so two reviewers cannot both act on one submission. */
async function transition(db: Db, ctx: Ctx, commitment: CommitmentRow, cycle: CycleRow, step: { from: CommitmentStatus[]; to: CommitmentStatus; kind: string; refusal: Parameters<typeof conflict>[0]; comment?: string | null }) {
  assertOpen(cycle)
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(commitments).where(eq(commitments.id, commitment.id)).for('update')
    if (!step.from.includes(locked.status as CommitmentStatus)) throw conflict(step.refusal)
    if (step.kind === 'submitted') {
      const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(commitmentItems).where(eq(commitmentItems.commitmentId, commitment.id))
      if (Number(n) === 0) throw conflict('commitmentEmpty')
    }
    const now = new Date()
    const [row] = await tx
      .update(commitments)
      .set({
        status: step.to, updatedAt: now,
        ...(step.to === 'submitted' ? { submittedAt: now } : {}),
        ...(step.to === 'approved' || step.to === 'returned' ? { decidedAt: now } : {}),
      })
      .where(eq(commitments.id, commitment.id))
      .returning()
    const [org] = await tx.select({ path: organizations.path }).from(organizations).where(eq(organizations.id, row.organizationId))
    await adjustCommitmentStats(tx, org.path, row.cycleId, locked.status as CommitmentStatus, step.to)
    await event(tx, ctx, row, step.kind, step.comment ?? null)
    return row
  })
}

export const submitCommitment = (db: Db, ctx: Ctx, c: CommitmentRow, cycle: CycleRow) =>
  transition(db, ctx, c, cycle, { from: ['draft', 'returned'], to: 'submitted', kind: 'submitted', refusal: 'commitmentNotEditable' })
export const approveCommitment = (db: Db, ctx: Ctx, c: CommitmentRow, cycle: CycleRow, comment?: string) =>
  transition(db, ctx, c, cycle, { from: ['submitted'], to: 'approved', kind: 'approved', refusal: 'commitmentNotSubmitted', comment })
export const returnCommitment = (db: Db, ctx: Ctx, c: CommitmentRow, cycle: CycleRow, comment: string) =>
  transition(db, ctx, c, cycle, { from: ['submitted'], to: 'returned', kind: 'returned', refusal: 'commitmentNotSubmitted', comment })
export const reopenCommitment = (db: Db, ctx: Ctx, c: CommitmentRow, cycle: CycleRow) =>
  transition(db, ctx, c, cycle, { from: ['approved'], to: 'draft', kind: 'reopened', refusal: 'commitmentNotApproved' })

/** Everyone placed in the unit now (primary placement), with their commitment for the cycle if any. */
export async function unitRoster(db: Db, orgId: string, cycleId: string) {
  const members = await db
    .select({ id: people.id, fullName: people.fullName, sortKey: people.sortKey })
    .from(placements)
    .innerJoin(people, eq(people.id, placements.personId))
    .where(and(eq(placements.organizationId, orgId), eq(placements.isPrimary, true), isNull(placements.toDate)))
    .orderBy(asc(people.sortKey))
  const ids = members.map((m) => m.id)
  const rows = ids.length
    ? await db.select().from(commitments).where(and(eq(commitments.cycleId, cycleId), inArray(commitments.personId, ids)))
    : []
  const byPerson = new Map(rows.map((r) => [r.personId, r]))
  return members.map((m) => ({ person: { id: m.id, fullName: m.fullName }, commitment: byPerson.get(m.id) ?? null }))
}
