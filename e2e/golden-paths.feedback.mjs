// Listening to the people: a citizen on a phone sends feedback and gets a tracking code; the province's operator
// routes it to the ward that handles the place; the ward's leader acknowledges it, writes the answer and approves it
// (phone numbers masked); the citizen finds the published answer by the code and rates it.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import sharp from 'sharp'

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }

async function sendAsCitizen(page, h, wardName, content) {
  await page.goto(`${h.base}/phan-anh`)
  await page.getByRole('combobox', { name: 'Lĩnh vực' }).click()
  await page.getByRole('option', { name: 'Môi trường, vệ sinh, rác thải' }).click()
  await page.getByRole('combobox', { name: 'Xã, phường nơi có sự việc' }).fill(wardName.split(' ').slice(-2).join(' '))
  await page.getByRole('option', { name: wardName }).click()
  await page.getByRole('textbox', { name: 'Nội dung phản ánh, kiến nghị' }).fill(content)
  await page.getByRole('checkbox', { name: 'Gửi ẩn danh' }).check()
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click()
  await page.getByRole('heading', { name: 'Đã gửi phản ánh' }).waitFor()
  const code = await page.getByRole('textbox', { name: 'Mã tra cứu' }).inputValue()
  const reference = (await page.getByTestId('feedback-reference').innerText()).match(/PA-\d{4}-\d{6}/)[0]
  return { code, reference }
}

