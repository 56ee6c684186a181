// Feedback cases: intake (routed at once to the handling unit), the public status, the sender's rating and reopening,
// and the handling steps (acknowledge, draft an answer, the head approves and publishes it). Every step is an event.
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm'
import { fold } from '../../../common/text/index.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { AppError, conflict, notFound } from '../../lib/errors.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { insertAttachments, type VerifiedAttachment } from './feedback.attachments.ts'
import { hashTrackingCode, newTrackingCode, parseTrackingCode } from './feedback.codes.ts'
import { feedbackCases, feedbackCategories, feedbackContacts, feedbackEvents, feedbackRoutes } from './feedback.table.ts'
import { ACKNOWLEDGE_WORKING_DAYS, workingDaysAfter } from './feedback.deadlines.ts'

export type CaseRow = typeof feedbackCases.$inferSelect

/** The same text about the same commune within this many minutes is taken as a double submission. */
const DUPLICATE_WINDOW_MINUTES = 10
/** The sender may reopen an answered case once, within this many days of the answer. */
export const REOPEN_DAYS = 30

export const DEFAULT_CATEGORIES = [
  { id: 'ha-tang', name: 'Hạ tầng, giao thông, điện, nước', handlingDays: 3, sortOrder: 1 },
  { id: 'moi-truong', name: 'Môi trường, vệ sinh, rác thải', handlingDays: 3, sortOrder: 2 },
  { id: 'dat-dai', name: 'Đất đai, xây dựng, trật tự đô thị', handlingDays: 10, sortOrder: 3 },
  { id: 'an-ninh', name: 'An ninh, trật tự, an toàn xã hội', handlingDays: 3, sortOrder: 4 },
  { id: 'thu-tuc', name: 'Thủ tục hành chính, dịch vụ công', handlingDays: 5, sortOrder: 5 },
  { id: 'can-bo', name: 'Tác phong, thái độ của cán bộ, đảng viên', handlingDays: 10, sortOrder: 6 },
  { id: 'chinh-sach', name: 'Chính sách, an sinh xã hội', handlingDays: 10, sortOrder: 7 },
  { id: 'khac', name: 'Nội dung khác', handlingDays: 10, sortOrder: 8 },
]

/** The categories every installation starts with (the office changes them later). */
export async function ensureFeedbackCategories(db: Db): Promise<void> {
  await db.insert(feedbackCategories).values(DEFAULT_CATEGORIES).onConflictDoNothing()
}

/** Cases handled anywhere in the subtree at this path, merged-away duplicates left out (inbox, export). */
export const handledInSubtree = (path: string) =>
  sql`${feedbackCases.handlerId} in (select id from organizations where path like ${`${path}%`}) and ${feedbackCases.mergedIntoId} is null`

export async function feedbackOptions(db: Db) {
  const categories = await db.select({ id: feedbackCategories.id, name: feedbackCategories.name, handlingDays: feedbackCategories.handlingDays })
    .from(feedbackCategories).where(eq(feedbackCategories.active, true)).orderBy(asc(feedbackCategories.sortOrder))
  const communes = await db.select({ id: organizations.id, name: organizations.name }).from(organizations)
    .where(and(sql`${organizations.kind} in ('commune','ward')`, eq(organizations.status, 'active')))
  const collator = new Intl.Collator('vi')
  return { categories, communes: communes.sort((a, b) => collator.compare(a.name, b.name)) }
}

async function handlerFor(tx: Tx, communeId: string, categoryId: string): Promise<string> {
  const rules = await tx.select().from(feedbackRoutes).where(eq(feedbackRoutes.communeId, communeId))
  return (rules.find((r) => r.categoryId === categoryId) ?? rules.find((r) => r.categoryId === '*'))?.handlerId ?? communeId
}

async function nextReference(tx: Tx, year: number): Promise<string> {
  const prefix = `PA-${year}-`
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(feedbackCases).where(sql`${feedbackCases.reference} like ${`${prefix}%`}`)
  return `${prefix}${String(Number(row.n) + 1).padStart(6, '0')}`
}

export interface SubmissionInput {
  categoryId: string
  communeId: string
  content: string
  anonymous: boolean
  name?: string
  phone?: string
  email?: string
  channel?: 'web' | 'phone' | 'in_person' | 'dialogue' | 'mail'
  /** Verified photos and documents (feedback.attachments.ts), written with the case or not at all. */
  attachments?: VerifiedAttachment[]
}

