// Importing people from an old Excel sheet: the administrator uploads a file with a TCVN3 (.VnTime) name and an
// impossible date, sees the conversion and the error in the preview, confirms, and finds the people in their cell.
import assert from 'node:assert/strict'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'

// TCVN3 as old files hold it, for the letters used below (the full table lives in src/common/text/legacy-tables.ts).
const TCVN3 = { ễ: '\u00D4', ị: '\u00DE', ư: '\u00AD', ờ: '\u00EA', ũ: '\u00F2' }
const tcvn3 = (s) => [...s].map((ch) => TCVN3[ch] ?? ch).join('')

async function sheet(cellCode) {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Danh sách')
  ws.addRow(['DANH SÁCH ĐẢNG VIÊN BỔ SUNG'])
  ws.addRow([])
  ws.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Mã đơn vị'])
  const legacy = ws.addRow([1, tcvn3('Nguyễn Thị Người Cũ'), '06/05/1961', 'Nữ', 'Đảng viên', cellCode])
  legacy.getCell(2).font = { name: '.VnTime' }
  ws.addRow([2, 'Trần Văn Nhập Mới', '6.5.1990', 'Nam', 'Đảng viên', cellCode])
  ws.addRow([3, 'Lê Văn Sai Ngày', '31/02/1990', 'Nam', 'Đảng viên', cellCode])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export const importTests = [
  {
    name: 'import people from Excel: a TCVN3 name converted, an impossible date reported, confirmed, the people listed',
    async run(page, h) {
      const main = page.getByRole('main')
      await page.context().clearCookies()
      await h.signIn('admin')
      const found = await page.request.get(`${h.base}/api/v1/organizations?q=${encodeURIComponent('Chi bộ')}`)
      const cell = (await found.json()).items.find((o) => o.kind === 'cell')
      assert.ok(cell, 'a demo cell')

      await page.getByRole('navigation').getByRole('link', { name: 'Nhập dữ liệu' }).click()
      await main.getByRole('heading', { level: 1, name: 'Nhập dữ liệu' }).waitFor()
      await page.locator('input[type=file][name=file]').setInputFiles({ name: 'bo-sung.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await sheet(cell.code) })
      await main.getByRole('button', { name: 'Kiểm tra tệp' }).click()
      await main.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor()
      await main.getByRole('heading', { name: 'Chuyển mã' }).waitFor()
      await main.getByText(/TCVN3/).first().waitFor()
      await main.getByText(/31\/02\/1990.*không phải ngày hợp lệ/).waitFor()
      await main.getByText('Nguyễn Thị Người Cũ').first().waitFor()
      await h.axe('import preview')

      await main.getByRole('button', { name: /^Nhập 2 dòng$/ }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận nhập' }).click()
      await main.getByRole('heading', { name: 'Đã nhập xong' }).waitFor({ timeout: 30_000 })
      await main.getByRole('link', { name: 'Xem danh sách' }).click()
      // Found by a search without diacritics: the converted name is real Unicode.
      const search = main.getByLabel('Tìm theo họ tên')
      await search.fill('nguoi cu')
      await main.getByText('Nguyễn Thị Người Cũ').first().waitFor()
      await search.fill('nhap moi')
      await main.getByText('Trần Văn Nhập Mới').first().waitFor()
      await search.fill('sai ngay')
      await main.getByText('Không tìm thấy kết quả nào.').waitFor()
      assert.equal(await main.getByText('Lê Văn Sai Ngày').count(), 0)
    },
  },
  {
    name: 'download the year-end rating summary as Word (and PDF when LibreOffice is installed)',
    async run(page, h) {
      const main = page.getByRole('main')
      await page.context().clearCookies()
      await h.signIn('admin')
      await page.getByRole('navigation').getByRole('link', { name: 'Tổng hợp' }).click()
      await main.getByRole('heading', { name: 'Văn bản' }).waitFor()
      const word = main.getByRole('link', { name: /^Tải bản Word: Báo cáo kết quả xếp loại năm \d{4}$/ })
      const [docx] = await Promise.all([page.waitForEvent('download'), word.click()])
      assert.match(docx.suggestedFilename(), /\.docx$/)
      const bytes = readFileSync(await docx.path())
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK')
      const pdfLink = main.getByRole('link', { name: /^Tải PDF: Báo cáo kết quả xếp loại năm \d{4}$/ })
      if (await pdfLink.count()) {
        const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), pdfLink.click()])
        assert.match(pdf.suggestedFilename(), /\.pdf$/)
        assert.equal(readFileSync(await pdf.path()).subarray(0, 4).toString('latin1'), '%PDF')
      }
      await h.axe('dashboard documents')
    },
  },
]
