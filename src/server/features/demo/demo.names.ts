// Vietnamese personal names for the demo province: Kinh names weighted by real frequency, and names of
// the ethnic minorities of the central uplands (Cơ Tu, Xơ Đăng, Giẻ Triêng, Cơ Ho) and of a few
// other groups. All strings are NFC. Names are fictional combinations; any match with a real person
// is a coincidence.
import type { Rng, Weighted } from './demo.random.ts'

type Sex = 'male' | 'female'

/** Approximate national frequencies (%), with the central-coast spellings Huỳnh and Võ favoured. */
export const KINH_FAMILY_NAMES: Weighted<string> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Huỳnh', 3], ['Hoàng', 2.1], ['Phan', 4.5],
  ['Võ', 2.9], ['Vũ', 1], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3],
  ['Dương', 1], ['Lý', 0.5], ['Đoàn', 0.8], ['Trương', 0.8], ['Đinh', 0.7], ['Mai', 0.5],
  ['Lương', 0.4], ['Cao', 0.4], ['Hà', 0.4], ['Tô', 0.3], ['Lâm', 0.3], ['Châu', 0.3], ['Thái', 0.3],
  ['Tạ', 0.2], ['La', 0.1], ['Lưu', 0.2], ['Kiều', 0.1], ['Tôn', 0.1], ['Triệu', 0.1],
]

const KINH_MIDDLE: Record<Sex, Weighted<string>> = {
  male: [
    ['Văn', 30], ['Minh', 8], ['Hữu', 6], ['Đức', 6], ['Quang', 6], ['Công', 5], ['Thanh', 5], ['Đình', 5],
    ['Quốc', 5], ['Tấn', 4], ['Ngọc', 3], ['Xuân', 3], ['Anh', 3], ['Trọng', 3], ['Hoàng', 3], ['Bá', 2],
    ['Nhật', 2], ['Tuấn', 2], ['Gia', 2], ['Phước', 2], ['Thế', 2], ['Viết', 2], ['Duy', 2], ['Trung', 1],
  ],
  female: [
    ['Thị', 40], ['Ngọc', 6], ['Thu', 5], ['Thanh', 5], ['Hồng', 4], ['Kim', 4], ['Minh', 3], ['Mỹ', 3],
    ['Phương', 3], ['Bảo', 2], ['Thúy', 2], ['Hoài', 2], ['Diệu', 2], ['Quỳnh', 2], ['Khánh', 2],
    ['Như', 2], ['Thùy', 2], ['Bích', 2], ['Hải', 1], ['Tường', 1],
  ],
}

const KINH_GIVEN: Record<Sex, readonly string[]> = {
  male: [
    'Dũng', 'Hùng', 'Tuấn', 'Anh', 'Bình', 'Hải', 'Minh', 'Nam', 'Sơn', 'Thắng', 'Toàn', 'Trung', 'Quang',
    'Long', 'Phong', 'Cường', 'Đức', 'Hiếu', 'Huy', 'Khánh', 'Lâm', 'Lợi', 'Phúc', 'Tâm', 'Thành',
    'Thịnh', 'Tú', 'Việt', 'Vinh', 'Hòa', 'Hưng', 'Kiên', 'Lực', 'Nghĩa', 'Quân', 'Tài', 'Thái',
    'Thiện', 'Tiến', 'Trí', 'Vũ', 'Bảo', 'Công', 'Đạt', 'Định', 'Hậu', 'Khoa', 'Luân', 'Nhân', 'Phát',
    'Quốc', 'Sang', 'Tín', 'Tùng', 'Duy', 'Hoàng', 'Khải', 'Lộc', 'Mạnh', 'Phương', 'Thanh', 'Châu',
    'Danh', 'Hiệp', 'Hoàn', 'Kha', 'Lành', 'Nhật', 'Quý', 'Tường', 'Thông', 'Vương', 'Ân', 'Bổn',
  ],
  female: [
    'Hường', 'Anh', 'Ánh', 'Lan', 'Phương', 'Quỳnh', 'Hoa', 'Hương', 'Huyền', 'Hằng', 'Hạnh', 'Hà',
    'Hiền', 'Hồng', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phượng',
    'Tâm', 'Thảo', 'Thanh', 'Thu', 'Thủy', 'Trang', 'Trinh', 'Tuyết', 'Uyên', 'Vân', 'Vy', 'Xuân',
    'Yến', 'Dung', 'Diệp', 'Giang', 'Hậu', 'Kiều', 'Liên', 'Lệ', 'Ly', 'Nhàn', 'Như', 'Sương', 'Thơ',
    'Thúy', 'Trâm', 'Tú', 'Vui', 'Bích', 'Châu', 'Diễm', 'Duyên', 'Hoài', 'Lài', 'Nguyệt', 'Nhi', 'Tiên',
  ],
}