export async function submitFeedback(db: Db, ctx: Ctx, input: SubmissionInput, today = todayIso()) {
  const [category] = await db.select().from(feedbackCategories).where(and(eq(feedbackCategories.id, input.categoryId), eq(feedbackCategories.active, true)))
  if (!category) throw new AppError('validation_failed', 'feedbackUnknownCategory', {}, { fields: [{ path: 'categoryId', message: 'feedbackUnknownCategory' }] })
  const [commune] = await db.select().from(organizations).where(eq(organizations.id, input.communeId))
  if (!commune || !['commune', 'ward'].includes(commune.kind) || commune.status !== 'active') {
    throw new AppError('validation_failed', 'feedbackUnknownCommune', {}, { fields: [{ path: 'communeId', message: 'feedbackUnknownCommune' }] })
  }
  const searchKey = fold(input.content)
  const code = newTrackingCode()
  return db.transaction(async (tx) => {
    // Serializes intake per commune, so a double click cannot slip two identical cases past the check.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`feedback:${commune.id}`}))`)
    const [dup] = await tx.select({ id: feedbackCases.id }).from(feedbackCases).where(and(
      eq(feedbackCases.communeId, commune.id), eq(feedbackCases.searchKey, searchKey),
      gt(feedbackCases.createdAt, sql`now() - make_interval(mins => ${DUPLICATE_WINDOW_MINUTES})`),
    )).limit(1)
    if (dup) throw conflict('feedbackDuplicate')
    const handlerId = await handlerFor(tx, commune.id, category.id)
    const [row] = await tx.insert(feedbackCases).values({
      trackingHash: hashTrackingCode(code), reference: await nextReference(tx, Number(today.slice(0, 4))), channel: input.channel ?? 'web',
      categoryId: category.id, communeId: commune.id, handlerId, content: input.content, searchKey, anonymous: input.anonymous,
      receivedOn: today, acknowledgeDue: await workingDaysAfter(tx, today, ACKNOWLEDGE_WORKING_DAYS), handlingDue: await workingDaysAfter(tx, today, category.handlingDays),
      enteredBy: ctx.actor.accountId,
    }).returning()
    if (!input.anonymous && (input.name || input.phone || input.email)) {
      await tx.insert(feedbackContacts).values({ caseId: row.id, name: input.name ?? null, phone: input.phone ?? null, email: input.email ?? null })
    }
    await tx.insert(feedbackEvents).values([
      { caseId: row.id, kind: 'received', toOrgId: handlerId, public: true, actorAccountId: ctx.actor.accountId },
    ])
    await insertAttachments(tx, row.id, input.attachments ?? [])
    // The audit event names the case, never the sender; of the files, only how many.
    await audit(tx, ctx, { action: 'feedback.submit', entityType: 'feedback', entityId: row.id, organizationId: handlerId, data: { reference: row.reference, channel: row.channel, categoryId: category.id, attachments: input.attachments?.length ?? 0 } })
    return { row, code }
  })
}

/** A case by its tracking code as typed; unknown and malformed codes are the same "not found". */
export async function caseByCode(db: Tx, input: string): Promise<CaseRow> {
  const code = parseTrackingCode(input)
  if (!code) throw notFound('feedbackNotFound')
  const [row] = await db.select().from(feedbackCases).where(eq(feedbackCases.trackingHash, hashTrackingCode(code)))
  if (!row) throw notFound('feedbackNotFound')
  return row
}

/** The case a sender follows: their own, or the one it was merged into. */
export async function followedCase(db: Tx, row: CaseRow): Promise<{ followed: CaseRow; mergedInto: string | null }> {
  if (!row.mergedIntoId) return { followed: row, mergedInto: null }
  const target = await getCase(db, row.mergedIntoId)
  return { followed: target, mergedInto: target.reference }
}

export async function getCase(db: Tx, id: string): Promise<CaseRow> {
  const [row] = await db.select().from(feedbackCases).where(eq(feedbackCases.id, id))
  if (!row) throw notFound('feedbackNotFound')
  return row
}

export async function caseEvents(db: Tx, caseId: string) {
  return db.select().from(feedbackEvents).where(eq(feedbackEvents.caseId, caseId)).orderBy(asc(feedbackEvents.at), asc(feedbackEvents.id))
}

export async function caseContact(db: Tx, caseId: string) {
  const [row] = await db.select().from(feedbackContacts).where(eq(feedbackContacts.caseId, caseId))
  return row ?? null
}

