// Vietnamese strings of the public pages, open without an account (the `public` section of vi.ts): leaders' exemplary
// commitments published to the public (Quy định 213-QĐ/TW).
export const publicVi = {
  brand: 'Nêu Gương — Cam kết nêu gương công khai',
  signIn: 'Đăng nhập',
  openApp: 'Vào ứng dụng',
  fromSignIn: 'Xem cam kết nêu gương công khai',
  title: 'Cam kết nêu gương công khai',
  intro:
    'Cán bộ lãnh đạo, quản lý công khai bản cam kết nêu gương đã được duyệt để nhân dân và đảng viên cùng theo dõi, giám sát việc thực hiện (Quy định 213-QĐ/TW). Trang này xem được mà không cần tài khoản.',
  searchLabel: 'Tìm theo họ tên hoặc đơn vị',
  searchDescription: 'Gõ có dấu hoặc không dấu, ví dụ: nguyen van, phuong hai van',
  results: 'Danh sách cam kết',
  listLabel: 'Các cam kết nêu gương công khai',
  empty: 'Chưa có cam kết nêu gương nào được công khai trong năm nay.',
  noMatch: 'Không tìm thấy cam kết nào khớp với “{{q}}”.',
  yearLabel: 'Năm {{year}}',
  publishedOn: 'Công khai ngày {{date}}',
  back: 'Tất cả cam kết công khai',
  pageTitle: 'Cam kết nêu gương của {{name}}',
  leader: 'Người cam kết',
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  year: 'Năm',
  theme: 'Chuyên đề',
  publishedAt: 'Ngày công khai',
  items: 'Nội dung cam kết',
  notFound: 'Không tìm thấy cam kết này, hoặc cam kết không (còn) được công khai.',
  feedbackNote:
    'Ý kiến nhận xét, góp ý về cam kết được gửi qua chi bộ nơi cư trú và cơ quan, đơn vị của người cam kết; trang công khai không hiển thị các ý kiến đó.',
  /** On the signed-in list: the same commitments, open to everyone. */
  appNote: 'Các cam kết có nhãn “Công khai” cũng xem được mà không cần tài khoản, tại',
  appLink: 'Trang công khai',
  appLinkFor: 'Trang công khai: {{name}}',
}
