// Nominations of exemplary models for commendation, reviewed up the tree level by level (a rubric per area, comments,
// conflict-of-interest declarations), forwarded, returned, declined or withdrawn; commendation decisions issued by a
// level for the nominations it holds; and the yearly and "5 năm liền" recognitions computed from the ratings.
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'
import { CommendationForm, ModelArea, ModelKind, NominationProposer, NominationStatus } from './models.base.ts'
import { NominationRubric } from './rubrics.ts'

export { CommendationForm, NominationProposer, NominationStatus }
export { commendationFormsFor } from '../models/commendation.ts'

/** Years a nomination, a decision or a recognition may be for. */
export const NominationYear = z.coerce.number().int().min(2000).max(2200)

/** Where the inbox looks: held at my units, nominated by my units, or anything over my subtree. */
export const NOMINATION_BOXES = ['at', 'sent', 'all'] as const
export const NominationBox = z.enum(NOMINATION_BOXES)
export type NominationBox = z.infer<typeof NominationBox>

/**
 * Every step of a nomination's history; kinds a newer server adds show as sent. `decision_annulled`: the decision that
 * commended it was annulled, and it is back in review at the issuing level (the note is the reason).
 */
export const NOMINATION_EVENT_KINDS = [
  'submitted', 'reviewed', 'conflict_declared', 'forwarded', 'returned', 'resubmitted', 'declined', 'commended', 'withdrawn', 'decision_annulled',
] as const
export type NominationEventKind = (typeof NOMINATION_EVENT_KINDS)[number]

const reason = z.string().trim().min(10).max(4000)
const note = z.string().trim().min(5).max(2000)
const OrgRefView = z.object({ id: Id, name: z.string() })

export const CreateNominationBody = z.strictObject({
  modelId: Id,
  /** Default: the current cycle's year. */
  year: z.number().int().min(2000).max(2200).optional(),
  reason,
  proposer: NominationProposer.default('party_unit'),
  /** The mass organization's name: required when the proposer is a mass organization. */
  proposerName: z.string().trim().min(2).max(200).optional(),
  /** A unit the caller holds as office, secretary or leader: the model's unit or a unit above it. */
  nominatedByOrgId: Id,
})
export type CreateNominationBody = z.input<typeof CreateNominationBody>

