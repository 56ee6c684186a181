// Personal commitments ("bản đăng ký / bản cam kết"): items by area with a checkable target and a deadline,
// draft → submitted → approved by the cell secretary, or returned with a comment (history kept).
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'
import { RatingLevel, SubjectGroup } from './rules.ts'

/** The areas of "làm theo" a commitment covers (domain.md §1). */
export const COMMITMENT_AREAS = ['politics', 'ethics', 'style', 'discipline', 'professional', 'exemplary', 'thrift', 'shortcomings'] as const
export const CommitmentArea = z.enum(COMMITMENT_AREAS)
export type CommitmentArea = z.infer<typeof CommitmentArea>

export const COMMITMENT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const
export const CommitmentStatus = z.enum(COMMITMENT_STATUSES)
export type CommitmentStatus = z.infer<typeof CommitmentStatus>

export const CommitmentItemInput = z.strictObject({
  area: CommitmentArea,
  /** What will be done, as a concrete, checkable product ("sản phẩm cụ thể"). */
  content: z.string().trim().min(5).max(2000),
  target: z.string().trim().min(2).max(500),
  deadline: IsoDate,
  /** The shortcoming (named at an earlier review) this item sets out to fix; kept when the items are edited. */
  shortcomingId: Id.nullable().optional(),
})
export type CommitmentItemInput = z.infer<typeof CommitmentItemInput>

export const ITEM_RESULTS = ['not_done', 'done', 'exceeded'] as const
export const ItemResult = z.enum(ITEM_RESULTS)

export const CommitmentItem = CommitmentItemInput.extend({
  id: Id,
  /** Pre-filled from a shortcoming not yet fixed. */
  carriedOver: z.boolean(),
  shortcomingId: Id.nullable(),
  midyearPercent: z.number().int().nullable(),
  midyearNote: z.string().nullable(),
  result: ItemResult.nullable(),
  resultNote: z.string().nullable(),
})

export const ProgressBody = z.strictObject({
  items: z.array(z.strictObject({ id: Id, percent: z.number().int().min(0).max(100), note: z.string().trim().max(1000).nullable().optional() })).min(1).max(40),
})

export const SelfAssessmentBody = z.strictObject({
  items: z.array(z.strictObject({ id: Id, result: ItemResult, note: z.string().trim().max(2000).nullable().optional() })).min(1).max(40),
  /** Points per criterion code of the subject group's frame. */
  scores: z.record(z.string().max(40), z.number().min(0).max(100).multipleOf(0.5)),
  level: RatingLevel,
  conditions: z.array(z.string().max(40)).max(20).default([]),
})

export const SelfAssessment = z.object({
  scores: z.record(z.string(), z.number()),
  total: z.number(),
  level: RatingLevel,
  conditions: z.array(z.string()),
  at: z.string(),
})

export const CommitmentEvent = z.object({
  kind: z.enum(['created', 'submitted', 'approved', 'returned', 'reopened', 'progress_reported', 'self_assessed']),
  comment: z.string().nullable(),
  actor: z.string().nullable(),
  at: z.string(),
})

export const Commitment = z.object({
  id: Id,
  cycle: z.object({ id: Id, year: z.number().int(), themeTitle: z.string(), status: z.string() }),
  person: z.object({ id: Id, fullName: z.string(), birthDate: IsoDate.nullable(), position: z.string().nullable() }),
  organization: z.object({ id: Id, name: z.string() }),
  subjectGroup: SubjectGroup,
  status: CommitmentStatus,
  items: z.array(CommitmentItem),
  selfAssessment: SelfAssessment.nullable(),
  history: z.array(CommitmentEvent),
  abilities: z.object({
    edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), return: z.boolean(), reopen: z.boolean(),
    /** Mid-year progress (cycle in progress, commitment approved). */
    reportProgress: z.boolean(),
    /** Year-end self-assessment (cycle in year-end review, commitment approved). */
    selfAssess: z.boolean(),
  }),
})
export type Commitment = z.infer<typeof Commitment>

export const ReplaceItemsBody = z.strictObject({ items: z.array(CommitmentItemInput).min(0).max(40) })
export const ReviewBody = z.strictObject({ comment: z.string().trim().max(2000).optional() })
export const ReturnBody = z.strictObject({ comment: z.string().trim().min(5).max(2000) })
export const MineQuery = z.strictObject({ cycle: Id })
export const CreateMineBody = z.strictObject({ cycleId: Id })
export const UnitQuery = z.strictObject({ org: Id, cycle: Id })

/** A unit's roster for a cycle: everyone placed there now, with their commitment's status (or none yet). */
export const UnitCommitmentRow = z.object({
  person: z.object({ id: Id, fullName: z.string() }),
  commitmentId: Id.nullable(),
  status: CommitmentStatus.nullable(),
  submittedAt: z.string().nullable(),
})
export const UnitCommitments = z.object({
  items: z.array(UnitCommitmentRow),
  counts: z.object({ people: z.number().int(), none: z.number().int(), draft: z.number().int(), submitted: z.number().int(), approved: z.number().int(), returned: z.number().int() }),
})

/** Commitments by status over a unit's subtree, and "none" = people placed there who have not registered yet. */
export const CommitmentTotals = z.object({
  id: Id,
  name: z.string(),
  kind: z.string(),
  people: z.number().int(),
  none: z.number().int(),
  draft: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
  returned: z.number().int(),
  /** Commitments with mid-year progress reported, and with the year-end self-assessment done. */
  progressReported: z.number().int(),
  selfAssessed: z.number().int(),
})
export type CommitmentTotals = z.infer<typeof CommitmentTotals>
export const CommitmentSummary = z.object({ organization: CommitmentTotals, children: z.array(CommitmentTotals) })

/**
 * "Who has not done it yet" over a unit's subtree, one stage at a time: not registered, not submitted (draft or
 * returned), waiting for the secretary's approval, no mid-year progress, not self-assessed, not reviewed by the cell,
 * reviewed but not decided.
 */
export const PENDING_STAGES = ['register', 'submit', 'approve', 'progress', 'self_assess', 'review', 'decide'] as const
export const PendingStage = z.enum(PENDING_STAGES)
export type PendingStage = z.infer<typeof PendingStage>
export const PendingQuery = z.strictObject({
  org: Id,
  cycle: Id,
  stage: PendingStage,
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})
export const PendingPerson = z.object({
  person: z.object({ id: Id, fullName: z.string() }),
  unit: z.object({ id: Id, name: z.string() }),
  commitmentId: Id.nullable(),
  status: CommitmentStatus.nullable(),
})
export const PendingPeople = z.object({ items: z.array(PendingPerson), nextCursor: z.string().nullable() })
