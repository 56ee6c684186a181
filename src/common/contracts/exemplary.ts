// Leaders' exemplary commitments ("cam kết nêu gương"): published to the subtree of their unit (or to the public),
// open to structured comments from colleagues and the residence party cell (Quy định 213-QĐ/TW).
import { z } from 'zod'
import { Id, Page } from './common.ts'
import { CommitmentArea } from './commitments.ts'

export const PUBLISH_SCOPES = ['subtree', 'public'] as const
export const PublishBody = z.strictObject({ scope: z.enum(PUBLISH_SCOPES) })

export const COMMENT_SOURCES = ['colleague', 'residence'] as const
const text = z.string().trim().max(4000).nullable().optional()
export const CommentBody = z
  .strictObject({ source: z.enum(COMMENT_SOURCES), strengths: text, weaknesses: text, exemplary: text, suggestions: text })
  .refine((b) => [b.strengths, b.weaknesses, b.exemplary, b.suggestions].some((v) => v && v.length >= 5), { message: 'commentEmpty', path: ['strengths'] })

export const ExemplaryComment = z.object({
  id: Id,
  source: z.enum(COMMENT_SOURCES),
  author: z.string(),
  strengths: z.string().nullable(),
  weaknesses: z.string().nullable(),
  exemplary: z.string().nullable(),
  suggestions: z.string().nullable(),
  at: z.string(),
})

export const ExemplarySummary = z.object({
  commitmentId: Id,
  person: z.object({ id: Id, fullName: z.string(), position: z.string().nullable() }),
  organization: z.object({ id: Id, name: z.string() }),
  year: z.number().int(),
  scope: z.enum(PUBLISH_SCOPES),
  publishedAt: z.string(),
  comments: z.number().int(),
})
export const ExemplaryList = z.object({ items: z.array(ExemplarySummary) })

export const Exemplary = ExemplarySummary.omit({ comments: true }).extend({
  items: z.array(z.object({ area: CommitmentArea, content: z.string(), target: z.string(), deadline: z.string() })),
  comments: z.array(ExemplaryComment),
  abilities: z.object({ comment: z.boolean(), unpublish: z.boolean() }),
})
export const ExemplaryQuery = z.strictObject({ org: Id, cycle: Id })

// The public page (no account): only what a leader chose to publish to everyone. No ids of people or units, no birth
// dates, no unit paths, no comments, no account data; the response schemas strip anything else.
export const PublicExemplaryQuery = z.strictObject({
  /** The cycle; default: the current one. */
  cycle: Id.optional(),
  /** Part of the leader's or the unit's name, diacritics optional. */
  q: z.string().max(120).optional(),
  cursor: z.string().max(500).optional(),
})

export const PublicExemplarySummary = z.object({
  commitmentId: Id,
  person: z.object({ fullName: z.string(), position: z.string().nullable() }),
  organization: z.object({ name: z.string() }),
  year: z.number().int(),
  publishedAt: z.string(),
})
export const PublicExemplaryList = Page(PublicExemplarySummary)

export const PublicExemplary = PublicExemplarySummary.extend({
  /** The cycle's theme (chuyên đề). */
  theme: z.string(),
  items: z.array(z.object({ area: CommitmentArea, content: z.string(), target: z.string(), deadline: z.string() })),
})
