// Citizens' feedback handled in a subtree, newest first: the digest's cases one per row, without the senders'
// contact details (the export goes to many officials; contacts stay with the handling unit).
import { and, desc, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { handledInSubtree } from '../feedback/feedback.service.ts'
import { feedbackCases, feedbackCategories } from '../feedback/feedback.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import type { ExportColumn, ExportRow, ExportSheet } from './exports.xlsx.ts'

const STATUS_VI: Record<string, string> = {
  received: 'Đã nhận', acknowledged: 'Đã tiếp nhận', in_progress: 'Đang xử lý', answered: 'Đã trả lời', closed: 'Đã đóng',
}

const COLUMNS: ExportColumn[] = [
  { header: 'STT', key: 'n', width: 6, type: 'number' },
  { header: 'Số phản ánh', key: 'reference', width: 16, type: 'text' },
  { header: 'Ngày nhận', key: 'receivedOn', width: 12, type: 'date' },
  { header: 'Lĩnh vực', key: 'category', width: 30, type: 'text' },
  { header: 'Xã, phường', key: 'commune', width: 28, type: 'text' },
  { header: 'Đơn vị xử lý', key: 'handler', width: 32, type: 'text' },
  { header: 'Nội dung', key: 'content', width: 60, type: 'text' },
  { header: 'Tình trạng', key: 'status', width: 14, type: 'text' },
  { header: 'Hạn tiếp nhận', key: 'acknowledgeDue', width: 13, type: 'date' },
  { header: 'Hạn trả lời', key: 'handlingDue', width: 13, type: 'date' },
  { header: 'Ngày trả lời', key: 'answeredOn', width: 13, type: 'date' },
  { header: 'Quá hạn', key: 'overdue', width: 9, type: 'text' },
  { header: 'Đánh giá (1–5)', key: 'rating', width: 10, type: 'number' },
]

const PAGE = 1000

export async function countFeedback(db: Db, path: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(feedbackCases)
    .where(handledInSubtree(path))
  return Number(row.n)
}

async function* pages(db: Db, path: string, today: string): AsyncGenerator<ExportRow[]> {
  const categories = new Map((await db.select().from(feedbackCategories)).map((c) => [c.id, c.name]))
  let after: { at: Date; id: string } | null = null
  let n = 0
  for (;;) {
    const rows: (typeof feedbackCases.$inferSelect)[] = await db.select().from(feedbackCases).where(and(
      handledInSubtree(path),
      after ? sql`(${feedbackCases.createdAt}, ${feedbackCases.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined,
    )).orderBy(desc(feedbackCases.createdAt), desc(feedbackCases.id)).limit(PAGE)
    if (rows.length === 0) return
    const ids = [...new Set(rows.flatMap((r) => [r.communeId, r.handlerId]))]
    const names = new Map((await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, ids))).map((o) => [o.id, o.name]))
    yield rows.map((c) => {
      const open = c.status !== 'answered' && c.status !== 'closed'
      const overdue = (c.status === 'received' && c.acknowledgeDue < today) || (open && c.handlingDue < today)
      return {
        n: ++n, reference: c.reference, receivedOn: c.receivedOn, category: categories.get(c.categoryId) ?? c.categoryId,
        commune: names.get(c.communeId) ?? '', handler: names.get(c.handlerId) ?? '', content: c.content, status: STATUS_VI[c.status] ?? c.status,
        acknowledgeDue: c.acknowledgeDue, handlingDue: c.handlingDue, answeredOn: c.answeredAt ? c.answeredAt.toISOString().slice(0, 10) : null,
        overdue: overdue ? 'Quá hạn' : '', rating: c.rating,
      }
    })
    const last = rows[rows.length - 1]
    after = { at: last.createdAt, id: last.id }
    if (rows.length < PAGE) return
  }
}

export function feedbackSheet(db: Db, org: { path: string }, today: string): ExportSheet {
  return { name: 'Phản ánh, kiến nghị', columns: COLUMNS, pages: pages(db, org.path, today) }
}
