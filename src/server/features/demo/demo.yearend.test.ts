// The demo's year end, seeded into a database: every level the rules allow, the quota kept in every decided scope,
// the demo secretary's cell left to review, and the maintained totals equal to a recompute.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { useTestApp } from '../../test/harness.ts'
import { recomputeAllCommitmentStats } from '../commitments/commitments.stats.ts'
import { commitmentStats } from '../commitments/commitments.table.ts'
import { recomputeEvaluationStats } from '../evaluations/evaluations.stats.ts'
import { evaluationStats } from '../evaluations/evaluations.table.ts'
import { DEFAULT_RULE_SET } from '../rules/rules.defaults.ts'
import { checkProposal, quotaAllowance } from '../rules/rules.rating.ts'
import { seedDemo } from './demo.seed.ts'

const t = useTestApp()

describe('demo year end', () => {
  it('seeds self-assessments, reviews and decisions that follow the rules', async () => {
    const db = t.database.db
    const { accounts } = await seedDemo(db, { people: 3000, password: 'mat-khau-thu-nghiem' })
    const [cycle] = await queryRows<{ status: string }>(db, sql`select status from cycles`)
    expect(cycle.status).toBe('yearend_review')

    const assessed = await queryRows<{ subject_group: string; self_scores: Record<string, number>; self_level: 'excellent'; self_conditions: string[]; results: ('done' | 'exceeded' | 'not_done')[] }>(db, sql`
      select c.subject_group, c.self_scores, c.self_level, c.self_conditions, array_agg(i.result order by i.position) as results
      from commitments c join commitment_items i on i.commitment_id = c.id where c.self_assessed_at is not null group by c.id`)
    expect(assessed.length).toBeGreaterThan(500)
    for (const a of assessed) {
      expect(checkProposal(DEFAULT_RULE_SET.content, { group: a.subject_group as 'individual', scores: a.self_scores, level: a.self_level, conditions: a.self_conditions, itemResults: a.results })).toEqual([])
    }

    const scopes = await queryRows<{ good: number; excellent: number; decided: number; proposed: number }>(db, sql`
      select count(*) filter (where decided_level = 'good')::int as good, count(*) filter (where decided_level = 'excellent')::int as excellent,
        count(*) filter (where status = 'decided')::int as decided, count(*) filter (where status = 'proposed')::int as proposed
      from evaluations group by quota_scope_id`)
    expect(scopes.some((s) => s.decided > 0)).toBe(true)
    expect(scopes.some((s) => s.proposed > 0)).toBe(true)
    for (const s of scopes) expect(s.excellent).toBeLessThanOrEqual(quotaAllowance(DEFAULT_RULE_SET.content.quota, s.good))

    expect(accounts.map((a) => a.username)).toContain('bithu')
    const [{ n }] = await queryRows<{ n: number }>(db, sql`
      select count(*)::int as n from evaluations e join grants g on g.organization_id = e.organization_id join accounts a on a.id = g.account_id
      where a.username = 'bithu'`)
    expect(Number(n)).toBe(0)
    const [collective] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from organization_evaluations`)
    expect(Number(collective.n)).toBeGreaterThan(0)

    const snapshot = async () => ({
      commitments: (await db.select().from(commitmentStats)).map((r) => JSON.stringify(r)).sort(),
      evaluations: (await db.select().from(evaluationStats)).map((r) => JSON.stringify(r)).sort(),
    })
    const seeded = await snapshot()
    expect(seeded.commitments.some((r) => JSON.parse(r).selfAssessed > 0 && JSON.parse(r).progressReported > 0)).toBe(true)
    await db.transaction(async (tx) => {
      await recomputeAllCommitmentStats(tx)
      await recomputeEvaluationStats(tx)
    })
    expect(await snapshot()).toEqual(seeded)
  })
})
