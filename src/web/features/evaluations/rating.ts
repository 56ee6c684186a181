// Rating arithmetic the forms show live (the server checks it again): the band a score falls in, the levels a score
// allows, the criteria and conditions of a subject group.
import { RATING_LEVELS, type RatingLevel, type RuleSetContent, type SubjectGroup } from '../../../common/contracts/rules.ts'

/** The level a score falls in: the first band (best first) whose minimum it reaches. */
export function bandFor(score: number, bands: RuleSetContent['bands']): RatingLevel {
  return (bands.find((b) => score >= b.minScore) ?? bands[bands.length - 1]).level
}

/** The levels not above the band, best first. */
export function levelsUpTo(band: RatingLevel): RatingLevel[] {
  return RATING_LEVELS.slice(RATING_LEVELS.indexOf(band))
}

export function isAbove(level: RatingLevel, band: RatingLevel): boolean {
  return RATING_LEVELS.indexOf(level) < RATING_LEVELS.indexOf(band)
}

/** The top level's conditions that apply to the group. */
export function conditionsFor(content: RuleSetContent, group: SubjectGroup) {
  return content.topConditions.filter((c) => c.groups.includes(group))
}

/** Every criterion of the group (general, then tasks), to look titles up by code. */
export function criteriaOf(content: RuleSetContent, group: SubjectGroup) {
  const frame = content.frame.groups[group]
  return [...frame.general, ...frame.tasks]
}

/** Half points, as the frame counts them: 12.5 + 7 = 19.5 without floating-point dust. */
export function addPoints(values: readonly (number | '')[]): number {
  return Math.round(values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0) * 2) / 2
}

/**
 * The quota's figures once some decisions are added (each at its level), to show before sending them; the server
 * counts them again under its lock and refuses the whole batch when it goes past the quota.
 */
export function quotaAfter(use: { good: number; excellent: number; percent: number }, rule: Pick<RuleSetContent['quota'], 'level' | 'of' | 'percent'>, levels: readonly RatingLevel[]) {
  const good = use.good + levels.filter((l) => l === rule.of).length
  const excellent = use.excellent + levels.filter((l) => l === rule.level).length
  return { good, excellent, percent: use.percent, allowed: Math.floor((rule.percent * good) / 100 + 1e-9), adds: levels.some((l) => l === rule.level) }
}