const daysSince = (at: Date, now: Date) => (now.getTime() - at.getTime()) / 86_400_000

export const canRate = (c: CaseRow) => (c.status === 'answered' || c.status === 'closed') && c.rating === null
export const canReopen = (c: CaseRow, now = new Date()) =>
  c.status === 'answered' && c.reopenedCount === 0 && c.answeredAt !== null && daysSince(c.answeredAt, now) <= REOPEN_DAYS

async function step(tx: Tx, ctx: Ctx, c: CaseRow, kind: string, extra: { note?: string | null; public?: boolean; toOrgId?: string | null } = {}) {
  await tx.insert(feedbackEvents).values({ caseId: c.id, kind, fromOrgId: c.handlerId, toOrgId: extra.toOrgId ?? null, note: extra.note ?? null, public: extra.public ?? false, actorAccountId: ctx.actor.accountId })
  await audit(tx, ctx, { action: `feedback.${kind}`, entityType: 'feedback', entityId: c.id, organizationId: c.handlerId, data: { reference: c.reference } })
}

export async function rateCase(db: Db, ctx: Ctx, c: CaseRow, rating: number, comment?: string) {
  if (!canRate(c)) throw conflict('feedbackCannotRate')
  return db.transaction(async (tx) => {
    await tx.update(feedbackCases).set({ rating, status: 'closed', closedAt: c.closedAt ?? new Date(), updatedAt: new Date() }).where(eq(feedbackCases.id, c.id))
    await step(tx, ctx, c, 'rated', { note: comment ? `${rating}/5 — ${comment}` : `${rating}/5`, public: true })
  })
}

export async function reopenCase(db: Db, ctx: Ctx, c: CaseRow, reason: string, today = todayIso()) {
  if (!canReopen(c)) throw conflict('feedbackCannotReopen')
  const [category] = await db.select().from(feedbackCategories).where(eq(feedbackCategories.id, c.categoryId))
  return db.transaction(async (tx) => {
    await tx.update(feedbackCases).set({
      status: 'in_progress', reopenedCount: c.reopenedCount + 1, handlingDue: await workingDaysAfter(tx, today, category.handlingDays), updatedAt: new Date(),
    }).where(eq(feedbackCases.id, c.id))
    await step(tx, ctx, c, 'reopened', { note: reason, public: true })
  })
}

export async function acknowledgeCase(db: Db, ctx: Ctx, c: CaseRow, note?: string, now = new Date()) {
  if (c.status !== 'received') throw conflict('feedbackNotReceived')
  return db.transaction(async (tx) => {
    await tx.update(feedbackCases).set({ status: 'acknowledged', acknowledgedAt: now, updatedAt: now }).where(eq(feedbackCases.id, c.id))
    await step(tx, ctx, c, 'acknowledged', { note, public: true })
  })
}

/** The handling unit writes (or rewrites) its answer; nothing is public until the head approves it. */
export async function draftAnswer(db: Db, ctx: Ctx, c: CaseRow, text: string, now = new Date()) {
  if (c.status === 'answered' || c.status === 'closed') throw conflict('feedbackAlreadyAnswered')
  return db.transaction(async (tx) => {
    await tx.update(feedbackCases).set({ draftAnswer: text, status: 'in_progress', acknowledgedAt: c.acknowledgedAt ?? now, updatedAt: now }).where(eq(feedbackCases.id, c.id))
    await step(tx, ctx, c, 'answer_drafted')
  })
}

/** Personal data the sender or others wrote into an answer is not published: phone numbers and emails are masked. */
export const redactAnswer = (text: string) =>
  text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[đã ẩn]').replace(/(?<!\d)(\+?84|0)[\d .-]{8,12}\d(?!\d)/g, '[đã ẩn]')

export async function approveAnswer(db: Db, ctx: Ctx, c: CaseRow, now = new Date()) {
  if (!c.draftAnswer) throw conflict('feedbackNoDraft')
  if (c.status === 'answered' || c.status === 'closed') throw conflict('feedbackAlreadyAnswered')
  return db.transaction(async (tx) => {
    await tx.update(feedbackCases).set({ publishedAnswer: redactAnswer(c.draftAnswer!), status: 'answered', answeredAt: now, updatedAt: now }).where(eq(feedbackCases.id, c.id))
    await step(tx, ctx, c, 'answered', { public: true })
  })
}

export async function latestEventAt(db: Tx, caseId: string) {
  const [row] = await db.select({ at: feedbackEvents.at }).from(feedbackEvents).where(eq(feedbackEvents.caseId, caseId)).orderBy(desc(feedbackEvents.at)).limit(1)
  return row?.at ?? null
}

