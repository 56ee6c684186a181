// Vietnamese strings of the official documents (the `reports` section of vi.ts): download buttons and their options.
export const reportsVi = {
  word: 'Tải bản Word',
  pdf: 'Tải PDF',
  wordOf: 'Tải bản Word: {{name}}',
  pdfOf: 'Tải PDF: {{name}}',
  commitmentForm: 'Bản cam kết (văn bản)',
  commitmentHint: 'Bản cam kết theo thể thức văn bản của Đảng, để in, ký và lưu hồ sơ.',
  title: 'Văn bản',
  hint: 'Văn bản theo thể thức của Đảng (Hướng dẫn 36-HD/VPTW) hoặc hành chính Nhà nước (Nghị định 30/2020/NĐ-CP), số liệu lấy tại thời điểm tải về.',
  summary: 'Báo cáo kết quả xếp loại năm {{year}}',
  decisions: 'Danh sách đảng viên được xếp loại năm {{year}}',
  layout: 'Thể thức',
  layoutParty: 'Văn bản của Đảng',
  layoutState: 'Văn bản hành chính',
  number: 'Số văn bản',
  numberHint: 'Để trống nếu chưa đăng ký số: văn thư ghi số sau khi ký.',
  numberInvalid: 'Số văn bản chỉ gồm chữ số (ví dụ 09).',
}
