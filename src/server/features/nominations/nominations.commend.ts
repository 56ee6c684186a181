// Commendation decisions ("quyết định khen thưởng"): a level issues one for nominations it holds in review — bằng khen
// by the province, giấy khen by a commune, ward, agency or grassroots unit, none by a cell; its number unique for the
// unit and year. In one transaction: the decision, each nomination commended (with its history and audit events), and
// each model commended for the year. Then the decisions over a subtree, and one with the models it commends (or, once
// annulled, had commended). Annulling one is nominations.annul.ts.
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import { commendationFormsFor, type CommendationForm, type CreateCommendationBody } from '../../../common/contracts/nominations.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Actor, Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { cleanRequired } from '../../lib/clean.ts'
import { conflict, invalid, notFound } from '../../lib/errors.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { models } from '../models/models.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { recordStep } from './nominations.events.ts'
import { assertFree } from './nominations.load.ts'
import { getNominationsByIds, nominationRef, selectNominations, type NominationView } from './nominations.query.ts'
import { commendations, nominations } from './nominations.table.ts'

export type CommendationRow = typeof commendations.$inferSelect
export type CommendationInput = Omit<CreateCommendationBody, 'organizationId'>

/** "9" and "09" are the same number: kept as printed, two digits at least. */
export const canonicalNumber = (n: string) => String(Number(n)).padStart(2, '0')

function checkIssuer(org: OrgRow, form: string) {
  if (org.kind === 'cell') throw invalid('commendationCellCannotIssue', 'organizationId')
  if (!commendationFormsFor(org.kind as OrgKind).includes(form as CommendationForm)) throw invalid('commendationFormNotAllowed', 'form')
}

/** Every nomination in review at the issuing level, for the decision's year, none barring the caller by a conflict. */
async function checkNominations(db: Tx, ctx: Ctx, org: OrgRow, input: CommendationInput): Promise<NominationView[]> {
  if (new Set(input.nominationIds).size !== input.nominationIds.length) throw invalid('commendationDuplicateNomination', 'nominationIds')
  const views = await getNominationsByIds(db, input.nominationIds)
  const fits = (v: NominationView) => v.row.status === 'in_review' && v.row.atOrgId === org.id && v.row.year === input.year
  if (views.length !== input.nominationIds.length || !views.every(fits)) throw invalid('commendationNominationNotAtLevel', 'nominationIds', { year: input.year })
  for (const v of views) assertFree(ctx.actor, await nominationRef(db, v))
  return views
}

export async function issueCommendation(db: Db, ctx: Ctx, org: OrgRow, input: CommendationInput): Promise<string> {
  checkIssuer(org, input.form)
  const number = canonicalNumber(input.number)
  const text = {
    title: cleanRequired(input.title, 'title', 10), signerName: cleanRequired(input.signerName, 'signerName', 2), signerTitle: cleanRequired(input.signerTitle, 'signerTitle', 2),
  }
  const views = await checkNominations(db, ctx, org, input)
  const [taken] = await db.select({ id: commendations.id }).from(commendations)
    .where(and(eq(commendations.organizationId, org.id), eq(commendations.year, input.year), eq(commendations.number, number)))
  if (taken) throw conflict('commendationNumberTaken', { number, year: input.year })
  const ids = views.map((v) => v.row.id)
  return db.transaction(async (tx) => {
    const locked = await tx.select({ id: nominations.id, status: nominations.status, atOrgId: nominations.atOrgId }).from(nominations).where(inArray(nominations.id, ids)).for('update')
    if (locked.some((n) => n.status !== 'in_review' || n.atOrgId !== org.id)) throw invalid('commendationNominationNotAtLevel', 'nominationIds', { year: input.year })
    const [row] = await tx.insert(commendations).values({
      organizationId: org.id, year: input.year, number, signedOn: input.signedOn, form: input.form, ...text, createdBy: ctx.actor.accountId,
    }).returning({ id: commendations.id })
    await tx.update(nominations).set({ status: 'commended', commendationId: row.id, statusNote: null, updatedAt: new Date() }).where(inArray(nominations.id, ids))
    for (const id of ids) await recordStep(tx, ctx, { nominationId: id, kind: 'commended', fromOrgId: org.id, data: { commendationId: row.id } })
    await tx.update(models).set({ commendedYear: sql`greatest(coalesce(${models.commendedYear}, ${input.year}), ${input.year})`, updatedAt: new Date() })
      .where(inArray(models.id, views.map((v) => v.model.id)))
    await audit(tx, ctx, {
      action: 'commendation.issued', entityType: 'commendation', entityId: row.id, organizationId: org.id,
      data: { year: input.year, number, form: input.form, nominations: ids.length },
    })
    return row.id
  })
}