/** A case moved to another unit starts a new escalation chain from there (its deadlines stay). */
const NOT_ESCALATED = { escalatedToId: null, escalatedOn: null, escalationLevel: 0 }

/** Re-routes a case to another unit (an operator above both, or the administrator); the sender sees where it went. */
export async function transferCase(db: Db, ctx: Ctx, c: CaseRow, to: { id: string; status: string }, reason: string) {
  if (c.status === 'answered' || c.status === 'closed') throw conflict('feedbackAlreadyAnswered')
  if (to.status !== 'active') throw conflict('orgNotActive')
  if (to.id === c.handlerId) throw conflict('feedbackSameHandler')
  return db.transaction(async (tx) => {
    await tx.update(feedbackCases).set({ handlerId: to.id, draftAnswer: null, ...NOT_ESCALATED, updatedAt: new Date() }).where(eq(feedbackCases.id, c.id))
    await step(tx, ctx, c, 'transferred', { toOrgId: to.id, note: reason, public: true })
  })
}

/**
 * The handling unit sends a misrouted case back, saying why: to the unit that passed it on, or — when it was routed
 * there at intake — to the level above the commune concerned, which routes again.
 */
export async function returnCase(db: Db, ctx: Ctx, c: CaseRow, reason: string) {
  if (c.status === 'answered' || c.status === 'closed') throw conflict('feedbackAlreadyAnswered')
  const events = await caseEvents(db, c.id)
  const passedBy = [...events].reverse().find((e) => e.kind === 'transferred' && e.toOrgId === c.handlerId)?.fromOrgId
  let target = passedBy ?? null
  if (!target) {
    const [commune] = await db.select({ id: organizations.id, parentId: organizations.parentId }).from(organizations).where(eq(organizations.id, c.communeId))
    target = c.handlerId === commune.id ? commune.parentId : commune.id
  }
  if (!target) throw conflict('feedbackNoReturn')
  return db.transaction(async (tx) => {
    await tx.update(feedbackCases).set({ handlerId: target, draftAnswer: null, ...NOT_ESCALATED, updatedAt: new Date() }).where(eq(feedbackCases.id, c.id))
    await step(tx, ctx, c, 'returned', { toOrgId: target, note: reason })
  })
}

/** Open cases about the same commune whose text is close to this one's (trigram similarity): likely duplicates. */
export async function similarCases(db: Tx, c: CaseRow, limit = 5) {
  return db.select({ row: feedbackCases, similarity: sql<number>`similarity(${feedbackCases.searchKey}, ${c.searchKey})::float8` })
    .from(feedbackCases)
    .where(and(
      eq(feedbackCases.communeId, c.communeId), sql`${feedbackCases.id} <> ${c.id}`, sql`${feedbackCases.mergedIntoId} is null`,
      sql`${feedbackCases.createdAt} > now() - interval '90 days'`, sql`similarity(${feedbackCases.searchKey}, ${c.searchKey}) >= 0.3`,
    ))
    .orderBy(desc(sql`similarity(${feedbackCases.searchKey}, ${c.searchKey})`), desc(feedbackCases.createdAt))
    .limit(limit)
}

/**
 * Merges a duplicate into the case that stays: the duplicate is closed and points to it, so its sender's code now
 * shows the remaining case's progress and answer (every sender stays informed).
 */
export async function mergeCase(db: Db, ctx: Ctx, duplicate: CaseRow, into: CaseRow) {
  if (duplicate.id === into.id || into.mergedIntoId || duplicate.mergedIntoId) throw conflict('feedbackCannotMerge')
  if (duplicate.communeId !== into.communeId) throw conflict('feedbackCannotMerge')
  if (duplicate.status === 'answered' || duplicate.status === 'closed') throw conflict('feedbackAlreadyAnswered')
  return db.transaction(async (tx) => {
    await tx.update(feedbackCases).set({ mergedIntoId: into.id, status: 'closed', closedAt: new Date(), updatedAt: new Date() }).where(eq(feedbackCases.id, duplicate.id))
    await step(tx, ctx, duplicate, 'merged', { note: into.reference, public: true, toOrgId: into.handlerId })
    await tx.insert(feedbackEvents).values({ caseId: into.id, kind: 'merged_from', note: duplicate.reference, public: false, actorAccountId: ctx.actor.accountId })
  })
}
