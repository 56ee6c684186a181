// A plan as a numbered outline (1, 1.1, 1.2, 2 …) with every item rolled up and its latest update (or the latest one
// in a reporting period): what the Excel export and the Word documents print.
import { and, desc, eq, gte, inArray, lt, or } from 'drizzle-orm'
import type { PlanItemKind, PlanStatus } from '../../../common/contracts/plans.ts'
import { addDays } from '../../../common/dates.ts'
import { roundProgress } from '../../../common/plans/rollup.ts'
import type { Tx } from '../../db/client.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import type { PeriodRow } from './plans.periods.ts'
import { sources } from './plans.board.ts'
import { treeOrder } from './plans.present.ts'
import { rollupFor } from './plans.rollup.ts'
import { itemsOfPlan, type PlanRow } from './plans.service.ts'
import { planUpdates } from './plans.table.ts'

export const KIND_VI: Record<PlanItemKind, string> = { task: 'Nhiệm vụ', target: 'Chỉ tiêu', breakthrough: 'Nhiệm vụ đột phá', pressing: 'Vấn đề bức xúc, nổi cộm' }
export const STATUS_VI: Record<PlanStatus, string> = { not_started: 'Chưa thực hiện', in_progress: 'Đang thực hiện', late: 'Chậm', done: 'Hoàn thành' }

export interface OutlineRow {
  number: string
  depth: number
  kind: PlanItemKind
  title: string
  expectedResult: string | null
  owner: string | null
  weight: number
  inRollup: boolean
  dueOn: string | null
  progress: number
  status: PlanStatus
  late: boolean
  /** The superior unit it was accepted from. */
  source: string | null
  /** The latest update (in the period, when one is given). */
  update: { at: Date; progress: number; status: PlanStatus; note: string } | null
}

/** The latest update of each item, over all time or within a period (dated in it, or named for it). */
async function latestUpdates(db: Tx, itemIds: string[], period: PeriodRow | null) {
  if (itemIds.length === 0) return new Map<string, typeof planUpdates.$inferSelect>()
  const within = period
    ? or(eq(planUpdates.periodId, period.id), and(gte(planUpdates.reportedAt, new Date(`${period.startsOn}T00:00:00+07:00`)), lt(planUpdates.reportedAt, new Date(`${addDays(period.endsOn, 1)}T00:00:00+07:00`))))
    : undefined
  const rows = await db.selectDistinctOn([planUpdates.itemId]).from(planUpdates)
    .where(and(inArray(planUpdates.itemId, itemIds), within))
    .orderBy(planUpdates.itemId, desc(planUpdates.reportedAt), desc(planUpdates.id))
  return new Map(rows.map((r) => [r.itemId, r]))
}

export async function planOutline(db: Tx, plan: PlanRow, org: OrgRow, cycle: CycleRow, today: string, period: PeriodRow | null = null) {
  const views = treeOrder(await itemsOfPlan(db, plan.id))
  const rollup = await rollupFor(db, cycle.id, org.path, today)
  const updates = await latestUpdates(db, views.map((v) => v.row.id), period)
  const from = await sources(db, views.flatMap((v) => (v.row.sourceItemId ? [v.row.sourceItemId] : [])))
  const numbers = new Map<string, string>()
  const counters = new Map<string | null, number>()
  const rows: OutlineRow[] = views.map((v) => {
    const parent = v.row.parentId && numbers.has(v.row.parentId) ? v.row.parentId : null
    const n = (counters.get(parent) ?? 0) + 1
    counters.set(parent, n)
    const number = parent ? `${numbers.get(parent)}.${n}` : String(n)
    numbers.set(v.row.id, number)
    const r = rollup.of(v.row)
    const u = updates.get(v.row.id)
    const owner = [v.ownerOrg?.name, v.ownerPerson?.name].filter(Boolean).join(' — ') || null
    return {
      number, depth: number.split('.').length - 1, kind: v.row.kind as PlanItemKind, title: v.row.title, expectedResult: v.row.expectedResult, owner,
      weight: v.row.weight, inRollup: v.row.inRollup, dueOn: v.row.dueOn, progress: roundProgress(r.progress), status: r.status, late: rollup.late(v.row),
      source: v.row.sourceItemId ? from.get(v.row.sourceItemId)?.organization.name ?? null : null,
      update: u ? { at: u.reportedAt, progress: u.progress, status: u.status as PlanStatus, note: u.note } : null,
    }
  })
  const progress = rollup.planProgress(plan.id)
  return { rows, progress: progress === null ? null : roundProgress(progress) }
}