/** Those it commends; for an annulled decision, those it had commended. */
const countSql = sql<number>`coalesce(jsonb_array_length(${commendations.annulledNominationIds}),
  (select count(*)::int from nominations n where n.commendation_id = ${commendations.id}))`

function selectCommendations(db: Tx) {
  return db.select({
    row: commendations, org: { id: organizations.id, name: organizations.name, kind: organizations.kind, path: organizations.path }, count: countSql,
    annulledBy: accounts.displayName,
  })
    .from(commendations).innerJoin(organizations, eq(organizations.id, commendations.organizationId))
    .leftJoin(accounts, eq(accounts.id, commendations.annulledBy))
}
export type CommendationView = Awaited<ReturnType<ReturnType<typeof selectCommendations>['execute']>>[number]

/** The decisions issued over a subtree (by any of its units), newest first. */
export async function listCommendations(db: Tx, path: string, year: number | undefined): Promise<CommendationView[]> {
  return selectCommendations(db)
    .where(and(sql`${organizations.path} like ${`${path}%`}`, year ? eq(commendations.year, year) : undefined))
    .orderBy(desc(commendations.signedOn), desc(commendations.createdAt), desc(commendations.id)).limit(500)
}

export async function getCommendation(db: Tx, id: string): Promise<CommendationView> {
  const [view] = await selectCommendations(db).where(eq(commendations.id, id))
  if (!view) throw notFound('commendationNotFound')
  return view
}

/**
 * The nominations a decision commends — for an annulled one, those it had commended (kept on it, since they lost the
 * link) — in the order of the models' units then titles.
 */
export async function commendedBy(db: Tx, c: CommendationRow): Promise<NominationView[]> {
  const rows = c.annulledAt
    ? await getNominationsByIds(db, c.annulledNominationIds ?? [])
    : await selectNominations(db).where(eq(nominations.commendationId, c.id))
  const collator = new Intl.Collator('vi')
  return rows.sort((a, b) => collator.compare(a.modelUnit.name, b.modelUnit.name) || collator.compare(a.model.title, b.model.title))
}

/**
 * Of these decisions, those the actor may not act on for a conflict of interest: one of the nominations it commends is
 * about the actor's own person, or the actor declared a conflict on it (one query for a whole list).
 */
export async function conflictedDecisions(db: Tx, actor: Actor, ids: string[]): Promise<Set<string>> {
  const declared = actor.accountId
    ? sql`exists (select 1 from nomination_reviews r where r.nomination_id = ${nominations.id} and r.conflict and r.reviewer_account_id = ${actor.accountId})`
    : undefined
  const own = actor.personId ? eq(models.personId, actor.personId) : undefined
  if (ids.length === 0 || (!declared && !own)) return new Set()
  const rows = await db.selectDistinct({ id: nominations.commendationId }).from(nominations).innerJoin(models, eq(models.id, nominations.modelId))
    .where(and(inArray(nominations.commendationId, ids), or(own, declared)))
  return new Set(rows.map((r) => r.id!))
}
