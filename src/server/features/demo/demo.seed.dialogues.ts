// A few citizen receptions and dialogues for the demo, dated around today: the demo leader's ward held one reception
// last month (1 of the 2 days owed) and one this month, with questions answered and promises (one overdue, one done,
// one owned by the demo secretary's cell, who reports on it), and has two sessions planned; the city held its
// reception this month; the demo inspector's commune held a dialogue last month with a promise still open.
import { addDays, todayIso } from '../../../common/dates.ts'
import type { Tx } from '../../db/client.ts'
import { dialoguePromiseReports, dialoguePromises, dialogueQuestions, dialogueSessions } from '../dialogues/dialogues.table.ts'

export interface DemoDialogueUnits {
  provinceId: string
  wardId: string
  /** A unit under the ward that owns one of its promises (the demo secretary's cell: they report on it). */
  wardUnitId: string
  communeId: string
}

/** The demo's units by organization code: the root, the demo leader's ward, the demo secretary's cell under it, the inspector's commune. */
export function demoDialogueUnits(idOf: (code: string) => string, codes: { root: string; ward: string; wardUnit: string; commune: string }): DemoDialogueUnits {
  return { provinceId: idOf(codes.root), wardId: idOf(codes.ward), wardUnitId: idOf(codes.wardUnit), communeId: idOf(codes.commune) }
}

type SessionInput = typeof dialogueSessions.$inferInsert

async function session(tx: Tx, values: SessionInput) {
  const [row] = await tx.insert(dialogueSessions).values(values).returning({ id: dialogueSessions.id })
  return row.id
}

async function question(tx: Tx, sessionId: string, raisedBy: string, content: string, response: string) {
  const [row] = await tx.insert(dialogueQuestions).values({ sessionId, raisedBy, content, response }).returning({ id: dialogueQuestions.id })
  return row.id
}

