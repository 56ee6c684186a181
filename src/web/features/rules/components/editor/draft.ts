// The editor's working copy of a draft rule set: like the contract's content, but a number input may be empty ('').
// Turned back into one PATCH body on save; empty numbers are caught here, everything else is checked by the server.
import type { Criterion, RatingLevel, RuleSet, SubjectGroup, TopCondition } from '../../../../../common/contracts/rules.ts'
import { nullableText } from '../../../../components/forms.ts'
import { SUBJECT_GROUP_VALUES } from '../../../../components/labels.ts'
import type { UpdateRuleSetInput } from '../../api.ts'
import type { Points } from '../points.ts'

export type Section = 'general' | 'tasks'
export const SECTIONS: readonly Section[] = ['general', 'tasks']

export type CriterionDraft = Omit<Criterion, 'maxPoints'> & { maxPoints: Points }
export type GroupDraft = Record<Section, CriterionDraft[]>
export type ConditionDraft = Omit<TopCondition, 'threshold'> & { threshold?: Points }
export interface BandDraft {
  level: RatingLevel
  minScore: Points
}
export interface QuotaDraft extends Omit<RuleSet['content']['quota'], 'percent'> {
  percent: Points
}

export interface ContentDraft {
  generalMax: number
  tasksMax: number
  groups: Record<SubjectGroup, GroupDraft>
  bands: BandDraft[]
  topConditions: ConditionDraft[]
  quota: QuotaDraft
}

export interface RuleSetDraft {
  name: string
  sourceDocument: string
  effectiveFrom: string
  effectiveTo: string
  content: ContentDraft
}

export const META_FIELDS = ['name', 'sourceDocument', 'effectiveFrom', 'effectiveTo'] as const

export function toDraft(ruleSet: RuleSet): RuleSetDraft {
  const { frame, bands, topConditions, quota } = structuredClone(ruleSet.content)
  return {
    name: ruleSet.name,
    sourceDocument: ruleSet.sourceDocument ?? '',
    effectiveFrom: ruleSet.effectiveFrom,
    effectiveTo: ruleSet.effectiveTo ?? '',
    content: { generalMax: frame.generalMax, tasksMax: frame.tasksMax, groups: frame.groups, bands, topConditions, quota },
  }
}

export const criterionPath = (group: SubjectGroup, section: Section) => `content.frame.groups.${group}.${section}`

/** The PATCH body, or the paths of the number inputs left empty (nothing is sent then). */
export function fromDraft(draft: RuleSetDraft, ruleSet: RuleSet): { body: UpdateRuleSetInput; missing: string[] } {
  const missing: string[] = []
  const num = (value: Points, path: string): number => {
    if (value === '') missing.push(path)
    return Number(value)
  }
  const { content } = draft
  const groups = Object.fromEntries(
    SUBJECT_GROUP_VALUES.map((g) => [
      g,
      Object.fromEntries(
        SECTIONS.map((s) => [
          s,
          content.groups[g][s].map((c, i) => ({ code: c.code, title: c.title.trim(), maxPoints: num(c.maxPoints, `${criterionPath(g, s)}.${i}.maxPoints`) })),
        ]),
      ),
    ]),
  ) as Record<SubjectGroup, Record<Section, Criterion[]>>
  const bands = content.bands.map((b, i) => ({ level: b.level, minScore: num(b.minScore, `content.bands.${i}.minScore`) }))
  const topConditions = content.topConditions.map(({ threshold, ...c }, i) => {
    const needed = c.kind === 'tasks_exceeded_percent'
    if (threshold === undefined || (threshold === '' && !needed)) return { ...c, title: c.title.trim() }
    return { ...c, title: c.title.trim(), threshold: num(threshold, `content.topConditions.${i}.threshold`) }
  })
  const quota = { ...content.quota, percent: num(content.quota.percent, 'content.quota.percent') }

  const body: UpdateRuleSetInput = {
    content: { frame: { generalMax: content.generalMax, tasksMax: content.tasksMax, groups }, bands, topConditions, quota },
  }
  const name = draft.name.trim()
  if (name !== ruleSet.name) body.name = name
  const source = nullableText(draft.sourceDocument)
  if (source !== ruleSet.sourceDocument) body.sourceDocument = source
  if (draft.effectiveFrom !== ruleSet.effectiveFrom) body.effectiveFrom = draft.effectiveFrom
  const to = draft.effectiveTo || null
  if (to !== ruleSet.effectiveTo) body.effectiveTo = to
  return { body, missing }
}

/** A code for a new row, unused in the group: the next number after the table's last code (c3 → c4), else chung-N / nhiem-vu-N. */
export function newCriterionCode(group: GroupDraft, section: Section): string {
  const taken = new Set([...group.general, ...group.tasks].map((c) => c.code))
  const last = group[section].at(-1)?.code.match(/^(.*?)(\d+)$/)
  const prefix = last ? last[1] : section === 'general' ? 'chung-' : 'nhiem-vu-'
  let n = last ? Number(last[2]) + 1 : group[section].length + 1
  while (taken.has(`${prefix}${n}`)) n++
  return `${prefix}${n}`
}

const GROUP_PATH = /^content\.frame\.groups\.(collective|leader|individual|outside)(\.(general|tasks)(\.\d+\.(title|maxPoints))?)?$/
const SHOWN = [
  /^(name|sourceDocument|effectiveFrom|effectiveTo)$/,
  GROUP_PATH,
  /^content\.bands\.[0-2]\.minScore$/,
  /^content\.topConditions\.\d+\.(title|threshold)$/,
  /^content\.quota\.(percent|scope|exceptionsAllowed)$/,
]

/** Server field paths the editor shows next to an input or a table (FormError lists the others). */
export function isShownPath(path: string): boolean {
  return SHOWN.some((re) => re.test(path))
}
