// Dialogues with the people: a ward's leader schedules a citizen reception, records it as held with a citizen's
// question and the promise made in answer, then reports the promise done on the promises tracker; the month's
// reception days count it.
const DESKTOP = { width: 1280, height: 900 }
const todayVn = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
const inDays = (iso, n) => {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

export const dialogueTests = [
  {
    name: 'a ward leader holds a citizen reception, records a question and a promise, and reports the promise done',
    async run(page, h) {
      const main = page.getByRole('main')
      const today = todayVn()
      const title = `Tiếp công dân định kỳ ngày ${today.split('-').reverse().join('/')}`
      const promise = 'Lắp đèn chiếu sáng kiệt 45 đường Nguyễn Văn Linh trước ngày hẹn'
      await page.context().clearCookies()
      await page.setViewportSize(DESKTOP)
      await h.signIn('leader')
      await page.getByRole('navigation').getByRole('link', { name: 'Tiếp dân, đối thoại' }).click()
      await main.getByRole('heading', { level: 1, name: 'Tiếp công dân, đối thoại' }).waitFor()
      await main.getByRole('heading', { name: /Số ngày tiếp công dân tháng/ }).waitFor()
      await h.axe('dialogues and the month’s reception days')

      // Schedule it for today.
      await main.getByRole('button', { name: 'Lên lịch tiếp dân, đối thoại' }).click()
      let dialog = page.getByRole('dialog')
      await dialog.getByRole('textbox', { name: 'Tên buổi' }).fill(title)
      await dialog.getByLabel('Ngày tổ chức').fill(today)
      await dialog.getByRole('textbox', { name: 'Địa điểm' }).fill('Hội trường Đảng ủy phường')
      await dialog.getByRole('textbox', { name: 'Người chủ trì' }).fill('Đồng chí Bí thư Đảng ủy phường')
      await dialog.getByRole('button', { name: 'Lên lịch' }).click()
      await main.getByRole('heading', { level: 1, name: title }).waitFor()

      // Held: the minutes' summary, a citizen's question, the promise made in answer.
      await main.getByRole('button', { name: 'Ghi nhận đã tổ chức' }).click()
      dialog = page.getByRole('dialog')
      await dialog.getByRole('textbox', { name: 'Tóm tắt biên bản' }).fill('12 lượt công dân; 3 kiến nghị về chiếu sáng, vệ sinh môi trường; đã trả lời tại chỗ 2 kiến nghị.')
      await dialog.getByRole('textbox', { name: 'Số người dự' }).fill('12')
      await dialog.getByRole('button', { name: 'Ghi nhận đã tổ chức' }).click()
      await page.getByText('Đã ghi nhận buổi đã tổ chức.').waitFor()
      await main.getByRole('button', { name: 'Thêm câu hỏi, kiến nghị' }).click()
      dialog = page.getByRole('dialog')
      await dialog.getByRole('textbox', { name: 'Nội dung' }).fill('Kiệt 45 Nguyễn Văn Linh không có đèn chiếu sáng, buổi tối người dân đi lại khó khăn.')
      await dialog.getByRole('button', { name: 'Lưu' }).click()
      await page.getByText('Đã thêm câu hỏi, kiến nghị.').waitFor()
      await main.getByRole('button', { name: 'Thêm lời hứa' }).click()
      dialog = page.getByRole('dialog')
      await dialog.getByRole('textbox', { name: 'Nội dung đã hứa' }).fill(promise)
      await dialog.getByRole('textbox', { name: 'Người chịu trách nhiệm' }).fill('Đồng chí Chủ tịch UBND phường')
      await dialog.getByLabel('Thời hạn').fill(inDays(today, 30))
      await dialog.getByRole('button', { name: 'Lưu' }).click()
      await page.getByText('Đã thêm lời hứa.').waitFor()
      await main.getByText(promise).waitFor()
      await h.axe('a held reception with its question and promise')

      // The tracker: the promise reported done.
      await page.goto(`${h.base}/tiep-dan-doi-thoai/loi-hua`)
      await main.getByRole('heading', { level: 1, name: 'Theo dõi lời hứa với nhân dân' }).waitFor()
      const card = main.getByRole('listitem').filter({ hasText: promise })
      await card.getByRole('button', { name: 'Báo cáo tiến độ' }).click()
      dialog = page.getByRole('dialog')
      await dialog.getByRole('radio', { name: 'Đã hoàn thành (tiến độ 100%)' }).check()
      await dialog.getByRole('textbox', { name: 'Nội dung báo cáo' }).fill('Đã lắp 6 bóng đèn LED trong kiệt 45, người dân xác nhận.')
      await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click()
      await page.getByText('Đã gửi báo cáo tiến độ.').waitFor()
      await h.axe('promises tracker')
    },
  },
]
