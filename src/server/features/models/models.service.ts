// Changing a model: create, edit (the story through the sanitizer), delete a draft never nominated, record or withdraw
// the person's consent, publish once commended and unpublish. Each in one transaction with its audit event.
import { and, eq, isNull, sql } from 'drizzle-orm'
import { MODEL_STORY_MAX_CHARS, type CreateModelBody, type UpdateModelBody } from '../../../common/contracts/models.ts'
import { queryRows, type Db, type Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import type { OrgRef } from '../../lib/authz.ts'
import { conflict, invalid } from '../../lib/errors.ts'
import { richTextToPlain, sanitizeRichText } from '../../lib/richtext.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'
import { models, movements } from './models.table.ts'
import { stateOf, type ModelView } from './models.query.ts'

/** The story kept: the sanitizer's allowlist, its text at most 20,000 characters. */
export function cleanStory(html: string): string {
  const clean = sanitizeRichText(html)
  if (richTextToPlain(clean).length > MODEL_STORY_MAX_CHARS) throw invalid('modelStoryTooLong', 'story', { max: MODEL_STORY_MAX_CHARS.toLocaleString('vi') })
  return clean
}

/** A movement still running, launched by the model's unit or a level above it. */
export async function checkMovement(db: Tx, movementId: string, unit: OrgRef): Promise<void> {
  const [mv] = await db.select({ path: organizations.path, active: movements.active }).from(movements)
    .innerJoin(organizations, eq(organizations.id, movements.organizationId)).where(eq(movements.id, movementId))
  if (!mv) throw invalid('movementNotFound', 'movementId')
  if (!mv.active) throw invalid('movementClosed', 'movementId')
  if (!unit.path.startsWith(mv.path)) throw invalid('modelMovementOutside', 'movementId')
}

/** A person with a current placement in the unit's subtree. */
export async function checkPerson(db: Tx, personId: string, unit: OrgRef): Promise<void> {
  const [person] = await db.select({ id: people.id }).from(people).where(eq(people.id, personId))
  if (!person) throw invalid('personNotFound', 'personId')
  const rows = await queryRows<{ ok: number }>(db, sql`select 1 as ok from placements pl join organizations o on o.id = pl.organization_id
    where pl.person_id = ${personId} and pl.to_date is null and o.path like ${`${unit.path}%`} limit 1`)
  if (rows.length === 0) throw invalid('modelPersonOutside', 'personId')
}

export async function createModel({ db, ctx, unit, input }: { db: Db; ctx: Ctx; unit: OrgRef; input: CreateModelBody }): Promise<string> {
  if (input.kind === 'person' && !input.personId) throw invalid('modelPersonRequired', 'personId')
  if (input.kind !== 'person' && input.personId) throw invalid('modelPersonUnexpected', 'personId')
  if (input.personId) await checkPerson(db, input.personId, unit)
  if (input.movementId) await checkMovement(db, input.movementId, unit)
  const story = cleanStory(input.story ?? '')
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(models).values({
      kind: input.kind, title: input.title, area: input.area, movementId: input.movementId ?? null, organizationId: unit.id, personId: input.personId ?? null,
      summary: input.summary, story, results: input.results ?? '', createdBy: ctx.actor.accountId,
    }).returning({ id: models.id })
    await audit(tx, ctx, { action: 'model.created', entityType: 'model', entityId: row.id, organizationId: unit.id, data: { kind: input.kind, area: input.area } })
    return row.id
  })
}

export async function updateModel({ db, ctx, view, input }: { db: Db; ctx: Ctx; view: ModelView; input: UpdateModelBody }): Promise<void> {
  const unit = { id: view.org.id, path: view.org.path }
  const m = view.row
  if (input.personId !== undefined && m.kind !== 'person') throw invalid('modelPersonUnexpected', 'personId')
  if (input.personId && input.personId !== m.personId) await checkPerson(db, input.personId, unit)
  if (input.movementId && input.movementId !== m.movementId) await checkMovement(db, input.movementId, unit)
  const changes: Partial<typeof models.$inferInsert> = {}
  if (input.title !== undefined) changes.title = input.title
  if (input.area !== undefined) changes.area = input.area
  if (input.movementId !== undefined) changes.movementId = input.movementId
  if (input.summary !== undefined) changes.summary = input.summary
  if (input.results !== undefined) changes.results = input.results
  if (input.story !== undefined) changes.story = cleanStory(input.story)
  if (input.personId !== undefined && input.personId !== m.personId) {
    // Consent was the other person's: it does not carry over.
    Object.assign(changes, { personId: input.personId, consentRecordedAt: null, consentRecordedBy: null, consentNote: null })
  }
  const fields = Object.keys(changes)
  if (fields.length === 0) return
  await db.transaction(async (tx) => {
    await tx.update(models).set({ ...changes, updatedAt: new Date() }).where(eq(models.id, m.id))
    await audit(tx, ctx, { action: 'model.updated', entityType: 'model', entityId: m.id, organizationId: unit.id, data: { fields } })
  })
}

