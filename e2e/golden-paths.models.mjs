// Following the example: a cell nominates a practice; the ward reviews it on the rubric and forwards it; the city
// reviews it and commends it by a decision (downloaded as Word) and publishes it; anyone finds it on the public
// showcase without typing diacritics; a unit of another commune records that it adopted it, and the model's pages
// show the spread.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import sharp from 'sharp'

const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 390, height: 844 }
const todayVn = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())

async function scoreAll(page, main, points) {
  for (const box of await main.getByRole('group', { name: 'Bảng chấm điểm' }).getByRole('textbox').all()) await box.fill(String(points))
  await main.getByRole('button', { name: 'Lưu đánh giá' }).click()
  await page.getByText('Đã lưu đánh giá.').waitFor()
}

async function openNominationAtMyLevel(page, main, h, title) {
  await page.goto(`${h.base}/guong-dien-hinh/de-cu?box=at`)
  await main.getByRole('heading', { level: 1, name: 'Đề cử khen thưởng gương điển hình' }).waitFor()
  await main.getByRole('link', { name: new RegExp(title) }).first().click()
  await main.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor()
}

export const modelTests = [
  {
    name: 'a cell nominates a practice, the ward forwards it, the city commends it; the public finds it and another commune adopts it',
    async run(page, h) {
      const main = page.getByRole('main')
      const title = `Mô hình “Tổ tự quản đường hoa” ${Date.now() % 100000}`
      await page.setViewportSize(DESKTOP)

      // 1. The cell's secretary records the practice and nominates it.
      await h.signIn('secretary')
      await page.getByRole('navigation').getByRole('link', { name: 'Gương điển hình' }).click()
      await main.getByRole('heading', { level: 1, name: 'Gương điển hình' }).waitFor()
      await h.axe('models list')
      await main.getByRole('button', { name: 'Thêm gương điển hình' }).click()
      let dialog = page.getByRole('dialog')
      await dialog.getByRole('radio', { name: /Mô hình, cách làm/ }).check()
      await dialog.getByRole('textbox', { name: 'Tên gương điển hình' }).fill(title)
      await dialog.getByRole('textbox', { name: 'Tóm tắt' }).fill('Mỗi hộ nhận chăm một đoạn đường hoa; khu phố sạch, đẹp, bà con gắn bó với nhau hơn.')
      await dialog.getByRole('button', { name: 'Thêm', exact: true }).click()
      await main.getByRole('heading', { level: 1, name: title }).waitFor()
      await h.axe('model page (draft)')
      await main.getByRole('button', { name: 'Đề cử khen thưởng' }).click()
      dialog = page.getByRole('dialog')
      await dialog.getByRole('textbox', { name: 'Thành tích, lý do đề nghị khen thưởng' }).fill('Duy trì 2 năm, 120 hộ tham gia, được nhân dân đồng tình; nhiều khu phố đến học tập.')
      await dialog.getByRole('button', { name: 'Gửi đề cử' }).click()
      await page.getByText('Đã gửi hồ sơ đề cử.').waitFor()
      const modelUrl = page.url()

      // 2. The ward's leader scores it on the rubric and forwards it to the city.
      await page.context().clearCookies()
      await h.signIn('leader')
      await openNominationAtMyLevel(page, main, h, title)
      await h.axe('nomination at the ward')
      await scoreAll(page, main, 15)
      await main.getByRole('button', { name: 'Chuyển lên cấp trên' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Chuyển lên cấp trên' }).click()
      await page.getByText('Đã chuyển hồ sơ lên cấp trên.').waitFor()

      // 3. The city scores it, commends it by a decision (bằng khen) and downloads the decision.
      await page.context().clearCookies()
      await h.signIn('admin')
      await openNominationAtMyLevel(page, main, h, title)
      await scoreAll(page, main, 18)
      await main.getByRole('link', { name: 'Ra quyết định khen thưởng' }).click()
      dialog = page.getByRole('dialog')
      await dialog.getByRole('checkbox', { name: new RegExp(title.slice(0, 20)) }).check()
      const number = String(100 + (Date.now() % 800))
      await dialog.getByRole('textbox', { name: 'Số quyết định' }).fill(number)
      await dialog.getByLabel('Ngày ký').fill(todayVn())
      await dialog.getByRole('textbox', { name: 'Người ký', exact: true }).fill('Nguyễn Văn Thành')
      await dialog.getByRole('button', { name: 'Ra quyết định' }).click()
      await page.getByText(`Đã ra quyết định số ${number}.`).waitFor()
      await h.axe('commendation decisions')
      const word = main.getByRole('link', { name: new RegExp(`^Tải bản Word quyết định .*${number}-`) })
      const [docx] = await Promise.all([page.waitForEvent('download'), word.click()])
      assert.match(docx.suggestedFilename(), /\.docx$/)
      assert.ok((await readFile(await docx.path())).subarray(0, 2).toString('latin1') === 'PK', 'the decision is a Word (zip) file')

      await page.goto(modelUrl)
      await main.getByRole('heading', { level: 1, name: title }).waitFor()
      await main.getByRole('button', { name: 'Công khai', exact: true }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Công khai' }).click()
      await page.getByText('Đã đưa lên trang công khai.').waitFor()

      // 4. Anyone, on a phone, finds it without typing diacritics.
      await page.context().clearCookies()
      await page.setViewportSize(PHONE)
      await page.goto(`${h.base}/cong-khai/guong-dien-hinh`)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await page.getByRole('searchbox').or(page.getByRole('textbox', { name: /Tìm/ })).first().fill('to tu quan duong hoa')
      await page.getByRole('link', { name: new RegExp(title.slice(0, 25)) }).first().click()
      await page.getByRole('heading', { level: 1, name: title }).waitFor()
      await h.axe('public model page on a phone')
      const shared = await (await page.request.get(page.url())).text()
      assert.match(shared, /<meta property="og:title" content="[^"]*Tổ tự quản đường hoa/)

      // 5. A unit of another commune records that it adopted the practice; the model's pages show the spread.
      await page.setViewportSize(DESKTOP)
      await h.signIn('admin')
      await page.goto(modelUrl)
      await main.getByRole('heading', { level: 1, name: title }).waitFor()
      const me = await (await page.request.get(`${h.base}/api/v1/auth/me`)).json()
      const root = me.grants[0].organization
      const communes = (await (await page.request.get(`${h.base}/api/v1/organizations/${root.id}/children`)).json()).items
      const model = await (await page.request.get(`${h.base}/api/v1/models/${modelUrl.split('/').pop()}`)).json()
      const other = communes.find((c) => c.name !== model.organization.name && !model.organization.name.includes(c.name) && c.kind !== 'ward')
      await main.getByRole('button', { name: 'Ghi nhận nhân rộng' }).click()
      dialog = page.getByRole('dialog')
      await dialog.getByRole('combobox', { name: /Đơn vị/ }).fill(other.name.split(' ').slice(-2).join(' '))
      await page.getByRole('option', { name: new RegExp(other.name) }).first().click()
      await dialog.getByLabel('Ngày áp dụng').fill(todayVn())
      await dialog.getByRole('textbox', { name: 'Kết quả' }).fill('Ba khu dân cư làm theo; 45 hộ nhận chăm đường hoa sau hai tháng.')
      await dialog.getByRole('button', { name: /Lưu|Ghi nhận/ }).last().click()
      await page.getByText(/Đã ghi nhận/).first().waitFor()
      await main.getByText(/Đã nhân rộng tại 1 đơn vị/).waitFor()
      await h.axe('model page with its spread')

      await page.context().clearCookies()
      await page.goto(`${h.base}/cong-khai/guong-dien-hinh/${model.id}`)
      await page.getByRole('heading', { level: 1, name: title }).waitFor()
      await page.getByText(new RegExp(other.name)).first().waitFor()
    },
  },
  {
    name: 'an administrator drafts next year\'s rubric, is told an area does not add up to 100, fixes it and publishes it',
    async run(page, h) {
      const main = page.getByRole('main')
      const next = Number(todayVn().slice(0, 4)) + 1
      const code = `thang-diem-${next}-${Date.now() % 100000}`
      await h.signIn('admin')
      await page.goto(`${h.base}/guong-dien-hinh`)
      await page.getByRole('navigation', { name: 'Các mục của gương điển hình' }).getByRole('link', { name: 'Thang điểm' }).click()
      await main.getByRole('heading', { level: 1, name: 'Thang điểm xét chọn gương điển hình' }).waitFor()
      await main.getByText('Đã ban hành').first().waitFor()
      await h.axe('rubrics list')

      await main.getByRole('button', { name: 'Tạo phiên bản mới' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('textbox', { name: 'Mã' }).fill(code)
      await dialog.getByRole('textbox', { name: 'Tên thang điểm' }).fill(`Thang điểm xét chọn gương điển hình năm ${next}`)
      await dialog.getByLabel('Có hiệu lực từ ngày').fill(`${next}-01-01`)
      await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click()
      await main.getByRole('heading', { level: 1, name: `Thang điểm xét chọn gương điển hình năm ${next}` }).waitFor()
      await main.getByText('Bản nháp').first().waitFor()

      await main.getByRole('button', { name: 'Sửa thang điểm' }).click()
      const ethics = main.getByRole('region', { name: 'Đạo đức' })
      await ethics.getByRole('textbox', { name: /^Điểm tối đa tiêu chí 1/ }).fill('25')
      await ethics.getByText(/Tổng: 95\/100 điểm/).waitFor()
      await main.getByRole('button', { name: 'Lưu thang điểm' }).click()
      await main.getByText('Điểm tối đa các tiêu chí của nội dung Đạo đức cộng lại là 95, phải bằng 100.').waitFor()
      await h.axe('rubric editor with an area that does not add up')
      await ethics.getByRole('textbox', { name: /^Điểm tối đa tiêu chí 2/ }).fill('35')
      await ethics.getByText(/Tổng: 100\/100 điểm/).waitFor()
      await main.getByRole('button', { name: 'Lưu thang điểm' }).click()
      await page.getByText('Đã lưu thang điểm.').waitFor()

      await main.getByRole('button', { name: 'Ban hành' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click()
      await main.getByText('Đã ban hành').first().waitFor()
      await main.getByText('Đang được 0 hồ sơ đề cử sử dụng.').waitFor()
      await h.axe('published rubric')

      const id = page.url().split('/').pop()
      const rubric = await (await page.request.get(`${h.base}/api/v1/nomination-rubrics/${id}`)).json()
      assert.equal(rubric.status, 'published')
      assert.equal(rubric.effectiveFrom, `${next}-01-01`)
      assert.deepEqual(rubric.content.areas.ethics.map((c) => c.maxPoints), [25, 35, 20, 20])
    },
  },
  {
    name: 'an administrator adds a photo to a published model and makes it the cover, which the public card then shows',
    async run(page, h) {
      const main = page.getByRole('main')
      const list = await (await page.request.get(`${h.base}/api/v1/public/models`)).json()
      const shown = list.items.find((m) => m.thumbnailUrl)
      assert.ok(shown, 'the demo has a published model with a photo')
      await h.signIn('admin')
      await page.goto(`${h.base}/guong-dien-hinh/${shown.id}`)
      await main.getByRole('heading', { level: 1, name: shown.title }).waitFor()
      const photos = main.getByRole('list', { name: 'Hình ảnh' })
      const before = await photos.getByRole('listitem').count()

      await main.getByRole('button', { name: 'Thêm ảnh' }).click()
      const dialog = page.getByRole('dialog')
      const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 30, g: 110, b: 60 } } }).jpeg({ quality: 70 }).toBuffer()
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: /^Ảnh/ }).click()])
      await chooser.setFiles({ name: 'vuon-hoa-moi.jpg', mimeType: 'image/jpeg', buffer: photo })
      await dialog.getByRole('textbox', { name: 'Chú thích' }).fill('Vườn hoa mới của khu dân cư')
      await dialog.getByRole('button', { name: 'Tải lên' }).click()
      await page.getByText('Đã tải lên.').waitFor()
      const n = before + 1
      await photos.getByRole('listitem').nth(n - 1).getByText(`Ảnh ${n} / ${n}`).waitFor()

      await main.getByRole('button', { name: `Đặt ảnh ${n} làm ảnh bìa` }).click()
      await page.getByText('Đã đổi ảnh bìa.').waitFor()
      const first = photos.getByRole('listitem').first()
      await first.getByText('Ảnh bìa').waitFor()
      await first.getByRole('link', { name: 'Mở ảnh cỡ lớn: Vườn hoa mới của khu dân cư' }).waitFor()
      await h.axe('model photos with a new cover')

      const model = await (await page.request.get(`${h.base}/api/v1/models/${shown.id}`)).json()
      const cover = model.photos.find((f) => f.position === 0)
      assert.equal(cover.caption, 'Vườn hoa mới của khu dân cư')
      const after = await (await page.request.get(`${h.base}/api/v1/public/models`)).json()
      assert.match(after.items.find((m) => m.id === shown.id).thumbnailUrl, new RegExp(cover.id))
    },
  },
  // Last of all: it takes the demo's commendations away from the public showcase.
  {
    name: 'the city annuls a wrong commendation decision: its models go back for review and leave the public showcase',
    async run(page, h) {
      const main = page.getByRole('main')
      const publicIds = async () => new Set((await (await page.request.get(`${h.base}/api/v1/public/models`)).json()).items.map((m) => m.id))
      const before = await publicIds()
      await h.signIn('admin')
      await page.goto(`${h.base}/guong-dien-hinh/khen-thuong`)
      await main.getByRole('heading', { level: 1 }).waitFor()
      const open = main.getByRole('button', { name: /^Hủy bỏ quyết định Số 86-/ })
      const number = (await open.getAttribute('aria-label')).replace('Hủy bỏ quyết định ', '')
      await open.click()
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('button', { name: 'Hủy bỏ quyết định', exact: true }).click()
      await dialog.getByText('Lý do hủy bỏ cần ít nhất 10 ký tự.').waitFor()
      await h.axe('annul dialog with a missing reason')
      await dialog.getByRole('textbox', { name: 'Lý do hủy bỏ' }).fill('Ghi sai hình thức khen thưởng; sẽ ban hành quyết định khác thay thế.')
      await dialog.getByRole('button', { name: 'Hủy bỏ quyết định', exact: true }).click()
      await page.getByText(`Đã hủy bỏ quyết định ${number}.`).waitFor()
      await main.getByText('Lý do: Ghi sai hình thức khen thưởng; sẽ ban hành quyết định khác thay thế.').waitFor()
      await main.getByText('Đã hủy bỏ', { exact: true }).first().waitFor()
      assert.equal(await main.getByRole('link', { name: `Tải bản Word quyết định ${number}` }).count(), 1, 'the decision stays downloadable as a record')
      assert.equal(await main.getByRole('link', { name: new RegExp(`giấy khen, bằng khen của quyết định ${number}`) }).count(), 0, 'no certificates for an annulled decision')
      await h.axe('decisions with an annulled one')

      const after = await publicIds()
      assert.ok(after.size < before.size, 'its published models left the showcase')
      for (const id of after) assert.ok(before.has(id))
      // Its nominations are back in review at the city, which can decide them again under a new number.
      const me = await (await page.request.get(`${h.base}/api/v1/auth/me`)).json()
      const city = me.grants.find((g) => g.role === 'admin').organization.id
      const decisions = await (await page.request.get(`${h.base}/api/v1/commendations?org=${city}`)).json()
      const annulled = await (await page.request.get(`${h.base}/api/v1/commendations/${decisions.items.find((d) => d.annulled).id}`)).json()
      const title = annulled.commended[0].model.title
      await page.goto(`${h.base}/guong-dien-hinh/de-cu?box=at`)
      await main.getByRole('heading', { level: 1, name: 'Đề cử khen thưởng gương điển hình' }).waitFor()
      await main.getByRole('link', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click()
      await main.getByText('Quyết định khen thưởng bị hủy bỏ').first().waitFor()
    },
  },
]
