// Places and organization names of the fictional city of Hải Vân, modelled on a central-coast province
// after the 2025 two-level reorganization: the city party committee directly above ward and commune
// party committees and a few agency committees; no district level. All strings are NFC.
import type { Weighted } from './demo.random.ts'

/** What kind of people a unit holds: drives ages, gender mix and cell sizes. */
export type Profile =
  | 'quarter' | 'village' | 'office' | 'school' | 'health' | 'company' | 'coop' | 'lecturer' | 'student'

export interface Level1Spec {
  /** Code segment under the root, e.g. "P-HAIVAN". */
  slug: string
  place: string
  kind: 'ward' | 'commune' | 'agency'
  /** Wards: how residential cells are named. */
  quarterStyle?: 'khu-pho' | 'to-dan-pho' | 'to-dan-pho-place'
  /** Upland communes: their own villages, and the word for a village ("thôn", "bon"). */
  villages?: readonly string[]
  villageWord?: string
  /** Share of members per ethnicity other than Kinh. */
  ethnicMix?: Weighted<string>
  upland?: boolean
  /** Agencies: their grassroots organizations. */
  grassroots?: readonly GrassrootsSpec[]
  name?: string
}

export interface GrassrootsSpec {
  slug: string
  /** Full name, e.g. "Đảng bộ Sở Y tế" or "Chi bộ cơ sở Sở Tư pháp". */
  name: string
  profile: Profile
  /** Names of its party cells; none for a "chi bộ cơ sở" (members placed directly in it). */
  cells?: readonly string[]
}

const ward = (place: string, quarterStyle: Level1Spec['quarterStyle'], ethnicMix?: Weighted<string>): Level1Spec =>
  ({ slug: `P-${asciiSlug(place)}`, place, kind: 'ward', quarterStyle, ethnicMix })
const commune = (place: string): Level1Spec => ({ slug: `X-${asciiSlug(place)}`, place, kind: 'commune' })
const upland = (place: string, villageWord: string, villages: readonly string[], ethnicMix: Weighted<string>): Level1Spec =>
  ({ slug: `X-${asciiSlug(place)}`, place, kind: 'commune', villages, villageWord, ethnicMix, upland: true })

const CELLS_SCHOOL = ['Chi bộ Giáo viên Tổ Tự nhiên', 'Chi bộ Giáo viên Tổ Xã hội', 'Chi bộ Hành chính']
const CELLS_HOSPITAL = ['Chi bộ Khoa Nội', 'Chi bộ Khoa Ngoại', 'Chi bộ Khoa Nhi', 'Chi bộ Khoa Hồi sức cấp cứu', 'Chi bộ Hành chính']
const CELLS_DEPT = (units: readonly string[]) => ['Chi bộ Văn phòng', ...units.map((u) => `Chi bộ ${u}`)]
const CELLS_COMPANY = ['Chi bộ Văn phòng Công ty', 'Chi bộ Phân xưởng 1', 'Chi bộ Phân xưởng 2', 'Chi bộ Kinh doanh']
const CELLS_UNIVERSITY = (faculties: readonly string[]) => [...faculties.map((f) => `Chi bộ Khoa ${f}`), 'Chi bộ Phòng Đào tạo', 'Chi bộ Sinh viên']