export async function seedDemoDialogues(tx: Tx, units: DemoDialogueUnits, today = todayIso()): Promise<number> {
  const monthStart = `${today.slice(0, 7)}-01`
  const lastMonth = addDays(monthStart, -1).slice(0, 7)
  const recent = addDays(today, -2) < monthStart ? monthStart : addDays(today, -2)
  const wardChair = 'Đồng chí Bí thư Đảng ủy phường'

  const past = await session(tx, {
    organizationId: units.wardId, kind: 'reception', title: `Tiếp công dân định kỳ tháng ${lastMonth.slice(5)}/${lastMonth.slice(0, 4)}`, heldOn: `${lastMonth}-10`, startsAt: '07:30',
    place: 'Phòng tiếp công dân, trụ sở Đảng ủy phường', chair: wardChair, status: 'held', attendance: 9,
    summary: 'Tiếp 9 lượt công dân với 6 kiến nghị về chiếu sáng, vệ sinh môi trường và thủ tục đất đai; trả lời trực tiếp 4 kiến nghị, giao xử lý 2 kiến nghị.',
  })
  const lights = await question(tx, past, 'Ông Trần Văn Hùng, tổ dân phố 5',
    'Kiệt 45 đường Nguyễn Lương Bằng không có đèn chiếu sáng, buổi tối người dân đi lại khó khăn, đã xảy ra va quẹt xe máy.',
    'Đảng ủy phường ghi nhận, giao UBND phường khảo sát và lắp đặt đèn chiếu sáng trong tháng tới.')
  const [overdue] = await tx.insert(dialoguePromises).values({
    sessionId: past, questionId: lights, content: 'Khảo sát, lắp đặt 6 bóng đèn chiếu sáng kiệt 45 đường Nguyễn Lương Bằng.', ownerOrgId: units.wardId,
    ownerName: 'Đồng chí Chủ tịch UBND phường', dueOn: addDays(`${lastMonth}-10`, 20), progress: 60,
  }).returning({ id: dialoguePromises.id })
  await tx.insert(dialoguePromiseReports).values({ promiseId: overdue.id, progress: 60, note: 'Đã khảo sát, lắp 4/6 bóng đèn; chờ cấp vật tư cho 2 bóng còn lại.', status: 'open' })

  const now = await session(tx, {
    organizationId: units.wardId, kind: 'reception', title: 'Tiếp công dân định kỳ', heldOn: recent, startsAt: '07:30',
    place: 'Phòng tiếp công dân, trụ sở Đảng ủy phường', chair: wardChair, status: 'held', attendance: 7,
    summary: 'Tiếp 7 lượt công dân; các kiến nghị về rác thải tại điểm tập kết và giờ đón trả học sinh đã được trả lời, giao xử lý.',
  })
  const waste = await question(tx, now, 'Bà Lê Thị Mai, tổ dân phố 12',
    'Điểm tập kết rác đầu kiệt 12 thường xuyên quá tải, bốc mùi, đề nghị tăng tần suất thu gom.',
    'Phường làm việc với đơn vị thu gom để thu gom 2 lần mỗi ngày.')
  await tx.insert(dialoguePromises).values({
    sessionId: now, questionId: waste, content: 'Thu gom rác tại điểm tập kết đầu kiệt 12 hai lần mỗi ngày; kiểm tra sau 2 tuần.', ownerOrgId: units.wardUnitId, ownerName: 'Đồng chí Bí thư chi bộ', dueOn: addDays(today, 20),
  })
  const [done] = await tx.insert(dialoguePromises).values({
    sessionId: now, content: 'Bố trí lực lượng điều tiết giao thông giờ tan học trước cổng trường tiểu học.', ownerOrgId: units.wardId, ownerName: 'Đồng chí Trưởng Công an phường',
    dueOn: recent, status: 'done', progress: 100, doneOn: recent,
  }).returning({ id: dialoguePromises.id })
  await tx.insert(dialoguePromiseReports).values({ promiseId: done.id, progress: 100, note: 'Công an phường đã bố trí 2 đồng chí điều tiết giao thông giờ tan học hằng ngày.', status: 'done' })
  await session(tx, {
    organizationId: units.wardId, kind: 'reception', title: 'Tiếp công dân định kỳ', heldOn: addDays(today, 7), startsAt: '07:30',
    place: 'Phòng tiếp công dân, trụ sở Đảng ủy phường', chair: wardChair,
  })
  await session(tx, {
    organizationId: units.wardId, kind: 'dialogue', title: 'Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về chỉnh trang đô thị', heldOn: addDays(today, 14), startsAt: '14:00',
    place: 'Hội trường UBND phường', chair: wardChair,
  })

  await session(tx, {
    organizationId: units.provinceId, kind: 'reception', title: 'Bí thư Thành ủy tiếp công dân định kỳ', heldOn: recent, startsAt: '08:00',
    place: 'Trụ sở Tiếp công dân thành phố', chair: 'Đồng chí Bí thư Thành ủy', status: 'held', attendance: 15,
    summary: 'Tiếp 15 lượt công dân, chủ yếu về bồi thường, giải phóng mặt bằng; chỉ đạo các cơ quan trả lời trong 15 ngày.',
  })

  const dialogue = await session(tx, {
    organizationId: units.communeId, kind: 'dialogue', title: 'Đối thoại với Nhân dân về xây dựng nông thôn mới', heldOn: `${lastMonth}-15`, startsAt: '14:00',
    place: 'Nhà văn hóa xã', chair: 'Đồng chí Bí thư Đảng ủy xã', status: 'held', attendance: 64,
    summary: 'Đối thoại với 64 đại biểu Nhân dân; 11 ý kiến về giao thông nội đồng, nước sạch và hỗ trợ sản xuất.',
  })
  await tx.insert(dialoguePromises).values({
    sessionId: dialogue, content: 'Bê tông hóa 800 m đường nội đồng thôn 3 trước vụ Đông Xuân.', ownerOrgId: units.communeId,
    ownerName: 'Đồng chí Chủ tịch UBND xã', dueOn: addDays(today, 45),
  })
  await session(tx, {
    organizationId: units.communeId, kind: 'reception', title: 'Tiếp công dân định kỳ', heldOn: addDays(today, 3), startsAt: '07:30',
    place: 'Phòng tiếp công dân, trụ sở Đảng ủy xã', chair: 'Đồng chí Bí thư Đảng ủy xã',
  })
  return 7
}
