// Golden paths of the yearly cycle: a member's commitment from registration to approval, mid-year progress, and the
// office following the whole province on the dashboard.
import assert from 'node:assert/strict'

export const commitmentTests = [
  // The demo may have given the member a commitment already: whatever its status, it is brought to "submitted".
  {
    name: 'a member registers a commitment and the secretary returns then approves it',
    mobile: true,
    async run(page, h) {
      const main = page.getByRole('main')
      const status = page.getByTestId('commitment-status')
      const button = (name) => main.getByRole('button', { name, exact: true })
      const signInAs = (role) => page.context().clearCookies().then(() => h.signIn(role))
      /** A button of the page, then the same in its dialog (after filling one field). */
      const act = async (name, fill, dialog = page.getByRole('dialog')) => {
        if (await dialog.count() === 0) await button(name).click()
        if (fill) await dialog.getByLabel(fill[0]).fill(fill[1])
        await dialog.getByRole('button', { name, exact: true }).click()
        await dialog.waitFor({ state: 'hidden' })
      }
      const review = async (axe) => {
        await signInAs('secretary')
        await main.getByRole('link', { name: /Cam kết chờ duyệt/ }).click()
        await main.getByRole('button', { name: /^Chờ duyệt \(\d+\)$/, pressed: true }).waitFor()
        await main.getByRole('link', { name: fullName, exact: true }).waitFor()
        if (axe) await h.axe(axe)
        await main.getByRole('link', { name: fullName, exact: true }).click()
        await page.getByRole('heading', { level: 1, name: `Bản cam kết của ${fullName}` }).waitFor()
      }

      await signInAs('member')
      const fullName = (await page.getByRole('heading', { level: 1, name: /Xin chào/ }).innerText()).replace(/^Xin chào,\s*/, '').trim()
      await main.getByRole('link', { name: /Cam kết của tôi/ }).click()
      const create = main.getByRole('button', { name: /^Lập bản cam kết năm \d{4}$/ })
      await create.or(status).first().waitFor()
      const year = Number((await main.innerText()).match(/Năm (\d{4})/)[1])
      if (await create.isVisible()) await create.click()
      await status.waitFor()
      if (await button('Mở lại để sửa').isVisible()) await act('Mở lại để sửa')
      await h.axe('my commitment (phone)')
      if (await button('Thêm nội dung').isVisible()) {
        await button('Thêm nội dung').click()
        const dialog = page.getByRole('dialog', { name: 'Thêm nội dung cam kết' })
        await dialog.getByRole('combobox', { name: /Lĩnh vực/ }).click()
        await page.getByRole('option', { name: 'Thực hiện nhiệm vụ chuyên môn' }).click()
        await dialog.getByRole('textbox', { name: /^Nội dung cam kết/ }).fill('Giải quyết đúng hạn toàn bộ hồ sơ của người dân được giao')
        await dialog.getByRole('textbox', { name: /^Sản phẩm cụ thể/ }).fill('100% hồ sơ đúng hạn')
        await act('Thêm nội dung', [/Thời hạn/, `${year}-11-30`])
        await button('Lưu').click()
        await page.getByText('Đã lưu bản cam kết.').waitFor()
        await act('Gửi chi bộ duyệt')
      }
      await status.filter({ hasText: 'Chờ duyệt' }).waitFor()

      await main.getByRole('link', { name: 'In bản cam kết' }).click()
      await page.getByRole('heading', { level: 1, name: `BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM ${year}` }).waitFor()
      await main.getByText('XÁC NHẬN CỦA CHI BỘ').waitFor()
      await h.axe('printable commitment (phone)')
      await page.emulateMedia({ media: 'print' })
      assert.equal(await page.getByRole('banner').isVisible(), false)
      assert.equal(await button('In').isVisible(), false)
      await page.emulateMedia({ media: 'screen' })

      const comment = 'Nội dung chuyên môn cần nêu rõ số hồ sơ được giao và cách theo dõi.'
      await review('cell commitments tab (phone)')
      await act('Trả lại', [/Ý kiến/, comment])
      await status.filter({ hasText: 'Trả lại để sửa' }).waitFor()

      await signInAs('member')
      await main.getByRole('link', { name: /Cam kết của tôi/ }).click()
      await page.getByTestId('return-comment').filter({ hasText: comment }).waitFor()
      await act('Gửi chi bộ duyệt')
      await status.filter({ hasText: 'Chờ duyệt' }).waitFor()

      await review()
      await act('Duyệt', [/Ý kiến của chi bộ/, 'Đạt yêu cầu'])
      await status.filter({ hasText: 'Đã duyệt' }).waitFor()
      await main.getByText(`Trả lại: “${comment}”`).last().waitFor()
      await main.getByText('Đã duyệt: “Đạt yêu cầu”').last().waitFor()
    },
  },
  // The commitment approved just above: its owner reports mid-year progress (the demo cycle stays "in progress").
  {
    name: 'a member reports mid-year progress',
    mobile: true,
    async run(page, h) {
      const main = page.getByRole('main')
      await h.signIn('member')
      await main.getByRole('link', { name: /Cam kết của tôi/ }).click()
      await page.getByTestId('commitment-status').filter({ hasText: 'Đã duyệt' }).waitFor()
      await main.getByRole('button', { name: 'Báo cáo tiến độ', exact: true }).click()
      const dialog = page.getByRole('dialog', { name: /Tiến độ thực hiện 6 tháng/ })
      await dialog.getByLabel('Tiến độ nội dung 1 (%)').fill('60')
      await dialog.getByLabel('Ghi chú nội dung 1').fill('Đã hoàn thành hơn một nửa')
      await h.axe('progress dialog (phone)')
      await dialog.getByRole('button', { name: 'Lưu tiến độ' }).click()
      await main.getByRole('progressbar', { name: 'Tiến độ 6 tháng của nội dung 1' }).and(page.locator('[aria-valuenow="60"]')).waitFor()
      await main.getByText('Đã hoàn thành hơn một nửa').waitFor()
      // The confirmation fades in and out: axe the page once it is gone.
      await page.getByText('Đã lưu tiến độ 6 tháng.').waitFor()
      await page.getByText('Đã lưu tiến độ 6 tháng.').waitFor({ state: 'hidden' })
      await h.axe('my commitment with progress (phone)')
    },
  },
  // The office of the province follows the year on the dashboard: the province's figures and sub-units (the laggards
  // first), a drill-down into the first sub-unit, and who there has not registered yet.
  {
    name: 'the province follows the year on the dashboard and drills down to who has not registered',
    async run(page, h) {
      const main = page.getByRole('main')
      // The administrator (the office account has two-step sign-in on by now, from an earlier test).
      await h.signIn('admin')
      await main.getByRole('link', { name: /^Tổng hợp/ }).first().click()
      await page.waitForURL(/\/tong-hop/)
      await page.getByRole('heading', { level: 1, name: 'Đảng bộ thành phố Hải Vân' }).waitFor()
      const stats = page.getByTestId('dashboard-stats')
      await stats.getByText('Số người', { exact: true }).waitFor()
      await stats.getByText('Đã đăng ký cam kết').waitFor()
      const units = page.getByTestId('dashboard-units')
      await units.getByRole('columnheader', { name: /Đã đăng ký/ }).waitFor()
      assert.ok(await units.locator('tbody tr').count() >= 2, 'the province lists its sub-units')
      await h.axe('dashboard of the province')

      const first = units.locator('tbody tr').first().getByRole('rowheader').getByRole('link').first()
      const name = (await first.innerText()).trim()
      await first.click()
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor()
      await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Đảng bộ thành phố Hải Vân' }).waitFor()

      const notRegistered = main.getByRole('button', { name: /^Chưa đăng ký \(\d[\d.]*\)$/ })
      await notRegistered.click()
      await main.getByRole('button', { name: /^Chưa đăng ký/, pressed: true }).waitFor()
      const count = Number((await notRegistered.innerText()).match(/\(([\d.]+)\)/)[1].replace(/\./g, ''))
      assert.ok(count >= 1, `the laggard ${name} has someone not registered`)
      const pending = page.getByTestId('dashboard-pending')
      await pending.getByRole('listitem').first().waitFor()
      await pending.getByRole('listitem').first().getByText('Chưa đăng ký', { exact: true }).waitFor()
      await h.axe('dashboard of a sub-unit, not registered')
    },
  },
]
