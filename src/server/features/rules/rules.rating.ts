// Pure rating arithmetic over a rule set: the band of a score, and how many top ratings the quota allows.
import type { Bands, Quota, RatingLevel } from '../../../common/contracts/rules.ts'

/** The level a score falls in: the first band (best first) whose minimum it reaches. */
export function levelForScore(score: number, bands: Bands): RatingLevel {
  return (bands.find((b) => score >= b.minScore) ?? bands[bands.length - 1]).level
}

/** "At most percent % of those rated `of`": floor, so 15 rated good allow 3 excellent at 20 %. */
export function quotaAllowance(quota: Quota, countOf: number): number {
  return Math.floor((quota.percent * countOf) / 100 + 1e-9)
}
