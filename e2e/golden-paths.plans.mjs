// Plans that cascade: the province hands a breakthrough task down to two units; one accepts it and reports 50% with a
// photo as evidence, the other does nothing; the province's dashboard shows the task at 50% (rolled up from the unit
// that accepted it) and names the unit that has not taken it up.
import assert from 'node:assert/strict'
import sharp from 'sharp'

const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 390, height: 844 }

async function firstUnit(page, h, role) {
  await page.context().clearCookies()
  await h.signIn(role)
  const me = await (await page.request.get(`${h.base}/api/v1/auth/me`)).json()
  return me.grants.map((g) => g.organization).find((o) => o.kind === 'ward' || o.kind === 'commune')
}

export const planTests = [
  {
    name: 'the province hands a breakthrough task to two units; one reports 50% with evidence; the dashboard rolls it up and names the other',
    async run(page, h) {
      const main = page.getByRole('main')
      const task = `Chuyển đổi số trong sinh hoạt chi bộ — thí điểm ${Date.now() % 100000}`
      await page.setViewportSize(DESKTOP)
      const ward = await firstUnit(page, h, 'leader')
      const commune = await firstUnit(page, h, 'inspector')
      assert.ok(ward && commune && ward.id !== commune.id, 'two units under the province')

      // The province adds the task to its plan and hands it down.
      await page.context().clearCookies()
      await h.signIn('admin')
      await page.getByRole('navigation').getByRole('link', { name: 'Kế hoạch' }).click()
      await main.getByRole('heading', { level: 1, name: 'Kế hoạch' }).waitFor()
      await main.getByRole('button', { name: 'Thêm nhiệm vụ, chỉ tiêu' }).click()
      let dialog = page.getByRole('dialog')
      await dialog.getByRole('combobox', { name: 'Loại' }).click()
      await page.getByRole('option', { name: 'Nhiệm vụ đột phá' }).click()
      await dialog.getByRole('textbox', { name: 'Nội dung nhiệm vụ, chỉ tiêu' }).fill(task)
      await dialog.getByRole('textbox', { name: /Kết quả cần đạt/ }).fill('100% chi bộ dùng sổ tay đảng viên điện tử trong sinh hoạt')
      await dialog.getByRole('button', { name: 'Lưu' }).click()
      await page.getByText('Đã thêm nhiệm vụ, chỉ tiêu.').waitFor()
      await h.axe('plan board')
      await main.getByRole('link', { name: task }).click()
      await main.getByRole('button', { name: 'Giao cho đơn vị cấp dưới' }).click()
      dialog = page.getByRole('dialog')
      await dialog.getByRole('checkbox', { name: ward.name, exact: true }).check()
      await dialog.getByRole('checkbox', { name: commune.name, exact: true }).check()
      await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click()
      await page.getByText('Đã giao nhiệm vụ cho 2 đơn vị.').waitFor()

      // The ward accepts it and reports 50% from a phone, with a photo.
      await page.context().clearCookies()
      await page.setViewportSize(PHONE)
      await h.signIn('leader')
      await page.goto(`${h.base}/ke-hoach/nhan-giao`)
      await main.getByRole('heading', { level: 1, name: 'Nhiệm vụ cấp trên giao' }).waitFor()
      await main.getByRole('button', { name: `Nhận vào kế hoạch: ${task}` }).click()
      await page.getByText('Đã nhận nhiệm vụ vào kế hoạch của đơn vị.').waitFor()
      // It is now an item of the ward's own plan, linked to the province's.
      await page.goto(`${h.base}/ke-hoach`)
      await main.getByRole('link', { name: task }).click()
      await main.getByText(`Nhận từ kế hoạch của`, { exact: false }).first().waitFor()
      await main.getByRole('button', { name: 'Báo cáo tiến độ' }).click()
      dialog = page.getByRole('dialog')
      await dialog.getByRole('radio', { name: 'Đang thực hiện' }).check()
      await dialog.getByRole('textbox', { name: 'Tiến độ (%)' }).fill('50')
      await dialog.getByRole('textbox', { name: 'Kết quả đã làm được' }).fill('6/12 chi bộ đã dùng sổ tay điện tử trong sinh hoạt tháng 11.')
      const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#c8d8e8' } }).jpeg().toBuffer()
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Chọn ảnh, tài liệu' }).click()])
      await chooser.setFiles({ name: 'sinh-hoat-chi-bo.jpg', mimeType: 'image/jpeg', buffer: photo })
      await dialog.getByText('sinh-hoat-chi-bo.jpg').waitFor()
      await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click()
      await page.getByText('Đã ghi báo cáo tiến độ.').waitFor()
      await main.getByRole('link', { name: /^Mở ảnh minh chứng sinh-hoat-chi-bo\.jpg/ }).waitFor()
      await h.axe('plan item with its progress record (phone)')

      // The province: the task at 50%, rolled up from the ward; the commune named as not having taken it up.
      await page.context().clearCookies()
      await page.setViewportSize(DESKTOP)
      await h.signIn('admin')
      await page.goto(`${h.base}/ke-hoach`)
      await main.getByRole('progressbar', { name: `Tiến độ của "${task}": 50%` }).waitFor()
      await page.goto(`${h.base}/ke-hoach/tong-hop`)
      await main.getByRole('heading', { level: 1, name: 'Tổng hợp kế hoạch' }).waitFor()
      await main.getByRole('heading', { name: 'Đơn vị chưa báo cáo' }).waitFor()
      await main.getByText(`${commune.name}: "${task}"`, { exact: false }).waitFor()
      await h.axe('plan dashboard with units that have not reported')
    },
  },
]
