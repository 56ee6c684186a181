// Plans that cascade down the tree: one plan per organization and cycle, its items (tasks, targets, breakthrough tasks,
// pressing issues) with owners, weights and due dates, split into sub-items and handed down to sub-units, which accept
// them into their own plans; dated progress updates with evidence; reporting periods; who has not reported; links to
// members' commitment items. Progress is rolled up on read (src/common/plans/rollup.ts).
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'
import { OrgKind } from './enums.ts'
import { FeedbackAttachment } from './feedback.attachments.ts'

export const PLAN_ITEM_KINDS = ['task', 'target', 'breakthrough', 'pressing'] as const
export const PlanItemKind = z.enum(PLAN_ITEM_KINDS)
export type PlanItemKind = z.infer<typeof PlanItemKind>

/** "chưa thực hiện / đang thực hiện / chậm / hoàn thành". */
export const PLAN_STATUSES = ['not_started', 'in_progress', 'late', 'done'] as const
export const PlanStatus = z.enum(PLAN_STATUSES)
export type PlanStatus = z.infer<typeof PlanStatus>

export const ROLLUP_MODES = ['children', 'own'] as const
export const RollupMode = z.enum(ROLLUP_MODES)
export type RollupMode = z.infer<typeof RollupMode>

export const HAND_DOWN_STATUSES = ['pending', 'accepted', 'declined'] as const
export const HandDownStatus = z.enum(HAND_DOWN_STATUSES)
export type HandDownStatus = z.infer<typeof HandDownStatus>

export const PERIOD_KINDS = ['quarter', 'half', 'year'] as const
export const PeriodKind = z.enum(PERIOD_KINDS)
export type PeriodKind = z.infer<typeof PeriodKind>

export const PLAN_MAX_WEIGHT = 1000
/** Working days after a period's end that its report is due (the default set). */
export const PERIOD_DUE_WORKING_DAYS = 5

const OrgRef = z.object({ id: Id, name: z.string() })
const OrgRefKind = OrgRef.extend({ kind: OrgKind })
const CycleRef = z.object({ id: Id, year: z.number().int() })

/** "12-KH/ĐU", "05-KH/TU": number, type, issuing body's symbol (Hướng dẫn 36-HD/VPTW). */
export const planDocumentNumber = z.string().trim().max(40).regex(/^\d{1,6}-[A-ZĐ]{1,6}\/[A-ZĐ0-9.-]{1,20}$/u, { error: 'planDocumentNumberFormat' })
const planTitle = z.string().trim().min(5).max(300)
const itemTitle = z.string().trim().min(3).max(500)

// ---- Plans and items

/** A unit's plan for a cycle: the cycle by id, or by year (default: the current cycle). */
export const PlanQuery = z.strictObject({
  org: Id,
  cycle: Id.optional(),
  year: z.coerce.number().int().min(1900).max(2199).optional(),
})

export const CreatePlanBody = z.strictObject({
  orgId: Id,
  cycleId: Id,
  title: planTitle,
  documentNumber: planDocumentNumber.nullable().optional(),
})
export type CreatePlanBody = z.infer<typeof CreatePlanBody>

export const UpdatePlanBody = z.strictObject({
  title: planTitle.optional(),
  documentNumber: planDocumentNumber.nullable().optional(),
})
export type UpdatePlanBody = z.infer<typeof UpdatePlanBody>

const itemFields = {
  kind: PlanItemKind,
  title: itemTitle,
  description: z.string().trim().max(5000).nullable().optional(),
  /** The measurable result expected ("100% chi bộ tổ chức sinh hoạt chuyên đề"). */
  expectedResult: z.string().trim().max(1000).nullable().optional(),
  /** A unit in the plan's organization's subtree, and/or a person placed there now. */
  ownerOrgId: Id.nullable().optional(),
  ownerPersonId: Id.nullable().optional(),
  weight: z.number().int().min(0).max(PLAN_MAX_WEIGHT).optional(),
  inRollup: z.boolean().optional(),
  rollupMode: RollupMode.optional(),
  dueOn: IsoDate.nullable().optional(),
  position: z.number().int().min(0).max(100000).optional(),
  /** A sub-item (a split) of another item of the same plan. */
  parentId: Id.nullable().optional(),
}

