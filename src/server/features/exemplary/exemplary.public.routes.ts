// /api/v1/public/exemplary: leaders' exemplary commitments published to the public, readable without an account
// (Quy định 213). Only names, positions, units, the year, the theme and the items: no ids of people or units, no comments.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { CommitmentArea } from '../../../common/contracts/commitments.ts'
import { PublicExemplary, PublicExemplaryList, PublicExemplaryQuery } from '../../../common/contracts/exemplary.ts'
import type { Database, Db } from '../../db/client.ts'
import { AppError, notFound } from '../../lib/errors.ts'
import { decodeCursor, encodeCursor } from '../../lib/pagination.ts'
import { currentCycle } from '../cycles/cycles.service.ts'
import { loadItems } from './exemplary.service.ts'
import { findPublic, isPublicExemplary, listPublic, type PublicSummaryRow } from './exemplary.public.service.ts'

const tags = ['exemplary']
const Params = z.strictObject({ commitmentId: z.uuid() })
/** Generous for people reading, tight enough that scraping the whole province takes a while. */
const rateLimit = { max: 120, timeWindow: '1 minute' }
const PAGE_SIZE = 30
const Cursor = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2} [\d:.]+[+-]\d{2}(:\d{2})?$/), z.uuid()])

function presentSummary(r: PublicSummaryRow) {
  return {
    commitmentId: r.id, person: { fullName: r.fullName, position: r.position }, organization: { name: r.orgName },
    year: r.year, publishedAt: r.publishedAt!.toISOString(),
  }
}

/** The cycle asked for, else the current one; null when there is no cycle at all. */
async function cycleIdOf(db: Db, cycle: string | undefined): Promise<string | null> {
  if (cycle) return cycle
  try {
    return (await currentCycle(db)).id
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null
    throw error
  }
}

export const exemplaryPublicRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const { db } = database

  app.get('/public/exemplary', {
    config: { policy: 'public', rateLimit },
    schema: {
      tags, summary: "Leaders' exemplary commitments published to the public (no account), newest first; `q` matches a name or a unit, diacritics optional",
      querystring: PublicExemplaryQuery, response: { 200: PublicExemplaryList },
    },
  }, async (req) => {
    const cursor = decodeCursor(req.query.cursor, Cursor)
    const cycleId = await cycleIdOf(db, req.query.cycle)
    if (!cycleId) return { items: [], nextCursor: null }
    const rows = await listPublic(db, { cycleId, q: req.query.q?.trim(), cursor, limit: PAGE_SIZE + 1 })
    const page = rows.slice(0, PAGE_SIZE)
    const last = page[page.length - 1]
    return { items: page.map(presentSummary), nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor([last.publishedKey, last.id]) : null }
  })

  app.get('/public/exemplary/:commitmentId', {
    config: { policy: 'public', rateLimit },
    schema: { tags, summary: 'One exemplary commitment published to the public (no account); any other answers as not found', params: Params, response: { 200: PublicExemplary } },
  }, async (req) => {
    const row = await findPublic(db, req.params.commitmentId)
    // Unknown, unpublished, published to the subtree only, or no longer approved: one answer, so existence never shows.
    if (!row || !isPublicExemplary(row)) throw notFound('commitmentNotFound')
    const items = await loadItems(db, [row.id])
    return {
      ...presentSummary(row), theme: row.theme,
      items: items.map((i) => ({ area: i.area as CommitmentArea, content: i.content, target: i.target, deadline: i.deadline })),
    }
  })
}