/** Only a draft never nominated, about which no story was written, goes; its files go with it. */
export async function deleteModel({ db, ctx, view }: { db: Db; ctx: Ctx; view: ModelView }): Promise<void> {
  const m = view.row
  if (Number(view.nominationCount) > 0) throw conflict('modelNominated')
  if (stateOf(m, Boolean(view.open)) !== 'draft') throw conflict('modelNotDraft')
  const stories = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from stories where model_id = ${m.id}`)
  if (Number(stories[0]?.n ?? 0) > 0) throw conflict('modelHasStories')
  await db.transaction(async (tx) => {
    // A citizen's suggestion accepted into this draft keeps its record, without the link.
    await tx.execute(sql`update model_suggestions set model_id = null where model_id = ${m.id}`)
    await tx.delete(models).where(and(eq(models.id, m.id), isNull(models.commendedYear)))
    await audit(tx, ctx, { action: 'model.deleted', entityType: 'model', entityId: m.id, organizationId: m.organizationId, data: { kind: m.kind } })
  })
}

export async function recordConsent({ db, ctx, view, note }: { db: Db; ctx: Ctx; view: ModelView; note: string }): Promise<void> {
  if (view.row.kind !== 'person') throw invalid('modelConsentNotPerson', 'note')
  await db.transaction(async (tx) => {
    await tx.update(models).set({ consentRecordedAt: new Date(), consentRecordedBy: ctx.actor.accountId, consentNote: note, updatedAt: new Date() }).where(eq(models.id, view.row.id))
    await audit(tx, ctx, { action: 'model.consent_recorded', entityType: 'model', entityId: view.row.id, organizationId: view.org.id })
  })
}

export async function withdrawConsent({ db, ctx, view }: { db: Db; ctx: Ctx; view: ModelView }): Promise<void> {
  if (view.row.kind !== 'person') throw invalid('modelConsentNotPerson', 'consent')
  if (!view.row.consentRecordedAt) return
  await db.transaction(async (tx) => {
    await tx.update(models).set({ consentRecordedAt: null, consentRecordedBy: null, consentNote: null, updatedAt: new Date() }).where(eq(models.id, view.row.id))
    await audit(tx, ctx, { action: 'model.consent_withdrawn', entityType: 'model', entityId: view.row.id, organizationId: view.org.id })
  })
}

/** On the public showcase: only once commended. A person without recorded consent is shown without name or photos. */
export async function publishModel({ db, ctx, view }: { db: Db; ctx: Ctx; view: ModelView }): Promise<void> {
  const m = view.row
  if (m.commendedYear === null) throw conflict('modelNotCommended')
  if (m.publishedAt) throw conflict('modelAlreadyPublished')
  await db.transaction(async (tx) => {
    await tx.update(models).set({ publishedAt: new Date(), updatedAt: new Date() }).where(eq(models.id, m.id))
    await audit(tx, ctx, {
      action: 'model.published', entityType: 'model', entityId: m.id, organizationId: view.org.id,
      data: { showsPerson: m.kind !== 'person' || m.consentRecordedAt !== null },
    })
  })
}

export async function unpublishModel({ db, ctx, view }: { db: Db; ctx: Ctx; view: ModelView }): Promise<void> {
  if (!view.row.publishedAt) throw conflict('modelNotPublished')
  await db.transaction(async (tx) => {
    await tx.update(models).set({ publishedAt: null, updatedAt: new Date() }).where(eq(models.id, view.row.id))
    await audit(tx, ctx, { action: 'model.unpublished', entityType: 'model', entityId: view.row.id, organizationId: view.org.id })
  })
}
