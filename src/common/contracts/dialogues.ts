// Citizen receptions ("tiếp dân") and dialogues with the people ("đối thoại với nhân dân"): sessions scheduled with a
// place and a chair, the questions raised there, and every promise made as a tracked task reported on until done.
import { z } from 'zod'
import { OrgKind } from './enums.ts'
import { Id, IsoDate } from './common.ts'

export const DIALOGUE_KINDS = ['reception', 'ad_hoc', 'dialogue'] as const
export const DialogueKind = z.enum(DIALOGUE_KINDS)
export type DialogueKind = z.infer<typeof DialogueKind>

export const DIALOGUE_STATUSES = ['planned', 'held', 'cancelled'] as const
export const DialogueStatus = z.enum(DIALOGUE_STATUSES)
export type DialogueStatus = z.infer<typeof DialogueStatus>

export const PROMISE_STATUSES = ['open', 'done', 'dropped'] as const
export const PromiseStatus = z.enum(PROMISE_STATUSES)
export type PromiseStatus = z.infer<typeof PromiseStatus>

/** Reception days a month the head of a committee owes (QĐ 11-QĐi/TW; KL 215-KL/TW): province 1, commune and ward 2. */
export const RECEPTION_DAYS_REQUIRED: Partial<Record<z.infer<typeof OrgKind>, number>> = { province: 1, commune: 2, ward: 2 }

const title = z.string().trim().min(5).max(300)
const place = z.string().trim().min(2).max(300)
const chair = z.string().trim().min(2).max(300)
const startsAt = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'dialogueTimeFormat' })
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'dialogueMonthFormat' })
const OrgRefView = z.object({ id: Id, name: z.string() })

export const CreateDialogueBody = z.strictObject({
  orgId: Id,
  kind: DialogueKind,
  title,
  heldOn: IsoDate,
  startsAt: startsAt.nullable().optional(),
  place,
  chair,
})
export type CreateDialogueBody = z.infer<typeof CreateDialogueBody>

/** Only a planned session changes; every field is optional. */
export const UpdateDialogueBody = z.strictObject({
  kind: DialogueKind.optional(),
  title: title.optional(),
  heldOn: IsoDate.optional(),
  startsAt: startsAt.nullable().optional(),
  place: place.optional(),
  chair: chair.optional(),
})
export type UpdateDialogueBody = z.infer<typeof UpdateDialogueBody>

/** Marking a session held: the minutes' summary and how many people came. */
export const HoldDialogueBody = z.strictObject({
  summary: z.string().trim().min(10).max(10000),
  attendance: z.number().int().min(0).max(100000),
})
export const CancelDialogueBody = z.strictObject({ reason: z.string().trim().min(5).max(1000) })

export const DialogueQuery = z.strictObject({
  org: Id,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  status: DialogueStatus.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})

export const DialogueListItem = z.object({
  id: Id,
  organization: OrgRefView,
  kind: DialogueKind,
  title: z.string(),
  heldOn: IsoDate,
  startsAt: z.string().nullable(),
  place: z.string(),
  chair: z.string(),
  status: DialogueStatus,
  questionCount: z.number().int(),
  promiseCount: z.number().int(),
  openPromiseCount: z.number().int(),
})
export type DialogueListItem = z.infer<typeof DialogueListItem>
export const DialoguePage = z.object({ items: z.array(DialogueListItem), nextCursor: z.string().nullable() })

export const QuestionBody = z.strictObject({
  /** Who raised it, as the minutes record it (internal only). */
  raisedBy: z.string().trim().max(200).nullable().optional(),
  content: z.string().trim().min(10).max(5000),
  /** The answer given at the session. */
  response: z.string().trim().max(5000).nullable().optional(),
})
export type QuestionBody = z.infer<typeof QuestionBody>

export const DialogueQuestion = z.object({
  id: Id,
  raisedBy: z.string().nullable(),
  content: z.string(),
  response: z.string().nullable(),
  /** Set once the question is taken in as a feedback case: its reference (the tracking code is shown only once). */
  feedbackCase: z.object({ id: Id, reference: z.string() }).nullable(),
  createdAt: z.string(),
})
export type DialogueQuestion = z.infer<typeof DialogueQuestion>

const phone = z.string().trim().max(30).regex(/^[0-9+ ().-]{6,30}$/, { error: 'phoneFormat' })

/** Taking a question in as a feedback case (channel 'dialogue'): its topic, the commune concerned and the contact. */
export const TakeInBody = z.strictObject({
  categoryId: z.string().min(1).max(40),
  communeId: Id,
  anonymous: z.boolean(),
  name: z.string().trim().max(120).optional(),
  phone: phone.optional(),
  email: z.email().max(200).optional(),
})
export type TakeInBody = z.infer<typeof TakeInBody>

