// The scoring rubrics reviewers use on nominations of exemplary models, as versioned data: for each area of Chỉ thị 05 a
// list of criteria worth 100 points in all. Drafts are edited; a published rubric never changes, a new version
// supersedes it. A nomination is scored on the rubric in force for its year, fixed when it is nominated.
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'

/** Every area's criteria add up to this. */
export const RUBRIC_TOTAL = 100

const code = z.string().trim().min(1).max(40).regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'ruleCodeFormat' })

export const RubricCriterion = z.strictObject({
  key: code,
  title: z.string().trim().min(2).max(500),
  maxPoints: z.number().int().min(1).max(RUBRIC_TOTAL),
})
export type RubricCriterion = z.infer<typeof RubricCriterion>

const AreaCriteria = z
  .array(RubricCriterion)
  .min(1)
  .max(20)
  .superRefine((criteria, ctx) => {
    if (criteria.reduce((s, c) => s + c.maxPoints, 0) !== RUBRIC_TOTAL) ctx.addIssue({ code: 'custom', message: 'rubricSum' })
    const keys = criteria.map((c) => c.key)
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', message: 'duplicateCriterion' })
  })

/** The criteria of each area (ideology, ethics, style: the areas of a model). */
export const RubricContent = z.strictObject({
  areas: z.strictObject({ ideology: AreaCriteria, ethics: AreaCriteria, style: AreaCriteria }),
})
export type RubricContent = z.infer<typeof RubricContent>

export const RUBRIC_STATUSES = ['draft', 'published'] as const

export const Rubric = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  sourceDocument: z.string().nullable(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
  status: z.enum(RUBRIC_STATUSES),
  content: RubricContent,
  /** Nominations scored on it: a published rubric is never changed, only superseded by a new version. */
  usedByNominations: z.number().int(),
  createdAt: z.string(),
  abilities: z.object({ update: z.boolean(), publish: z.boolean() }),
})
export type Rubric = z.infer<typeof Rubric>
export const RubricList = z.object({ items: z.array(Rubric.omit({ content: true })) })
export type RubricList = z.infer<typeof RubricList>

export const CreateRubricBody = z.strictObject({
  code,
  name: z.string().trim().min(2).max(200),
  sourceDocument: z.string().trim().max(300).nullable().optional(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable().optional(),
  /** Start from a copy of this rubric's content; without it and without content, a copy of the newest published one. */
  copyFromId: Id.optional(),
  content: RubricContent.optional(),
})
export type CreateRubricBody = z.input<typeof CreateRubricBody>

export const UpdateRubricBody = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  sourceDocument: z.string().trim().max(300).nullable().optional(),
  effectiveFrom: IsoDate.optional(),
  effectiveTo: IsoDate.nullable().optional(),
  content: RubricContent.optional(),
})
export type UpdateRubricBody = z.input<typeof UpdateRubricBody>

/** The rubric a nomination is scored on, with the criteria of its model's area (part of a nomination's detail). */
export const NominationRubric = z.object({
  id: Id,
  name: z.string(),
  criteria: z.array(RubricCriterion),
})
export type NominationRubric = z.infer<typeof NominationRubric>
