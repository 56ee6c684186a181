// Citizens' suggestions of models: received from the public site (one per title and commune a day), listed for the
// moderators of the communes, accepted as a draft model of a unit in the commune's subtree, or declined. Audit events
// carry ids only: never the suggester's name or contact.
import { and, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { AcceptSuggestionBody, SuggestionItem } from '../../../common/contracts/showcase.ts'
import { cleanName } from '../../../common/text/index.ts'
import { queryRows, type Db, type Tx } from '../../db/client.ts'
import type { Actor, Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { scopesFor } from '../../lib/authz.ts'
import { cleanRequired, cleanRequiredText } from '../../lib/clean.ts'
import { conflict, invalid } from '../../lib/errors.ts'
import { sanitizeRichText } from '../../lib/richtext.ts'
import { accounts } from '../accounts/accounts.table.ts'
import { models } from '../models/models.table.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { MODERATE_ROLES, showcasePolicy } from './showcase.policy.ts'
import { modelSuggestions } from './showcase.table.ts'
import { escapeHtml, shortText } from './showcase.og.ts'

export interface SubmissionInput {
  communeId: string
  kind: string
  title: string
  description: string
  suggesterName?: string
  suggesterContact?: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The communes and wards of the public forms (the feedback form's list): active ones only. */
async function communeFor(db: Db, id: string) {
  const [org] = await db.select({ id: organizations.id, name: organizations.name, kind: organizations.kind, status: organizations.status })
    .from(organizations).where(eq(organizations.id, id)).limit(1)
  if (!org || !['commune', 'ward'].includes(org.kind) || org.status !== 'active') throw invalid('suggestionUnknownCommune', 'communeId')
  return org
}

/** A suggestion from the public site; 409 when the same title (folded) came for the commune within a day. */
export async function submitSuggestion(db: Db, ctx: Ctx, input: SubmissionInput, now: Date): Promise<{ commune: string }> {
  const commune = await communeFor(db, input.communeId)
  const title = cleanRequired(input.title, 'title', 5)
  const description = cleanRequiredText(input.description, 'description', 20)
  const name = input.suggesterName ? cleanName(input.suggesterName) || null : null
  const contact = input.suggesterContact ? cleanName(input.suggesterContact) || null : null
  await db.transaction(async (tx) => {
    // One at a time per commune, so two identical submissions cannot both pass the duplicate check.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`model_suggestion:${commune.id}`}))`)
    const [same] = await tx.select({ id: modelSuggestions.id }).from(modelSuggestions).where(and(
      eq(modelSuggestions.communeId, commune.id),
      sql`lower(f_unaccent(${modelSuggestions.title})) = lower(f_unaccent(${title}))`,
      sql`${modelSuggestions.createdAt} > ${new Date(now.getTime() - DAY_MS)}`,
    )).limit(1)
    if (same) throw conflict('suggestionDuplicate', { title })
    const [row] = await tx.insert(modelSuggestions).values({
      communeId: commune.id, kind: input.kind, title, description, suggesterName: name, suggesterContact: contact, createdAt: now,
    }).returning({ id: modelSuggestions.id })
    await audit(tx, ctx, { action: 'model_suggestion.submitted', entityType: 'model_suggestion', entityId: row.id, organizationId: commune.id })
  })
  return { commune: commune.name }
}

const viewColumns = {
  row: modelSuggestions, communeName: organizations.name, communePath: organizations.path,
  modelTitle: models.title, moderatorName: accounts.displayName,
}

function viewQuery(db: Db, where: SQL | undefined) {
  return db.select(viewColumns).from(modelSuggestions)
    .innerJoin(organizations, eq(organizations.id, modelSuggestions.communeId))
    .leftJoin(models, eq(models.id, modelSuggestions.modelId))
    .leftJoin(accounts, eq(accounts.id, modelSuggestions.moderatedBy))
    .where(where)
}
export type SuggestionView = Awaited<ReturnType<typeof viewQuery>>[number]

export async function getSuggestion(db: Db, id: string): Promise<SuggestionView | null> {
  const [view] = await viewQuery(db, eq(modelSuggestions.id, id)).limit(1)
  return view ?? null
}

/** The communes an actor moderates, as a condition (null: none at all). */
function moderatedBy(actor: Actor): SQL | null | undefined {
  const scopes = scopesFor(actor, MODERATE_ROLES)
  if (scopes.all) return undefined
  const parts = [
    ...scopes.paths.map((p) => sql`${organizations.path} like ${`${p}%`}`),
    ...(scopes.unitIds.length ? [inArray(modelSuggestions.communeId, scopes.unitIds)] : []),
  ]
  return parts.length ? or(...parts)! : null
}

export interface ListInput {
  /** The unit whose subtree's communes are listed, or every commune the actor moderates. */
  org: OrgRow | null
  actor: Actor
  status?: string
  cursor: [string, string] | null
  limit: number
}

/** Newest first, ties broken by id. */
export async function listSuggestions(db: Db, input: ListInput): Promise<SuggestionView[]> {
  const scope = input.org ? sql`${organizations.path} like ${`${input.org.path}%`}` : moderatedBy(input.actor)
  if (scope === null) return []
  const after = input.cursor
    ? sql`(${modelSuggestions.createdAt}, ${modelSuggestions.id}) < (${input.cursor[0]}::timestamptz, ${input.cursor[1]}::uuid)`
    : undefined
  return viewQuery(db, and(scope, input.status ? eq(modelSuggestions.status, input.status) : undefined, after))
    .orderBy(desc(modelSuggestions.createdAt), desc(modelSuggestions.id))
    .limit(input.limit)
}

export function presentSuggestion(v: SuggestionView, actor: Actor): SuggestionItem {
  const r = v.row
  const may = r.status === 'pending' && showcasePolicy.moderate(actor, { id: r.communeId, path: v.communePath })
  return {
    id: r.id, commune: { id: r.communeId, name: v.communeName }, kind: r.kind as SuggestionItem['kind'], title: r.title, description: r.description,
    suggesterName: r.suggesterName, suggesterContact: r.suggesterContact, status: r.status as SuggestionItem['status'], moderationNote: r.moderationNote,
    model: r.modelId && v.modelTitle ? { id: r.modelId, title: v.modelTitle } : null,
    moderatedBy: v.moderatorName ?? null, moderatedAt: r.moderatedAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(),
    abilities: { accept: may, decline: may },
  }
}

/** The person must be placed in the unit now. */
export async function checkPerson(db: Db, kind: string, personId: string | undefined, unit: OrgRow) {
  if (kind !== 'person') {
    if (personId) throw invalid('suggestionPersonUnexpected', 'personId')
    return
  }
  if (!personId) throw invalid('suggestionPersonRequired', 'personId')
  const [placed] = await queryRows(db, sql`select 1 from placements where person_id = ${personId} and organization_id = ${unit.id} and to_date is null limit 1`)
  if (!placed) throw invalid('suggestionPersonOutside', 'personId')
}

/** The citizen's description as the draft's story: one paragraph per line, through the sanitizer. */
const storyFrom = (description: string) =>
  sanitizeRichText(description.split(/\n+/).map((line) => line.trim()).filter(Boolean).map((line) => `<p>${escapeHtml(line)}</p>`).join(''))

/** Marks it accepted (once) and creates the draft model, in the caller's transaction. */
export async function acceptSuggestion(tx: Tx, ctx: Ctx, v: SuggestionView, unit: OrgRow, input: AcceptSuggestionBody, now: Date): Promise<string> {
  const s = v.row
  const title = cleanRequired(input.title ?? s.title, 'title', 5)
  const summary = cleanRequiredText(input.summary ?? shortText(s.description, 300), 'summary', 10)
  const [taken] = await tx.update(modelSuggestions).set({ status: 'accepted', moderatedBy: ctx.actor.accountId, moderatedAt: now })
    .where(and(eq(modelSuggestions.id, s.id), eq(modelSuggestions.status, 'pending'))).returning({ id: modelSuggestions.id })
  if (!taken) throw conflict('suggestionNotPending')
  const [model] = await tx.insert(models).values({
    kind: input.kind, title, area: input.area, organizationId: unit.id, personId: input.kind === 'person' ? input.personId! : null,
    summary, story: storyFrom(s.description), origin: 'citizen', createdBy: ctx.actor.accountId,
  }).returning({ id: models.id })
  await tx.update(modelSuggestions).set({ modelId: model.id }).where(eq(modelSuggestions.id, s.id))
  await audit(tx, ctx, { action: 'model_suggestion.accepted', entityType: 'model_suggestion', entityId: s.id, organizationId: s.communeId, data: { modelId: model.id } })
  await audit(tx, ctx, { action: 'model.created', entityType: 'model', entityId: model.id, organizationId: unit.id, data: { origin: 'citizen', suggestionId: s.id } })
  return model.id
}

export async function declineSuggestion(tx: Tx, ctx: Ctx, v: SuggestionView, note: string, now: Date): Promise<void> {
  const clean = cleanRequiredText(note, 'note', 5)
  const [taken] = await tx.update(modelSuggestions).set({ status: 'declined', moderationNote: clean, moderatedBy: ctx.actor.accountId, moderatedAt: now })
    .where(and(eq(modelSuggestions.id, v.row.id), eq(modelSuggestions.status, 'pending'))).returning({ id: modelSuggestions.id })
  if (!taken) throw conflict('suggestionNotPending')
  await audit(tx, ctx, { action: 'model_suggestion.declined', entityType: 'model_suggestion', entityId: v.row.id, organizationId: v.row.communeId })
}
