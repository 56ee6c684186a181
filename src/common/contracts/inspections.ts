// Inspection and supervision ("kiểm tra, giám sát"): each level's yearly programme, its visits (or unscheduled ones),
// a checklist drawn from the year's criteria or written by hand, the conclusion with findings that become shortcomings
// of the inspected unit or person, and the inspected unit's report back on the recommendations.
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'
import { SubjectGroup } from './rules.ts'
import { ShortcomingSeverity } from './shortcomings.ts'

export const INSPECTION_KINDS = ['inspection', 'supervision'] as const
export const InspectionKind = z.enum(INSPECTION_KINDS)
export type InspectionKind = z.infer<typeof InspectionKind>

export const INSPECTION_STATUSES = ['planned', 'done', 'cancelled'] as const
export const InspectionStatus = z.enum(INSPECTION_STATUSES)
export type InspectionStatus = z.infer<typeof InspectionStatus>

export const CHECK_RESULTS = ['met', 'partly', 'not_met', 'not_applicable'] as const
export const CheckResult = z.enum(CHECK_RESULTS)
export type CheckResult = z.infer<typeof CheckResult>

const Year = z.coerce.number().int().min(2000).max(2200)
const longText = (min: number, max: number) => z.string().trim().min(min).max(max)
const OrgRefView = z.object({ id: Id, name: z.string() })

// Programmes ---------------------------------------------------------------------------------------------------------

/** "Chương trình kiểm tra, giám sát năm 2026", with its document number ("Số 05-CTr/UBKT"). */
export const CreateProgrammeBody = z.strictObject({
  orgId: Id,
  year: Year,
  title: longText(5, 300),
  documentNumber: longText(2, 60).nullable().optional(),
})
export type CreateProgrammeBody = z.infer<typeof CreateProgrammeBody>

export const UpdateProgrammeBody = z.strictObject({
  title: longText(5, 300).optional(),
  documentNumber: longText(2, 60).nullable().optional(),
})
export type UpdateProgrammeBody = z.infer<typeof UpdateProgrammeBody>

export const ProgrammeQuery = z.strictObject({ org: Id, year: Year })

export const InspectionProgramme = z.object({
  id: Id,
  organization: OrgRefView,
  year: z.number().int(),
  title: z.string(),
  documentNumber: z.string().nullable(),
})
export type InspectionProgramme = z.infer<typeof InspectionProgramme>

/** A level's programme for a year (null when not drawn up yet) and whether the caller manages it. */
export const ProgrammeView = z.object({
  programme: InspectionProgramme.nullable(),
  /** The cycle of that year exists (a programme and its visits belong to a cycle). */
  cycleExists: z.boolean(),
  abilities: z.object({ manage: z.boolean() }),
})
export type ProgrammeView = z.infer<typeof ProgrammeView>

// Visits -------------------------------------------------------------------------------------------------------------

const visitFields = {
  kind: InspectionKind,
  title: longText(5, 300),
  scope: longText(5, 4000),
  team: longText(2, 1000),
  plannedOn: IsoDate,
}

/**
 * A visit of the inspecting level (in its programme for that year, or unscheduled): the target unit lies strictly
 * under it; a target person is placed in that unit. The checklist is drawn from the year's criteria of a subject
 * group (by default: collective for a unit, individual for a person) and/or written point by point.
 */
export const CreateInspectionBody = z.strictObject({
  orgId: Id,
  /** Unscheduled ("đột xuất") when false: the visit belongs to no programme. */
  inProgramme: z.boolean(),
  targetOrgId: Id,
  targetPersonId: Id.nullable().optional(),
  ...visitFields,
  drawCriteria: z.boolean().optional(),
  criteriaGroup: SubjectGroup.optional(),
  points: z.array(longText(3, 500)).max(60).optional(),
})
export type CreateInspectionBody = z.infer<typeof CreateInspectionBody>

export const UpdateInspectionBody = z.strictObject({
  kind: InspectionKind.optional(),
  title: visitFields.title.optional(),
  scope: visitFields.scope.optional(),
  team: visitFields.team.optional(),
  plannedOn: IsoDate.optional(),
})
export type UpdateInspectionBody = z.infer<typeof UpdateInspectionBody>

/** The whole checklist, in order: existing points keep their id (and the criterion they came from). */
export const ChecksBody = z.strictObject({
  items: z.array(z.strictObject({
    id: Id.optional(),
    criterion: longText(3, 500),
    result: CheckResult.nullable(),
    note: z.string().trim().max(2000).nullable().optional(),
  })).max(100),
})
export type ChecksBody = z.infer<typeof ChecksBody>

export const FindingBody = z.strictObject({ description: longText(10, 4000), severity: ShortcomingSeverity })

export const ConcludeBody = z.strictObject({
  heldOn: IsoDate,
  conclusion: longText(10, 10000),
  recommendations: longText(10, 10000),
  reportDueOn: IsoDate.nullable().optional(),
  findings: z.array(FindingBody).max(30),
})
export type ConcludeBody = z.infer<typeof ConcludeBody>

export const CancelInspectionBody = z.strictObject({ reason: longText(5, 1000) })
export const ReportBackBody = z.strictObject({ report: longText(10, 10000) })

export const InspectionQuery = z.strictObject({
  org: Id,
  year: Year,
  /** Visits made by the unit only (default) or by every level of its subtree. */
  subtree: z.enum(['true', 'false']).optional(),
  status: InspectionStatus.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})

export const ReceivedQuery = z.strictObject({
  org: Id,
  year: Year.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})

export const InspectionListItem = z.object({
  id: Id,
  programmeId: Id.nullable(),
  organization: OrgRefView,
  year: z.number().int(),
  kind: InspectionKind,
  target: OrgRefView,
  targetPerson: z.object({ id: Id, fullName: z.string() }).nullable(),
  title: z.string(),
  plannedOn: IsoDate,
  heldOn: IsoDate.nullable(),
  status: InspectionStatus,
  reportDueOn: IsoDate.nullable(),
  reportedBackAt: z.string().nullable(),
  /** Concluded, the report back due before today and not made. */
  reportOverdue: z.boolean(),
  findingCount: z.number().int(),
})
export type InspectionListItem = z.infer<typeof InspectionListItem>

export const InspectionPage = z.object({ items: z.array(InspectionListItem), nextCursor: z.string().nullable() })

export const InspectionCheck = z.object({
  id: Id,
  position: z.number().int(),
  criterionKey: z.string().nullable(),
  criterion: z.string(),
  result: CheckResult.nullable(),
  note: z.string().nullable(),
})
export type InspectionCheck = z.infer<typeof InspectionCheck>

export const InspectionFinding = z.object({
  id: Id,
  description: z.string(),
  severity: ShortcomingSeverity,
  shortcomingId: Id.nullable(),
})
export type InspectionFinding = z.infer<typeof InspectionFinding>

export const InspectionDetail = InspectionListItem.extend({
  programme: z.object({ id: Id, title: z.string(), documentNumber: z.string().nullable() }).nullable(),
  scope: z.string(),
  team: z.string(),
  conclusion: z.string().nullable(),
  recommendations: z.string().nullable(),
  /** Why a cancelled visit was cancelled. */
  cancelReason: z.string().nullable(),
  reportBack: z.string().nullable(),
  checks: z.array(InspectionCheck),
  findings: z.array(InspectionFinding),
  abilities: z.object({ edit: z.boolean(), cancel: z.boolean(), conclude: z.boolean(), reportBack: z.boolean() }),
})
export type InspectionDetail = z.infer<typeof InspectionDetail>
