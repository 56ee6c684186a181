// A cell whose members have approved, self-assessed commitments in a cycle under year-end review.
import type { Db } from '../db/client.ts'
import { systemCtx, type Ctx } from '../lib/actor.ts'
import { createMine, getCommitment, replaceItems, approveCommitment, submitCommitment } from '../features/commitments/commitments.service.ts'
import { selfAssess } from '../features/commitments/commitments.assessment.ts'
import { stepCycle } from '../features/cycles/cycles.service.ts'
import { DEFAULT_RULE_SET } from '../features/rules/rules.defaults.ts'
import { commitmentItems } from '../features/commitments/commitments.table.ts'
import { eq } from 'drizzle-orm'
import { makeCycle, makePerson, type Tree } from './factories.ts'
import type { OrgRow } from '../features/organizations/organizations.service.ts'

const frame = DEFAULT_RULE_SET.content.frame.groups.individual
export const FULL_SCORES = Object.fromEntries([...frame.general, ...frame.tasks].map((c) => [c.code, c.maxPoints]))
export const ALL_CONDITIONS = DEFAULT_RULE_SET.content.topConditions.filter((c) => (c.groups as string[]).includes('individual')).map((c) => c.code)

/** `n` members of `cell`, each with an approved commitment self-assessed at full marks as excellent. */
export async function assessedMembers(db: Db, tree: Tree, cell: OrgRow, n: number) {
  let cycle = await makeCycle(db, 'registration')
  const admin = systemCtx('test')
  const members = []
  for (let i = 0; i < n; i++) {
    const person = await makePerson(db, cell, `Đảng viên Thử ${i + 1}`)
    const ctx: Ctx = { ...admin, actor: { ...admin.actor, personId: person.id } }
    const c = await createMine({ db, ctx, cycle })
    await replaceItems({ db, ctx, commitment: c, cycle, items: [{ area: 'professional', content: 'Hoàn thành nhiệm vụ chuyên môn', target: 'Vượt kế hoạch', deadline: `${cycle.year}-12-15` }] })
    await submitCommitment(db, ctx, await getCommitment(db, c.id), cycle)
    await approveCommitment(db, admin, await getCommitment(db, c.id), cycle)
    members.push({ person, commitmentId: c.id, ctx })
  }
  cycle = await stepCycle({ db, ctx: admin, cycle, step: 'start' })
  cycle = await stepCycle({ db, ctx: admin, cycle, step: 'begin-yearend-review' })
  for (const m of members) {
    const [item] = await db.select().from(commitmentItems).where(eq(commitmentItems.commitmentId, m.commitmentId))
    await selfAssess({ db, ctx: m.ctx, commitment: await getCommitment(db, m.commitmentId), cycle, input: { items: [{ id: item.id, result: 'exceeded' }], scores: FULL_SCORES, level: 'excellent', conditions: ALL_CONDITIONS } })
  }
  void tree
  return { cycle, members }
}
