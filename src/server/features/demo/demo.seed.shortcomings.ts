// A few shortcomings for the demo, dated around today: the city named two of the demo leader's ward (one being fixed
// with a reported action, one verified fixed) and one of the inspector's commune (its closure awaiting verification);
// the ward named one of the demo secretary's cell, overdue; the cell named one of the demo member, who has it under
// "Hạn chế của tôi".
import { addDays, todayIso } from '../../../common/dates.ts'
import type { Tx } from '../../db/client.ts'
import { shortcomingActions, shortcomingEvents, shortcomings } from '../shortcomings/shortcomings.table.ts'

export interface DemoShortcomingUnits {
  provinceId: string
  wardId: string
  /** The demo secretary's cell, under the ward. */
  cellId: string
  communeId: string
  /** The demo member (of the cell). */
  memberPersonId: string
}

type ShortcomingInput = typeof shortcomings.$inferInsert

async function shortcoming(tx: Tx, values: Omit<ShortcomingInput, 'cycleId' | 'source'>, cycleId: string, at: Date) {
  const [row] = await tx.insert(shortcomings).values({ ...values, cycleId, source: 'direct', createdAt: at }).returning({ id: shortcomings.id })
  await tx.insert(shortcomingEvents).values({ shortcomingId: row.id, kind: 'raised', at })
  return row.id
}

async function action(tx: Tx, shortcomingId: string, values: { content: string; ownerOrgId: string; ownerName: string; dueOn: string; progress: number; note: string }, at: Date) {
  const { note, ...fields } = values
  const [row] = await tx.insert(shortcomingActions).values({ shortcomingId, ...fields, status: fields.progress === 100 ? 'done' : 'open', doneOn: fields.progress === 100 ? todayIso(at) : null })
    .returning({ id: shortcomingActions.id })
  await tx.insert(shortcomingEvents).values([
    { shortcomingId, actionId: row.id, kind: 'action_added', note: fields.content, at: new Date(at.getTime() - 86_400_000) },
    { shortcomingId, actionId: row.id, kind: 'action_reported', progress: fields.progress, note, at },
  ])
}

export async function seedDemoShortcomings(tx: Tx, units: DemoShortcomingUnits, cycleId: string, today = todayIso()): Promise<number> {
  const day = (offset: number) => new Date(`${addDays(today, offset)}T02:00:00Z`)

  const ward = await shortcoming(tx, {
    subjectOrgId: units.wardId, organizationId: units.provinceId, severity: 'high', dueOn: addDays(today, 60),
    description: 'Việc giải quyết phản ánh, kiến nghị của Nhân dân về trật tự đô thị còn chậm, nhiều trường hợp quá hạn trả lời.',
    cause: 'Chưa phân công rõ trách nhiệm giữa bộ phận một cửa và các tổ dân phố.',
  }, cycleId, day(-40))
  await action(tx, ward, {
    content: 'Ban hành quy chế phối hợp giải quyết phản ánh, kiến nghị; giao từng tổ dân phố theo dõi hạn trả lời.', ownerOrgId: units.wardId,
    ownerName: 'Đồng chí Phó Bí thư Thường trực Đảng ủy phường', dueOn: addDays(today, 20), progress: 40, note: 'Đã dự thảo quy chế, đang lấy ý kiến các chi bộ.',
  }, day(-5))

  const fixed = await shortcoming(tx, {
    subjectOrgId: units.wardId, organizationId: units.provinceId, severity: 'low', status: 'fixed', dueOn: addDays(today, -10),
    description: 'Hồ sơ đảng viên chuyển sinh hoạt đảng chưa được cập nhật kịp thời.', fixedAt: day(-12), fixedInCycleId: cycleId, proposedAt: day(-20),
  }, cycleId, day(-90))
  await tx.insert(shortcomingEvents).values([
    { shortcomingId: fixed, kind: 'proposed', note: 'Đã cập nhật đầy đủ 23 hồ sơ chuyển sinh hoạt đảng.', at: day(-20) },
    { shortcomingId: fixed, kind: 'verified', note: 'Kiểm tra thực tế, xác nhận đã khắc phục.', at: day(-12) },
  ])

  const commune = await shortcoming(tx, {
    subjectOrgId: units.communeId, organizationId: units.provinceId, status: 'proposed', proposedAt: day(-3), dueOn: addDays(today, 15),
    description: 'Công tác kiểm tra, giám sát chuyên đề của Đảng ủy xã chưa đủ số cuộc theo chương trình năm.',
  }, cycleId, day(-60))
  await tx.insert(shortcomingEvents).values({ shortcomingId: commune, kind: 'proposed', note: 'Đã tổ chức bổ sung 2 cuộc giám sát chuyên đề quý III.', at: day(-3) })

  const cell = await shortcoming(tx, {
    subjectOrgId: units.cellId, organizationId: units.wardId, dueOn: addDays(today, -10),
    description: 'Chi bộ chưa tổ chức sinh hoạt chuyên đề hằng quý theo hướng dẫn.',
  }, cycleId, day(-50))
  await action(tx, cell, {
    content: 'Xây dựng kế hoạch sinh hoạt chuyên đề các quý còn lại, phân công chuẩn bị nội dung.', ownerOrgId: units.cellId,
    ownerName: 'Đồng chí Bí thư chi bộ', dueOn: addDays(today, -12), progress: 20, note: 'Đã thống nhất chủ đề quý này, chưa phân công chuẩn bị.',
  }, day(-15))

  await shortcoming(tx, {
    personId: units.memberPersonId, organizationId: units.cellId, severity: 'low', dueOn: addDays(today, 30),
    description: 'Chưa gương mẫu tham gia sinh hoạt tại tổ dân phố nơi cư trú.',
  }, cycleId, day(-8))
  return 5
}
