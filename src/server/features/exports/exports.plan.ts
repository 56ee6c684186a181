// A unit's plan for a cycle, one item per row in outline order (1, 1.1 …): kind, content, expected result, owner,
// weight, due date, progress rolled up, status, late, where it came from, and the latest update.
import type { OutlineRow } from '../plans/plans.outline.ts'
import { KIND_VI, STATUS_VI } from '../plans/plans.outline.ts'
import type { ExportColumn, ExportRow, ExportSheet } from './exports.xlsx.ts'

const COLUMNS: ExportColumn[] = [
  { header: 'STT', key: 'number', width: 8, type: 'text' },
  { header: 'Loại', key: 'kind', width: 18, type: 'text' },
  { header: 'Nhiệm vụ, chỉ tiêu', key: 'title', width: 60, type: 'text' },
  { header: 'Kết quả cần đạt', key: 'expectedResult', width: 36, type: 'text' },
  { header: 'Đơn vị, người phụ trách', key: 'owner', width: 32, type: 'text' },
  { header: 'Trọng số', key: 'weight', width: 9, type: 'number' },
  { header: 'Tính vào tổng hợp', key: 'inRollup', width: 10, type: 'text' },
  { header: 'Thời hạn', key: 'dueOn', width: 12, type: 'date' },
  { header: 'Tiến độ (%)', key: 'progress', width: 10, type: 'number', numFmt: '0.0' },
  { header: 'Tình trạng', key: 'status', width: 16, type: 'text' },
  { header: 'Quá hạn, chậm', key: 'late', width: 10, type: 'text' },
  { header: 'Nhận từ', key: 'source', width: 28, type: 'text' },
  { header: 'Cập nhật gần nhất', key: 'updatedOn', width: 13, type: 'date' },
  { header: 'Nội dung cập nhật gần nhất', key: 'note', width: 60, type: 'text' },
]

const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d)

async function* onePage(rows: OutlineRow[]): AsyncGenerator<ExportRow[]> {
  yield rows.map((r) => ({
    number: r.number, kind: KIND_VI[r.kind], title: r.title, expectedResult: r.expectedResult, owner: r.owner, weight: r.weight,
    inRollup: r.inRollup ? 'Có' : 'Không', dueOn: r.dueOn, progress: r.progress, status: STATUS_VI[r.status], late: r.late ? 'Chậm' : '',
    source: r.source, updatedOn: r.update ? dayOf(r.update.at) : null, note: r.update?.note ?? null,
  }))
}

export function planSheet(rows: OutlineRow[]): ExportSheet {
  return { name: 'Kế hoạch', columns: COLUMNS, pages: onePage(rows) }
}
