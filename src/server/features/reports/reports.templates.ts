// The documents' templates as data, versioned with the date they take effect: the layout rules of each format, how
// an organization's name becomes the issuing body and its symbol, and per document its type, summary, fixed text,
// signature and recipients. Text holds placeholders in braces ({year}, {issuer}, {superior}, {basis}, {unit}).
import type { DocumentLayout, ReportKind } from '../../../common/contracts/reports.ts'
import type { CommitmentArea } from '../../../common/contracts/commitments.ts'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import type { RatingLevel } from '../../../common/contracts/rules.ts'

/** Sizes in points; margins in millimetres. Both formats: A4 portrait, Times New Roman (Unicode, TCVN 6909:2001). */
export interface LayoutRules {
  /** Hướng dẫn 36-HD/VPTW or Nghị định 30/2020/NĐ-CP. */
  source: string
  marginsMm: { top: number; bottom: number; left: number; right: number; header: number }
  font: string
  body: number
  /** Left column of the header: the superior body and the issuing body; the number line. */
  bodyNames: number
  numberLine: number
  /** "ĐẢNG CỘNG SẢN VIỆT NAM", or the quốc hiệu then the tiêu ngữ. */
  motto: { lines: string[]; sizes: number[]; ruleUnderLast: boolean }
  dateLine: number
  typeName: number
  summary: number
  /** Below the summary: five hyphens (Party) or a short rule (State). */
  summaryMark: 'hyphens' | 'rule'
  /** "Số 09-BC/ĐU" (Party) or "Số: 12/QĐ-UBND" (State). */
  numberPattern: string
  /** The header's left column, in percent of the text width. */
  leftColumnPercent: number
  table: number
  pageNumber: number
  recipientsHeading: number
  recipients: number
}

export const LAYOUTS: Record<DocumentLayout, LayoutRules> = {
  party: {
    source: 'Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng',
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10 },
    font: 'Times New Roman',
    body: 14,
    bodyNames: 14,
    numberLine: 14,
    motto: { lines: ['ĐẢNG CỘNG SẢN VIỆT NAM'], sizes: [15], ruleUnderLast: true },
    dateLine: 14,
    typeName: 16,
    summary: 14,
    summaryMark: 'hyphens',
    numberPattern: 'Số {number}-{type}/{symbol}',
    leftColumnPercent: 45,
    table: 13,
    pageNumber: 14,
    recipientsHeading: 12,
    recipients: 11,
  },
  state: {
    source: 'Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ',
    marginsMm: { top: 20, bottom: 20, left: 30, right: 15, header: 10 },
    font: 'Times New Roman',
    body: 14,
    bodyNames: 13,
    numberLine: 13,
    motto: { lines: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], sizes: [13, 14], ruleUnderLast: true },
    dateLine: 14,
    typeName: 14,
    summary: 14,
    summaryMark: 'rule',
    numberPattern: 'Số: {number}/{type}-{symbol}',
    leftColumnPercent: 40,
    table: 13,
    pageNumber: 13,
    recipientsHeading: 12,
    recipients: 11,
  },
}

/**
 * How an organization's name (as the tree holds it) becomes the body that issues and signs: the first rule whose
 * prefix the name starts with (and whose kinds, when given, include the organization's) applies; `{rest}` is the name
 * after the prefix. A symbol of null is made of the initials of `{rest}` ("Sở Y tế" → "SYT").
 */
export interface IssuerRule {
  prefix: string
  kinds?: OrgKind[]
  /** Lines of the issuing body's name (printed in capitals). */
  body: string[]
  symbol: string | null
  /** Above the signer's title, e.g. "T/M ĐẢNG ỦY"; null when the head signs in their own name. */
  authority: string | null
  signerTitle: string
  /** Party: the superior body is printed above; State: it is printed only for bodies that are not a people's committee. */
  showSuperior: boolean
}

export interface IssuerRules {
  version: string
  effectiveFrom: string
  party: IssuerRule[]
  state: IssuerRule[]
  /** The position a placement holds to sign for the body ("Bí thư chi bộ", "Bí thư Đảng ủy"): starts with this. */
  signerPositionPrefix: Record<DocumentLayout, string>
  /** The place in the date line: the nearest commune, ward or province (itself or above) … */
  placeKinds: OrgKind[]
  /** … its name without these prefixes, removed in order ("Đảng bộ xã An Hòa" → "An Hòa"). */
  placePrefixes: string[][]
  /** Words left out of initials ("Sở Giáo dục và Đào tạo" → "SGDĐT"). */
  initialsSkip: string[]
}

