// Year-end evaluation of members: the cell's collective review proposes a level, the competent organization decides
// it under the rule set (band, top-level conditions, quota), decisions are locked, a higher level may annul them.
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'
import { RatingLevel } from './rules.ts'

export const EVALUATION_STATUSES = ['proposed', 'decided'] as const

export const Votes = z.strictObject({
  excellent: z.number().int().min(0).max(1000),
  good: z.number().int().min(0).max(1000),
  complete: z.number().int().min(0).max(1000),
  incomplete: z.number().int().min(0).max(1000),
})

export const ReviewBody = z.strictObject({
  commitmentId: Id,
  reviewDate: IsoDate,
  attendancePresent: z.number().int().min(1).max(1000),
  attendanceTotal: z.number().int().min(1).max(1000),
  votes: Votes,
  proposedLevel: RatingLevel,
  comment: z.string().trim().max(4000).nullable().optional(),
  /** Shortcomings the cell names: recorded against the member and carried into next year's commitment. */
  shortcomings: z.array(z.string().trim().min(5).max(1000)).max(10).optional(),
})

export const DecideBody = z.strictObject({
  level: RatingLevel,
  /** The score the decision rests on; default the member's self-assessed total. */
  score: z.number().min(0).max(100).multipleOf(0.5).optional(),
  /** Required to go past the quota, where the rule set allows exceptions (audited). */
  exceptionJustification: z.string().trim().min(20).max(4000).optional(),
})
/** Several decisions at once, all or none: the quota is counted with every decision of the batch. */
export const DecideBatchBody = z.strictObject({
  items: z.array(DecideBody.extend({ id: Id })).min(1).max(200),
})
export const AnnulBody = z.strictObject({ reason: z.string().trim().min(10).max(4000) })

export const Evaluation = z.object({
  id: Id,
  cycleId: Id,
  person: z.object({ id: Id, fullName: z.string() }),
  organization: z.object({ id: Id, name: z.string() }),
  quotaScope: z.object({ id: Id, name: z.string() }),
  commitmentId: Id,
  selfLevel: RatingLevel.nullable(),
  selfTotal: z.number().nullable(),
  reviewDate: IsoDate,
  attendancePresent: z.number().int(),
  attendanceTotal: z.number().int(),
  votes: Votes,
  proposedLevel: RatingLevel,
  comment: z.string().nullable(),
  status: z.enum(EVALUATION_STATUSES),
  decidedLevel: RatingLevel.nullable(),
  decidedScore: z.number().nullable(),
  decidedAt: z.string().nullable(),
  exceptionJustification: z.string().nullable(),
  shortcomings: z.array(z.string()),
  abilities: z.object({ review: z.boolean(), decide: z.boolean(), annul: z.boolean() }),
})
export type Evaluation = z.infer<typeof Evaluation>

export const QuotaUse = z.object({
  scope: z.object({ id: Id, name: z.string() }),
  percent: z.number(),
  good: z.number().int(),
  excellent: z.number().int(),
  allowed: z.number().int(),
})
export const EvaluationList = z.object({ items: z.array(Evaluation), quota: QuotaUse.nullable() })
export const EvaluationBatch = z.object({ items: z.array(Evaluation) })
export const EvaluationQuery = z.strictObject({ org: Id, cycle: Id })

/** Evaluations over a unit's subtree: reviewed and waiting, decided by level, and people not reviewed yet. */
export const EvaluationTotals = z.object({
  id: Id,
  name: z.string(),
  kind: z.string(),
  people: z.number().int(),
  notReviewed: z.number().int(),
  proposed: z.number().int(),
  excellent: z.number().int(),
  good: z.number().int(),
  complete: z.number().int(),
  incomplete: z.number().int(),
  /** The cells' proposals by level, for every reviewed member (decided or not). */
  proposedLevels: z.object({ excellent: z.number().int(), good: z.number().int(), complete: z.number().int(), incomplete: z.number().int() }),
})
export const EvaluationSummary = z.object({ organization: EvaluationTotals, children: z.array(EvaluationTotals) })

/** Quota use of every deciding scope (grassroots organization) in a unit's subtree, fullest first. */
export const QuotaUseList = z.object({ items: z.array(QuotaUse.extend({ proposedExcellent: z.number().int() })) })
