// A small cascade of plans for the demo, in this year's cycle: the city's plan (four items) hands a breakthrough task
// down to the demo leader's ward — accepted, split in two and reported (one part done) — and to the demo inspector's
// commune, which has not accepted it yet; a target waits in the ward's inbox for the demo leader to accept; the demo
// secretary's cell has a plan of its own and has not reported this period. The usual reporting periods are set.
import { eq } from 'drizzle-orm'
import { PERIOD_DUE_WORKING_DAYS } from '../../../common/contracts/plans.ts'
import { addDays, todayIso } from '../../../common/dates.ts'
import { defaultPeriods } from '../../../common/plans/periods.ts'
import type { Tx } from '../../db/client.ts'
import { addWorkingDays, loadCalendar } from '../calendar/calendar.service.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import type { DemoDialogueUnits } from './demo.seed.dialogues.ts'
import { planAssignments, planItems, planUpdates, plans, reportingPeriods } from '../plans/plans.table.ts'

type ItemInput = typeof planItems.$inferInsert

async function plan(tx: Tx, organizationId: string, cycleId: string, title: string, documentNumber: string | null = null) {
  const [row] = await tx.insert(plans).values({ organizationId, cycleId, title, documentNumber }).returning({ id: plans.id })
  return row.id
}

async function item(tx: Tx, values: ItemInput) {
  const [row] = await tx.insert(planItems).values(values).returning({ id: planItems.id })
  return row.id
}

/** An update dated `at`, and the item's latest figures set from it. */
async function report(tx: Tx, itemId: string, at: Date, progress: number, status: 'in_progress' | 'late' | 'done', note: string) {
  await tx.insert(planUpdates).values({ itemId, progress, status, note, reportedAt: at })
  await tx.update(planItems).set({ progress, status, lastReportedAt: at }).where(eq(planItems.id, itemId))
}

export async function seedDemoPlans(tx: Tx, cycle: CycleRow, units: DemoDialogueUnits, today = todayIso()): Promise<number> {
  const { year } = cycle
  const calendar = await loadCalendar(tx, year, year + 1)
  await tx.insert(reportingPeriods).values(await Promise.all(defaultPeriods(year).map(async (p) => ({ ...p, cycleId: cycle.id, dueOn: await addWorkingDays(calendar, p.endsOn, PERIOD_DUE_WORKING_DAYS) }))))
  const recently = new Date(`${addDays(today, -3)}T09:00:00+07:00`)
  const clampDue = (iso: string) => (iso < `${year}-01-01` ? `${year}-01-15` : iso > `${year + 1}-12-31` ? `${year}-12-31` : iso)

  const city = await plan(tx, units.provinceId, cycle.id, `Kế hoạch thực hiện Chỉ thị 05-CT/TW năm ${year}`, '15-KH/TU')
  const model = await item(tx, {
    planId: city, kind: 'breakthrough', title: 'Xây dựng mô hình “Dân vận khéo” trong chỉnh trang đô thị ở mỗi xã, phường', position: 0, weight: 3,
    expectedResult: 'Mỗi xã, phường có ít nhất 01 mô hình được công nhận', dueOn: `${year}-11-30`,
  })
  const study = await item(tx, {
    planId: city, kind: 'task', title: `Tổ chức học tập, quán triệt chuyên đề năm ${year} đến 100% cán bộ, đảng viên`, position: 1, weight: 2, rollupMode: 'own',
    expectedResult: '100% chi bộ tổ chức học tập chuyên đề', dueOn: `${year}-06-30`,
  })
  await report(tx, study, recently, 60, 'in_progress', 'Đã có 60% chi bộ tổ chức học tập chuyên đề; các chi bộ còn lại hoàn thành trong quý.')
  await item(tx, {
    planId: city, kind: 'pressing', title: 'Giải quyết dứt điểm các kiến nghị tồn đọng về đất đai, giải phóng mặt bằng', position: 2, weight: 1,
    expectedResult: 'Không còn kiến nghị tồn đọng quá hạn', dueOn: clampDue(addDays(today, -10)),
  })
  const target = await item(tx, {
    planId: city, kind: 'target', title: '100% chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần', position: 3, weight: 1, dueOn: `${year}-12-31`,
  })

  // The ward accepted the model task, split it in two, and reported: one part done, the other not begun.
  const ward = await plan(tx, units.wardId, cycle.id, `Kế hoạch thực hiện Chỉ thị 05-CT/TW năm ${year}`)
  const accepted = await item(tx, {
    planId: ward, sourceItemId: model, kind: 'breakthrough', title: 'Xây dựng mô hình “Dân vận khéo” trong chỉnh trang đô thị ở mỗi xã, phường', position: 0, weight: 3,
    ownerOrgId: units.wardId, expectedResult: 'Mỗi xã, phường có ít nhất 01 mô hình được công nhận', dueOn: `${year}-11-30`,
  })
  const partOne = await item(tx, { planId: ward, parentId: accepted, kind: 'task', title: 'Mô hình “Kiệt, hẻm sáng – xanh – sạch” ở tổ dân phố 5', position: 0, ownerOrgId: units.wardUnitId })
  await item(tx, { planId: ward, parentId: accepted, kind: 'task', title: 'Mô hình “Chợ văn minh” tại chợ phường', position: 1 })
  await report(tx, partOne, recently, 100, 'done', 'Đã ra mắt mô hình, lắp 6 bóng đèn, trồng 40 cây xanh; Nhân dân đóng góp 120 ngày công.')
  const own = await item(tx, { planId: ward, kind: 'task', title: 'Tổ chức đối thoại giữa Bí thư Đảng ủy với Nhân dân về chỉnh trang đô thị', position: 1, dueOn: `${year}-09-30` })
  await report(tx, own, recently, 30, 'in_progress', 'Đã xây dựng kế hoạch, dự kiến tổ chức trong tháng tới.')
  await tx.insert(planAssignments).values([
    { itemId: model, toOrgId: units.wardId, status: 'accepted', acceptedItemId: accepted, note: 'Báo cáo kết quả hằng quý', respondedAt: recently },
    // The inspector's commune has not accepted yet; the ward has a target waiting in its inbox.
    { itemId: model, toOrgId: units.communeId, status: 'pending', note: 'Báo cáo kết quả hằng quý' },
    { itemId: target, toOrgId: units.wardId, status: 'pending' },
  ])

  // The secretary's cell: a plan of its own, not reported this period.
  const cell = await plan(tx, units.wardUnitId, cycle.id, `Kế hoạch năm ${year} của chi bộ`)
  await item(tx, { planId: cell, kind: 'task', title: 'Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể giúp tổ dân phố', position: 0, dueOn: `${year}-12-15` })
  return 3
}
