// Vietnamese strings of the Excel exports (the `exports` section of vi.ts): the button beside each list it downloads.
export const exportsVi = {
  button: 'Xuất Excel',
  /** The button's accessible name: its visible text, then what it downloads. */
  label: {
    people: 'Xuất Excel danh sách người',
    organizations: 'Xuất Excel danh sách đơn vị và đơn vị trực thuộc',
    commitments: 'Xuất Excel danh sách đăng ký cam kết',
    evaluations: 'Xuất Excel kết quả xếp loại',
    dashboard: 'Xuất Excel số liệu các đơn vị trực thuộc',
    feedback: 'Xuất Excel danh sách phản ánh, kiến nghị',
    shortcomings: 'Xuất Excel danh sách hạn chế, khuyết điểm',
    plan: 'Xuất Excel kế hoạch',
  },
  hint: {
    people: 'Tải về tệp Excel mọi người trong danh sách theo bộ lọc đang chọn; tệp nhập lại được vào hệ thống.',
    organizations: 'Tải về tệp Excel đơn vị này và các đơn vị trực thuộc; tệp nhập lại được vào hệ thống.',
    commitments: 'Tải về tệp Excel danh sách đăng ký cam kết của đơn vị trong năm.',
    evaluations: 'Tải về tệp Excel kết quả nhận xét, xếp loại đảng viên của đơn vị và các đơn vị trực thuộc.',
    dashboard: 'Tải về tệp Excel số liệu đăng ký, đánh giá, xếp loại của từng đơn vị trực thuộc.',
    feedback: 'Tải về tệp Excel các phản ánh, kiến nghị do đơn vị và các đơn vị trực thuộc xử lý (không có thông tin liên hệ của người gửi).',
    shortcomings: 'Tải về tệp Excel các hạn chế, khuyết điểm của đơn vị và các đơn vị trực thuộc theo bộ lọc đang chọn (chỉ có họ tên, không có thông tin cá nhân khác).',
    plan: 'Tải về tệp Excel các nhiệm vụ, chỉ tiêu của kế hoạch với tiến độ, tình trạng, đơn vị phụ trách, thời hạn và lần cập nhật gần nhất.',
  },
}
