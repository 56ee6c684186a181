// The register of shortcomings ("hạn chế, khuyết điểm"): named against a person or an organization (at a year-end
// review, directly, from a citizen's feedback case, later at an inspection), remedied by actions with owners and due
// dates, closure proposed by the subject and verified by the unit that raised it, reopened if not effective.
import { z } from 'zod'
import { FeedbackAttachment } from './feedback.attachments.ts'
import { Id, IsoDate } from './common.ts'

export const SHORTCOMING_STATUSES = ['open', 'proposed', 'fixed'] as const
export const ShortcomingStatus = z.enum(SHORTCOMING_STATUSES)
export type ShortcomingStatus = z.infer<typeof ShortcomingStatus>

export const SHORTCOMING_SOURCES = ['review', 'org_review', 'inspection', 'feedback', 'direct'] as const
export const ShortcomingSource = z.enum(SHORTCOMING_SOURCES)
export type ShortcomingSource = z.infer<typeof ShortcomingSource>

export const SHORTCOMING_SEVERITIES = ['low', 'medium', 'high'] as const
export const ShortcomingSeverity = z.enum(SHORTCOMING_SEVERITIES)
export type ShortcomingSeverity = z.infer<typeof ShortcomingSeverity>

export const SUBJECT_KINDS = ['person', 'org'] as const
export const SubjectKind = z.enum(SUBJECT_KINDS)
export type SubjectKind = z.infer<typeof SubjectKind>

export const ACTION_STATUSES = ['open', 'done'] as const
export const ActionStatus = z.enum(ACTION_STATUSES)
export type ActionStatus = z.infer<typeof ActionStatus>

/** Every step on the timeline; kinds a newer server adds show as sent. */
export const SHORTCOMING_EVENT_KINDS = [
  'raised', 'action_added', 'action_reported', 'proposed', 'verified', 'rejected', 'reopened', 'carried', 'fixed_by_rating', 'reopened_by_annulment',
] as const
export type ShortcomingEventKind = (typeof SHORTCOMING_EVENT_KINDS)[number]

const description = z.string().trim().min(10).max(2000)
const note = z.string().trim().min(5).max(2000)
const OrgRefView = z.object({ id: Id, name: z.string() })

/** The register over a unit's subtree, newest first; every filter optional. */
export const ShortcomingQuery = z.strictObject({
  org: Id,
  status: ShortcomingStatus.optional(),
  source: ShortcomingSource.optional(),
  severity: ShortcomingSeverity.optional(),
  /** Open or awaiting verification past their due date, or with an action past its due date. */
  overdue: z.enum(['true', 'false']).optional(),
  subject: SubjectKind.optional(),
  /** Those recorded from one source record (a feedback case, an inspection). */
  sourceId: Id.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})
export type ShortcomingQuery = z.infer<typeof ShortcomingQuery>

/** The Excel file holds every page of the same filters. */
export const ShortcomingExportQuery = ShortcomingQuery.omit({ cursor: true, limit: true })

export const ShortcomingSummaryQuery = z.strictObject({ org: Id })

export const ShortcomingListItem = z.object({
  id: Id,
  subjectKind: SubjectKind,
  /** The person or the organization named. */
  subject: OrgRefView,
  /** A person's unit (their primary current placement); null for an organization. */
  subjectUnit: OrgRefView.nullable(),
  /** The unit that named it: it verifies the closure. */
  raisedBy: OrgRefView,
  cycleYear: z.number().int(),
  source: ShortcomingSource,
  sourceId: Id.nullable(),
  description: z.string(),
  severity: ShortcomingSeverity,
  cause: z.string().nullable(),
  dueOn: IsoDate.nullable(),
  status: ShortcomingStatus,
  overdue: z.boolean(),
  proposedAt: z.string().nullable(),
  fixedAt: z.string().nullable(),
  reopenedCount: z.number().int(),
  /** Carried into the subject organization's plan of a later cycle. */
  carriedToPlanItemId: Id.nullable(),
  actionCount: z.number().int(),
  openActionCount: z.number().int(),
  createdAt: z.string(),
})
export type ShortcomingListItem = z.infer<typeof ShortcomingListItem>
export const ShortcomingPage = z.object({ items: z.array(ShortcomingListItem), nextCursor: z.string().nullable() })
export type ShortcomingPage = z.infer<typeof ShortcomingPage>

export const ShortcomingEvidence = FeedbackAttachment
export type ShortcomingEvidence = z.infer<typeof ShortcomingEvidence>

