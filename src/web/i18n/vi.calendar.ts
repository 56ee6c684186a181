// Vietnamese strings of the page "Lịch nghỉ lễ, ngày làm việc" (the `calendar` section of vi.ts): a year's holidays
// and worked weekend days, their editing by administrators, and the working-day calculator.
export const calendarVi = {
  nav: 'Lịch nghỉ lễ',
  title: 'Lịch nghỉ lễ, ngày làm việc',
  intro:
    'Thời hạn tính theo ngày làm việc (ví dụ: báo tin đã nhận phản ánh trong 10 ngày làm việc theo Quy định 11-QĐi/TW) được tính trên lịch này: từ thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, cộng các ngày thứ Bảy, Chủ nhật phải làm bù. Hằng năm hãy cập nhật theo thông báo nghỉ lễ, Tết của Chính phủ.',
  year: 'Năm',
  statutoryDefault:
    'Năm này chưa có lịch đã lưu: danh sách dưới đây là ngày nghỉ theo Bộ luật Lao động 2019 (Điều 112), tính tự động, và đang được dùng để tính thời hạn. Sửa một ngày sẽ lưu cả danh sách này.',
  add: 'Thêm ngày',
  addTitle: 'Thêm ngày nghỉ hoặc ngày làm bù',
  editTitle: 'Sửa ngày {{date}}',
  edit: 'Sửa',
  remove: 'Xóa',
  removeTitle: 'Xóa ngày {{date}} khỏi lịch?',
  removeMessage: 'Ngày {{date}} ({{name}}) sẽ trở lại là ngày bình thường theo thứ trong tuần.',
  removed: 'Đã xóa ngày {{date}} khỏi lịch.',
  saved: 'Đã lưu ngày {{date}}.',
  none: 'Năm này không có ngày nghỉ lễ hay ngày làm bù nào.',
  tableLabel: 'Ngày nghỉ lễ và ngày làm bù năm {{year}}',
  column: {
    date: 'Ngày',
    weekday: 'Thứ',
    name: 'Tên',
    kind: 'Loại',
    source: 'Nguồn',
    actions: 'Thao tác',
  },
  field: {
    date: 'Ngày',
    kind: 'Loại ngày',
    name: 'Tên',
    nameHint: 'Ví dụ: Nghỉ bù Quốc khánh; Làm bù cho ngày 29/4',
    source: 'Căn cứ',
  },
  kind: {
    holiday: 'Ngày nghỉ',
    working: 'Ngày làm bù',
  },
  kindHint: {
    holiday: 'Nghỉ lễ, Tết, nghỉ bù hoặc nghỉ hoán đổi: không tính là ngày làm việc.',
    working: 'Thứ Bảy hoặc Chủ nhật phải đi làm (làm bù): tính là ngày làm việc.',
  },
  source: {
    statutory: 'Theo luật',
    announced: 'Theo thông báo',
    manual: 'Nhập tay',
  },
  weekday: { sun: 'Chủ nhật', mon: 'Thứ Hai', tue: 'Thứ Ba', wed: 'Thứ Tư', thu: 'Thứ Năm', fri: 'Thứ Sáu', sat: 'Thứ Bảy' },
  calculator: {
    title: 'Tính thời hạn theo ngày làm việc',
    intro: 'Không tính ngày nhận; thời hạn luôn rơi vào một ngày làm việc.',
    from: 'Từ ngày',
    days: 'Số ngày làm việc',
    result: 'Thời hạn: {{weekday}}, {{date}}',
    daysOff: 'Số ngày nghỉ đã bỏ qua: {{count}}',
    holidaysPassed: 'Ngày lễ trên đường đi: {{list}}',
  },
}
