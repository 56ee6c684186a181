// What the validation report says about one row: Vietnamese first, English by Accept-Language (and --lang on the CLI).
import type { Locale } from '../../lib/messages.ts'

export const rowMessages = {
  missingName: { vi: 'Thiếu họ và tên.', en: 'The name is missing.' },
  badName: { vi: 'Họ và tên "{value}" không hợp lệ.', en: 'The name "{value}" is not valid.' },
  badDate: { vi: '{column}: "{value}" không phải ngày hợp lệ (ngày/tháng/năm).', en: '{column}: "{value}" is not a valid date (day/month/year).' },
  yearOnly: { vi: '{column}: chỉ có năm {value}, cần đủ ngày tháng năm.', en: '{column}: only the year {value}; a full date is needed.' },
  dateOutOfRange: { vi: '{column}: ngày {value} nằm ngoài khoảng hợp lý.', en: '{column}: the date {value} is out of range.' },
  badGender: { vi: 'Giới tính "{value}" không rõ (Nam, Nữ hoặc Khác).', en: 'Gender "{value}" is unclear (Nam, Nữ or Khác).' },
  badEmail: { vi: 'Thư điện tử "{value}" không hợp lệ.', en: 'The email "{value}" is not valid.' },
  badPhone: { vi: 'Số điện thoại "{value}" không hợp lệ.', en: 'The phone number "{value}" is not valid.' },
  tooLong: { vi: '{column}: quá dài (tối đa {max} ký tự).', en: '{column}: too long (at most {max} characters).' },
  unknownUnit: { vi: 'Không có đơn vị mã hoặc tên "{value}".', en: 'No unit with the code or name "{value}".' },
  ambiguousUnit: { vi: 'Có nhiều đơn vị tên "{value}": hãy ghi mã đơn vị.', en: 'Several units are named "{value}": write the unit code.' },
  unitOutOfScope: { vi: 'Đơn vị "{value}" nằm ngoài phạm vi bạn quản lý.', en: 'The unit "{value}" is outside what you manage.' },
  unitNotActive: { vi: 'Đơn vị "{value}" đã sáp nhập hoặc giải thể.', en: 'The unit "{value}" has been merged or dissolved.' },
  noUnit: { vi: 'Không rõ đơn vị: ghi cột "Mã đơn vị" hoặc chọn đơn vị nhận dữ liệu.', en: 'No unit: fill the "Mã đơn vị" column or choose the receiving unit.' },
  duplicateInFile: { vi: 'Trùng với dòng {row} trong tệp.', en: 'Duplicates row {row} of the file.' },
  likelyDuplicate: { vi: 'Có thể trùng với {name} (sinh ngày {birth}) đã có ở {unit}: không nhập dòng này.', en: 'Probably the same as {name} (born {birth}) already in {unit}: row not imported.' },
  likelyDuplicateElsewhere: { vi: 'Có thể trùng với {name} (sinh ngày {birth}) đã có ở một đơn vị khác: không nhập dòng này.', en: 'Probably the same as {name} (born {birth}) already in another unit: row not imported.' },
  cardOutOfScope: { vi: 'Số thẻ đảng viên {value} đã thuộc về một người ngoài phạm vi bạn quản lý.', en: 'Party card {value} belongs to someone outside what you manage.' },
  livesElsewhere: { vi: 'Đang sinh hoạt ở {unit}: chỉ cập nhật thông tin cá nhân, không chuyển sinh hoạt.', en: 'A member of {unit}: personal details updated, not transferred.' },
  missingCode: { vi: 'Thiếu mã đơn vị.', en: 'The unit code is missing.' },
  badCode: { vi: 'Mã đơn vị "{value}" không hợp lệ (chữ không dấu, số, dấu chấm, gạch ngang).', en: 'The unit code "{value}" is not valid (letters, digits, dots, hyphens).' },
  missingOrgName: { vi: 'Thiếu tên đơn vị.', en: 'The unit name is missing.' },
  badKind: { vi: 'Loại tổ chức "{value}" không rõ.', en: 'Unknown organization kind "{value}".' },
  unknownParent: { vi: 'Không có đơn vị cấp trên mã "{value}" (trong hệ thống hay trong tệp).', en: 'No parent unit with the code "{value}" (in the system or the file).' },
  parentOutOfScope: { vi: 'Đơn vị cấp trên "{value}" nằm ngoài phạm vi bạn quản lý.', en: 'The parent unit "{value}" is outside what you manage.' },
  parentDiffers: { vi: 'Mã {value} đã có ở cấp trên khác ({parent}): dùng chức năng chuyển đơn vị, không nhập dòng này.', en: 'The code {value} exists under another parent ({parent}): use the move function; row not imported.' },
  kindDiffers: { vi: 'Mã {value} đã có với loại khác ({kind}): không nhập dòng này.', en: 'The code {value} exists with another kind ({kind}); row not imported.' },
  parentCycle: { vi: 'Đơn vị cấp trên không thể xác định (vòng lặp hoặc chưa có): "{value}".', en: 'The parent cannot be resolved (a cycle, or missing): "{value}".' },
  missingHeader: { vi: 'Không tìm thấy dòng tiêu đề: cần ít nhất hai cột có tên quen thuộc như "Họ và tên", "Ngày sinh", "Mã đơn vị".', en: 'No header row found: at least two known column names are needed, such as "Họ và tên", "Ngày sinh", "Mã đơn vị".' },
  missingColumns: { vi: 'Thiếu cột bắt buộc: {fields}.', en: 'Required columns are missing: {fields}.' },
} as const satisfies Record<string, { vi: string; en: string }>

export type RowMessageKey = keyof typeof rowMessages

export interface RowMessage {
  key: RowMessageKey
  params?: Record<string, string | number>
}

export function rowMessage(m: RowMessage, locale: Locale): string {
  const params = m.params ?? {}
  return rowMessages[m.key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}
