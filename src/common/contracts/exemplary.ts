// Leaders' exemplary commitments ("cam kết nêu gương"): published to the subtree of their unit (or to the public),
// open to structured comments from colleagues and the residence party cell (Quy định 213-QĐ/TW).
import { z } from 'zod'
import { Id } from './common.ts'
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