export const feedbackTests = [
  {
    name: 'a citizen sends feedback from a phone, an operator routes it, the ward answers and approves, the citizen reads the answer and rates it',
    async run(page, h) {
      const main = page.getByRole('main')
      // The ward the demo leader heads.
      await page.context().clearCookies()
      await h.signIn('leader')
      const me = await (await page.request.get(`${h.base}/api/v1/auth/me`)).json()
      const ward = me.grants.map((g) => g.organization).find((o) => o.kind === 'ward' || o.kind === 'commune')
      assert.ok(ward, 'the leader heads a ward')
      await page.context().clearCookies()
      // The place lies on the boundary: the citizen picks the neighbouring commune, the operator re-routes to the ward.
      const options = await (await page.request.get(`${h.base}/api/v1/public/feedback/options`)).json()
      const neighbour = options.communes.find((c) => c.id !== ward.id && !c.name.includes(ward.name.split(' ').slice(-2).join(' ')))
      assert.ok(neighbour, 'another commune to choose')

      // The citizen, without an account, on a phone.
      await page.setViewportSize(PHONE)
      await page.goto(`${h.base}/phan-anh`)
      await page.getByRole('combobox', { name: 'Lĩnh vực' }).click()
      await page.getByRole('option', { name: 'Hạ tầng, giao thông, điện, nước' }).click()
      const commune = page.getByRole('combobox', { name: 'Xã, phường nơi có sự việc' })
      await commune.fill(neighbour.name.replace(/^Đảng bộ /, '').split(' ').slice(-2).join(' '))
      await page.getByRole('option', { name: neighbour.name, exact: true }).click()
      await page.getByRole('textbox', { name: 'Nội dung phản ánh, kiến nghị' }).fill('Cống thoát nước ở tổ dân phố 3 bị tắc, mỗi khi mưa nước tràn vào nhà dân. Đề nghị nạo vét sớm.')
      await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Phan Thị Lắng Nghe')
      await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0905 246 810')
      // A phone photo (3000×2000, a few MB): the browser shrinks it before sending, the server re-encodes it.
      const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, noise: { type: 'gaussian', mean: 120, sigma: 40 } } }).jpeg({ quality: 60 }).toBuffer()
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Chọn ảnh, tài liệu' }).click()])
      await chooser.setFiles({ name: 'IMG_20261205_0712.jpg', mimeType: 'image/jpeg', buffer: photo })
      await page.getByRole('list', { name: 'Các tệp sẽ gửi kèm' }).getByText('IMG_20261205_0712.jpg').waitFor()
      await h.axe('feedback form (phone)')
      await page.getByRole('button', { name: 'Gửi phản ánh' }).click()
      await page.getByRole('heading', { name: 'Đã gửi phản ánh' }).waitFor()
      const code = await page.getByRole('textbox', { name: 'Mã tra cứu' }).inputValue()
      assert.match(code, /^[2-9A-Z]{4}(-[2-9A-Z]{1,4}){6}$/)
      const reference = (await page.getByTestId('feedback-reference').innerText()).match(/PA-\d{4}-\d{6}/)[0]

      // The operator at the province finds it in the province-wide inbox and routes it to the ward.
      await page.setViewportSize(DESKTOP)
      await h.signIn('admin')
      await page.goto(`${h.base}/phan-anh-kien-nghi`)
      await main.getByRole('link', { name: reference }).click()
      await main.getByRole('heading', { name: `Phản ánh ${reference}` }).waitFor()
      await main.getByRole('button', { name: 'Chuyển đơn vị xử lý' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('combobox', { name: /Đơn vị xử lý mới/ }).fill(ward.name.split(' ').slice(-2).join(' '))
      await page.getByRole('option', { name: new RegExp(ward.name) }).first().click()
      await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Đoạn cống nằm trên địa bàn phường giáp ranh, do phường xử lý.')
      await dialog.getByRole('button', { name: 'Chuyển' }).click()
      await page.getByText(`Đã chuyển phản ánh sang ${ward.name}.`).waitFor()

      // The ward's leader handles it.
      await page.context().clearCookies()
      await h.signIn('leader')
      await page.getByRole('navigation').getByRole('link', { name: 'Phản ánh, kiến nghị' }).click()
      await main.getByRole('heading', { name: 'Phản ánh, kiến nghị' }).waitFor()
      await main.getByRole('heading', { name: 'Tình hình xử lý' }).waitFor()
      await main.getByRole('link', { name: reference }).waitFor()
      await h.axe('feedback inbox and digest')
      const [xlsx] = await Promise.all([page.waitForEvent('download'), main.getByRole('link', { name: 'Xuất Excel danh sách phản ánh, kiến nghị' }).click()])
      assert.match(xlsx.suggestedFilename(), /\.xlsx$/)
      assert.equal(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1'), 'PK')
      await main.getByRole('link', { name: reference }).click()
      await main.getByRole('heading', { name: `Phản ánh ${reference}` }).waitFor()
      await main.getByText('Phan Thị Lắng Nghe').waitFor()
      const thumb = main.getByRole('link', { name: /^Mở ảnh IMG_20261205_0712\.jpg/ })
      await thumb.scrollIntoViewIfNeeded()
      await page.waitForFunction(() => [...globalThis.document.querySelectorAll('main img')].some((img) => img.complete && img.naturalWidth > 0))
      const stored = await thumb.locator('img').evaluate((img) => [img.naturalWidth, img.naturalHeight])
      assert.deepEqual(stored, [2048, 1365], 'the photo arrives shrunk to 2048 px on its long side')
      await main.getByRole('button', { name: 'Xác nhận tiếp nhận' }).click()
      await main.getByRole('textbox', { name: 'Dự thảo trả lời' }).fill('Phường đã nạo vét cống ở tổ dân phố 3 ngày 05/12. Nếu còn tắc, xin gọi cán bộ phụ trách 0905 000 111.')
      await main.getByRole('button', { name: 'Lưu dự thảo trả lời' }).click()
      await main.getByRole('button', { name: 'Duyệt và công bố trả lời' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý công bố' }).click()
      await main.getByRole('button', { name: 'Duyệt và công bố trả lời' }).waitFor({ state: 'detached' })
      await h.axe('feedback case')

      // The citizen reads the answer by the code and rates it.
      await page.context().clearCookies()
      await page.setViewportSize(PHONE)
      await page.goto(`${h.base}/phan-anh/tra-cuu`)
      await page.getByRole('textbox', { name: 'Mã tra cứu' }).fill(code.toLowerCase())
      await page.getByRole('button', { name: 'Tra cứu' }).click()
      await page.getByRole('heading', { name: 'Tình trạng phản ánh' }).waitFor()
      await page.getByText(/Phường đã nạo vét cống/).waitFor()
      assert.equal(await page.getByText('0905 000 111').count(), 0, 'phone numbers are masked in the published answer')
      await page.getByText('Chuyển đơn vị xử lý').first().waitFor()
      await page.getByRole('radio', { name: '5 sao' }).check()
      await page.getByRole('button', { name: 'Gửi đánh giá' }).click()
      await page.getByText('Cảm ơn bạn đã đánh giá.').waitFor()
      await h.axe('feedback status (phone)')
    },
  },
  {
    name: 'an administrator reviews the routing rules and the holiday calendar, and counts working days across Tết',
    async run(page, h) {
      const main = page.getByRole('main')
      await page.context().clearCookies()
      await h.signIn('admin')
      await page.getByRole('navigation').getByRole('link', { name: 'Phản ánh, kiến nghị' }).click()
      await main.getByRole('link', { name: 'Phân công xử lý' }).click()
      await main.getByRole('heading', { level: 1, name: 'Phân công xử lý theo xã, phường' }).waitFor()
      await main.getByRole('heading', { name: 'Thêm phân công' }).waitFor()
      await h.axe('feedback routing rules')
      // The topics: the administrator shortens a deadline.
      await page.goto(`${h.base}/phan-anh-kien-nghi/linh-vuc`)
      await main.getByRole('heading', { level: 1, name: 'Lĩnh vực phản ánh và thời hạn giải quyết' }).waitFor()
      await main.getByRole('button', { name: 'Sửa Thủ tục hành chính, dịch vụ công' }).click()
      const topic = page.getByRole('dialog')
      await topic.getByRole('textbox', { name: 'Thời hạn trả lời (ngày làm việc)' }).fill('4')
      await topic.getByRole('button', { name: 'Lưu' }).click()
      await page.getByText('Đã lưu lĩnh vực “Thủ tục hành chính, dịch vụ công”.').waitFor()
      await main.getByRole('row', { name: /Thủ tục hành chính, dịch vụ công\s+4 ngày làm việc/ }).waitFor()
      await h.axe('feedback topics')
      await page.getByRole('navigation').getByRole('link', { name: 'Lịch nghỉ lễ' }).click()
      await main.getByRole('heading', { level: 1, name: 'Lịch nghỉ lễ, ngày làm việc' }).waitFor()
      await main.getByText(/Tết/).first().waitFor()
      // Ten working days from 10/02/2026, across the Tết holidays and weekends: Tuesday 03/03/2026.
      await main.getByLabel('Từ ngày').fill('2026-02-10')
      await main.getByRole('textbox', { name: 'Số ngày làm việc' }).fill('10')
      await main.getByText('Thời hạn: Thứ Ba, 03/03/2026').waitFor()
      await h.axe('holiday calendar')
    },
  },
  {
    name: 'two neighbours report the same thing anonymously; the ward merges the duplicate and its sender follows the remaining case',
    async run(page, h) {
      const main = page.getByRole('main')
      await page.context().clearCookies()
      await h.signIn('leader')
      const me = await (await page.request.get(`${h.base}/api/v1/auth/me`)).json()
      const ward = me.grants.map((g) => g.organization).find((o) => o.kind === 'ward' || o.kind === 'commune')
      await page.context().clearCookies()
      await page.setViewportSize(PHONE)
      const text = 'Bãi rác tự phát ở cuối hẻm 12 đường Trần Phú bốc mùi hôi thối, ruồi nhặng nhiều, ảnh hưởng sức khoẻ các hộ dân.'
      const first = await sendAsCitizen(page, h, ward.name, text)
      const second = await sendAsCitizen(page, h, ward.name, `${text} Mong phường xử lý sớm.`)

      await page.setViewportSize(DESKTOP)
      await h.signIn('leader')
      await page.goto(`${h.base}/phan-anh-kien-nghi`)
      await main.getByRole('link', { name: second.reference }).click()
      await main.getByRole('heading', { name: 'Phản ánh tương tự' }).waitFor()
      await main.getByRole('button', { name: `Gộp vào ${first.reference}` }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý gộp' }).click()
      await page.getByText(`Đã gộp phản ánh ${second.reference} vào ${first.reference}.`).waitFor()

      await page.context().clearCookies()
      await page.setViewportSize(PHONE)
      await page.goto(`${h.base}/phan-anh/tra-cuu`)
      await page.getByRole('textbox', { name: 'Mã tra cứu' }).fill(second.code)
      await page.getByRole('button', { name: 'Tra cứu' }).click()
      await page.getByText(`trùng nội dung với phản ánh ${first.reference} nên đã được gộp`, { exact: false }).waitFor()
      await h.axe('merged feedback status (phone)')
    },
  },
]
