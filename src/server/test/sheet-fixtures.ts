// Spreadsheets made by the tests themselves: legacy-encoded text with its fonts, dates in every office spelling,
// and hostile archives (zip bombs, macros, external links).
import ExcelJS from 'exceljs'
import yazl from 'yazl'
import { TCVN3_TABLE, VNI_TABLE } from '../../common/text/legacy-tables.ts'

const TCVN3_OF = new Map(TCVN3_TABLE.map(([byte, letter]) => [letter, String.fromCharCode(byte)]))
const VNI_OF = new Map([...VNI_TABLE.entries()].map(([code, letter]) => [letter, code]))

/** Unicode → TCVN3 as it arrives mis-decoded from an old file (capital toned vowels have no code: avoid them). */
export const encodeTcvn3 = (s: string) => [...s.normalize('NFC')].map((ch) => TCVN3_OF.get(ch) ?? ch).join('')
export const encodeVni = (s: string) => [...s.normalize('NFC')].map((ch) => VNI_OF.get(ch) ?? ch).join('')

export type FixtureCell = string | number | Date | null | { value: ExcelJS.CellValue; font?: string }

/** A workbook with one sheet: optional title rows, then the rows as given (header first). */
export async function makeXlsx(rows: FixtureCell[][], opts: { title?: string[] } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Danh sách')
  for (const t of opts.title ?? []) ws.addRow([t])
  for (const r of rows) {
    const row = ws.addRow(r.map((c) => (c !== null && typeof c === 'object' && !(c instanceof Date) ? c.value : c)))
    r.forEach((c, i) => {
      if (c !== null && typeof c === 'object' && !(c instanceof Date) && c.font) row.getCell(i + 1).font = { name: c.font }
      if (c instanceof Date) row.getCell(i + 1).numFmt = 'dd/mm/yyyy'
    })
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A zip with the given entries (compressed), e.g. a workbook with extra parts, or a bomb. */
export function makeZip(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress: true })
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c))
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
    zip.outputStream.on('error', reject)
  })
}

/** The entries of a real small workbook, to which hostile parts are added. */
export async function workbookEntries(): Promise<{ name: string; data: Buffer }[]> {
  const JSZip = (await import('jszip')).default
  const zip = await JSZip.loadAsync(await makeXlsx([['Họ và tên', 'Ngày sinh'], ['Nguyễn Văn An', '06/05/1980']]))
  const out: { name: string; data: Buffer }[] = []
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.push({ name, data: await file.async('nodebuffer') })
  return out
}