export const ShortcomingAction = z.object({
  id: Id,
  content: z.string(),
  owner: OrgRefView.nullable(),
  /** The person answerable, as written ("Đồng chí Phó Bí thư chi bộ"). */
  ownerName: z.string(),
  dueOn: IsoDate,
  status: ActionStatus,
  progress: z.number().int(),
  doneOn: IsoDate.nullable(),
  overdue: z.boolean(),
  abilities: z.object({ report: z.boolean() }),
})
export type ShortcomingAction = z.infer<typeof ShortcomingAction>

export const ShortcomingEvent = z.object({
  id: Id,
  kind: z.string(),
  actionId: Id.nullable(),
  progress: z.number().int().nullable(),
  note: z.string().nullable(),
  /** The account's display name. */
  by: z.string().nullable(),
  at: z.string(),
  evidence: z.array(ShortcomingEvidence),
})
export type ShortcomingEvent = z.infer<typeof ShortcomingEvent>

export const ShortcomingDetail = ShortcomingListItem.extend({
  actions: z.array(ShortcomingAction),
  /** Oldest first. */
  timeline: z.array(ShortcomingEvent),
  /** The feedback case it was recorded from, when the reader may open it. */
  feedbackCase: z.object({ id: Id, reference: z.string() }).nullable(),
  abilities: z.object({
    addAction: z.boolean(),
    propose: z.boolean(),
    verify: z.boolean(),
    reopen: z.boolean(),
  }),
})
export type ShortcomingDetail = z.infer<typeof ShortcomingDetail>

export const ShortcomingMine = z.object({ items: z.array(ShortcomingListItem) })

/**
 * Recording one: the raising unit, a subject (a person or an organization under it, or the unit itself), what it is,
 * how serious, why, and by when. From a feedback case: source 'feedback' with the case's id.
 */
export const CreateShortcomingBody = z.strictObject({
  organizationId: Id,
  subjectPersonId: Id.optional(),
  subjectOrgId: Id.optional(),
  description,
  severity: ShortcomingSeverity.default('medium'),
  cause: z.string().trim().max(2000).nullable().optional(),
  dueOn: IsoDate.nullable().optional(),
  source: z.enum(['direct', 'feedback']).default('direct'),
  sourceId: Id.nullable().optional(),
})
export type CreateShortcomingBody = z.input<typeof CreateShortcomingBody>

export const AddActionBody = z.strictObject({
  content: z.string().trim().min(5).max(2000),
  /** The unit answerable: the subject organization or a unit under it, or the person's unit. */
  ownerOrgId: Id.nullable().optional(),
  ownerName: z.string().trim().min(2).max(300),
  dueOn: IsoDate,
})
export type AddActionBody = z.infer<typeof AddActionBody>

/** A progress report (JSON, or a multipart form with the same fields and up to three evidence files). */
export const ActionReportBody = z.strictObject({
  progress: z.number().int().min(0).max(100),
  note,
  /** 'done' closes the action at 100 % today. */
  status: z.enum(['done']).optional(),
})
export type ActionReportBody = z.infer<typeof ActionReportBody>

/** Closure proposed by the subject, with what was done (and evidence files, as a multipart form). */
export const ProposeBody = z.strictObject({ note })
/** The raising unit confirms the fix (an optional note). */
export const VerifyBody = z.strictObject({ note: z.string().trim().max(2000).optional() })
/** Refusing a proposed closure, or reopening a fix that did not hold: always with a reason. */
export const ReasonBody = z.strictObject({ reason: note })

export const CarryOverQuery = z.strictObject({ org: Id, cycle: Id })
export const CarryOverResult = z.object({ carried: z.number().int(), plansCreated: z.number().int() })

export const EvidenceParams = z.strictObject({ id: Id, evidenceId: Id })
export const ActionParams = z.strictObject({ id: Id, actionId: Id })

const Figures = z.object({ open: z.number().int(), proposed: z.number().int(), fixed: z.number().int(), overdue: z.number().int() })
export const ShortcomingSummary = z.object({
  totals: Figures,
  bySource: z.array(Figures.extend({ source: ShortcomingSource })),
  bySeverity: z.array(Figures.extend({ severity: ShortcomingSeverity })),
  /** Each direct sub-unit with its subtree's shortcomings (by subject); the unit's own under its own name. */
  byUnit: z.array(Figures.extend({ id: Id, name: z.string() })),
})
export type ShortcomingSummary = z.infer<typeof ShortcomingSummary>
