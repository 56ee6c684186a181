// Test fixtures of inspections: this year's cycle (the visits' dates are around today) and a visit's body.
import { eq } from 'drizzle-orm'
import { todayIso } from '../../../common/dates.ts'
import type { Db } from '../../db/client.ts'
import { systemCtx } from '../../lib/actor.ts'
import { createCycle } from '../cycles/cycles.service.ts'
import { cycles } from '../cycles/cycles.table.ts'

export const thisYear = Number(todayIso().slice(0, 4))

/** This year's cycle, created once per test database. */
export async function thisYearsCycle(db: Db) {
  const [found] = await db.select().from(cycles).where(eq(cycles.year, thisYear))
  if (found) return found
  return createCycle({
    db, ctx: systemCtx('test:inspections'),
    input: { year: thisYear, themeTitle: `Chuyên đề năm ${thisYear}`, themeScope: 'year', registrationDeadline: `${thisYear}-03-31`, midyearReviewDate: `${thisYear}-07-15`, yearendReviewDate: `${thisYear}-12-15` },
  })
}

export const visitBody = (orgId: string, targetOrgId: string, extra: Record<string, unknown> = {}) => ({
  orgId, inProgramme: true, targetOrgId, kind: 'inspection', title: 'Kiểm tra việc thực hiện nêu gương năm nay',
  scope: 'Việc lãnh đạo, chỉ đạo thực hiện Quy định 144-QĐ/TW và việc khắc phục hạn chế năm trước.',
  team: 'Đồng chí Lê Văn Kiểm, Phó Chủ nhiệm UBKT (trưởng đoàn); đồng chí Phạm Thị Tra', plannedOn: todayIso(), ...extra,
})
