// Official documents generated from live data: a member's commitment form, the year-end rating summary of an
// organization's subtree and the rating decision list, as Word (.docx) or, when LibreOffice is installed, PDF.
import { z } from 'zod'
import { Id } from './common.ts'

export const REPORT_KINDS = ['commitment', 'rating-summary', 'rating-decisions', 'plan', 'plan-review'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]

/** The file handed back. */
export const FILE_FORMATS = ['docx', 'pdf'] as const
export const FileFormat = z.enum(FILE_FORMATS)
export type FileFormat = z.infer<typeof FileFormat>

/** The layout rules: Party (Hướng dẫn 36-HD/VPTW) or State (Nghị định 30/2020/NĐ-CP). */
export const DOCUMENT_LAYOUTS = ['party', 'state'] as const
export const DocumentLayout = z.enum(DOCUMENT_LAYOUTS)
export type DocumentLayout = z.infer<typeof DocumentLayout>

/** The document's number, given once it is registered ("09"); left blank for the clerk to fill in otherwise. */
export const DocumentNumber = z.string().trim().regex(/^\d{1,6}$/, { error: 'documentNumberFormat' })

export const CommitmentReportQuery = z.strictObject({
  person: Id,
  cycle: Id,
  format: FileFormat.default('docx'),
  layout: DocumentLayout.optional(),
})

export const OrgReportQuery = z.strictObject({
  org: Id,
  cycle: Id,
  format: FileFormat.default('docx'),
  layout: DocumentLayout.optional(),
  number: DocumentNumber.optional(),
})

export const ReportCapabilities = z.object({
  /** PDF can be produced (LibreOffice found on the server). */
  pdf: z.boolean(),
})
export type ReportCapabilities = z.infer<typeof ReportCapabilities>

/** A unit's plan as issued (Party format), by the plan's id. */
export const PlanReportQuery = z.strictObject({
  plan: Id,
  format: FileFormat.default('docx'),
})

/** The review of a plan over a reporting period (six months, the year, a quarter): each item's progress and latest note in it. */
export const PlanReviewQuery = z.strictObject({
  plan: Id,
  period: Id,
  format: FileFormat.default('docx'),
  number: DocumentNumber.optional(),
})
