// Personal commitments ("bản đăng ký / bản cam kết"): items by area with a checkable target and a deadline,
// draft → submitted → approved by the cell secretary, or returned with a comment (history kept).
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'
import { SubjectGroup } from './rules.ts'

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
})
export type CommitmentItemInput = z.infer<typeof CommitmentItemInput>

export const CommitmentItem = CommitmentItemInput.extend({
  id: Id,
  /** Pre-filled from a shortcoming not yet fixed. */
  carriedOver: z.boolean(),
})

export const CommitmentEvent = z.object({
  kind: z.enum(['created', 'submitted', 'approved', 'returned', 'reopened']),
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
  history: z.array(CommitmentEvent),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), return: z.boolean(), reopen: z.boolean() }),
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
})
export type CommitmentTotals = z.infer<typeof CommitmentTotals>
export const CommitmentSummary = z.object({ organization: CommitmentTotals, children: z.array(CommitmentTotals) })
