// The year's end for the demo province: most approved commitments self-assessed on the frame, the cells of part of
// the province reviewed (some naming shortcomings), and the ratings of part of the province decided within the quota;
// the reviewed cells assess themselves as organizations. Pure and seeded; the levels follow the rules.
import type { RatingLevel, RuleSetContent, SubjectGroup } from '../../../common/contracts/rules.ts'
import { checkProposal, levelForScore, quotaAllowance, totalScore, type ItemResult } from '../rules/rules.rating.ts'
import { Rng, type Weighted } from './demo.random.ts'

export interface YearEndInput {
  key: string
  group: SubjectGroup
  items: number
  cellCode: string
  scopeCode: string
}

export interface SelfAssessment {
  results: ItemResult[]
  scores: Record<string, number>
  total: number
  level: RatingLevel
  conditions: string[]
}

export interface Review {
  proposedLevel: RatingLevel
  attendanceTotal: number
  attendancePresent: number
  votes: Record<RatingLevel, number>
  comment: string
  shortcomings: string[]
}

export interface CellRating {
  cellCode: string
  scores: Record<string, number>
  total: number
  level: RatingLevel
  conditions: string[]
  decided: boolean
}

const SHORTCOMINGS = [
  'Chưa tích cực phát biểu, đóng góp ý kiến trong sinh hoạt chi bộ',
  'Việc nghiên cứu, học tập nghị quyết còn chưa sâu',
  'Có lúc chưa hoàn thành công việc đúng tiến độ được giao',
  'Tinh thần tự phê bình và phê bình còn hạn chế',
  'Chưa thường xuyên liên hệ với chi ủy, chi bộ nơi cư trú',
]
const COMMENTS = [
  'Chi bộ thống nhất với bản tự đánh giá của đồng chí.',
  'Đồng chí có ý thức trách nhiệm, gương mẫu trong công tác.',
  'Chi bộ ghi nhận kết quả, đề nghị tiếp tục phát huy.',
]
/** The share of each criterion's maximum a member gives themself: the year's spread of results. */
const SHARE: Weighted<number> = [[0.95, 16], [0.82, 60], [0.62, 20], [0.45, 4]]
const RESULT: Weighted<ItemResult> = [['done', 60], ['exceeded', 36], ['not_done', 4]]

function scoresFor(rng: Rng, content: RuleSetContent, group: SubjectGroup, share: number) {
  const frame = content.frame.groups[group]
  return Object.fromEntries([...frame.general, ...frame.tasks].map((c) => {
    const jitter = Math.min(1, Math.max(0, share + (rng.float() - 0.5) * 0.08))
    return [c.code, Math.round(c.maxPoints * jitter * 2) / 2]
  }))
}

/** The highest level the rules allow for these scores, results and conditions. */
function bestLevel(content: RuleSetContent, group: SubjectGroup, scores: Record<string, number>, results: ItemResult[] | null, conditions: string[]): RatingLevel {
  const band = levelForScore(totalScore(content, group, scores), content.bands)
  if (band !== 'excellent') return band
  return checkProposal(content, { group, scores, level: 'excellent', conditions, itemResults: results }).length ? 'good' : 'excellent'
}

export function generateYearEnd(inputs: YearEndInput[], content: RuleSetContent, seed = 20261215) {
  const rng = new Rng(seed)
  const selfAssessments = new Map<string, SelfAssessment>()
  const reviews = new Map<string, Review>()
  const decisions = new Map<string, RatingLevel>()
  const allConditions = (group: SubjectGroup) => content.topConditions.filter((c) => c.groups.includes(group)).map((c) => c.code)

  for (const c of inputs) {
    if (!rng.chance(0.8)) continue
    const results = Array.from({ length: c.items }, () => rng.weighted(RESULT))
    const scores = scoresFor(rng, content, c.group, rng.weighted(SHARE))
    const conditions = allConditions(c.group)
    const level = bestLevel(content, c.group, scores, results, conditions)
    selfAssessments.set(c.key, { results, scores, total: totalScore(content, c.group, scores), level, conditions: level === 'excellent' ? conditions : [] })
  }

  // Part of the province has held its year-end meetings: whole deciding scopes (decided), and some other cells.
  const scopes = [...new Set(inputs.map((c) => c.scopeCode))].sort()
  const decidedScopes = new Set(scopes.filter(() => rng.chance(0.45)))
  const cells = [...new Set(inputs.map((c) => c.cellCode))].sort()
  const cellScope = new Map(inputs.map((c) => [c.cellCode, c.scopeCode]))
  const reviewedCells = new Set(cells.filter((cell) => decidedScopes.has(cellScope.get(cell)!) || rng.chance(0.35)))

  for (const c of inputs) {
    const self = selfAssessments.get(c.key)
    if (!self || !reviewedCells.has(c.cellCode)) continue
    const attendanceTotal = rng.int(8, 30)
    const attendancePresent = attendanceTotal - rng.int(0, 2)
    const against = rng.int(0, 2)
    const order: RatingLevel[] = ['excellent', 'good', 'complete', 'incomplete']
    const next = order[Math.min(order.length - 1, order.indexOf(self.level) + 1)]
    const votes = { excellent: 0, good: 0, complete: 0, incomplete: 0 }
    votes[self.level] += attendancePresent - against
    votes[next] += against
    reviews.set(c.key, {
      proposedLevel: self.level, attendanceTotal, attendancePresent, votes, comment: rng.pick(COMMENTS),
      shortcomings: rng.chance(0.12) ? [rng.pick(SHORTCOMINGS)] : [],
    })
  }

  // Decisions per scope: the proposals, with the excellent ones beyond the quota decided one level lower.
  for (const scope of decidedScopes) {
    const keys = inputs.filter((c) => c.scopeCode === scope && reviews.has(c.key)).map((c) => c.key)
    const level = new Map(keys.map((k) => [k, reviews.get(k)!.proposedLevel]))
    const count = (l: RatingLevel) => [...level.values()].filter((v) => v === l).length
    for (const k of keys) {
      if (level.get(k) === content.quota.level && count(content.quota.level) > quotaAllowance(content.quota, count(content.quota.of))) level.set(k, content.quota.of)
    }
    for (const [k, l] of level) decisions.set(k, l)
  }

  // The reviewed cells assess themselves as organizations; those in decided scopes are decided by the level above.
  const cellRatings: CellRating[] = [...reviewedCells].filter(() => rng.chance(0.7)).map((cellCode) => {
    const scores = scoresFor(rng, content, 'collective', rng.weighted(SHARE))
    const conditions = allConditions('collective')
    const level = bestLevel(content, 'collective', scores, null, conditions)
    return { cellCode, scores, total: totalScore(content, 'collective', scores), level, conditions: level === 'excellent' ? conditions : [], decided: decidedScopes.has(cellScope.get(cellCode)!) }
  })

  return { selfAssessments, reviews, decisions, cellRatings }
}
