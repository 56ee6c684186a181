// Rating rules as versioned data (Quy định 366-QĐ/TW today): the 100-point frame, score bands, the extra conditions
// of the top level and the quota. Shared by the server (validation, decisions) and the web app (editor, forms).
import { z } from 'zod'
import { Id, IsoDate } from './common.ts'

/** The four levels, best first: HTXSNV, HTTNV, HTNV, KHTNV. */
export const RATING_LEVELS = ['excellent', 'good', 'complete', 'incomplete'] as const
export const RatingLevel = z.enum(RATING_LEVELS)
export type RatingLevel = z.infer<typeof RatingLevel>

/** Subject groups with their own criteria lists (the appendices of QĐ 366). */
export const SUBJECT_GROUPS = ['collective', 'leader', 'individual', 'outside'] as const
export const SubjectGroup = z.enum(SUBJECT_GROUPS)
export type SubjectGroup = z.infer<typeof SubjectGroup>

const code = z.string().trim().min(1).max(40).regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'ruleCodeFormat' })
const points = z.number().min(0).max(100).multipleOf(0.5)

export const Criterion = z.strictObject({ code, title: z.string().trim().min(2).max(500), maxPoints: points })
export type Criterion = z.infer<typeof Criterion>

const sum = (items: { maxPoints: number }[]) => items.reduce((s, c) => s + c.maxPoints, 0)

export const GroupFrame = z.strictObject({
  general: z.array(Criterion).min(1).max(40),
  tasks: z.array(Criterion).min(1).max(40),
})

export const Frame = z
  .strictObject({
    generalMax: points,
    tasksMax: points,
    groups: z.strictObject({ collective: GroupFrame, leader: GroupFrame, individual: GroupFrame, outside: GroupFrame }),
  })
  .superRefine((frame, ctx) => {
    if (frame.generalMax + frame.tasksMax !== 100) ctx.addIssue({ code: 'custom', path: ['tasksMax'], message: 'frameTotal' })
    for (const group of SUBJECT_GROUPS) {
      const g = frame.groups[group]
      if (sum(g.general) !== frame.generalMax) ctx.addIssue({ code: 'custom', path: ['groups', group, 'general'], message: 'criteriaSum' })
      if (sum(g.tasks) !== frame.tasksMax) ctx.addIssue({ code: 'custom', path: ['groups', group, 'tasks'], message: 'criteriaSum' })
      const codes = [...g.general, ...g.tasks].map((c) => c.code)
      if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', path: ['groups', group], message: 'duplicateCriterion' })
    }
  })
export type Frame = z.infer<typeof Frame>

/** Lowest score of each level; levels best first, scores strictly decreasing, the last one 0. */
export const Bands = z
  .array(z.strictObject({ level: RatingLevel, minScore: points }))
  .length(4)
  .superRefine((bands, ctx) => {
    bands.forEach((b, i) => {
      if (b.level !== RATING_LEVELS[i]) ctx.addIssue({ code: 'custom', path: [i, 'level'], message: 'bandOrder' })
      if (i > 0 && b.minScore >= bands[i - 1].minScore) ctx.addIssue({ code: 'custom', path: [i, 'minScore'], message: 'bandOrder' })
    })
    if (bands[bands.length - 1]?.minScore !== 0) ctx.addIssue({ code: 'custom', path: [bands.length - 1, 'minScore'], message: 'bandOrder' })
  })
export type Bands = z.infer<typeof Bands>

/** Facts the top level requires besides its score (all tasks done, ≥ 30 % exceeded, past shortcomings fixed, …). */
export const CONDITION_KINDS = ['all_tasks_done', 'tasks_exceeded_percent', 'shortcomings_fixed', 'no_discipline', 'led_units_done'] as const
export const TopCondition = z.strictObject({
  code,
  kind: z.enum(CONDITION_KINDS),
  title: z.string().trim().min(2).max(300),
  /** For tasks_exceeded_percent: the share of tasks exceeded, in percent. */
  threshold: z.number().min(0).max(100).optional(),
  /** Subject groups the condition applies to. */
  groups: z.array(SubjectGroup).min(1),
})
export type TopCondition = z.infer<typeof TopCondition>

export const QUOTA_SCOPES = ['grassroots', 'unit'] as const
export const Quota = z.strictObject({
  /** "Excellent at most `percent` % of those rated `of`". */
  level: RatingLevel,
  of: RatingLevel,
  percent: z.number().min(0).max(100),
  /** Where it is counted: within each grassroots party organization, or each unit deciding. */
  scope: z.enum(QUOTA_SCOPES),
  /** Exceptions allowed with a written justification (audited). */
  exceptionsAllowed: z.boolean(),
})
export type Quota = z.infer<typeof Quota>

export const RuleSetContent = z.strictObject({
  frame: Frame,
  bands: Bands,
  topConditions: z.array(TopCondition).max(20),
  quota: Quota,
})
export type RuleSetContent = z.infer<typeof RuleSetContent>

export const RULE_SET_STATUSES = ['draft', 'published'] as const
export const RuleSet = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  sourceDocument: z.string().nullable(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable(),
  status: z.enum(RULE_SET_STATUSES),
  content: RuleSetContent,
  /** Cycles that use it: a used rule set is never changed, only superseded by a new version. */
  usedByCycles: z.array(z.object({ id: Id, year: z.number().int() })),
  createdAt: z.string(),
  abilities: z.object({ update: z.boolean(), publish: z.boolean() }),
})
export type RuleSet = z.infer<typeof RuleSet>
export const RuleSetList = z.object({ items: z.array(RuleSet.omit({ content: true })) })

export const CreateRuleSetBody = z.strictObject({
  code: code,
  name: z.string().trim().min(2).max(200),
  sourceDocument: z.string().trim().max(300).nullable().optional(),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable().optional(),
  /** Start from a copy of this rule set's content (the usual way to make a new version). */
  copyFromId: Id.optional(),
  content: RuleSetContent.optional(),
})
export const UpdateRuleSetBody = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  sourceDocument: z.string().trim().max(300).nullable().optional(),
  effectiveFrom: IsoDate.optional(),
  effectiveTo: IsoDate.nullable().optional(),
  content: RuleSetContent.optional(),
})