export const TakeInReceipt = z.object({
  feedbackCaseId: Id,
  /** Shown once: the citizen follows the case with it. */
  trackingCode: z.string(),
  reference: z.string(),
  acknowledgeDue: IsoDate,
  handlingDue: IsoDate,
})
export type TakeInReceipt = z.infer<typeof TakeInReceipt>

export const CreatePromiseBody = z.strictObject({
  content: z.string().trim().min(10).max(2000),
  /** The unit answerable for it: the session's organization or a unit in its subtree. */
  ownerOrgId: Id,
  ownerName: z.string().trim().min(2).max(300),
  dueOn: IsoDate,
  questionId: Id.nullable().optional(),
})
export type CreatePromiseBody = z.infer<typeof CreatePromiseBody>

export const UpdatePromiseBody = z.strictObject({
  content: z.string().trim().min(10).max(2000).optional(),
  ownerOrgId: Id.optional(),
  ownerName: z.string().trim().min(2).max(300).optional(),
  dueOn: IsoDate.optional(),
})
export type UpdatePromiseBody = z.infer<typeof UpdatePromiseBody>

export const PromiseReportBody = z.strictObject({
  progress: z.number().int().min(0).max(100),
  note: z.string().trim().min(5).max(2000),
  /** Closing the promise: 'done' sets the progress to 100 and the date done; 'dropped' only by the session's managers. */
  status: z.enum(['done', 'dropped']).optional(),
})
export type PromiseReportBody = z.infer<typeof PromiseReportBody>

export const PromiseReport = z.object({
  id: Id,
  progress: z.number().int(),
  note: z.string(),
  status: PromiseStatus,
  by: z.string().nullable(),
  at: z.string(),
})
export type PromiseReport = z.infer<typeof PromiseReport>

export const DialoguePromise = z.object({
  id: Id,
  session: z.object({ id: Id, title: z.string(), heldOn: IsoDate, organization: OrgRefView }),
  questionId: Id.nullable(),
  content: z.string(),
  owner: OrgRefView,
  ownerName: z.string(),
  dueOn: IsoDate,
  status: PromiseStatus,
  progress: z.number().int(),
  doneOn: IsoDate.nullable(),
  /** Past its due date and neither done nor dropped. */
  overdue: z.boolean(),
  lastReport: PromiseReport.nullable(),
  abilities: z.object({ report: z.boolean(), manage: z.boolean() }),
})
export type DialoguePromise = z.infer<typeof DialoguePromise>
export const DialoguePromiseDetail = DialoguePromise.extend({ reports: z.array(PromiseReport) })
export type DialoguePromiseDetail = z.infer<typeof DialoguePromiseDetail>

export const PromiseQuery = z.strictObject({
  org: Id,
  status: PromiseStatus.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})
export const PromisePage = z.object({ items: z.array(DialoguePromise), nextCursor: z.string().nullable() })

export const DialogueSession = DialogueListItem.extend({
  summary: z.string().nullable(),
  attendance: z.number().int().nullable(),
  questions: z.array(DialogueQuestion),
  promises: z.array(DialoguePromise),
  abilities: z.object({
    /** Change the schedule, mark held, cancel: planned sessions only. */
    edit: z.boolean(),
    hold: z.boolean(),
    cancel: z.boolean(),
    /** Add, edit and delete questions (planned or held sessions) and take them in as feedback cases. */
    recordQuestions: z.boolean(),
    /** Add promises (held sessions). */
    addPromises: z.boolean(),
  }),
})
export type DialogueSession = z.infer<typeof DialogueSession>

export const ComplianceQuery = z.strictObject({
  org: Id,
  month: month.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
})

export const ComplianceRow = z.object({
  organization: z.object({ id: Id, name: z.string(), kind: OrgKind }),
  /** Reception days the head owes this month (0: no obligation). */
  required: z.number().int(),
  /** Distinct days with a held reception (periodic or ad hoc). */
  held: z.number().int(),
  /** Distinct days with a reception still planned. */
  planned: z.number().int(),
  met: z.boolean(),
})
export type ComplianceRow = z.infer<typeof ComplianceRow>

export const ComplianceReport = z.object({
  month: z.string(),
  /** Over every unit counted (all pages): units with an obligation, and those that met it. */
  totals: z.object({ units: z.number().int(), obliged: z.number().int(), met: z.number().int() }),
  items: z.array(ComplianceRow),
  nextCursor: z.string().nullable(),
})
export type ComplianceReport = z.infer<typeof ComplianceReport>
