// The yearly cycle: a year, its theme ("chuyên đề"), key dates, status and the rule set it is rated by.
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'

export const CYCLE_STATUSES = ['preparing', 'registration', 'in_progress', 'yearend_review', 'closed'] as const
export const CycleStatus = z.enum(CYCLE_STATUSES)
export type CycleStatus = z.infer<typeof CycleStatus>

/** The workflow steps, each its own endpoint: POST /cycles/:id/<step>. */
export const CYCLE_STEPS = {
  'open-registration': { from: 'preparing', to: 'registration' },
  start: { from: 'registration', to: 'in_progress' },
  'begin-yearend-review': { from: 'in_progress', to: 'yearend_review' },
  close: { from: 'yearend_review', to: 'closed' },
} as const satisfies Record<string, { from: CycleStatus; to: CycleStatus }>
export type CycleStep = keyof typeof CYCLE_STEPS

export const THEME_SCOPES = ['term', 'year'] as const

const themeFields = {
  themeTitle: z.string().trim().min(10).max(1000),
  /** 'term' for a whole-term theme (toàn khóa), 'year' for the year's own. */
  themeScope: z.enum(THEME_SCOPES),
  themeIssuer: z.string().trim().max(300).nullable().optional(),
  guidanceDocument: z.string().trim().max(300).nullable().optional(),
}
const dateFields = {
  registrationDeadline: IsoDate,
  midyearReviewDate: IsoDate,
  yearendReviewDate: IsoDate,
}

export const Cycle = z.object({
  id: Id,
  year: z.number().int(),
  themeTitle: z.string(),
  themeScope: z.enum(THEME_SCOPES),
  themeIssuer: z.string().nullable(),
  guidanceDocument: z.string().nullable(),
  registrationDeadline: IsoDate,
  midyearReviewDate: IsoDate,
  yearendReviewDate: IsoDate,
  status: CycleStatus,
  ruleSet: z.object({ id: Id, code: z.string(), name: z.string() }),
  abilities: z.object({ update: z.boolean(), steps: z.array(z.enum(Object.keys(CYCLE_STEPS) as [CycleStep, ...CycleStep[]])) }),
})
export type Cycle = z.infer<typeof Cycle>
export const CycleList = z.object({ items: z.array(Cycle) })

export const CreateCycleBody = z.strictObject({
  year: z.number().int().min(2016).max(2100),
  ...themeFields,
  ...dateFields,
  /** Default: the published rule set in force on 1 January of the year. */
  ruleSetId: Id.optional(),
})
export const UpdateCycleBody = z.strictObject({
  themeTitle: themeFields.themeTitle.optional(),
  themeScope: themeFields.themeScope.optional(),
  themeIssuer: themeFields.themeIssuer,
  guidanceDocument: themeFields.guidanceDocument,
  registrationDeadline: IsoDate.optional(),
  midyearReviewDate: IsoDate.optional(),
  yearendReviewDate: IsoDate.optional(),
  ruleSetId: Id.optional(),
})