interface MinorityNames {
  families: Weighted<string>
  /** Share of names written the Kinh way: family + Văn/Thị + Kinh given name. */
  kinhStyle: number
  native: Record<Sex, readonly string[]>
  /** Optional word between family and native given name (Cơ Ho women: "Ha"). */
  nativeMiddle?: Partial<Record<Sex, string>>
}

const MINORITY_NAMES: Record<string, MinorityNames> = {
  'Cơ Tu': {
    families: [
      ['Alăng', 14], ['Bhling', 12], ['Zơ Râm', 10], ['Briu', 10], ['Pơloong', 9], ['Clâu', 8], ['Ating', 6],
      ['A Rất', 6], ['Bhnướch', 5], ['Coor', 5], ['Tơ Ngôl', 4], ['Hôih', 3], ['Chrang', 3], ['Ra Pát', 3], ['Arâl', 2],
    ],
    kinhStyle: 0.6,
    native: {
      male: ['Pố', 'Liếc', 'Dưi', 'Hiên', 'Plênh', 'Bhút', 'Crơ', 'Ngói', 'Bríp', 'Lăng', 'Đấu', 'Hồng'],
      female: ['Mia', 'Nhị', 'Blao', 'Zen', 'Thươn', 'Crinh', 'Hiêng', 'Pơ Lin', 'Dơi', 'Ngân', 'Mơ', 'Nhen'],
    },
  },
  'Xơ Đăng': {
    families: [['Hồ', 45], ['Đinh', 25], ['A', 8], ['Y', 6], ['Nguyễn', 4], ['Trần', 3], ['Võ', 2]],
    kinhStyle: 0.8,
    native: {
      male: ['Thiên', 'Pót', 'Rin', 'Khôn', 'Brên', 'Ngoan', 'Gió', 'Hơn', 'Tếch', 'Hiêng'],
      female: ['Nhung', 'Hiền', 'Blưk', 'Hlin', 'Ngát', 'Rơi', 'Lơ', 'Ren', 'Mút', 'Hnơ'],
    },
  },
  'Giẻ Triêng': {
    families: [['Hồ', 35], ['Đinh', 20], ['Blúp', 12], ['Ríu', 10], ['A Lăng', 8], ['Zơ Râm', 5], ['Nguyễn', 5]],
    kinhStyle: 0.7,
    native: {
      male: ['Bảy', 'Giàng', 'Pêu', 'Xâm', 'Lây', 'Đủ', 'Cấp', 'Diên', 'Múi', 'Nọc'],
      female: ['Rin', 'Pai', 'Hon', 'Nhơ', 'Tréc', 'Quơi', 'Dưa', 'Lơi', 'Bướp', 'Vẽ'],
    },
  },
  'Cơ Ho': {
    families: [['Kơ Să', 16], ['Liêng Hót', 14], ['Cil', 12], ['Bon Niêng', 10], ['Rơ Ông', 9], ['Kră Jăn', 8], ['Đa Cát', 6], ['Bon Đơng', 5]],
    kinhStyle: 0.15,
    native: {
      male: ['Brông', 'Múp', 'Đin', 'Tiếu', 'Lết', 'Biêng', 'Bri', 'Yên', 'Drim', 'Krăng', 'Sơn', 'Phong'],
      female: ['Ly', 'Thu', 'Ven', 'Nhi', 'Dương', 'Hoa', 'Bloan', 'Mai', 'Huyên', 'Liên', 'Jiêng', 'Ngọc'],
    },
    nativeMiddle: { female: 'Ha' },
  },
}