export const CreatePlanItemBody = z.strictObject(itemFields)
export type CreatePlanItemBody = z.infer<typeof CreatePlanItemBody>

export const UpdatePlanItemBody = z.strictObject({ ...itemFields, kind: PlanItemKind.optional(), title: itemTitle.optional() })
export type UpdatePlanItemBody = z.infer<typeof UpdatePlanItemBody>

export const PlanItem = z.object({
  id: Id,
  planId: Id,
  parentId: Id.nullable(),
  /** The superior's item this one was accepted from. */
  sourceItemId: Id.nullable(),
  kind: PlanItemKind,
  title: z.string(),
  description: z.string().nullable(),
  expectedResult: z.string().nullable(),
  ownerOrg: OrgRef.nullable(),
  ownerPerson: z.object({ id: Id, name: z.string() }).nullable(),
  weight: z.number().int(),
  inRollup: z.boolean(),
  rollupMode: RollupMode,
  dueOn: IsoDate.nullable(),
  position: z.number().int(),
  /** The item's own latest update (the record is the list of updates). */
  reported: z.object({ progress: z.number().int(), status: PlanStatus, at: z.string().nullable() }),
  /** Rolled up (one decimal): from its counted children, else its own report. */
  progress: z.number(),
  status: PlanStatus,
  fromChildren: z.boolean(),
  /** Past its due date and not done, or reported late. */
  late: z.boolean(),
  /** Hand-downs to sub-units by status. */
  handDowns: z.object({ pending: z.number().int(), accepted: z.number().int(), declined: z.number().int() }),
  /** Where an accepted item came from. */
  source: z.object({ itemId: Id, title: z.string(), organization: OrgRef }).nullable(),
})
export type PlanItem = z.infer<typeof PlanItem>

export const Plan = z.object({
  id: Id,
  organization: OrgRefKind,
  cycle: CycleRef,
  title: z.string(),
  documentNumber: z.string().nullable(),
  /** The plan's rolled-up progress (one decimal); null while no item counts. */
  progress: z.number().nullable(),
  /** In tree order: each item after its parent, siblings by position. */
  items: z.array(PlanItem),
  createdAt: z.string(),
})
export type Plan = z.infer<typeof Plan>

export const Reminder = z.object({
  id: Id,
  period: z.object({ id: Id, label: z.string(), dueOn: IsoDate }),
  from: OrgRef,
  note: z.string().nullable(),
  at: z.string(),
})
export type Reminder = z.infer<typeof Reminder>

/** A unit's board for a cycle: its plan (or none yet), hand-downs waiting for it, the latest reminder it received. */
export const PlanBoard = z.object({
  organization: OrgRefKind,
  cycle: CycleRef.extend({ status: z.string() }),
  plan: Plan.nullable(),
  pendingHandDowns: z.number().int(),
  latestReminder: Reminder.nullable(),
  abilities: z.object({
    /** Create the plan, edit it and its items, hand down, accept or decline what is handed down to the unit. */
    manage: z.boolean(),
    /** Report on any item of the plan. */
    report: z.boolean(),
  }),
})
export type PlanBoard = z.infer<typeof PlanBoard>

// ---- One item with its record

export const Evidence = FeedbackAttachment
export type Evidence = z.infer<typeof Evidence>

export const PlanUpdate = z.object({
  id: Id,
  progress: z.number().int(),
  status: PlanStatus,
  note: z.string(),
  period: z.object({ id: Id, label: z.string() }).nullable(),
  by: z.string().nullable(),
  at: z.string(),
  evidence: z.array(Evidence),
})
export type PlanUpdate = z.infer<typeof PlanUpdate>

export const HandDown = z.object({
  id: Id,
  to: OrgRef,
  status: HandDownStatus,
  note: z.string().nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  /** The item the sub-unit accepted into its plan, with its rolled-up progress. */
  acceptedItem: z.object({ id: Id, progress: z.number(), status: PlanStatus, lastReportedAt: z.string().nullable() }).nullable(),
})
export type HandDown = z.infer<typeof HandDown>

export const PlanItemChild = z.object({
  id: Id,
  title: z.string(),
  kind: PlanItemKind,
  organization: OrgRef,
  /** A sub-item of this plan, or an item a sub-unit accepted. */
  via: z.enum(['split', 'hand_down']),
  weight: z.number().int(),
  counted: z.boolean(),
  progress: z.number(),
  status: PlanStatus,
})

