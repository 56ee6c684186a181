// Citizens' feedback ("phản ánh, kiến nghị"): the public form and status page, and the handling units' inbox.
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'
import { FeedbackAttachment } from './feedback.attachments.ts'

export const FEEDBACK_STATUSES = ['received', 'acknowledged', 'in_progress', 'answered', 'closed'] as const
export const FeedbackStatus = z.enum(FEEDBACK_STATUSES)
export type FeedbackStatus = z.infer<typeof FeedbackStatus>

export const FEEDBACK_CHANNELS = ['web', 'phone', 'in_person', 'dialogue', 'mail'] as const
export const FeedbackChannel = z.enum(FEEDBACK_CHANNELS)

/** Steps shown on the public status page. */
export const PUBLIC_EVENT_KINDS = ['received', 'acknowledged', 'transferred', 'merged', 'answered', 'rated', 'reopened', 'closed'] as const

export const FeedbackOptions = z.object({
  categories: z.array(z.object({ id: z.string(), name: z.string(), handlingDays: z.number().int() })),
  communes: z.array(z.object({ id: Id, name: z.string() })),
})

const phone = z.string().trim().max(30).regex(/^[0-9+ ().-]{6,30}$/, { error: 'phoneFormat' })

export const FeedbackSubmission = z.strictObject({
  categoryId: z.string().min(1).max(40),
  communeId: Id,
  content: z.string().trim().min(20).max(5000),
  /** Anonymous: no name or contact is kept, and nothing identifying the sender's device or address. */
  anonymous: z.boolean(),
  name: z.string().trim().max(120).optional(),
  phone: phone.optional(),
  email: z.email().max(200).optional(),
})

export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>
export const FeedbackReceipt = z.object({
  /** Unguessable (130 random bits), shown once: the only key to the status page. */
  trackingCode: z.string(),
  reference: z.string(),
  acknowledgeDue: IsoDate,
  handlingDue: IsoDate,
})

export const PublicFeedback = z.object({
  reference: z.string(),
  status: FeedbackStatus,
  category: z.string(),
  commune: z.string(),
  content: z.string(),
  receivedOn: IsoDate,
  acknowledgeDue: IsoDate,
  handlingDue: IsoDate,
  history: z.array(z.object({ kind: z.enum(PUBLIC_EVENT_KINDS), at: z.string(), unit: z.string().nullable() })),
  answer: z.object({ text: z.string(), unit: z.string(), at: z.string() }).nullable(),
  rating: z.number().int().nullable(),
  canRate: z.boolean(),
  canReopen: z.boolean(),
  /** When the sender's case was merged into another about the same thing: that case's reference (its status is shown). */
  mergedInto: z.string().nullable(),
  /** The photos and documents the code holder sent (never those of a case theirs was merged into). */
  attachments: z.array(FeedbackAttachment),
})
export type PublicFeedback = z.infer<typeof PublicFeedback>

export const RatingBody = z.strictObject({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(1000).optional() })
export const ReopenBody = z.strictObject({ reason: z.string().trim().min(10).max(2000) })

export const FeedbackQuery = z.strictObject({
  org: Id,
  status: FeedbackStatus.optional(),
  /** Only cases past a deadline (acknowledgement or handling). */
  overdue: z.enum(['true', 'false']).optional(),
  /** Only overdue cases escalated to a level above their handler. */
  escalated: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})

export const FeedbackListItem = z.object({
  id: Id,
  reference: z.string(),
  status: FeedbackStatus,
  category: z.string(),
  commune: z.object({ id: Id, name: z.string() }),
  handler: z.object({ id: Id, name: z.string() }),
  excerpt: z.string(),
  receivedOn: IsoDate,
  acknowledgeDue: IsoDate,
  handlingDue: IsoDate,
  overdue: z.boolean(),
  /** The level above the handler an overdue case was escalated to (and how many levels up), while it stays overdue. */
  escalatedTo: z.object({ id: Id, name: z.string() }).nullable(),
  escalationLevel: z.number().int(),
})
export const FeedbackPage = z.object({ items: z.array(FeedbackListItem), nextCursor: z.string().nullable() })

export const FeedbackCase = FeedbackListItem.extend({
  content: z.string(),
  channel: FeedbackChannel,
  anonymous: z.boolean(),
  /** Null when the reader's unit does not handle the case (or the sender stayed anonymous). */
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
  draftAnswer: z.string().nullable(),
  publishedAnswer: z.string().nullable(),
  rating: z.number().int().nullable(),
  history: z.array(z.object({ kind: z.string(), at: z.string(), from: z.string().nullable(), to: z.string().nullable(), note: z.string().nullable(), public: z.boolean() })),
  abilities: z.object({ acknowledge: z.boolean(), answer: z.boolean(), approve: z.boolean() }),
  attachments: z.array(FeedbackAttachment),
})
export type FeedbackCase = z.infer<typeof FeedbackCase>

export const AnswerBody = z.strictObject({ text: z.string().trim().min(20).max(5000) })

const Totals = z.object({
  received: z.number().int(),
  open: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  overdueAcknowledge: z.number().int(),
  overdueHandling: z.number().int(),
  dueSoon: z.number().int(),
  /** Overdue cases escalated above their handler. */
  escalated: z.number().int(),
  rated: z.number().int(),
  averageRating: z.number().nullable(),
})

/** The digest of a subtree: totals, by topic, by direct sub-unit (the unit's own cases under its own name). */
export const FeedbackSummary = z.object({
  totals: Totals,
  byCategory: z.array(Totals.extend({ id: z.string(), name: z.string() })),
  byUnit: z.array(Totals.extend({ id: Id, name: z.string() })),
  /** "Due soon" means a handling deadline from today to this date (2 working days ahead). */
  dueSoonUntil: IsoDate,
})
export const FeedbackSummaryQuery = z.strictObject({ org: Id })

export const TransferBody = z.strictObject({ orgId: Id, reason: z.string().trim().min(5).max(1000) })
export const ReturnBody = z.strictObject({ reason: z.string().trim().min(5).max(1000) })

/** A routing rule: feedback about this commune (and topic; '*' for any) goes to this unit. */
export const FeedbackRoute = z.object({
  commune: z.object({ id: Id, name: z.string() }),
  categoryId: z.string(),
  handler: z.object({ id: Id, name: z.string() }),
})
export const FeedbackRoutes = z.object({ items: z.array(FeedbackRoute) })
export const FeedbackRoutesQuery = z.strictObject({ org: Id })
export const PutRouteBody = z.strictObject({ communeId: Id, categoryId: z.string().min(1).max(40), handlerId: Id })
export const DeleteRouteQuery = z.strictObject({ communeId: Id, categoryId: z.string().min(1).max(40) })

export const SimilarCases = z.object({
  items: z.array(z.object({ id: Id, reference: z.string(), status: FeedbackStatus, excerpt: z.string(), receivedOn: IsoDate, similarity: z.number() })),
})
export const MergeBody = z.strictObject({ intoId: Id })

/** A topic citizens choose, with its handling deadline in working days; the office edits them (none is deleted). */
export const FeedbackCategory = z.object({
  id: z.string(),
  name: z.string(),
  handlingDays: z.number().int(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  cases: z.number().int(),
})
export const FeedbackCategories = z.object({ items: z.array(FeedbackCategory) })
export const CategoryParams = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{2,40}$/) })
export const PutCategoryBody = z.strictObject({
  name: z.string().trim().min(3).max(200),
  handlingDays: z.number().int().min(1).max(60),
  active: z.boolean(),
  sortOrder: z.number().int().min(0).max(1000),
})
