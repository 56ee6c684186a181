// The dashboard of models and nominations as an Excel workbook of five sheets: nominations by level, commended models
// by area and kind, the figures by direct sub-unit, replication (totals and the most adopted models) and the units that
// nominated nothing. Each sheet opens with a title and, where there are any, its totals, then a bold frozen header row
// with a filter; numbers are numbers and every text is neutralized against formula injection (exports.xlsx.ts).
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import type { ModelSummary, NominationCounts } from '../../../common/contracts/modelStats.ts'
import type { ModelArea, ModelKind } from '../../../common/contracts/models.base.ts'
import { nfc } from '../../../common/text/index.ts'
import { neutralize, sheetName } from '../exports/exports.xlsx.ts'
import type { SilentRow } from './models.stats.ts'

type Cell = string | number | null

export interface WorkbookSheet {
  name: string
  /** Lines above the table: a title, then label–value pairs (the sheet's totals). */
  preamble: [string, Cell?][]
  columns: { header: string; width: number }[]
  rows: Cell[][]
}

export const LEVEL_VI: Record<OrgKind, string> = {
  province: 'Cấp tỉnh, thành phố', commune: 'Cấp xã', ward: 'Cấp phường', agency: 'Đảng bộ cơ quan, khối', grassroots: 'Cấp cơ sở', cell: 'Chi bộ',
}
export const KIND_VI: Record<OrgKind, string> = {
  province: 'Đảng bộ tỉnh, thành phố', commune: 'Đảng bộ xã', ward: 'Đảng bộ phường', agency: 'Đảng bộ cơ quan, khối', grassroots: 'Tổ chức cơ sở đảng', cell: 'Chi bộ',
}
export const AREA_VI: Record<ModelArea, string> = { ideology: 'Tư tưởng Hồ Chí Minh', ethics: 'Đạo đức Hồ Chí Minh', style: 'Phong cách Hồ Chí Minh' }
export const MODEL_KIND_VI: Record<ModelKind, string> = { person: 'Cá nhân', collective: 'Tập thể', practice: 'Mô hình, cách làm' }
const STATUS_HEADERS = ['Đang xem xét', 'Trả lại', 'Không đề nghị', 'Đã khen thưởng', 'Đã rút', 'Tổng số']
const statusCells = (c: NominationCounts): Cell[] => [c.in_review, c.returned, c.declined, c.commended, c.withdrawn, c.total]
const counts = (headers: string[]) => headers.map((header) => ({ header, width: Math.max(11, Math.ceil(header.length * 0.9)) }))

function nominationsSheet(s: ModelSummary, title: string): WorkbookSheet {
  return {
    name: 'Đề cử theo cấp',
    preamble: [[`Đề cử gương điển hình năm ${s.year} theo cấp đang xem xét — ${title}`], ['Tổng số đề cử', s.nominations.totals.total]],
    columns: [{ header: 'Cấp đang giữ hồ sơ', width: 28 }, ...counts(STATUS_HEADERS)],
    rows: [
      ...s.nominations.byLevel.map((l) => [LEVEL_VI[l.level], ...statusCells(l)]),
      ['Tổng cộng', ...statusCells(s.nominations.totals)],
    ],
  }
}

function commendedSheet(s: ModelSummary, title: string): WorkbookSheet {
  return {
    name: 'Khen thưởng theo lĩnh vực',
    preamble: [[`Gương điển hình được khen thưởng năm ${s.year} — ${title}`], ['Tổng số được khen thưởng', s.commended.total]],
    columns: [{ header: 'Phân theo', width: 14 }, { header: 'Nội dung', width: 30 }, { header: 'Số được khen thưởng', width: 18 }],
    rows: [
      ...(Object.keys(AREA_VI) as ModelArea[]).map((a) => ['Lĩnh vực', AREA_VI[a], s.commended.byArea[a]]),
      ...(Object.keys(MODEL_KIND_VI) as ModelKind[]).map((k) => ['Loại', MODEL_KIND_VI[k], s.commended.byKind[k]]),
    ],
  }
}