export const LinkedCommitmentItem = z.object({
  commitmentItemId: Id,
  commitmentId: Id,
  person: z.object({ id: Id, name: z.string() }),
  unit: OrgRef,
  area: z.string(),
  content: z.string(),
  target: z.string(),
})
export type LinkedCommitmentItem = z.infer<typeof LinkedCommitmentItem>

export const PlanItemDetail = PlanItem.extend({
  plan: z.object({ id: Id, title: z.string(), organization: OrgRefKind, cycle: CycleRef }),
  children: z.array(PlanItemChild),
  handDownList: z.array(HandDown),
  /** Newest first: the record of the item's progress. */
  updates: z.array(PlanUpdate),
  commitmentItems: z.array(LinkedCommitmentItem),
  abilities: z.object({ edit: z.boolean(), delete: z.boolean(), report: z.boolean(), handDown: z.boolean(), link: z.boolean() }),
})
export type PlanItemDetail = z.infer<typeof PlanItemDetail>

/** Multipart fields arrive as text: the number is read by the server's form reader. */
export const PlanUpdateBody = z.strictObject({
  progress: z.number().int().min(0).max(100),
  status: PlanStatus,
  note: z.string().trim().min(5).max(2000),
  periodId: Id.optional(),
})
export type PlanUpdateBody = z.infer<typeof PlanUpdateBody>

// ---- Cascade

export const HandDownBody = z.strictObject({
  orgIds: z.array(Id).min(1).max(500),
  note: z.string().trim().max(1000).optional(),
})
export type HandDownBody = z.infer<typeof HandDownBody>

export const DeclineBody = z.strictObject({ reason: z.string().trim().min(5).max(1000) })

export const HandDownQuery = z.strictObject({ org: Id, status: HandDownStatus.optional() })

export const HandDownInboxItem = z.object({
  id: Id,
  status: HandDownStatus,
  note: z.string().nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  to: OrgRef,
  from: OrgRef,
  cycle: CycleRef,
  item: z.object({ id: Id, kind: PlanItemKind, title: z.string(), description: z.string().nullable(), expectedResult: z.string().nullable(), dueOn: IsoDate.nullable() }),
  acceptedItemId: Id.nullable(),
  abilities: z.object({ respond: z.boolean() }),
})
export type HandDownInboxItem = z.infer<typeof HandDownInboxItem>
export const HandDownInbox = z.object({ items: z.array(HandDownInboxItem) })
export type HandDownInbox = z.infer<typeof HandDownInbox>

export const AcceptResult = z.object({ planId: Id, itemId: Id })
export type AcceptResult = z.infer<typeof AcceptResult>

// ---- Reporting periods

export const ReportingPeriod = z.object({
  id: Id,
  cycleId: Id,
  kind: PeriodKind,
  label: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  dueOn: IsoDate,
  /** Named by updates or reminders: it can no longer be deleted. */
  used: z.boolean(),
})
export type ReportingPeriod = z.infer<typeof ReportingPeriod>

export const PeriodQuery = z.strictObject({ cycle: Id })
export const PeriodList = z.object({
  items: z.array(ReportingPeriod),
  /** The period being reported today (see currentPeriod), if any. */
  currentId: Id.nullable(),
  abilities: z.object({ manage: z.boolean() }),
})
export type PeriodList = z.infer<typeof PeriodList>

const label = z.string().trim().min(2).max(100)
export const CreatePeriodBody = z.strictObject({ cycleId: Id, kind: PeriodKind, label, startsOn: IsoDate, endsOn: IsoDate, dueOn: IsoDate })
export type CreatePeriodBody = z.infer<typeof CreatePeriodBody>
export const UpdatePeriodBody = z.strictObject({ kind: PeriodKind.optional(), label: label.optional(), startsOn: IsoDate.optional(), endsOn: IsoDate.optional(), dueOn: IsoDate.optional() })
export type UpdatePeriodBody = z.infer<typeof UpdatePeriodBody>
export const DefaultPeriodsBody = z.strictObject({ cycleId: Id })

// ---- Who has not reported, reminders, the dashboard

