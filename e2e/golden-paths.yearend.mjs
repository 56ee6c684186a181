// The golden path's year end, after the registration tests (the demo cycle starts "in progress"): the administrator
// opens the year-end review, the member assesses the year on the frame, the cell reviews and proposes, the grassroots
// committee's decision at the top level is refused by the quota with the numbers shown, then decided; the dashboard
// counts every step. Runs last: it moves the demo cycle on.
import assert from 'node:assert/strict'

export const yearEndTests = [
  {
    name: 'the year end: self-assessment, the cell review, a decision refused by the quota, the dashboard',
    async run(page, h) {
      const main = page.getByRole('main')
      const dialog = page.getByRole('dialog')
      const signInAs = (role) => page.context().clearCookies().then(() => h.signIn(role))

      // The administrator moves this year's cycle to the year-end review.
      await signInAs('admin')
      await page.getByRole('navigation').getByRole('link', { name: 'Chu kỳ và quy tắc' }).click()
      await main.getByRole('link', { name: /^Chu kỳ năm \d{4}$/ }).first().click()
      await main.getByRole('button', { name: 'Bắt đầu kiểm điểm cuối năm' }).click()
      await dialog.getByRole('button', { name: 'Bắt đầu kiểm điểm cuối năm' }).click()
      await page.getByText(/đã chuyển sang “Kiểm điểm cuối năm”/).waitFor()

      // The member (approved in the registration test) assesses each item, scores the frame and proposes the top level.
      await signInAs('member')
      const fullName = (await page.getByRole('heading', { level: 1, name: /Xin chào/ }).innerText()).replace(/^Xin chào,\s*/, '').trim()
      await main.getByRole('link', { name: /Cam kết của tôi/ }).click()
      await main.getByRole('heading', { level: 2, name: 'Tự đánh giá cuối năm' }).waitFor()
      const href = await main.getByRole('link', { name: 'In bản cam kết' }).getAttribute('href')
      const commitmentId = href.match(/\/cam-ket\/([0-9a-f-]{36})/)[1]
      const points = main.getByRole('textbox', { name: /^Điểm tự chấm: / })
      await points.first().waitFor()
      const exceeded = main.getByRole('radio', { name: 'Hoàn thành vượt mức' })
      for (let i = 0; i < await exceeded.count(); i++) await exceeded.nth(i).check()
      // Full marks: each criterion's maximum, read from its row ("Tối đa").
      for (let i = 0; i < await points.count(); i++) {
        const max = (await points.nth(i).locator('xpath=ancestor::tr').locator('td').nth(1).innerText()).trim()
        await points.nth(i).fill(max)
      }
      await main.getByText(/^Tổng điểm: 100\/100$/).waitFor()
      await main.getByRole('combobox', { name: 'Mức tự xếp loại' }).click()
      await page.getByRole('option', { name: 'Hoàn thành xuất sắc nhiệm vụ' }).click()
      const conditions = main.getByRole('group', { name: /Điều kiện của mức Hoàn thành xuất sắc nhiệm vụ/ }).getByRole('checkbox')
      for (let i = 0; i < await conditions.count(); i++) await conditions.nth(i).check()
      await h.axe('self-assessment')
      await main.getByRole('button', { name: 'Gửi bản tự đánh giá' }).click()
      await page.getByText('Đã gửi bản tự đánh giá, tự chấm điểm.').waitFor()

      // The cell's secretary records the review: attendance, votes, the proposed level, a shortcoming to carry over.
      await signInAs('secretary')
      await page.goto(`${h.base}/cam-ket/${commitmentId}`)
      await main.getByRole('heading', { level: 2, name: 'Kiểm điểm tại chi bộ' }).waitFor()
      await main.getByRole('button', { name: 'Kiểm điểm tại chi bộ' }).click()
      await dialog.getByRole('textbox', { name: 'Số đảng viên có mặt' }).fill('12')
      await dialog.getByRole('textbox', { name: 'Tổng số đảng viên' }).fill('13')
      await dialog.getByRole('textbox', { name: 'Hoàn thành xuất sắc nhiệm vụ' }).fill('11')
      await dialog.getByRole('textbox', { name: 'Hoàn thành tốt nhiệm vụ' }).fill('1')
      await dialog.getByRole('button', { name: 'Thêm hạn chế, khuyết điểm' }).click()
      await dialog.getByRole('textbox', { name: 'Hạn chế, khuyết điểm 1' }).fill('Chưa tích cực phát biểu trong sinh hoạt chi bộ')
      await h.axe('cell review dialog')
      await dialog.getByRole('button', { name: 'Ghi kết quả kiểm điểm' }).click()
      await dialog.waitFor({ state: 'hidden' })
      await main.getByText('Chưa tích cực phát biểu trong sinh hoạt chi bộ').waitFor()

      // The province decides (the administrator; the office account has two-step sign-in on by now): the top level is refused by the quota (none decided "good" yet, so none allowed), with the
      // numbers in words; then decided one level lower.
      await signInAs('admin')
      await page.goto(`${h.base}/cam-ket/${commitmentId}`)
      await main.getByRole('link', { name: /^Xếp loại tại / }).click()
      await main.getByRole('button', { name: `Quyết định xếp loại ${fullName}` }).click()
      await dialog.getByRole('button', { name: 'Quyết định', exact: true }).click()
      await dialog.getByText(/^Vượt tỷ lệ: được tối đa 0 Hoàn thành xuất sắc nhiệm vụ \(20% của 0 Hoàn thành tốt nhiệm vụ\); quyết định này sẽ thành 1\.$/).waitFor()
      await h.axe('decision refused by the quota')
      await dialog.getByRole('combobox', { name: 'Mức xếp loại' }).click()
      await page.getByRole('option', { name: 'Hoàn thành tốt nhiệm vụ' }).click()
      await dialog.getByRole('button', { name: 'Quyết định', exact: true }).click()
      await dialog.waitFor({ state: 'hidden' })
      await page.getByText(`Đã quyết định xếp loại ${fullName}: Hoàn thành tốt nhiệm vụ.`).waitFor()

      // The dashboard of that organization counts the decision and no longer lists the member as waiting.
      const orgUrl = new URL(page.url())
      const orgId = orgUrl.pathname.split('/').pop()
      await page.goto(`${h.base}/tong-hop?org=${orgId}`)
      const stats = page.getByTestId('dashboard-stats')
      await stats.getByText('Đã có quyết định xếp loại').waitFor()
      // The figures arrive after the page: read them until the decision is counted (or give up after ten seconds).
      let text = ''
      for (let i = 0; i < 20; i++) {
        text = await stats.innerText()
        if (Number(text.match(/Đã có quyết định xếp loại(?:\s*Trọng tâm)?\s*([\d.]+)/)?.[1].replace(/\./g, '') ?? 0) >= 1) break
        await page.waitForTimeout(500)
      }
      const decided = Number(text.match(/Đã có quyết định xếp loại(?:\s*Trọng tâm)?\s*([\d.]+)/)?.[1].replace(/\./g, ''))
      assert.ok(decided >= 1, `the dashboard counts the decision: ${text.replace(/\n/g, ' | ')}`)
      await main.getByRole('button', { name: /^Chờ quyết định/ }).click()
      await page.getByTestId('dashboard-pending').or(main.getByText('Không còn ai ở bước này.')).first().waitFor()
      assert.equal(await main.getByRole('link', { name: fullName, exact: true }).count(), 0, 'the member no longer waits for a decision')
      await h.axe('dashboard after the decision')
    },
  },
]
