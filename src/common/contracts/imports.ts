// Importing people and organizations from Excel/CSV: the columns offices write, the preview and the result.
// Exports (features/exports) write these same headers, so an exported sheet imports back unchanged.
import { z } from 'zod'
import { Id } from './common.ts'
import type { Gender, OrgKind } from './enums.ts'

export const IMPORT_KINDS = ['people', 'organizations'] as const
export const ImportKind = z.enum(IMPORT_KINDS)
export type ImportKind = z.infer<typeof ImportKind>

export const PERSON_IMPORT_FIELDS = [
  'fullName', 'birthDate', 'gender', 'ethnicity', 'position', 'unit', 'partyJoinDate', 'partyCardNumber', 'phone', 'email',
] as const
export const ORGANIZATION_IMPORT_FIELDS = ['code', 'name', 'kind', 'parent'] as const
export const ImportField = z.enum([...PERSON_IMPORT_FIELDS, ...ORGANIZATION_IMPORT_FIELDS])
export type ImportField = z.infer<typeof ImportField>
export type PersonImportField = (typeof PERSON_IMPORT_FIELDS)[number]
export type OrganizationImportField = (typeof ORGANIZATION_IMPORT_FIELDS)[number]

/**
 * The header each field is written under (first) and the other headers offices use for it. Matching folds case,
 * diacritics and spaces (src/common/text/fold.ts), so "HỌ VÀ TÊN", "Ho va ten" and "Họ  và tên" are one header.
 */
export const IMPORT_HEADERS: Record<ImportField, readonly string[]> = {
  fullName: ['Họ và tên', 'Họ tên', 'Họ và tên đảng viên', 'Họ tên đảng viên', 'Full name'],
  birthDate: ['Ngày sinh', 'Ngày tháng năm sinh', 'Sinh ngày', 'Date of birth'],
  gender: ['Giới tính', 'Nam/Nữ', 'Gender'],
  ethnicity: ['Dân tộc', 'Ethnicity'],
  position: ['Chức vụ', 'Chức vụ đảng', 'Chức vụ trong chi bộ', 'Position'],
  unit: ['Mã đơn vị', 'Chi bộ', 'Mã chi bộ', 'Đơn vị', 'Tổ chức đảng', 'Unit code', 'Unit'],
  partyJoinDate: ['Ngày vào Đảng', 'Ngày kết nạp', 'Party join date'],
  partyCardNumber: ['Số thẻ đảng viên', 'Số thẻ', 'Số thẻ Đảng', 'Party card number'],
  phone: ['Điện thoại', 'Số điện thoại', 'SĐT', 'Phone'],
  email: ['Thư điện tử', 'Email', 'E-mail'],
  code: ['Mã đơn vị', 'Mã tổ chức', 'Mã', 'Code'],
  name: ['Tên đơn vị', 'Tên tổ chức', 'Tên tổ chức đảng', 'Tên', 'Name'],
  kind: ['Loại', 'Loại tổ chức', 'Loại hình', 'Kind'],
  parent: ['Mã đơn vị cấp trên', 'Cấp trên', 'Mã cấp trên', 'Parent code', 'Parent'],
}

/**
 * Organization kinds as written in sheets (first: what exports write). Matching folds case and diacritics.
 */
export const ORG_KIND_LABELS: Record<OrgKind, readonly string[]> = {
  province: ['Đảng bộ tỉnh/thành phố', 'Đảng bộ tỉnh', 'Đảng bộ thành phố', 'Tỉnh ủy', 'Thành ủy', 'province'],
  commune: ['Đảng bộ xã', 'Đảng ủy xã', 'commune'],
  ward: ['Đảng bộ phường', 'Đảng ủy phường', 'ward'],
  agency: ['Đảng bộ cơ quan', 'Đảng bộ khối', 'agency'],
  grassroots: ['Tổ chức cơ sở đảng', 'Đảng bộ cơ sở', 'Chi bộ cơ sở', 'grassroots'],
  cell: ['Chi bộ', 'Chi bộ trực thuộc', 'cell'],
}

/** Genders as written in sheets (first: what exports write). */
export const GENDER_LABELS: Record<Gender, readonly string[]> = {
  male: ['Nam', 'male', 'M'],
  female: ['Nữ', 'female', 'F'],
  other: ['Khác', 'other'],
}

/** Fields a sheet must map before it can be imported. */
export const REQUIRED_IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  people: ['fullName'],
  organizations: ['code', 'name', 'kind', 'parent'],
}

export const ImportQuery = z.strictObject({
  kind: ImportKind,
  /** Unit for rows without a unit column (people), or the unit new organizations go under by default. */
  org: Id.optional(),
})

export const ImportConversion = z.object({
  row: z.number().int(),
  column: z.string(),
  from: z.enum(['tcvn3', 'vni', 'nfd']),
})
export const ImportRowError = z.object({ row: z.number().int(), message: z.string() })

export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'skip'] as const
export const ImportRowReport = z.object({
  /** Row number in the sheet (1 = header row), as the user sees it in Excel. */
  row: z.number().int(),
  action: z.enum(IMPORT_ACTIONS),
  /** Name (people) or code and name (organizations), after conversion. */
  label: z.string(),
  /** Unit the row goes to (people) or the parent (organizations): code and name. */
  unit: z.string().nullable(),
  /** Why a row is skipped, or warnings on an imported one. */
  messages: z.array(z.string()),
})

export const ImportTotals = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** Skipped for an error, and rows that would not change anything. */
  skipped: z.number().int(),
  unchanged: z.number().int(),
  errors: z.number().int(),
})

/** What the CLI prints with --json and the web app shows after confirming. */
export const ImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(ImportRowError),
  conversions: z.array(ImportConversion),
})
export type ImportResult = z.infer<typeof ImportResult>

export const IMPORT_STATUSES = ['preview', 'running', 'done', 'failed'] as const

export const ImportSession = z.object({
  id: z.string(),
  kind: ImportKind,
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  org: z.object({ id: Id, code: z.string(), name: z.string() }).nullable(),
  /** The sheet's header row as written, and the field each column is read as (null: not imported). */
  columns: z.array(z.object({ header: z.string(), field: ImportField.nullable() })),
  totals: ImportTotals,
  /** First rows of the report, every row with an error or warning first (capped). */
  rows: z.array(ImportRowReport),
  conversions: z.array(ImportConversion),
  /** Conversions counted by encoding over the whole file (the list above is capped). */
  conversionCounts: z.object({ tcvn3: z.number().int(), vni: z.number().int(), nfd: z.number().int() }),
  /** Refusal of the file as a whole (missing required column, …): nothing can be imported. */
  refusal: z.string().nullable(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  result: ImportResult.nullable(),
})
export type ImportSession = z.infer<typeof ImportSession>

export const ImportMappingBody = z.strictObject({
  /** One entry per column of the sheet, in order. */
  fields: z.array(ImportField.nullable()).max(200),
})
