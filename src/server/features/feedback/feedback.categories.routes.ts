// /api/v1/feedback-categories: the topics citizens choose and each one's handling deadline in working days. Every unit
// that handles feedback reads them; the administrator adds, renames, re-times, reorders and retires them. A topic in
// use is never deleted (cases keep it); a retired one is no longer offered. A new deadline applies to new cases only.
import { asc, eq, sql } from 'drizzle-orm'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { CategoryParams, FeedbackCategories, FeedbackCategory, PutCategoryBody } from '../../../common/contracts/feedback.ts'
import type { Database } from '../../db/client.ts'
import { audit } from '../../lib/audit.ts'
import { authorize } from '../../lib/authz.ts'
import { conflict } from '../../lib/errors.ts'
import { requestCtx } from '../../plugins/auth.ts'
import { feedbackPolicy } from './feedback.policy.ts'
import { feedbackCases, feedbackCategories } from './feedback.table.ts'

const tags = ['feedback']

export const feedbackCategoryRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  async function list() {
    const used = await db.select({ id: feedbackCases.categoryId, n: sql<number>`count(*)::int` }).from(feedbackCases).groupBy(feedbackCases.categoryId)
    const counts = new Map(used.map((u) => [u.id, Number(u.n)]))
    const rows = await db.select().from(feedbackCategories).orderBy(asc(feedbackCategories.sortOrder), asc(feedbackCategories.id))
    return rows.map((c) => ({ id: c.id, name: c.name, handlingDays: c.handlingDays, active: c.active, sortOrder: c.sortOrder, cases: counts.get(c.id) ?? 0 }))
  }

  app.get('/feedback-categories', {
    config: { policy: 'feedback.categories.read' },
    schema: { tags, summary: 'The feedback topics with their handling deadlines (working days), retired ones included', response: { 200: FeedbackCategories } },
  }, async (req) => {
    authorize(requestCtx(req).actor, feedbackPolicy.readCategories, null)
    return { items: await list() }
  })

  app.put('/feedback-categories/:id', {
    config: { policy: 'feedback.categories.manage' },
    schema: { tags, summary: 'Add a topic, or change its name, handling deadline, order or whether it is offered', params: CategoryParams, body: PutCategoryBody, response: { 200: FeedbackCategory } },
  }, async (req) => {
    const ctx = requestCtx(req)
    authorize(ctx.actor, feedbackPolicy.manageCategories, null)
    const { id } = req.params
    await db.transaction(async (tx) => {
      // One writer at a time, so two retirements cannot together leave citizens with no topic to choose.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('feedback:categories'))`)
      const [before] = await tx.select().from(feedbackCategories).where(eq(feedbackCategories.id, id))
      if (!req.body.active) {
        const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(feedbackCategories)
          .where(sql`${feedbackCategories.active} and ${feedbackCategories.id} <> ${id}`)
        if (Number(n) === 0) throw conflict('feedbackLastCategory')
      }
      await tx.insert(feedbackCategories).values({ id, ...req.body })
        .onConflictDoUpdate({ target: feedbackCategories.id, set: req.body })
      await audit(tx, ctx, {
        action: before ? 'feedback.category.update' : 'feedback.category.create', entityType: 'feedback_category', entityId: id,
        data: { before: before ? { name: before.name, handlingDays: before.handlingDays, active: before.active, sortOrder: before.sortOrder } : null, after: req.body },
      })
    })
    return (await list()).find((c) => c.id === id)!
  })
}
