// Test data for nominations: exemplary models written straight into their table (the models feature has its own
// tests), the rubric's full and partial scores, and year-end ratings (cycles, commitments, decided evaluations of
// members and organizations) for the recognitions.
import type { ModelArea, ModelKind } from '../../common/contracts/models.base.ts'
import type { Db } from '../db/client.ts'
import { systemCtx } from '../lib/actor.ts'
import { commitments } from '../features/commitments/commitments.table.ts'
import { createCycle, type CycleRow } from '../features/cycles/cycles.service.ts'
import { evaluations, organizationEvaluations } from '../features/evaluations/evaluations.table.ts'
import { models } from '../features/models/models.table.ts'
import type { OrgRow } from '../features/organizations/organizations.service.ts'

const ctx = systemCtx('test:nominations')

export async function makeModel(db: Db, org: OrgRow, opts: { kind?: ModelKind; area?: ModelArea; title?: string; personId?: string } = {}) {
  const kind = opts.kind ?? 'practice'
  const [row] = await db.insert(models).values({
    kind, area: opts.area ?? 'style', organizationId: org.id, personId: kind === 'person' ? opts.personId : null,
    title: opts.title ?? 'Mô hình “Chi bộ gắn với dân”', summary: 'Mỗi đảng viên phụ trách mười hộ dân, lắng nghe và giải quyết kiến nghị ngay tại cơ sở.',
    results: 'Giải quyết 120 kiến nghị trong năm.',
  }).returning()
  return row
}

/** The shipped rubric's criteria (migration 0020), the same keys and maximums in every area. */
export const SHIPPED_CRITERIA = { typical: 30, results: 30, replicable: 20, sustained: 20 } as const

/** Every criterion of the shipped rubric at `share` of its maximum, rounded down. */
export function scoresOf(share = 1): Record<string, number> {
  return Object.fromEntries(Object.entries(SHIPPED_CRITERIA).map(([key, max]) => [key, Math.floor(max * share)]))
}

/** A cycle for that very year (tests pick years far from the factories' own). */
export async function cycleOfYear(db: Db, year: number): Promise<CycleRow> {
  return createCycle({
    db, ctx,
    input: { year, themeTitle: `Chuyên đề thử nghiệm năm ${year}`, themeScope: 'year', registrationDeadline: `${year}-03-31`, midyearReviewDate: `${year}-07-15`, yearendReviewDate: `${year}-12-15` },
  })
}

/** A member's decided rating for a cycle, with the commitment it rests on. */
export async function ratedMember(db: Db, cycle: CycleRow, personId: string, cell: OrgRow, level: 'excellent' | 'good') {
  const [c] = await db.insert(commitments).values({ cycleId: cycle.id, personId, organizationId: cell.id, subjectGroup: 'individual', status: 'approved' }).returning()
  await db.insert(evaluations).values({
    cycleId: cycle.id, personId, commitmentId: c.id, organizationId: cell.id, quotaScopeId: cell.parentId ?? cell.id, reviewDate: `${cycle.year}-12-01`,
    attendancePresent: 7, attendanceTotal: 7, votes: { excellent: 5, good: 2, complete: 0, incomplete: 0 }, proposedLevel: level,
    status: 'decided', decidedLevel: level, decidedAt: new Date(),
  })
}

/** An organization's decided rating for a cycle (or only proposed, when `decided` is false). */
export async function ratedOrganization(db: Db, cycle: CycleRow, org: OrgRow, level: 'excellent' | 'good', decided = true) {
  await db.insert(organizationEvaluations).values({
    cycleId: cycle.id, organizationId: org.id, decidingOrganizationId: org.parentId ?? org.id, selfScores: {}, selfTotal: 95, proposedLevel: level,
    report: 'Báo cáo tự đánh giá, xếp loại của tổ chức đảng.', proposedAt: new Date(),
    status: decided ? 'decided' : 'proposed', decidedLevel: decided ? level : null, decidedAt: decided ? new Date() : null,
  })
}
