// Mail to the senders who left an email address: the tracking code at receipt (the only time it exists in clear
// outside the sender's screen), and the published answer — to the sender of the case and of every case merged into
// it, so that all senders stay informed. Anonymous senders left no address: nothing is sent to them.
import { eq, inArray } from 'drizzle-orm'
import { formatDateVi } from '../../../common/dates.ts'
import type { Tx } from '../../db/client.ts'
import type { Mail, Mailer } from '../../lib/mailer.ts'
import { feedbackCases, feedbackContacts } from './feedback.table.ts'

const LOOKUP_PATH = '/phan-anh/tra-cuu'

const lookupLine = (mailer: Mailer, code?: string) =>
  mailer.publicUrl
    ? `${mailer.publicUrl}${LOOKUP_PATH}${code ? `/${code}` : ''}`
    : 'trang "Tra cứu phản ánh" của cổng Nêu Gương'

export function receiptMail(mailer: Mailer, to: string, r: { reference: string; trackingCode: string; acknowledgeDue: string; handlingDue: string }): Mail {
  return {
    to,
    subject: `Đã nhận phản ánh ${r.reference} — mã tra cứu`,
    text: [
      'Kính gửi ông/bà,',
      '',
      `Phản ánh, kiến nghị của ông/bà đã được tiếp nhận, số ${r.reference}.`,
      `Mã tra cứu: ${r.trackingCode}`,
      '',
      `Theo dõi tình trạng xử lý và đọc trả lời tại: ${lookupLine(mailer, r.trackingCode)}`,
      `Hạn thông báo tiếp nhận: ${formatDateVi(r.acknowledgeDue)}. Hạn trả lời: ${formatDateVi(r.handlingDue)} (tính theo ngày làm việc).`,
      '',
      'Xin giữ kín mã tra cứu: ai có mã này đều xem được tình trạng phản ánh. Thư này được gửi tự động, xin đừng trả lời.',
      '',
      '--',
      `Your feedback ${r.reference} was received. Tracking code: ${r.trackingCode}. Keep it private.`,
    ].join('\n'),
  }
}

/** The answer published on a case, to its sender and to the senders of the cases merged into it. */
export async function answeredMails(db: Tx, mailer: Mailer, caseId: string): Promise<Mail[]> {
  const [c] = await db.select().from(feedbackCases).where(eq(feedbackCases.id, caseId))
  if (!c?.publishedAnswer) return []
  const merged = await db.select({ id: feedbackCases.id }).from(feedbackCases).where(eq(feedbackCases.mergedIntoId, c.id))
  const contacts = await db.select().from(feedbackContacts).where(inArray(feedbackContacts.caseId, [c.id, ...merged.map((m) => m.id)]))
  const emails = [...new Set(contacts.map((x) => x.email).filter((e): e is string => Boolean(e)))]
  return emails.map((to) => ({
    to,
    subject: `Phản ánh ${c.reference} đã có trả lời`,
    text: [
      'Kính gửi ông/bà,',
      '',
      `Phản ánh, kiến nghị số ${c.reference} đã có trả lời:`,
      '',
      c.publishedAnswer!,
      '',
      `Ông/bà có thể đánh giá mức độ hài lòng, hoặc mở lại phản ánh nếu chưa được giải quyết, bằng mã tra cứu đã nhận tại: ${lookupLine(mailer)}`,
      '',
      '--',
      `Your feedback ${c.reference} has been answered. Rate the answer with your tracking code on the lookup page.`,
    ].join('\n'),
  }))
}