export const NotReportedQuery = z.strictObject({ org: Id, period: Id })

export const NotReportedUnit = z.object({
  organization: OrgRefKind,
  parent: z.string().nullable(),
  items: z.number().int(),
  lastReportedAt: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
})
export type NotReportedUnit = z.infer<typeof NotReportedUnit>

export const PendingHandDown = z.object({
  id: Id,
  to: OrgRef,
  from: OrgRef,
  item: z.object({ id: Id, title: z.string() }),
  createdAt: z.string(),
})
export type PendingHandDown = z.infer<typeof PendingHandDown>

export const NotReportedReport = z.object({
  organization: OrgRefKind,
  period: ReportingPeriod,
  /** Units holding at least one item in the cycle, and those with no update dated in the period or named for it. */
  totals: z.object({ units: z.number().int(), notReported: z.number().int() }),
  /** By depth below the organization (0: itself); at most 500 units listed a level. */
  levels: z.array(z.object({
    depth: z.number().int(),
    units: z.number().int(),
    notReported: z.number().int(),
    list: z.array(NotReportedUnit),
    truncated: z.boolean(),
  })),
  pendingHandDowns: z.array(PendingHandDown),
  abilities: z.object({ remind: z.boolean() }),
})
export type NotReportedReport = z.infer<typeof NotReportedReport>

export const RemindBody = z.strictObject({
  orgId: Id,
  periodId: Id,
  /** Default: every unit under the organization that has not reported. */
  orgIds: z.array(Id).min(1).max(5000).optional(),
  note: z.string().trim().max(1000).optional(),
})
export type RemindBody = z.infer<typeof RemindBody>
export const RemindResult = z.object({ reminded: z.number().int(), mailed: z.number().int() })

export const PlanSummaryQuery = z.strictObject({ org: Id, cycle: Id.optional(), year: z.coerce.number().int().min(1900).max(2199).optional() })

export const LateItem = z.object({
  id: Id,
  title: z.string(),
  kind: PlanItemKind,
  dueOn: IsoDate.nullable(),
  status: PlanStatus,
  progress: z.number(),
  organization: OrgRef,
})

export const PlanSummary = z.object({
  organization: OrgRefKind,
  cycle: CycleRef,
  /** The subtree's rolled-up progress (see subtreeProgress) and the unit's own plan's. */
  progress: z.number().nullable(),
  ownPlanProgress: z.number().nullable(),
  plans: z.number().int(),
  items: z.number().int(),
  doneItems: z.number().int(),
  lateItems: z.number().int(),
  pendingHandDowns: z.number().int(),
  currentPeriod: ReportingPeriod.nullable(),
  notReported: z.object({ units: z.number().int(), notReported: z.number().int() }).nullable(),
  children: z.array(z.object({
    organization: OrgRefKind,
    progress: z.number().nullable(),
    plans: z.number().int(),
    items: z.number().int(),
    lateItems: z.number().int(),
    /** Units under it (itself included) that have not reported the current period. */
    notReported: z.number().int().nullable(),
    pendingHandDowns: z.number().int(),
  })),
  /** The 20 most overdue, soonest due first. */
  late: z.array(LateItem),
  /** Shortcomings of the subtree not yet fixed (open or awaiting verification), and of those overdue. */
  shortcomings: z.object({ open: z.number().int(), overdue: z.number().int() }).nullable(),
})
export type PlanSummary = z.infer<typeof PlanSummary>

// ---- Links to members' commitment items

export const LinkBody = z.strictObject({ commitmentItemId: Id })
export const LinkParams = z.strictObject({ id: Id, commitmentItemId: Id })
export const CandidateQuery = z.strictObject({ q: z.string().trim().max(100).optional() })
export const CommitmentCandidates = z.object({ items: z.array(LinkedCommitmentItem.extend({ linked: z.boolean() })) })

export const PlanLinksQuery = z.strictObject({ commitment: Id })
export const PlanLinks = z.object({
  items: z.array(z.object({
    commitmentItemId: Id,
    planItems: z.array(z.object({ id: Id, title: z.string(), kind: PlanItemKind, organization: OrgRef, year: z.number().int() })),
  })),
})
export type PlanLinks = z.infer<typeof PlanLinks>
