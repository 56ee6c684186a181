// Organizations' own year-end rating (Quy định 366's collective frame): the organization assesses itself and proposes a
// level, the level above decides it (band and conditions enforced), decisions are locked, a higher level may annul.
import { z } from 'zod'
import { Id } from './common.ts'
import { RatingLevel } from './rules.ts'

export const CollectiveQuery = z.strictObject({ org: Id, cycle: Id })

export const CollectiveSelfAssessmentBody = z.strictObject({
  organizationId: Id,
  cycleId: Id,
  /** Points per criterion code of the collective frame. */
  scores: z.record(z.string().max(40), z.number().min(0).max(100).multipleOf(0.5)),
  level: RatingLevel,
  conditions: z.array(z.string().max(40)).max(20).default([]),
  /** The organization's report: results, strengths, shortcomings and their causes. */
  report: z.string().trim().min(20).max(20000),
})

export const CollectiveDecideBody = z.strictObject({
  level: RatingLevel,
  /** The score the decision rests on; default the self-assessed total. */
  score: z.number().min(0).max(100).multipleOf(0.5).optional(),
  note: z.string().trim().max(4000).optional(),
})
export const CollectiveAnnulBody = z.strictObject({ reason: z.string().trim().min(10).max(4000) })

const OrgRefOut = z.object({ id: Id, name: z.string(), kind: z.string() })

export const CollectiveEvaluation = z.object({
  id: Id,
  cycleId: Id,
  organization: OrgRefOut,
  decidingOrganization: z.object({ id: Id, name: z.string() }),
  scores: z.record(z.string(), z.number()),
  total: z.number(),
  proposedLevel: RatingLevel,
  conditions: z.array(z.string()),
  report: z.string(),
  proposedAt: z.string(),
  status: z.enum(['proposed', 'decided']),
  decidedLevel: RatingLevel.nullable(),
  decidedScore: z.number().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  abilities: z.object({ selfAssess: z.boolean(), decide: z.boolean(), annul: z.boolean() }),
})
export type CollectiveEvaluation = z.infer<typeof CollectiveEvaluation>

/** A unit's own rating (and whether the caller may write it), and its direct sub-units' ratings to decide. */
export const CollectiveOverview = z.object({
  own: CollectiveEvaluation.nullable(),
  canSelfAssess: z.boolean(),
  children: z.array(z.object({ organization: OrgRefOut, evaluation: CollectiveEvaluation.nullable() })),
})