export const LEVEL1: readonly Level1Spec[] = [
  ward('Hải Vân', 'khu-pho'),
  ward('Hòa Khánh', 'to-dan-pho-place'),
  ward('Liên Chiểu', 'to-dan-pho'),
  ward('Thanh Khê', 'to-dan-pho-place'),
  ward('Hải Châu', 'to-dan-pho'),
  ward('Hòa Cường', 'to-dan-pho-place'),
  ward('Sơn Trà', 'khu-pho'),
  ward('An Hải', 'to-dan-pho-place'),
  ward('Ngũ Hành Sơn', 'khu-pho'),
  ward('Cẩm Lệ', 'to-dan-pho'),
  ward('Hội An', 'khu-pho', [['Hoa', 0.1]]),
  ward('Điện Bàn', 'khu-pho'),
  commune('Hòa Vang'),
  commune('Bà Nà'),
  commune('Hòa Tiến'),
  commune('Duy Xuyên'),
  commune('Thăng Bình'),
  commune('Quế Sơn'),
  commune('Đại Lộc'),
  upland('Trà Leng', 'thôn', ['Tắk Pỏ', 'Tắk Ngo', 'Tắk Chè', 'Tu Lung', 'Trà Vân', 'Long Viên', 'Ông Bình'], [['Xơ Đăng', 0.8]]),
  upland('A Vương', 'thôn', ['A Ur', 'Bhlô Bền', 'Dading', 'Ariêu', 'Pà Ia', 'Tà Lang', 'Giàn Bí'], [['Cơ Tu', 0.85]]),
  upland('Hùng Sơn', 'thôn', ['Ating', 'Arớt', 'Axò', 'Tơ Ngôl', 'Aréc', 'Ga Lâu'], [['Cơ Tu', 0.8]]),
  upland('La Êê', 'thôn', ['Đắk Ốc', 'Pà Dấu 1', 'Pà Dấu 2', 'La Bơ', 'Chơ Chun', 'Đắk Pring'], [['Giẻ Triêng', 0.5], ['Cơ Tu', 0.3]]),
  upland('Phước Thành', 'thôn', ['Đắk Tôi', 'Lao Mưng', 'Trà Văn', 'Pà Păng', 'Đắk Rế', 'Bà Mậu'], [['Giẻ Triêng', 0.65], ['Xơ Đăng', 0.1]]),
  upland('Đạ Chais', 'bon', ['Klong Klanh', 'Đạ Tro', 'Long Lanh', 'Đạ Nhim', 'Păng Tiêng', 'Đạ Ra Hoa'], [['Cơ Ho', 0.7]]),
  {
    slug: 'CQD', place: 'các cơ quan Đảng', kind: 'agency', name: 'Đảng bộ các cơ quan Đảng thành phố',
    grassroots: [
      { slug: 'VPTU', name: 'Đảng bộ Văn phòng Thành ủy', profile: 'office', cells: ['Chi bộ Phòng Tổng hợp', 'Chi bộ Phòng Hành chính – Tài chính', 'Chi bộ Phòng Quản trị'] },
      { slug: 'BTC', name: 'Chi bộ cơ sở Ban Tổ chức Thành ủy', profile: 'office' },
      { slug: 'UBKT', name: 'Chi bộ cơ sở Ủy ban Kiểm tra Thành ủy', profile: 'office' },
      { slug: 'BTGDV', name: 'Chi bộ cơ sở Ban Tuyên giáo và Dân vận Thành ủy', profile: 'office' },
      { slug: 'BAO', name: 'Đảng bộ Báo và Phát thanh, Truyền hình Hải Vân', profile: 'office', cells: ['Chi bộ Thời sự', 'Chi bộ Kỹ thuật', 'Chi bộ Hành chính – Trị sự'] },
      { slug: 'MTTQ', name: 'Đảng bộ Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', profile: 'office', cells: ['Chi bộ Văn phòng', 'Chi bộ các tổ chức chính trị – xã hội'] },
    ],
  },
  {
    slug: 'UBND', place: 'Ủy ban nhân dân', kind: 'agency', name: 'Đảng bộ Ủy ban nhân dân thành phố',
    grassroots: [
      { slug: 'VPUB', name: 'Chi bộ cơ sở Văn phòng Ủy ban nhân dân thành phố', profile: 'office' },
      { slug: 'SGDDT', name: 'Đảng bộ Sở Giáo dục và Đào tạo', profile: 'office', cells: CELLS_DEPT(['Phòng Giáo dục phổ thông', 'Phòng Khảo thí và Kiểm định']) },
      { slug: 'SYT', name: 'Đảng bộ Sở Y tế', profile: 'office', cells: CELLS_DEPT(['Phòng Nghiệp vụ Y', 'Trung tâm Kiểm soát bệnh tật']) },
      { slug: 'BVDK', name: 'Đảng bộ Bệnh viện Đa khoa thành phố', profile: 'health', cells: CELLS_HOSPITAL },
      { slug: 'STC', name: 'Đảng bộ Sở Tài chính', profile: 'office', cells: CELLS_DEPT(['Phòng Ngân sách']) },
      { slug: 'SXD', name: 'Đảng bộ Sở Xây dựng', profile: 'office', cells: CELLS_DEPT(['Phòng Quản lý giao thông']) },
      { slug: 'SNNMT', name: 'Đảng bộ Sở Nông nghiệp và Môi trường', profile: 'office', cells: CELLS_DEPT(['Chi cục Kiểm lâm', 'Chi cục Thủy lợi']) },
      { slug: 'SNV', name: 'Chi bộ cơ sở Sở Nội vụ', profile: 'office' },
      { slug: 'STP', name: 'Chi bộ cơ sở Sở Tư pháp', profile: 'office' },
    ],
  },
  {
    slug: 'KDN', place: 'Khối doanh nghiệp', kind: 'agency', name: 'Đảng bộ Khối doanh nghiệp thành phố',
    grassroots: [
      { slug: 'CANG', name: 'Đảng bộ Công ty Cổ phần Cảng Hải Vân', profile: 'company', cells: ['Chi bộ Văn phòng Công ty', 'Chi bộ Xí nghiệp Cảng Tiên Sa', 'Chi bộ Xí nghiệp Cảng Sông Hàn', 'Chi bộ Đội Tàu'] },
      { slug: 'DIENLUC', name: 'Đảng bộ Công ty Điện lực Hải Vân', profile: 'company', cells: ['Chi bộ Văn phòng Công ty', 'Chi bộ Điện lực Hải Châu', 'Chi bộ Điện lực Liên Chiểu'] },
      { slug: 'CAPNUOC', name: 'Đảng bộ Công ty Cổ phần Cấp nước Hải Vân', profile: 'company', cells: ['Chi bộ Văn phòng Công ty', 'Chi bộ Nhà máy nước Cầu Đỏ', 'Chi bộ Kinh doanh'] },
      { slug: 'XIMANG', name: 'Đảng bộ Công ty Cổ phần Xi măng Hải Vân', profile: 'company', cells: CELLS_COMPANY },
      { slug: 'DETMAY', name: 'Chi bộ cơ sở Công ty Cổ phần Dệt may Sông Hàn', profile: 'company' },
    ],
  },
  {
    slug: 'DH', place: 'Đại học Hải Vân', kind: 'agency', name: 'Đảng bộ Đại học Hải Vân',
    grassroots: [
      { slug: 'BK', name: 'Đảng bộ Trường Đại học Bách khoa', profile: 'lecturer', cells: CELLS_UNIVERSITY(['Cơ khí', 'Điện', 'Xây dựng']) },
      { slug: 'KT', name: 'Đảng bộ Trường Đại học Kinh tế', profile: 'lecturer', cells: CELLS_UNIVERSITY(['Kế toán', 'Quản trị kinh doanh']) },
      { slug: 'SP', name: 'Đảng bộ Trường Đại học Sư phạm', profile: 'lecturer', cells: CELLS_UNIVERSITY(['Ngữ văn', 'Toán']) },
      { slug: 'VPDH', name: 'Chi bộ cơ sở Văn phòng Đại học Hải Vân', profile: 'office' },
    ],
  },
]

