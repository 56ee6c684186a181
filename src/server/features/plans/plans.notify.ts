// Mail to the managers of a unit reminded to report a period on its plan (sent after the reminder is recorded).
import { formatDateVi } from '../../../common/dates.ts'
import type { Mail, Mailer } from '../../lib/mailer.ts'

const PLANS_PATH = '/ke-hoach'

export function reminderMail(
  mailer: Mailer,
  to: string,
  r: { unit: { id: string; name: string }; from: { name: string }; period: { label: string; dueOn: string }; year: number; note: string | null },
): Mail {
  const where = mailer.publicUrl ? `${mailer.publicUrl.replace(/\/$/, '')}${PLANS_PATH}?org=${r.unit.id}` : 'trang "Kế hoạch" của Nêu Gương'
  return {
    to,
    subject: `Nhắc báo cáo tiến độ kế hoạch: ${r.period.label}`,
    text: [
      'Kính gửi đồng chí,',
      '',
      `${r.from.name} nhắc ${r.unit.name} báo cáo tiến độ thực hiện kế hoạch năm ${r.year}, kỳ ${r.period.label} (hạn báo cáo ${formatDateVi(r.period.dueOn)}).`,
      ...(r.note ? ['', `Ghi chú: ${r.note}`] : []),
      '',
      `Cập nhật tiến độ tại: ${where}`,
      '',
      'Thư này được gửi tự động, xin đừng trả lời.',
      '',
      '--',
      `Reminder from ${r.from.name}: ${r.unit.name} has not reported on its ${r.year} plan for ${r.period.label} (due ${r.period.dueOn}).`,
    ].join('\n'),
  }
}
