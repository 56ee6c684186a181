import { describe, expect, it } from 'vitest'
import { RuleSetContent } from '../../../common/contracts/rules.ts'
import { DEFAULT_RULE_SET } from './rules.defaults.ts'
import { checkProposal, levelForScore, quotaAllowance, totalScore } from './rules.rating.ts'

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

describe('checking a proposed rating', () => {
  const content = DEFAULT_RULE_SET.content
  const frame = content.frame.groups.individual
  const full = Object.fromEntries([...frame.general, ...frame.tasks].map((c) => [c.code, c.maxPoints]))
  const allConditions = content.topConditions.filter((c) => (c.groups as string[]).includes('individual')).map((c) => c.code)

  it('accepts full marks at the top level with every condition met', () => {
    expect(checkProposal(content, { group: 'individual', scores: full, level: 'excellent', conditions: allConditions, itemResults: ['exceeded', 'done', 'done'] })).toEqual([])
    expect(totalScore(content, 'individual', full)).toBe(100)
  })

  it('refuses a level above the score band, missing or excessive scores and unknown criteria', () => {
    const scores = { ...full, 'chuyen-mon': 10, 'tac-phong': 9 }
    delete (scores as Record<string, number>)['dao-duc']
    const problems = checkProposal(content, { group: 'individual', scores: { ...scores, 'khong-co': 1 }, level: 'good', conditions: [], itemResults: [] })
    expect(problems).toEqual(expect.arrayContaining([
      { kind: 'missing_score', criterion: 'dao-duc' },
      { kind: 'score_out_of_range', criterion: 'tac-phong' },
      { kind: 'unknown_criterion', criterion: 'khong-co' },
      { kind: 'level_above_band', band: 'complete' },
    ]))
  })

  it('requires the top-level conditions, consistent with the item results', () => {
    const missing = checkProposal(content, { group: 'individual', scores: full, level: 'excellent', conditions: ['hoan-thanh-100'], itemResults: ['done'] })
    expect(missing).toContainEqual({ kind: 'condition_missing', condition: 'khac-phuc-100' })
    const notMet = checkProposal(content, { group: 'individual', scores: full, level: 'excellent', conditions: allConditions, itemResults: ['done', 'done', 'exceeded', 'not_done'] })
    expect(notMet).toEqual(expect.arrayContaining([
      { kind: 'condition_not_met', condition: 'hoan-thanh-100' },
      { kind: 'condition_not_met', condition: 'vuot-muc-30' },
    ]))
    expect(checkProposal(content, { group: 'individual', scores: full, level: 'good', conditions: [], itemResults: ['not_done'] })).toEqual([])
  })

  it("holds 'past shortcomings fixed' against the items carried over to fix them", () => {
    const proposal = { group: 'individual' as const, scores: full, level: 'excellent' as const, conditions: allConditions, itemResults: ['exceeded' as const, 'done' as const] }
    expect(checkProposal(content, { ...proposal, carriedResults: ['done'] })).toEqual([])
    expect(checkProposal(content, { ...proposal, carriedResults: ['not_done'] })).toEqual([{ kind: 'condition_not_met', condition: 'khac-phuc-100' }])
  })

  it("fails 'past shortcomings fixed' while any is unresolved (proposed is not fixed), and only that condition", () => {
    const group = content.frame.groups.collective
    const collectiveFull = Object.fromEntries([...group.general, ...group.tasks].map((c) => [c.code, c.maxPoints]))
    const codes = content.topConditions.filter((c) => (c.groups as string[]).includes('collective')).map((c) => c.code)
    const proposal = { group: 'collective' as const, scores: collectiveFull, level: 'excellent' as const, conditions: codes, itemResults: null }
    expect(checkProposal(content, { ...proposal, unresolvedShortcomings: 0 })).toEqual([])
    expect(checkProposal(content, { ...proposal, unresolvedShortcomings: 1 })).toEqual([{ kind: 'condition_not_met', condition: 'khac-phuc-100' }])
    expect(checkProposal(content, { ...proposal, level: 'good', conditions: [], unresolvedShortcomings: 3 })).toEqual([])
    // A member is held to the items carried into their commitment, as before.
    const member = { group: 'individual' as const, scores: full, level: 'excellent' as const, conditions: allConditions, itemResults: ['exceeded' as const, 'done' as const] }
    expect(checkProposal(content, { ...member, carriedResults: ['done'] })).toEqual([])
  })

  it('checks a collective on its claimed conditions only (no items)', () => {
    const group = content.frame.groups.collective
    const collectiveFull = Object.fromEntries([...group.general, ...group.tasks].map((c) => [c.code, c.maxPoints]))
    const codes = content.topConditions.filter((c) => (c.groups as string[]).includes('collective')).map((c) => c.code)
    expect(checkProposal(content, { group: 'collective', scores: collectiveFull, level: 'excellent', conditions: codes, itemResults: null })).toEqual([])
    expect(checkProposal(content, { group: 'collective', scores: collectiveFull, level: 'excellent', conditions: [], itemResults: null })).toHaveLength(codes.length)
  })
})
