// Pure rating arithmetic over a rule set: the band of a score, and how many top ratings the quota allows.
import type { Bands, Quota, RatingLevel, RuleSetContent, SubjectGroup } from '../../../common/contracts/rules.ts'

/** The levels' names in the API's messages (the web app has its own catalogue). */
export const LEVEL_LABELS = {
  vi: { excellent: 'Hoàn thành xuất sắc nhiệm vụ', good: 'Hoàn thành tốt nhiệm vụ', complete: 'Hoàn thành nhiệm vụ', incomplete: 'Không hoàn thành nhiệm vụ' },
  en: { excellent: 'Excellent', good: 'Good', complete: 'Complete', incomplete: 'Not complete' },
} as const satisfies Record<'vi' | 'en', Record<RatingLevel, string>>

/** The level a score falls in: the first band (best first) whose minimum it reaches. */
export function levelForScore(score: number, bands: Bands): RatingLevel {
  return (bands.find((b) => score >= b.minScore) ?? bands[bands.length - 1]).level
}

/** "At most percent % of those rated `of`": floor, so 15 rated good allow 3 excellent at 20 %. */
export function quotaAllowance(quota: Quota, countOf: number): number {
  return Math.floor((quota.percent * countOf) / 100 + 1e-9)
}

export type ItemResult = 'not_done' | 'done' | 'exceeded'

export interface Proposal {
  group: SubjectGroup
  /** Points per criterion code of the group's frame. */
  scores: Record<string, number>
  level: RatingLevel
  /** Codes of the top-level conditions claimed as met. */
  conditions: string[]
  /** The results of the commitment's items, as the member assessed them; null for a collective (no items to check). */
  itemResults: ItemResult[] | null
  /** The results of the items carried over to fix past shortcomings (all must be done for that condition). */
  carriedResults?: ItemResult[]
  /**
   * Shortcomings of the subject from past cycles not fixed yet (open, or awaiting verification): any one of them fails
   * that condition. Counted for organizations (their register); a member's are checked through their carried items.
   */
  unresolvedShortcomings?: number
}

export type ProposalProblem =
  | { kind: 'missing_score' | 'unknown_criterion' | 'score_out_of_range'; criterion: string }
  | { kind: 'level_above_band'; band: RatingLevel }
  | { kind: 'condition_missing' | 'condition_not_met' | 'unknown_condition'; condition: string }

const ORDER: RatingLevel[] = ['excellent', 'good', 'complete', 'incomplete']

/** The total of a proposal's scores (criteria of the group only). */
export function totalScore(content: RuleSetContent, group: SubjectGroup, scores: Record<string, number>): number {
  const frame = content.frame.groups[group]
  return [...frame.general, ...frame.tasks].reduce((sum, c) => sum + (scores[c.code] ?? 0), 0)
}

/**
 * Checks a proposed rating against the rules: a score for every criterion within its maximum, a level no higher than
 * the score's band, and for the top level every condition of the group claimed and consistent with the item results.
 */
export function checkProposal(content: RuleSetContent, p: Proposal): ProposalProblem[] {
  const problems: ProposalProblem[] = []
  const frame = content.frame.groups[p.group]
  const criteria = [...frame.general, ...frame.tasks]
  for (const c of criteria) {
    const v = p.scores[c.code]
    if (v === undefined) problems.push({ kind: 'missing_score', criterion: c.code })
    else if (v < 0 || v > c.maxPoints) problems.push({ kind: 'score_out_of_range', criterion: c.code })
  }
  for (const code of Object.keys(p.scores)) if (!criteria.some((c) => c.code === code)) problems.push({ kind: 'unknown_criterion', criterion: code })
  const band = levelForScore(totalScore(content, p.group, p.scores), content.bands)
  if (ORDER.indexOf(p.level) < ORDER.indexOf(band)) problems.push({ kind: 'level_above_band', band })
  const applicable = content.topConditions.filter((c) => c.groups.includes(p.group))
  for (const code of p.conditions) if (!applicable.some((c) => c.code === code)) problems.push({ kind: 'unknown_condition', condition: code })
  if (p.level === 'excellent') {
    const results = p.itemResults
    const exceeded = results?.length ? (100 * results.filter((r) => r === 'exceeded').length) / results.length : 0
    for (const c of applicable) {
      if (!p.conditions.includes(c.code)) problems.push({ kind: 'condition_missing', condition: c.code })
      else if (results && c.kind === 'all_tasks_done' && results.some((r) => r === 'not_done')) problems.push({ kind: 'condition_not_met', condition: c.code })
      else if (results && c.kind === 'tasks_exceeded_percent' && exceeded < (c.threshold ?? 0)) problems.push({ kind: 'condition_not_met', condition: c.code })
      else if (c.kind === 'shortcomings_fixed' && (p.carriedResults?.some((r) => r === 'not_done') || (p.unresolvedShortcomings ?? 0) > 0)) {
        problems.push({ kind: 'condition_not_met', condition: c.code })
      }
    }
  }
  return problems
}
