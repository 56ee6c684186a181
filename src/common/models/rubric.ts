// Checking a reviewer's scores against the criteria of a rubric (the rubrics themselves are versioned data:
// src/common/contracts/rubrics.ts, table nomination_rubrics).
import type { RubricCriterion } from '../contracts/rubrics.ts'

/** Checks scores against the criteria: every criterion present, an integer within 0..max, nothing else. */
export function checkScores(criteria: readonly RubricCriterion[], scores: Record<string, number>): { ok: true; total: number } | { ok: false; key: string } {
  for (const key of Object.keys(scores)) if (!criteria.some((c) => c.key === key)) return { ok: false, key }
  let total = 0
  for (const c of criteria) {
    const v = scores[c.key]
    if (v === undefined || !Number.isInteger(v) || v < 0 || v > c.maxPoints) return { ok: false, key: c.key }
    total += v
  }
  return { ok: true, total }
}
