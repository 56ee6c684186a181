// Writing stories: create, edit, publish, take down and delete a draft. Each change takes the story's row lock (so two
// editors cannot both act on one state) and writes its audit event in the same transaction; the audit holds ids, the
// names of the fields changed and a deleted draft's title, never the body.
import { eq } from 'drizzle-orm'
import type { CreateStoryBody, StoryStatus, UpdateStoryBody } from '../../../common/contracts/stories.ts'
import type { Db, Tx } from '../../db/client.ts'
import type { Ctx } from '../../lib/actor.ts'
import { audit } from '../../lib/audit.ts'
import { conflict, notFound } from '../../lib/errors.ts'
import type { MessageKey } from '../../lib/messages.ts'
import { cleanBody, cleanByline, cleanLead, cleanTags, cleanTitle, storyChanges } from './stories.input.ts'
import { linkableModel, type StoryView } from './stories.query.ts'
import { stories } from './stories.table.ts'

interface StoryOrg {
  id: string
  path: string
  status: string
}

export async function createStory(db: Db, ctx: Ctx, org: StoryOrg, input: CreateStoryBody): Promise<string> {
  if (org.status !== 'active') throw conflict('orgNotActive')
  const values = {
    organizationId: org.id,
    modelId: input.modelId ? (await linkableModel(db, input.modelId, org)).id : null,
    title: cleanTitle(input.title),
    lead: cleanLead(input.lead),
    body: cleanBody(input.body ?? '').html,
    byline: cleanByline(input.byline),
    tags: cleanTags(input.tags ?? []),
    createdBy: ctx.actor.accountId,
  }
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(stories).values(values).returning({ id: stories.id })
    await audit(tx, ctx, { action: 'story.created', entityType: 'story', entityId: row.id, organizationId: org.id, data: { modelId: values.modelId } })
    return row.id
  })
}

/** Locks the story and checks its status is one of `allowed` (read fresh: the view may be stale). */
async function lockIn(tx: Tx, id: string, allowed: StoryStatus[], refusal: MessageKey) {
  const [locked] = await tx.select({ status: stories.status }).from(stories).where(eq(stories.id, id)).for('update')
  // Deleted meanwhile by another editor.
  if (!locked) throw notFound('storyNotFound')
  if (!allowed.includes(locked.status as StoryStatus)) throw conflict(refusal)
  return { status: locked.status as StoryStatus }
}

export async function updateStory(db: Db, ctx: Ctx, view: StoryView, input: UpdateStoryBody): Promise<void> {
  const changes = storyChanges(input)
  if (changes.modelId) changes.modelId = (await linkableModel(db, changes.modelId, view.org)).id
  const fields = Object.keys(changes)
  if (fields.length === 0) return
  await db.transaction(async (tx) => {
    const { status } = await lockIn(tx, view.row.id, ['draft', 'published'], 'storyNotFound')
    // A published story keeps a body: taken down first to be emptied.
    if (status === 'published' && changes.body === '') throw conflict('storyPublishedNeedsBody')
    await tx.update(stories).set({ ...changes, updatedAt: new Date() }).where(eq(stories.id, view.row.id))
    await audit(tx, ctx, { action: 'story.updated', entityType: 'story', entityId: view.row.id, organizationId: view.org.id, data: { fields } })
  })
}

export async function publishStory(db: Db, ctx: Ctx, view: StoryView): Promise<void> {
  await db.transaction(async (tx) => {
    await lockIn(tx, view.row.id, ['draft'], 'storyPublished')
    const [fresh] = await tx.select({ body: stories.body }).from(stories).where(eq(stories.id, view.row.id))
    if (!fresh.body) throw conflict('storyBodyEmpty')
    const now = new Date()
    await tx.update(stories).set({ status: 'published', publishedAt: now, updatedAt: now }).where(eq(stories.id, view.row.id))
    await audit(tx, ctx, { action: 'story.published', entityType: 'story', entityId: view.row.id, organizationId: view.org.id })
  })
}

export async function unpublishStory(db: Db, ctx: Ctx, view: StoryView): Promise<void> {
  await db.transaction(async (tx) => {
    await lockIn(tx, view.row.id, ['published'], 'storyNotPublished')
    await tx.update(stories).set({ status: 'draft', publishedAt: null, updatedAt: new Date() }).where(eq(stories.id, view.row.id))
    await audit(tx, ctx, { action: 'story.unpublished', entityType: 'story', entityId: view.row.id, organizationId: view.org.id })
  })
}

/** A draft only (its photos go with it); a published story is taken down first. */
export async function deleteStory(db: Db, ctx: Ctx, view: StoryView): Promise<void> {
  await db.transaction(async (tx) => {
    await lockIn(tx, view.row.id, ['draft'], 'storyDeletePublished')
    await tx.delete(stories).where(eq(stories.id, view.row.id))
    await audit(tx, ctx, { action: 'story.deleted', entityType: 'story', entityId: view.row.id, organizationId: view.org.id, data: { title: view.row.title } })
  })
}