const partyBody = (authority: string) => ({ authority, signerTitle: 'BÍ THƯ', showSuperior: true })
const committee = (prefix: string, kinds: OrgKind[] | undefined, word: string): IssuerRule =>
  ({ prefix, kinds, body: ['Ủy ban nhân dân', `${word} {rest}`], symbol: 'UBND', authority: 'TM. ỦY BAN NHÂN DÂN', signerTitle: 'CHỦ TỊCH', showSuperior: false })

export const ISSUER_RULES: IssuerRules = {
  version: '2025-07',
  // The two-level local government (no district level) took effect on 1 July 2025.
  effectiveFrom: '2025-07-01',
  party: [
    { prefix: 'Đảng bộ tỉnh ', kinds: ['province'], body: ['Tỉnh ủy {rest}'], symbol: 'TU', ...partyBody('T/M BAN THƯỜNG VỤ') },
    { prefix: 'Đảng bộ thành phố ', kinds: ['province'], body: ['Thành ủy {rest}'], symbol: 'TU', ...partyBody('T/M BAN THƯỜNG VỤ') },
    { prefix: 'Đảng bộ ', body: ['Đảng ủy {rest}'], symbol: 'ĐU', ...partyBody('T/M ĐẢNG ỦY') },
    { prefix: 'Chi bộ ', body: ['Chi bộ {rest}'], symbol: 'CB', ...partyBody('T/M CHI BỘ') },
    // Names outside these patterns keep their name; the symbol follows the kind.
    { prefix: '', kinds: ['province'], body: ['{rest}'], symbol: 'TU', ...partyBody('T/M BAN THƯỜNG VỤ') },
    { prefix: '', kinds: ['cell'], body: ['{rest}'], symbol: 'CB', ...partyBody('T/M CHI BỘ') },
    { prefix: '', body: ['{rest}'], symbol: 'ĐU', ...partyBody('T/M ĐẢNG ỦY') },
  ],
  state: [
    committee('Đảng bộ tỉnh ', ['province'], 'tỉnh'),
    committee('Đảng bộ thành phố ', ['province'], 'thành phố'),
    committee('Đảng bộ xã ', ['commune'], 'xã'),
    committee('Đảng bộ phường ', ['ward'], 'phường'),
    committee('Đảng bộ đặc khu ', ['commune', 'ward'], 'đặc khu'),
    { prefix: 'Chi bộ cơ sở ', body: ['{rest}'], symbol: null, authority: null, signerTitle: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', showSuperior: true },
    { prefix: 'Đảng bộ ', body: ['{rest}'], symbol: null, authority: null, signerTitle: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', showSuperior: true },
    { prefix: '', body: ['{rest}'], symbol: null, authority: null, signerTitle: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', showSuperior: true },
  ],
  signerPositionPrefix: { party: 'Bí thư', state: 'Chủ tịch' },
  placeKinds: ['commune', 'ward', 'province'],
  placePrefixes: [
    ['Đảng bộ ', 'Đảng ủy ', 'Tỉnh ủy ', 'Thành ủy ', 'Ủy ban nhân dân '],
    ['tỉnh ', 'thành phố ', 'xã ', 'phường ', 'đặc khu '],
  ],
  initialsSkip: ['và'],
}

/** A signature block: title lines in bold capitals, the hint, the name once known. */
export interface SignatureTemplate {
  /** Lines above the authority and title, e.g. "XÁC NHẬN CỦA CHI BỘ", by layout. */
  heading: Record<DocumentLayout, string[]>
  /** 'issuer': the issuing body's authority and signer title; else these lines. */
  lines: 'issuer' | string[]
  hint: string | null
}

export interface DocumentTemplate<T extends string = string> {
  kind: ReportKind
  version: string
  effectiveFrom: string
  defaultLayout: DocumentLayout
  /** "BÁO CÁO", "DANH SÁCH"; the code in the number ("BC", "DS"); null for a form without a number. */
  typeName: string
  typeCode: string | null
  summary: Record<DocumentLayout, string>
  intro: string[]
  closing: string[]
  /** Headings, labels and column titles the document uses. */
  text: Record<T, string>
  /** Left then right; a single one sits on the right, beside the recipients. */
  signatures: SignatureTemplate[]
  /** "Nơi nhận" lines by layout ({superior} lines are left out at the top of the tree). */
  recipients: Record<DocumentLayout, string[]>
}

type CommitmentText =
  | 'name' | 'birthDate' | 'position' | 'unit' | 'unitState' | 'status' | 'study' | 'studyText' | 'follow' | 'no' | 'content' | 'target' | 'deadline' | 'noItems'
  | 'blank' | 'statusDraft' | 'statusSubmitted' | 'statusApproved' | 'statusReturned'

/** The commitment form, with the areas' names in the order the form lists them. */
export const COMMITMENT_TEMPLATE: DocumentTemplate<CommitmentText> & { areas: Record<CommitmentArea, string> } = {
  kind: 'commitment',
  version: '2026.1',
  effectiveFrom: '2025-08-30',
  defaultLayout: 'party',
  typeName: 'BẢN CAM KẾT',
  typeCode: null,
  summary: {
    party: 'Tu dưỡng, rèn luyện, phấn đấu năm {year}',
    state: 'Tu dưỡng, rèn luyện, phấn đấu năm {year}',
  },
  intro: [],
  closing: ['Tôi xin cam kết thực hiện nghiêm túc những nội dung trên và chịu sự giám sát của chi bộ, cơ quan, đơn vị và Nhân dân.'],
  text: {
    name: 'Họ và tên',
    birthDate: 'Ngày sinh',
    position: 'Chức vụ',
    unit: 'Chi bộ',
    unitState: 'Cơ quan, đơn vị',
    status: 'Tình trạng',
    study: 'I. NỘI DUNG HỌC TẬP',
    studyText: 'Chuyên đề năm {year}: “{theme}”.',
    follow: 'II. NỘI DUNG LÀM THEO',
    no: 'STT',
    content: 'Nội dung cam kết',
    target: 'Sản phẩm cụ thể',
    deadline: 'Thời hạn',
    noItems: 'Chưa có nội dung cam kết.',
    blank: '……………………',
    statusDraft: 'Bản nháp, chưa gửi chi bộ',
    statusSubmitted: 'Đã gửi, chờ chi bộ duyệt',
    statusApproved: 'Chi bộ đã duyệt ngày {date}',
    statusReturned: 'Chi bộ trả lại để sửa',
  },
  areas: {
    politics: 'Tư tưởng chính trị',
    ethics: 'Đạo đức, lối sống',
    style: 'Tác phong, phong cách làm việc',
    discipline: 'Ý thức tổ chức kỷ luật',
    professional: 'Thực hiện nhiệm vụ chuyên môn',
    exemplary: 'Trách nhiệm nêu gương',
    thrift: 'Thực hành tiết kiệm, chống lãng phí',
    shortcomings: 'Khắc phục hạn chế, khuyết điểm',
  },
  signatures: [
    { heading: { party: ['XÁC NHẬN CỦA CHI BỘ'], state: ['XÁC NHẬN CỦA CƠ QUAN, ĐƠN VỊ'] }, lines: 'issuer', hint: '(Ký, ghi rõ họ tên)' },
    { heading: { party: ['NGƯỜI CAM KẾT'], state: ['NGƯỜI CAM KẾT'] }, lines: [], hint: '(Ký, ghi rõ họ tên)' },
  ],
  recipients: { party: [], state: [] },
}

export const RATING_SUMMARY_TEMPLATE: DocumentTemplate<
  | 'general' | 'totals' | 'byLevel' | 'level' | 'count' | 'percent' | 'total' | 'byUnit' | 'unit' | 'people' | 'decided' | 'pending'
  | 'noUnits' | 'legend' | 'no'
> = {
  kind: 'rating-summary',
  version: '2026.1',
  effectiveFrom: '2025-08-30',
  defaultLayout: 'party',
  typeName: 'BÁO CÁO',
  typeCode: 'BC',
  summary: {
    party: 'Kết quả đánh giá, xếp loại chất lượng đảng viên năm {year}',
    state: 'Kết quả đánh giá, xếp loại chất lượng năm {year}',
  },
  intro: ['Thực hiện {basis} về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, {issuer} báo cáo kết quả đánh giá, xếp loại chất lượng đảng viên năm {year} như sau:'],
  closing: ['Trên đây là báo cáo kết quả đánh giá, xếp loại chất lượng đảng viên năm {year} của {issuer}.'],
  text: {
    general: 'I. KẾT QUẢ CHUNG',
    totals: 'Tổng số đảng viên: {people}; đã kiểm điểm: {reviewed}; đã quyết định xếp loại: {decided}; chờ quyết định: {waiting}; chưa kiểm điểm: {notReviewed}.',
    byLevel: 'Kết quả xếp loại (tỷ lệ trên số đảng viên đã được quyết định xếp loại):',
    level: 'Mức xếp loại',
    count: 'Số đảng viên',
    percent: 'Tỷ lệ',
    total: 'Tổng số',
    byUnit: 'II. KẾT QUẢ THEO TỔ CHỨC TRỰC THUỘC',
    unit: 'Tổ chức',
    people: 'Tổng số đảng viên',
    decided: 'Đã xếp loại',
    pending: 'Chưa xếp loại',
    noUnits: '{issuer} không có tổ chức đảng trực thuộc.',
    legend: 'Ghi chú: HTXSNV: Hoàn thành xuất sắc nhiệm vụ; HTTNV: Hoàn thành tốt nhiệm vụ; HTNV: Hoàn thành nhiệm vụ; KHTNV: Không hoàn thành nhiệm vụ.',
    no: 'STT',
  },
  signatures: [{ heading: { party: [], state: [] }, lines: 'issuer', hint: null }],
  recipients: {
    party: ['{superior} (để báo cáo),', 'Các tổ chức đảng trực thuộc,', 'Lưu Văn phòng.'],
    state: ['{superior} (để báo cáo),', 'Các cơ quan, đơn vị trực thuộc,', 'Lưu: VT.'],
  },
}

export const RATING_DECISIONS_TEMPLATE: DocumentTemplate<'no' | 'name' | 'position' | 'unit' | 'level' | 'group' | 'total' | 'none'> = {
  kind: 'rating-decisions',
  version: '2026.1',
  effectiveFrom: '2025-08-30',
  defaultLayout: 'party',
  typeName: 'DANH SÁCH',
  typeCode: 'DS',
  summary: {
    party: 'Đảng viên được xếp loại chất lượng năm {year}',
    state: 'Kết quả xếp loại chất lượng năm {year}',
  },
  intro: ['Căn cứ {basis}, {issuer} quyết định xếp loại chất lượng năm {year} đối với các đồng chí có tên sau:'],
  closing: [],
  text: {
    no: 'STT',
    name: 'Họ và tên',
    position: 'Chức vụ',
    unit: 'Chi bộ',
    level: 'Mức xếp loại',
    group: '{numeral}. {level} ({count} đồng chí)',
    total: 'Tổng số: {count} đồng chí.',
    none: 'Chưa có đảng viên nào được quyết định xếp loại.',
  },
  signatures: [{ heading: { party: [], state: [] }, lines: 'issuer', hint: null }],
  recipients: {
    party: ['{superior} (để báo cáo),', 'Các tổ chức đảng trực thuộc,', 'Lưu Văn phòng.'],
    state: ['{superior} (để báo cáo),', 'Các cơ quan, đơn vị trực thuộc,', 'Lưu: VT.'],
  },
}

/** The levels' names (as QĐ 366 words them) and their usual abbreviations in tables. */
export const LEVELS: Record<RatingLevel, { name: string; short: string }> = {
  excellent: { name: 'Hoàn thành xuất sắc nhiệm vụ', short: 'HTXSNV' },
  good: { name: 'Hoàn thành tốt nhiệm vụ', short: 'HTTNV' },
  complete: { name: 'Hoàn thành nhiệm vụ', short: 'HTNV' },
  incomplete: { name: 'Không hoàn thành nhiệm vụ', short: 'KHTNV' },
}

/** Every version of every document; a new version is added (not edited in place) when the rules change. */
export const TEMPLATE_VERSIONS = {
  commitment: [COMMITMENT_TEMPLATE],
  ratingSummary: [RATING_SUMMARY_TEMPLATE],
  ratingDecisions: [RATING_DECISIONS_TEMPLATE],
}

/** The version in force on a date: the latest that took effect on or before it (else the earliest). */
export function templateFor<T extends DocumentTemplate>(versions: readonly T[], date: string): T {
  const sorted = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))
  return sorted.filter((v) => v.effectiveFrom <= date).pop() ?? sorted[0]
}

/** "{year}" → the value; unknown placeholders stay as they are. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}
