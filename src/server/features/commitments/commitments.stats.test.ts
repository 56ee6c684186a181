// The dashboard invariant: totals maintained change by change equal a full recompute, after random operations
// (registrations, submissions, returns, approvals, reopenings, mid-year progress, a move and a merge of units).
import { asc, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../demo/demo.random.ts'
import { systemCtx, type Ctx } from '../../lib/actor.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { mergeOrganization, moveOrganization } from '../organizations/organizations.service.ts'
import { approveCommitment, createMine, getCommitment, reopenCommitment, replaceItems, returnCommitment, submitCommitment } from './commitments.service.ts'
import { stepCycle } from '../cycles/cycles.service.ts'
import { reportProgress } from './commitments.assessment.ts'
import { recomputeAllCommitmentStats } from './commitments.stats.ts'
import { commitmentItems, commitmentStats } from './commitments.table.ts'

const t = useTestApp()

async function snapshot() {
  const rows = await t.database.db.select().from(commitmentStats).orderBy(asc(commitmentStats.organizationId), asc(commitmentStats.cycleId))
  return rows.filter((r) => r.draft + r.submitted + r.approved + r.returned + r.progressReported > 0)
}

describe('commitment totals', () => {
  it('equal a full recompute after random operations, and feed the summary', async () => {
    const db = t.database.db
    const random = mulberry32(42)
    const tree = await makeTree(db)
    const cycle = await makeCycle(db, 'registration')
    const cells = [tree.cellA1, tree.cellA2, tree.cellB1, tree.cellB2]
    const ids: string[] = []
    for (let i = 0; i < 24; i++) {
      const person = await makePerson(db, cells[i % 4], `Nguyễn Văn Thử ${i}`)
      const ctx: Ctx = { ...systemCtx('test'), actor: { ...systemCtx('test').actor, personId: person.id } }
      if (random() < 0.2) continue
      const c = await createMine({ db, ctx, cycle })
      ids.push(c.id)
      await replaceItems({ db, ctx, commitment: c, cycle, items: [{ area: 'ethics', content: 'Giữ gìn đạo đức, lối sống', target: 'Không vi phạm', deadline: `${cycle.year}-12-31` }] })
      const steps = Math.floor(random() * 5)
      if (steps >= 1) await submitCommitment(db, ctx, await getCommitment(db, c.id), cycle)
      if (steps === 2) await returnCommitment(db, ctx, await getCommitment(db, c.id), cycle, 'Cần bổ sung nội dung')
      if (steps >= 3) await approveCommitment(db, ctx, await getCommitment(db, c.id), cycle)
      if (steps === 4) await reopenCommitment(db, ctx, await getCommitment(db, c.id), cycle)
    }
    // Mid-year: some approved commitments report progress (counted once, however often reported).
    const running = await stepCycle({ db, ctx: systemCtx('test'), cycle, step: 'start' })
    let reported = 0
    for (const id of ids) {
      const c = await getCommitment(db, id)
      if (c.status !== 'approved' || random() < 0.3) continue
      const [item] = await db.select().from(commitmentItems).where(eq(commitmentItems.commitmentId, id))
      for (const percent of [30, 60]) await reportProgress({ db, ctx: systemCtx('test'), commitment: c, cycle: running, items: [{ id: item.id, percent }] })
      reported++
    }
    await moveOrganization({ db, ctx: systemCtx('test'), org: tree.cellA2, target: tree.schoolB })
    await mergeOrganization({ db, ctx: systemCtx('test'), org: tree.cellB2, target: tree.cellB1 })
    const maintained = await snapshot()
    await db.transaction((tx) => recomputeAllCommitmentStats(tx))
    expect(await snapshot()).toEqual(maintained)

    const leader = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const summary = await call(t.app, leader.auth, 'GET', `/api/v1/commitments/summary?org=${tree.root.id}&cycle=${cycle.id}`)
    expect(summary.status).toBe(200)
    const { organization, children } = summary.body
    expect(organization.people).toBe(24)
    expect(organization.draft + organization.submitted + organization.approved + organization.returned).toBe(ids.length)
    expect(organization.none).toBe(24 - ids.length)
    expect(organization.progressReported).toBe(reported)

    // Who has not registered: the same people as "none", a page at a time, in name order.
    const names: string[] = []
    let cursor = ''
    do {
      const page = await call(t.app, leader.auth, 'GET', `/api/v1/commitments/pending?org=${tree.root.id}&cycle=${cycle.id}&stage=register&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      expect(page.status).toBe(200)
      names.push(...page.body.items.map((i: { person: { fullName: string } }) => i.person.fullName))
      cursor = page.body.nextCursor ?? ''
    } while (cursor)
    expect(names).toHaveLength(24 - ids.length)
    expect(new Set(names).size).toBe(names.length)
    expect(children.map((c: { name: string }) => c.name)).toEqual(['Đảng bộ phường Bình Minh', 'Đảng bộ xã An Hòa'])
    expect(children.reduce((s: number, c: { approved: number }) => s + c.approved, 0)).toBe(organization.approved)
    const [{ n }] = (await db.execute(sql`select count(*)::int as n from commitments where organization_id = ${tree.cellB2.id}`) as unknown as { rows: { n: number }[] }).rows
    expect(Number(n)).toBe(0)
  })
})