/** Villages of the lowland communes (names reused from the central coast; many repeat across communes). */
export const LOWLAND_VILLAGES: readonly string[] = [
  'Phước Hưng', 'An Trạch', 'Phú Sơn', 'Trung Nghĩa', 'Dương Lâm', 'La Bông', 'Cẩm Toại', 'Quan Nam',
  'Thạch Nham', 'Phong Nam', 'Yến Nê', 'Bồ Bản', 'Giáng Nam', 'Phú Hòa', 'An Ngãi', 'Lệ Sơn', 'Túy Loan',
  'Hòa Phước', 'Nam Yên', 'Trà Kiệu', 'Thi Lai', 'Đông Yên', 'Bình Trung', 'Phú Thạnh', 'Phước Thuận',
  'Tân An', 'Thanh Châu', 'Gò Nổi', 'Đông Bàn', 'Kỳ Lam', 'Hà Nha', 'Ái Nghĩa', 'Mỹ Hòa', 'Phú Nhuận',
  'Xuân Phú', 'Hương Lam', 'Quảng Lăng', 'Cẩm Nê', 'Đại An', 'Hòa Mỹ',
]

/** Named residential quarters used by some wards ("Chi bộ tổ dân phố Thanh Lương 2"). */
export const QUARTER_NAMES: readonly string[] = [
  'Thanh Lương', 'Hòa Mỹ', 'Xuân Thiều', 'Nam Ô', 'Hồng Phước', 'Phước Lý', 'Tân Lập', 'An Cư', 'Mân Thái',
  'Nại Hiên', 'Bắc Mỹ An', 'Khuê Bắc', 'Đa Mặn', 'Tân Trà',
]