/** Groups that use Kinh-style names with their own common family names. */
const KINH_STYLE_FAMILIES: Record<string, Weighted<string>> = {
  'Hoa': [['Lý', 5], ['Lâm', 5], ['Quách', 3], ['Trương', 4], ['Hứa', 3], ['Mạc', 2], ['Tăng', 2], ['Lưu', 3], ['Diệp', 2], ['Châu', 2]],
  'Tày': [['Hoàng', 5], ['Nông', 5], ['Lương', 3], ['Triệu', 2], ['Ma', 2], ['Lục', 1], ['Hà', 2]],
  'Nùng': [['Hoàng', 4], ['Nông', 4], ['Lý', 2], ['Vi', 2], ['Lăng', 1], ['Chu', 1]],
  'Mường': [['Bùi', 6], ['Đinh', 4], ['Quách', 2], ['Hà', 2], ['Xa', 1]],
}

/** Ethnicities of migrants from elsewhere, sprinkled thinly over the whole province. */
export const SCATTERED_ETHNICITIES: Weighted<string> = [['Tày', 3], ['Mường', 2], ['Nùng', 1], ['Hoa', 1]]

export const ETHNICITIES = ['Kinh', 'Hoa', ...Object.keys(MINORITY_NAMES), 'Tày', 'Nùng', 'Mường'] as const

export interface PersonNameParts {
  family: string
  middle: string
  given: string
  full: string
}

function kinhName(rng: Rng, sex: Sex, family: string, middle?: string): PersonNameParts {
  const mid = middle ?? rng.weighted(KINH_MIDDLE[sex])
  let given = rng.pick(KINH_GIVEN[sex])
  while (given === mid) given = rng.pick(KINH_GIVEN[sex])
  return { family, middle: mid, given, full: `${family} ${mid} ${given}` }
}

/** A plausible full name for a person of the given ethnicity and sex. */
export function makePersonName(rng: Rng, ethnicity: string, sex: Sex): PersonNameParts {
  const minority = MINORITY_NAMES[ethnicity]
  if (minority) {
    const family = rng.weighted(minority.families)
    if (family === 'A' || family === 'Y') {
      // Xơ Đăng usage: "A" before men's names, "Y" before women's; the family name is implicit.
      const prefix = sex === 'male' ? 'A' : 'Y'
      const given = rng.pick(minority.native[sex])
      return { family: prefix, middle: '', given, full: `${prefix} ${given}` }
    }
    if (rng.chance(minority.kinhStyle)) return kinhName(rng, sex, family, sex === 'male' ? 'Văn' : 'Thị')
    const middle = minority.nativeMiddle?.[sex] ?? ''
    const given = rng.pick(minority.native[sex])
    const full = middle ? `${family} ${middle} ${given}` : `${family} ${given}`
    return { family, middle, given, full }
  }
  const families = KINH_STYLE_FAMILIES[ethnicity]
  return kinhName(rng, sex, rng.weighted(families ?? KINH_FAMILY_NAMES))
}

/** Names some tests and demos look for; the generator makes sure each exists. */
export const REQUIRED_NAMES: readonly { full: string; sex: Sex; ethnicity: string }[] = [
  { full: 'Lê Văn Dũng', sex: 'male', ethnicity: 'Kinh' },
  { full: 'Đoàn Thị Hường', sex: 'female', ethnicity: 'Kinh' },
  { full: 'Đoàn Minh Tuấn', sex: 'male', ethnicity: 'Kinh' },
]

/** Cơ Tu names placed in a Cơ Tu commune. */
export const REQUIRED_UPLAND_NAMES: readonly { full: string; sex: Sex; ethnicity: string }[] = [
  { full: 'Alăng Thị Mai', sex: 'female', ethnicity: 'Cơ Tu' },
  { full: 'Bhling Văn Hùng', sex: 'male', ethnicity: 'Cơ Tu' },
  { full: 'Zơ Râm Thị Hoa', sex: 'female', ethnicity: 'Cơ Tu' },
]