export const NominationQuery = z.strictObject({
  /** With `box`: at = held at this unit; sent = nominated by it; all = its subtree (nominating unit or current level). */
  org: Id.optional(),
  /** The nominations of one model (the model's page): every box, for those who read the model's unit. */
  model: Id.optional(),
  year: NominationYear.optional(),
  /** Default: in review for the "at" box, any for the others. */
  status: NominationStatus.optional(),
  box: NominationBox.default('at'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})
export type NominationQuery = z.input<typeof NominationQuery>

export const NominationModel = z.object({
  id: Id,
  title: z.string(),
  kind: ModelKind,
  area: ModelArea,
  /** The unit the model belongs to. */
  unit: OrgRefView,
  /** The person, for a model of kind 'person' (staff only see nominations). */
  personName: z.string().nullable(),
})

export const NominationListItem = z.object({
  id: Id,
  year: z.number().int(),
  status: NominationStatus,
  /** The last return's or the decline's reason. */
  statusNote: z.string().nullable(),
  model: NominationModel,
  nominatedBy: OrgRefView,
  /** The level holding it now (reviewing it, or where it was returned, declined or commended). */
  at: OrgRefView,
  proposer: NominationProposer,
  proposerName: z.string().nullable(),
  commendation: z.object({ id: Id, number: z.string(), form: CommendationForm, organizationId: Id }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type NominationListItem = z.infer<typeof NominationListItem>

export const NominationPage = z.object({
  items: z.array(NominationListItem),
  nextCursor: z.string().nullable(),
  /** With `model`: the units the caller may nominate it as (their own units, the model's unit or above it). */
  nominateAs: z.array(OrgRefView).optional(),
})
export type NominationPage = z.infer<typeof NominationPage>

export const NominationEvent = z.object({
  id: Id,
  kind: z.string(),
  from: OrgRefView.nullable(),
  to: OrgRefView.nullable(),
  note: z.string().nullable(),
  /** The account's display name. */
  by: z.string().nullable(),
  at: z.string(),
})
export type NominationEvent = z.infer<typeof NominationEvent>

export const NominationReview = z.object({
  id: Id,
  reviewer: z.string(),
  /** The caller's own review. */
  mine: z.boolean(),
  conflict: z.boolean(),
  conflictNote: z.string().nullable(),
  scores: z.record(z.string(), z.number()).nullable(),
  total: z.number().int().nullable(),
  comment: z.string().nullable(),
  updatedAt: z.string(),
})
export type NominationReview = z.infer<typeof NominationReview>

/** The reviews of one level: visible to the staff of that level and the levels above it. */
export const NominationLevelReviews = z.object({
  level: OrgRefView,
  reviews: z.array(NominationReview),
  /** Average total of the reviews with scores (conflicts left out); null without any. */
  average: z.number().nullable(),
})
export type NominationLevelReviews = z.infer<typeof NominationLevelReviews>

export const NominationDetail = NominationListItem.extend({
  reason: z.string(),
  model: NominationModel.extend({ summary: z.string() }),
  history: z.array(NominationEvent),
  /** The rubric it is scored on (fixed when nominated), with the criteria of its model's area. */
  rubric: NominationRubric,
  reviews: z.array(NominationLevelReviews),
  /** The average total at the current level, for those who see its reviews. */
  averageAtLevel: z.number().nullable(),
  /** Why the caller may take no step on it: they are the model's person, or declared a conflict. */
  conflict: z.enum(['person', 'declared']).nullable(),
  abilities: z.object({
    review: z.boolean(),
    forward: z.boolean(),
    return: z.boolean(),
    decline: z.boolean(),
    resubmit: z.boolean(),
    withdraw: z.boolean(),
    commend: z.boolean(),
  }),
})
export type NominationDetail = z.infer<typeof NominationDetail>

/** A review: either a conflict of interest declared (with why), or the rubric's scores with a comment. */
export const ReviewBody = z.strictObject({
  conflict: z.boolean().optional(),
  conflictNote: note.optional(),
  /** criterion key → points, for the rubric of the model's area. */
  scores: z.record(z.string().max(40), z.number()).optional(),
  comment: z.string().trim().max(4000).optional(),
})
export type ReviewBody = z.infer<typeof ReviewBody>

export const ReasonBody = z.strictObject({ reason: note })
export const OptionalNoteBody = z.strictObject({ note: note.optional() })

export const CreateCommendationBody = z.strictObject({
  /** The issuing level: a unit the caller holds as office, secretary or leader. */
  organizationId: Id,
  year: z.number().int().min(2000).max(2200),
  /** The decision's number as registered ("09"): "Số 09-QĐ/TU". */
  number: z.string().trim().regex(/^\d{1,6}$/, { error: 'documentNumberFormat' }),
  signedOn: IsoDate,
  form: CommendationForm,
  title: z.string().trim().min(10).max(300),
  signerName: z.string().trim().min(2).max(120),
  signerTitle: z.string().trim().min(2).max(120),
  nominationIds: z.array(Id).min(1).max(200),
})
export type CreateCommendationBody = z.input<typeof CreateCommendationBody>

export const CommendationQuery = z.strictObject({ org: Id, year: NominationYear.optional() })

export const CommendationListItem = z.object({
  id: Id,
  organization: OrgRefView,
  year: z.number().int(),
  number: z.string(),
  /** "Số 09-QĐ/TU" */
  numberLine: z.string(),
  signedOn: IsoDate,
  form: CommendationForm,
  title: z.string(),
  signerName: z.string(),
  signerTitle: z.string(),
  count: z.number().int(),
  createdAt: z.string(),
  /** Set once the decision is annulled ("đã hủy bỏ"): when, by whom, why. Its models are no longer commended by it. */
  annulled: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string() }).nullable(),
  /** What the caller may do with it: annul it (the issuing level, not yet annulled). */
  abilities: z.object({ annul: z.boolean() }),
})
export type CommendationListItem = z.infer<typeof CommendationListItem>

export const CommendationList = z.object({ items: z.array(CommendationListItem) })

export const CommendedModel = z.object({
  nominationId: Id,
  model: NominationModel,
  nominatedBy: OrgRefView,
  /** The nomination's reason: the achievement commended. */
  reason: z.string(),
})

/** Why a decision is annulled: written on the record, the nominations' history and the audit. */
export const AnnulCommendationBody = z.strictObject({ reason: z.string().trim().min(10).max(2000) })
export type AnnulCommendationBody = z.infer<typeof AnnulCommendationBody>

/** `commended`: the entries it commends; for an annulled decision, those it had commended when annulled. */
export const CommendationDetail = CommendationListItem.extend({ commended: z.array(CommendedModel) })
export type CommendationDetail = z.infer<typeof CommendationDetail>

export const RecognitionQuery = z.strictObject({
  org: Id,
  year: NominationYear,
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
})
export const RecognitionExportQuery = RecognitionQuery.omit({ cursor: true, limit: true })

export const RecognizedMember = z.object({
  personId: Id,
  fullName: z.string(),
  unit: OrgRefView,
  /** Consecutive years rated "Hoàn thành xuất sắc nhiệm vụ", ending with the year asked. */
  streak: z.number().int(),
  fiveYears: z.boolean(),
})
export type RecognizedMember = z.infer<typeof RecognizedMember>

export const RecognizedOrganization = z.object({
  id: Id,
  name: z.string(),
  /** Consecutive years rated "Hoàn thành xuất sắc nhiệm vụ" ("trong sạch, vững mạnh tiêu biểu"), ending with the year. */
  streak: z.number().int(),
  fiveYears: z.boolean(),
})
export type RecognizedOrganization = z.infer<typeof RecognizedOrganization>

export const RecognitionPage = z.object({
  year: z.number().int(),
  /** Organizations of the subtree (every one, on every page). */
  organizations: z.array(RecognizedOrganization),
  /** Members of the subtree, in name order, a page at a time. */
  members: z.array(RecognizedMember),
  nextCursor: z.string().nullable(),
})
export type RecognitionPage = z.infer<typeof RecognitionPage>
