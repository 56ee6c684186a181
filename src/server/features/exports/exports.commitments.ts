// A unit's roster for a cycle (GET /commitments): everyone placed there now, in name order, with their commitment's
// status and the dates of each step, and the year-end self-assessment.
import type { RatingLevel } from '../../../common/contracts/rules.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Db } from '../../db/client.ts'
import { unitRoster } from '../commitments/commitments.service.ts'
import { LEVEL_LABELS } from '../rules/rules.rating.ts'
import { inPages } from './exports.organizations.ts'
import type { ExportColumn, ExportSheet } from './exports.xlsx.ts'

export const COMMITMENT_STATUS_LABELS: Record<string, string> = {
  none: 'Chưa đăng ký', draft: 'Bản nháp', submitted: 'Chờ duyệt', approved: 'Đã duyệt', returned: 'Trả lại để sửa',
}

/** A moment as the day it was in Vietnam. */
export const dayOf = (at: Date | null | undefined) => (at ? todayIso(at) : null)
export const levelLabel = (level: string | null | undefined) => (level ? LEVEL_LABELS.vi[level as RatingLevel] ?? level : null)

const COLUMNS: ExportColumn[] = [
  { header: 'STT', key: 'n', width: 6, type: 'number' },
  { header: 'Họ và tên', key: 'fullName', width: 28, type: 'text' },
  { header: 'Trạng thái', key: 'status', width: 16, type: 'text' },
  { header: 'Ngày gửi', key: 'submitted', width: 12, type: 'date' },
  { header: 'Ngày duyệt', key: 'approved', width: 12, type: 'date' },
  { header: 'Ngày báo cáo giữa năm', key: 'progress', width: 14, type: 'date' },
  { header: 'Ngày tự đánh giá', key: 'assessed', width: 13, type: 'date' },
  { header: 'Tự xếp loại', key: 'selfLevel', width: 30, type: 'text' },
  { header: 'Tự chấm điểm', key: 'selfTotal', width: 11, type: 'number', numFmt: '0.0' },
]

export type Roster = Awaited<ReturnType<typeof unitRoster>>

export const loadRoster = (db: Db, orgId: string, cycleId: string): Promise<Roster> => unitRoster(db, orgId, cycleId)

export function commitmentsSheet(roster: Roster): ExportSheet {
  return {
    name: 'Đăng ký cam kết',
    columns: COLUMNS,
    pages: inPages(roster, 1000, ({ person, commitment: c }, i) => ({
      n: i + 1,
      fullName: person.fullName,
      status: COMMITMENT_STATUS_LABELS[c?.status ?? 'none'],
      submitted: dayOf(c?.submittedAt),
      approved: c?.status === 'approved' ? dayOf(c.decidedAt) : null,
      progress: dayOf(c?.progressReportedAt),
      assessed: dayOf(c?.selfAssessedAt),
      selfLevel: levelLabel(c?.selfLevel),
      selfTotal: c?.selfTotal ?? null,
    })),
  }
}
