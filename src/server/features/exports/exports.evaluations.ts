// The ratings of a unit's subtree for a cycle (GET /evaluations), grouped by unit in tree order and by name within
// each: the self-assessment, the cell's review and votes, the decision. Read a batch of units at a time, so a
// province's tens of thousands of ratings never sit in memory together.
import { sql } from 'drizzle-orm'
import { queryRows, type Db } from '../../db/client.ts'
import { evaluationSummaryRows } from '../evaluations/evaluations.stats.ts'
import { reviewShortcomings } from '../shortcomings/shortcomings.service.ts'
import { dayOf, levelLabel } from './exports.commitments.ts'
import { PAGE_SIZE } from './exports.people.ts'
import type { TreeUnit } from './exports.organizations.ts'
import type { ExportColumn, ExportRow, ExportSheet } from './exports.xlsx.ts'

/** At most this many units in one query's IN list. */
const UNITS_PER_BATCH = 500

const COLUMNS: ExportColumn[] = [
  { header: 'STT', key: 'n', width: 6, type: 'number' },
  { header: 'Họ và tên', key: 'fullName', width: 28, type: 'text' },
  { header: 'Đơn vị', key: 'unit', width: 34, type: 'text' },
  { header: 'Tự xếp loại', key: 'selfLevel', width: 30, type: 'text' },
  { header: 'Tự chấm điểm', key: 'selfTotal', width: 11, type: 'number', numFmt: '0.0' },
  { header: 'Ngày họp nhận xét', key: 'reviewDate', width: 13, type: 'date' },
  { header: 'Số có mặt', key: 'present', width: 9, type: 'number' },
  { header: 'Tổng số', key: 'total', width: 9, type: 'number' },
  { header: 'Phiếu HTXSNV', key: 'votesExcellent', width: 10, type: 'number' },
  { header: 'Phiếu HTTNV', key: 'votesGood', width: 10, type: 'number' },
  { header: 'Phiếu HTNV', key: 'votesComplete', width: 10, type: 'number' },
  { header: 'Phiếu KHTNV', key: 'votesIncomplete', width: 10, type: 'number' },
  { header: 'Chi bộ đề nghị', key: 'proposed', width: 30, type: 'text' },
  { header: 'Trạng thái', key: 'status', width: 16, type: 'text' },
  { header: 'Mức quyết định', key: 'decided', width: 30, type: 'text' },
  { header: 'Điểm quyết định', key: 'decidedScore', width: 11, type: 'number', numFmt: '0.0' },
  { header: 'Ngày quyết định', key: 'decidedAt', width: 13, type: 'date' },
  { header: 'Lý do vượt tỷ lệ', key: 'exception', width: 36, type: 'text' },
  { header: 'Nhận xét', key: 'comment', width: 40, type: 'text' },
  { header: 'Hạn chế, khuyết điểm', key: 'shortcomings', width: 40, type: 'text' },
]

const STATUS_LABELS: Record<string, string> = { proposed: 'Chờ quyết định', decided: 'Đã quyết định' }

interface EvaluationLine {
  id: string
  fullName: string
  unit: string
  selfLevel: string | null
  selfTotal: string | number | null
  reviewDate: string
  present: number
  total: number
  votes: { excellent: number; good: number; complete: number; incomplete: number }
  proposedLevel: string
  status: string
  decidedLevel: string | null
  decidedScore: string | number | null
  decidedAt: Date | string | null
  exception: string | null
  comment: string | null
}

/** Consecutive units whose people add up to about a page, and never more than UNITS_PER_BATCH of them. */
export function batchUnits(units: readonly TreeUnit[], rows = PAGE_SIZE): TreeUnit[][] {
  const batches: TreeUnit[][] = []
  let batch: TreeUnit[] = []
  let size = 0
  for (const u of units) {
    batch.push(u)
    size += Number(u.peopleCount)
    if (size >= rows || batch.length >= UNITS_PER_BATCH) {
      batches.push(batch)
      batch = []
      size = 0
    }
  }
  if (batch.length) batches.push(batch)
  return batches
}

async function readBatch(db: Db, cycleId: string, units: TreeUnit[]): Promise<EvaluationLine[]> {
  const ids = sql.join(units.map((u) => sql`${u.id}::uuid`), sql`, `)
  return queryRows<EvaluationLine>(db, sql`
    select e.id, p.full_name as "fullName", o.name as unit, c.self_level as "selfLevel", c.self_total as "selfTotal",
      e.review_date::text as "reviewDate", e.attendance_present as present, e.attendance_total as total, e.votes,
      e.proposed_level as "proposedLevel", e.status, e.decided_level as "decidedLevel", e.decided_score as "decidedScore",
      e.decided_at as "decidedAt", e.exception_justification as exception, e.comment
    from evaluations e
    join people p on p.id = e.person_id
    join organizations o on o.id = e.organization_id
    join commitments c on c.id = e.commitment_id
    where e.cycle_id = ${cycleId} and e.organization_id in (${ids})
    order by array_position(array[${ids}], e.organization_id), p.sort_key, e.id`)
}

const num = (v: string | number | null) => (v === null ? null : Number(v))

async function* evaluationPages(db: Db, cycleId: string, units: TreeUnit[], pageSize: number): AsyncGenerator<ExportRow[]> {
  let n = 0
  for (const batch of batchUnits(units, pageSize)) {
    const lines = await readBatch(db, cycleId, batch)
    if (lines.length === 0) continue
    const named = await reviewShortcomings(db, lines.map((l) => l.id))
    yield lines.map((l) => ({
      n: ++n,
      fullName: l.fullName,
      unit: l.unit,
      selfLevel: levelLabel(l.selfLevel),
      selfTotal: num(l.selfTotal),
      reviewDate: String(l.reviewDate).slice(0, 10),
      present: Number(l.present),
      total: Number(l.total),
      votesExcellent: l.votes.excellent,
      votesGood: l.votes.good,
      votesComplete: l.votes.complete,
      votesIncomplete: l.votes.incomplete,
      proposed: levelLabel(l.proposedLevel),
      status: STATUS_LABELS[l.status] ?? l.status,
      decided: levelLabel(l.decidedLevel),
      decidedScore: num(l.decidedScore),
      decidedAt: dayOf(l.decidedAt === null ? null : new Date(l.decidedAt)),
      exception: l.exception,
      comment: l.comment,
      shortcomings: named.filter((s) => s.sourceId === l.id).map((s) => s.description).join('\n') || null,
    }))
  }
}

/** How many ratings the export holds: the unit's maintained totals for the cycle, one indexed row. */
export async function countEvaluations(db: Db, orgId: string, cycleId: string): Promise<number> {
  const rows = await evaluationSummaryRows(db, orgId, cycleId)
  const own = rows.find((r) => r.id === orgId)
  return own ? Number(own.proposed) + Number(own.excellent) + Number(own.good) + Number(own.complete) + Number(own.incomplete) : 0
}

/** `units`: the unit's subtree in tree order, merged and dissolved units included (they keep past years' ratings). */
export function evaluationsSheet(db: Db, cycleId: string, units: TreeUnit[], pageSize = PAGE_SIZE): ExportSheet {
  return { name: 'Xếp loại đảng viên', columns: COLUMNS, pages: evaluationPages(db, cycleId, units, pageSize) }
}
