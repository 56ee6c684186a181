// The register of shortcomings over a subtree with the list's filters, newest first: one per row, with the subject's
// name and unit, the raising unit, the source, severity, due date, status and overdue flag. No personal data beyond
// names (no birth dates, contacts or accounts).
import { and, sql } from 'drizzle-orm'
import type { ShortcomingSeverity, ShortcomingSource, ShortcomingStatus } from '../../../common/contracts/shortcomings.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Db } from '../../db/client.ts'
import { presentShortcoming } from '../shortcomings/shortcomings.present.ts'
import { filterSql, listShortcomings, orgNames, type ShortcomingFilter } from '../shortcomings/shortcomings.query.ts'
import { shortcomings } from '../shortcomings/shortcomings.table.ts'
import type { ExportColumn, ExportRow, ExportSheet } from './exports.xlsx.ts'

const SOURCE_VI: Record<ShortcomingSource, string> = {
  review: 'Kiểm điểm cuối năm', org_review: 'Đánh giá tổ chức', inspection: 'Kiểm tra, giám sát', feedback: 'Phản ánh, kiến nghị', direct: 'Đơn vị phát hiện',
}
const SEVERITY_VI: Record<ShortcomingSeverity, string> = { low: 'Nhẹ', medium: 'Trung bình', high: 'Nghiêm trọng' }
const STATUS_VI: Record<ShortcomingStatus, string> = { open: 'Đang khắc phục', proposed: 'Chờ xác nhận', fixed: 'Đã khắc phục' }

const COLUMNS: ExportColumn[] = [
  { header: 'STT', key: 'n', width: 6, type: 'number' },
  { header: 'Đối tượng', key: 'kind', width: 10, type: 'text' },
  { header: 'Tên cá nhân, tổ chức', key: 'subject', width: 32, type: 'text' },
  { header: 'Đơn vị của cá nhân', key: 'unit', width: 30, type: 'text' },
  { header: 'Đơn vị nêu', key: 'raisedBy', width: 30, type: 'text' },
  { header: 'Năm', key: 'year', width: 7, type: 'number' },
  { header: 'Nguồn', key: 'source', width: 18, type: 'text' },
  { header: 'Nội dung hạn chế, khuyết điểm', key: 'description', width: 60, type: 'text' },
  { header: 'Nguyên nhân', key: 'cause', width: 40, type: 'text' },
  { header: 'Mức độ', key: 'severity', width: 13, type: 'text' },
  { header: 'Hạn khắc phục', key: 'dueOn', width: 13, type: 'date' },
  { header: 'Tình trạng', key: 'status', width: 15, type: 'text' },
  { header: 'Quá hạn', key: 'overdue', width: 9, type: 'text' },
  { header: 'Biện pháp (còn mở / tổng)', key: 'actions', width: 14, type: 'text' },
  { header: 'Ngày xác nhận khắc phục', key: 'fixedOn', width: 14, type: 'date' },
  { header: 'Số lần mở lại', key: 'reopened', width: 10, type: 'number' },
]

const PAGE = 500

export type ShortcomingExportFilter = Omit<ShortcomingFilter, 'cursor' | 'limit'>

export async function countShortcomings(db: Db, f: ShortcomingExportFilter): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(shortcomings).where(and(...filterSql(f)))
  return Number(row.n)
}

async function* pages(db: Db, f: ShortcomingExportFilter): AsyncGenerator<ExportRow[]> {
  let cursor: [string, string] | null = null
  let n = 0
  for (;;) {
    const rows = await listShortcomings(db, { ...f, cursor, limit: PAGE })
    const page = rows.slice(0, PAGE)
    if (page.length === 0) return
    const names = await orgNames(db, page.map((v) => v.personUnitId))
    yield page.map((v) => {
      const s = presentShortcoming(v, names)
      return {
        n: ++n, kind: s.subjectKind === 'person' ? 'Cá nhân' : 'Tổ chức', subject: s.subject.name, unit: s.subjectUnit?.name ?? null, raisedBy: s.raisedBy.name,
        year: s.cycleYear, source: SOURCE_VI[s.source], description: s.description, cause: s.cause, severity: SEVERITY_VI[s.severity], dueOn: s.dueOn,
        status: STATUS_VI[s.status], overdue: s.overdue ? 'Quá hạn' : '', actions: s.actionCount ? `${s.openActionCount} / ${s.actionCount}` : null,
        fixedOn: s.fixedAt ? todayIso(new Date(s.fixedAt)) : null, reopened: s.reopenedCount || null,
      }
    })
    if (rows.length <= PAGE) return
    const last = page[page.length - 1]
    cursor = [last.row.createdAt.toISOString(), last.row.id]
  }
}

export function shortcomingsSheet(db: Db, f: ShortcomingExportFilter): ExportSheet {
  return { name: 'Hạn chế, khuyết điểm', columns: COLUMNS, pages: pages(db, f) }
}
