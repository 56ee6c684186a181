// The dashboard's sub-units table: per direct sub-unit, its people, the commitments by stage and the ratings by
// decided level, from the maintained totals the two summaries read (one indexed row per unit).
import { ORG_KIND_LABELS } from '../../../common/contracts/imports.ts'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import type { Db } from '../../db/client.ts'
import { summaryRows } from '../commitments/commitments.stats.ts'
import { evaluationSummaryRows } from '../evaluations/evaluations.stats.ts'
import { inPages } from './exports.organizations.ts'
import type { ExportColumn, ExportSheet } from './exports.xlsx.ts'

const COLUMNS: ExportColumn[] = [
  { header: 'STT', key: 'n', width: 6, type: 'number' },
  { header: 'Đơn vị', key: 'name', width: 40, type: 'text' },
  { header: 'Loại', key: 'kind', width: 22, type: 'text' },
  { header: 'Số đảng viên', key: 'people', width: 12, type: 'number' },
  { header: 'Đã đăng ký', key: 'registered', width: 11, type: 'number' },
  { header: 'Tỷ lệ đăng ký', key: 'registeredRate', width: 11, type: 'number', numFmt: '0.0%' },
  { header: 'Chờ duyệt', key: 'submitted', width: 10, type: 'number' },
  { header: 'Đã duyệt', key: 'approved', width: 10, type: 'number' },
  { header: 'Trả lại', key: 'returned', width: 10, type: 'number' },
  { header: 'Đã báo cáo giữa năm', key: 'progress', width: 13, type: 'number' },
  { header: 'Đã tự đánh giá', key: 'selfAssessed', width: 12, type: 'number' },
  { header: 'Chi bộ đã nhận xét', key: 'reviewed', width: 12, type: 'number' },
  { header: 'Chờ quyết định', key: 'proposed', width: 12, type: 'number' },
  { header: 'Đã quyết định', key: 'decided', width: 12, type: 'number' },
  { header: 'HTXSNV', key: 'excellent', width: 10, type: 'number' },
  { header: 'HTTNV', key: 'good', width: 10, type: 'number' },
  { header: 'HTNV', key: 'complete', width: 10, type: 'number' },
  { header: 'KHTNV', key: 'incomplete', width: 10, type: 'number' },
]

export interface SubUnitFigures {
  name: string
  kind: string
  people: number
  registered: number
  submitted: number
  approved: number
  returned: number
  progress: number
  selfAssessed: number
  proposed: number
  excellent: number
  good: number
  complete: number
  incomplete: number
}

const collator = new Intl.Collator('vi', { numeric: true })

/** The direct sub-units' figures, in name order (as GET /commitments/summary lists them). */
export async function subUnitFigures(db: Db, orgId: string, cycleId: string): Promise<SubUnitFigures[]> {
  const [commitments, evaluations] = await Promise.all([summaryRows(db, orgId, cycleId), evaluationSummaryRows(db, orgId, cycleId)])
  const ratings = new Map(evaluations.map((e) => [e.id, e]))
  return commitments
    .filter((c) => c.id !== orgId)
    .map((c) => {
      const e = ratings.get(c.id)
      const n = (v: unknown) => Number(v ?? 0)
      return {
        name: c.name, kind: c.kind, people: n(c.people),
        registered: n(c.draft) + n(c.submitted) + n(c.approved) + n(c.returned),
        submitted: n(c.submitted), approved: n(c.approved), returned: n(c.returned),
        progress: n(c.progress_reported), selfAssessed: n(c.self_assessed),
        proposed: n(e?.proposed), excellent: n(e?.excellent), good: n(e?.good), complete: n(e?.complete), incomplete: n(e?.incomplete),
      }
    })
    .sort((a, b) => collator.compare(a.name, b.name))
}

export function dashboardSheet(units: SubUnitFigures[]): ExportSheet {
  return {
    name: 'Tổng hợp theo đơn vị',
    columns: COLUMNS,
    pages: inPages(units, 1000, (u, i) => {
      const decided = u.excellent + u.good + u.complete + u.incomplete
      return {
        ...u,
        n: i + 1,
        kind: ORG_KIND_LABELS[u.kind as OrgKind]?.[0] ?? u.kind,
        registeredRate: u.people > 0 ? u.registered / u.people : null,
        reviewed: u.proposed + decided,
        decided,
      }
    }),
  }
}
