import { describe, expect, it } from 'vitest'
import { RuleSetContent } from '../../../common/contracts/rules.ts'
import { DEFAULT_RULE_SET } from './rules.defaults.ts'
import { levelForScore, quotaAllowance } from './rules.rating.ts'

const { bands, quota } = DEFAULT_RULE_SET.content

describe('rating arithmetic (QĐ 366 defaults)', () => {
  it('puts scores in the right band at every boundary', () => {
    expect([100, 90, 89.5, 70, 69.5, 50, 49.5, 0].map((s) => levelForScore(s, bands))).toEqual([
      'excellent', 'excellent', 'good', 'good', 'complete', 'complete', 'incomplete', 'incomplete',
    ])
  })

  it('allows at most 20 % of those rated good, rounded down', () => {
    expect([0, 4, 5, 14, 15, 49, 50].map((n) => quotaAllowance(quota, n))).toEqual([0, 0, 1, 2, 3, 9, 10])
  })

  it('ships a valid rule set whose every subject group sums to 30 + 70', () => {
    const parsed = RuleSetContent.parse(DEFAULT_RULE_SET.content)
    for (const group of Object.values(parsed.frame.groups)) {
      expect(group.general.reduce((s, c) => s + c.maxPoints, 0)).toBe(30)
      expect(group.tasks.reduce((s, c) => s + c.maxPoints, 0)).toBe(70)
    }
  })

  it('refuses frames that do not add up, bands out of order and repeated codes', () => {
    const bad = structuredClone(DEFAULT_RULE_SET.content)
    bad.frame.groups.leader.general[0].maxPoints += 1
    bad.bands[1].minScore = 95
    bad.frame.groups.outside.tasks[1].code = bad.frame.groups.outside.tasks[0].code
    const result = RuleSetContent.safeParse(bad)
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`)
    expect(messages).toEqual(expect.arrayContaining([
      'frame.groups.leader.general:criteriaSum',
      'frame.groups.outside:duplicateCriterion',
      'bands.1.minScore:bandOrder',
    ]))
  })
})