function unitsSheet(s: ModelSummary, title: string): WorkbookSheet {
  return {
    name: 'Theo đơn vị trực thuộc',
    preamble: [[`Tổng hợp năm ${s.year} theo đơn vị trực thuộc — ${title}`]],
    columns: [
      { header: 'STT', width: 6 }, { header: 'Đơn vị', width: 40 }, { header: 'Loại', width: 22 },
      ...counts(STATUS_HEADERS.map((h) => `Đề cử: ${h.toLowerCase()}`)),
      ...counts(['Được khen thưởng', 'Khen thưởng: tư tưởng', 'Khen thưởng: đạo đức', 'Khen thưởng: phong cách', 'Lượt nhân rộng', 'Số đơn vị', 'Đơn vị chưa đề cử']),
    ],
    rows: s.units.map((u, i) => [
      i + 1, u.own ? `${u.name} (đơn vị)` : u.name, KIND_VI[u.kind], ...statusCells(u.nominations),
      u.commended.total, u.commended.ideology, u.commended.ethics, u.commended.style, u.adoptions, u.units, u.silent,
    ]),
  }
}

function replicationSheet(s: ModelSummary, title: string): WorkbookSheet {
  return {
    name: 'Nhân rộng',
    preamble: [
      [`Nhân rộng gương điển hình, mô hình năm ${s.year} — ${title}`],
      ['Lượt nhân rộng do các đơn vị trong phạm vi ghi nhận trong năm', s.replication.bySubtree],
      ['Lượt nhân rộng các mô hình của phạm vi trong năm (mọi đơn vị)', s.replication.ofSubtreeModels],
    ],
    columns: [
      { header: 'STT', width: 6 }, { header: 'Mô hình, gương điển hình', width: 48 }, { header: 'Loại', width: 18 }, { header: 'Lĩnh vực', width: 24 },
      { header: 'Đơn vị', width: 34 }, ...counts(['Lượt nhân rộng (lũy kế)', 'Trong năm', 'Số đơn vị trực thuộc đã áp dụng', 'Ngoài phạm vi']),
    ],
    rows: s.replication.top.map((m, i) => [
      i + 1, m.model.title, MODEL_KIND_VI[m.model.kind], AREA_VI[m.model.area], m.unit.name, m.adoptions, m.thisYear, m.branches, m.outside,
    ]),
  }
}

function silentSheet(s: ModelSummary, title: string, silent: SilentRow[]): WorkbookSheet {
  return {
    name: 'Đơn vị chưa đề cử',
    preamble: [[`Đơn vị chưa có đề cử nào năm ${s.year} — ${title}`], ['Số đơn vị chưa đề cử', s.silent.silent], ['Trên tổng số đơn vị', s.silent.units]],
    columns: [{ header: 'STT', width: 6 }, { header: 'Đơn vị', width: 44 }, { header: 'Loại', width: 24 }, { header: 'Trực thuộc', width: 44 }],
    rows: silent.map((u, i) => [i + 1, u.name, KIND_VI[u.kind], u.parent?.name ?? null]),
  }
}

/** The five sheets, in the order of the dashboard. */
export function summaryWorkbook(s: ModelSummary, silent: SilentRow[]): WorkbookSheet[] {
  const title = s.organization.name
  return [nominationsSheet(s, title), commendedSheet(s, title), unitsSheet(s, title), replicationSheet(s, title), silentSheet(s, title, silent)]
}

const cellValue = (v: Cell | undefined): ExcelJS.CellValue => (v === null || v === undefined || v === '' ? null : typeof v === 'number' ? v : neutralize(nfc(v)))

/** Column letter of a 1-based column number (A … Z, AA …). */
const columnLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1))

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: WorkbookSheet) {
  const headerRow = sheet.preamble.length + 2
  const ws = workbook.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
  })
  ws.columns = sheet.columns.map((c) => ({ width: c.width }))
  sheet.preamble.forEach(([label, value], i) => {
    const row = ws.getRow(i + 1)
    row.getCell(1).value = cellValue(label)
    if (value !== undefined) row.getCell(2).value = cellValue(value)
    if (i === 0) row.font = { bold: true, size: 13 }
    row.commit()
  })
  ws.getRow(headerRow - 1).commit()
  const header = ws.getRow(headerRow)
  sheet.columns.forEach((c, i) => (header.getCell(i + 1).value = cellValue(c.header)))
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  header.commit()
  ws.autoFilter = `A${headerRow}:${columnLetter(sheet.columns.length)}${headerRow}`
  let next = headerRow
  for (const values of sheet.rows) {
    const row = ws.getRow(++next)
    values.forEach((v, i) => (row.getCell(i + 1).value = cellValue(v)))
    row.commit()
  }
  ws.commit()
}

/** Writes the workbook to `out` (streamed: each row is committed as it is written) and ends it. */
export async function writeSummaryWorkbook(out: Writable, sheets: WorkbookSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true })
  workbook.creator = 'Nêu Gương'
  workbook.created = new Date()
  for (const sheet of sheets) writeSheet(workbook, sheet)
  await workbook.commit()
}