export const HIGH_SCHOOLS: readonly string[] = [
  'Nguyễn Trãi', 'Phan Châu Trinh', 'Trần Phú', 'Lê Quý Đôn', 'Hoàng Hoa Thám', 'Nguyễn Hiền', 'Ông Ích Khiêm',
  'Thái Phiên', 'Phan Thành Tài', 'Nguyễn Thượng Hiền', 'Tôn Thất Tùng', 'Trần Cao Vân', 'Huỳnh Thúc Kháng',
  'Lương Thế Vinh', 'Nguyễn Du', 'Sào Nam',
]
export const LOWER_SECONDARY_SCHOOLS: readonly string[] = [
  'Nguyễn Huệ', 'Lý Tự Trọng', 'Trần Quốc Toản', 'Kim Đồng', 'Nguyễn Khuyến', 'Lê Lợi', 'Chu Văn An',
  'Phan Bội Châu', 'Nguyễn Bỉnh Khiêm', 'Lê Độ', 'Trưng Vương', 'Hoàng Diệu', 'Quang Trung', 'Tây Sơn',
  'Nguyễn Văn Linh', 'Đặng Thai Mai',
]
export const PRIMARY_SCHOOLS: readonly string[] = [
  'Lê Văn Tám', 'Võ Thị Sáu', 'Bế Văn Đàn', 'Phù Đổng', 'Hai Bà Trưng', 'Lê Lai', 'Nguyễn Văn Trỗi',
  'Trần Văn Ơn', 'Ngô Gia Tự', 'Hà Huy Tập', 'Mạc Đĩnh Chi', 'Nguyễn Trung Trực', 'Lê Đình Chinh', 'Âu Cơ',
]
export const WARD_COMPANIES: readonly string[] = [
  'Công ty Cổ phần Thủy sản Hải Vân', 'Công ty Cổ phần Du lịch Non Nước', 'Công ty Cổ phần Cơ khí Hòa Khánh',
  'Công ty TNHH MTV Môi trường đô thị Hải Vân', 'Công ty Cổ phần Gạch men Điện Bàn', 'Công ty Cổ phần Vận tải Sông Hàn',
  'Công ty Cổ phần Xây lắp Miền Trung', 'Công ty Cổ phần Dược phẩm Hải Vân', 'Công ty Cổ phần Bia Hải Vân',
]
export const SCHOOL_CELLS = CELLS_SCHOOL
export const COMPANY_CELLS = CELLS_COMPANY

/** ASCII, upper-case form of a Vietnamese name for use in codes: "Ngũ Hành Sơn" → "NGUHANHSON". */
export function asciiSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
}
