// The paths users walk every day. Each test gets a fresh browser context; the runner checks axe and outside requests.
import assert from 'node:assert/strict'
import { Secret, TOTP } from 'otpauth'
import { commitmentTests } from './golden-paths.commitments.mjs'
import { yearEndTests } from './golden-paths.yearend.mjs'
import { importTests } from './golden-paths.imports.mjs'
import { feedbackTests } from './golden-paths.feedback.mjs'
import { dialogueTests } from './golden-paths.dialogues.mjs'
import { shortcomingTests } from './golden-paths.shortcomings.mjs'
import { planTests } from './golden-paths.plans.mjs'
import { modelTests } from './golden-paths.models.mjs'

const ROOT = 'Đảng bộ thành phố Hải Vân'
const WARD = 'Đảng bộ phường Hải Vân'

async function openOrgFromTree(page, h, names) {
  await page.getByRole('link', { name: 'Cây tổ chức' }).first().click()
  await page.waitForURL(/\/to-chuc$/)
  await h.axe('organization tree')
  for (const name of names) {
    await page.getByRole('main').getByRole('link', { name, exact: true }).first().click()
    await page.getByRole('heading', { level: 1, name }).waitFor()
  }
}

export const tests = [
  {
    name: 'sign in and see my units',
    async run(page, h) {
      await page.goto(`${h.base}/`)
      await page.waitForURL(/\/dang-nhap/)
      await h.axe('sign-in page')
      await h.signIn('office')
      await page.getByRole('heading', { level: 1, name: /Xin chào/ }).waitFor()
      await page.getByRole('main').getByRole('link', { name: ROOT }).first().waitFor()
      await h.axe('home')
    },
  },
  {
    name: 'a wrong password gets a clear Vietnamese message',
    async run(page, h) {
      await page.goto(`${h.base}/dang-nhap`)
      await page.getByLabel('Tên đăng nhập').fill(h.accounts.office.username)
      await page.getByLabel('Mật khẩu', { exact: true }).fill('không-phải-mật-khẩu')
      await page.getByRole('button', { name: 'Đăng nhập' }).click()
      await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor()
      await h.axe('sign-in error')
    },
  },
  {
    name: 'browse the tree down to a party cell',
    async run(page, h) {
      await h.signIn('leader')
      await openOrgFromTree(page, h, [WARD])
      await h.axe('ward page')
      await page.getByRole('main').getByRole('link', { name: 'Chi bộ khu phố 1', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'Chi bộ khu phố 1' }).waitFor()
      await page.getByRole('tab', { name: /Người/ }).click()
      await page.getByRole('main').getByRole('link', { name: 'Lê Văn Dũng' }).waitFor()
      await h.axe('cell people tab')
      await page.getByRole('tab', { name: /Lịch sử/ }).click()
      await h.axe('cell history tab')
    },
  },
  {
    name: 'find a person without diacritics and open the record',
    async run(page, h) {
      await h.signIn('office')
      await page.getByRole('link', { name: 'Tìm người' }).first().click()
      await page.getByLabel('Tìm theo họ tên').fill('le van dung')
      const result = page.getByRole('main').getByRole('link', { name: 'Lê Văn Dũng' }).first()
      await result.waitFor()
      await h.axe('people search results')
      await result.click()
      await page.getByRole('heading', { level: 1, name: 'Lê Văn Dũng' }).waitFor()
      await page.getByText('Chi bộ khu phố 1').first().waitFor()
      await h.axe('person page')
    },
  },
  {
    name: 'an office moves a party cell to another ward',
    async run(page, h) {
      await h.signIn('office')
      await openOrgFromTree(page, h, [ROOT, WARD])
      await page.getByRole('main').getByRole('link', { name: 'Chi bộ khu phố 7', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'Chi bộ khu phố 7' }).waitFor()
      await page.getByRole('button', { name: 'Chuyển đơn vị' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.waitFor()
      await h.axe('move dialog')
      await dialog.getByRole('combobox', { name: /Đơn vị cấp trên mới/ }).fill('phuong thanh khe')
      await page.getByRole('option', { name: /Đảng bộ phường Thanh Khê/ }).first().click()
      await dialog.getByRole('button', { name: 'Xác nhận chuyển' }).click()
      await dialog.waitFor({ state: 'hidden' })
      const crumbs = page.getByRole('navigation', { name: /Đường dẫn|breadcrumb/i })
      await crumbs.getByRole('link', { name: 'Đảng bộ phường Thanh Khê' }).waitFor()
      await page.getByRole('tab', { name: /Lịch sử/ }).click()
      await page.getByText(/Chuyển từ Đảng bộ phường Hải Vân sang Đảng bộ phường Thanh Khê/).waitFor()
      const text = await page.getByRole('main').innerText()
      assert.ok(!text.includes('Chi bộ khu phố 7') || text.includes('Thanh Khê'))
    },
  },
  {
    name: 'a member on a phone sees their own record',
    mobile: true,
    async run(page, h) {
      await h.signIn('member')
      await page.getByRole('heading', { level: 1, name: /Xin chào/ }).waitFor()
      await h.axe('member home (phone)')
      await page.getByRole('main').getByRole('link', { name: /Hồ sơ của tôi/ }).click()
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.getByText('Chi bộ khu phố 1').first().waitFor()
      await h.axe('member record (phone)')
    },
  },
  {
    name: 'an administrator opens accounts and switches to English',
    async run(page, h) {
      await h.signIn('admin')
      await page.getByRole('link', { name: 'Quản lý tài khoản' }).first().click()
      await page.getByRole('main').getByText('quantri', { exact: true }).waitFor()
      await h.axe('accounts page')
      await page.getByLabel(/Tìm tài khoản/).fill('vanphong')
      await page.getByRole('main').getByText('quantri', { exact: true }).waitFor({ state: 'detached' })
      await page.getByRole('main').getByRole('link').first().click()
      await page.getByRole('heading', { level: 1 }).waitFor()
      await h.axe('account page')
      await page.getByRole('button', { name: /English/ }).first().click()
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.getByRole('navigation').getByRole('link', { name: /Organization/ }).first().waitFor()
      await h.axe('account page in English')
      // The choice is kept: after a reload the English catalogue (its own chunk) is fetched before the first render.
      await page.reload()
      await page.getByRole('navigation').getByRole('link', { name: /Organization/ }).first().waitFor()
      assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    },
  },
  // Last: it turns two-step sign-in on for the demo office account, which the tests above sign in with.
  {
    name: 'a member changes their own password and signs in with it',
    mobile: true,
    async run(page, h) {
      await h.signIn('member')
      await page.goto(`${h.base}/bao-mat`)
      await page.getByRole('heading', { level: 1, name: 'Bảo mật tài khoản' }).waitFor()
      await h.axe('security page (phone)')
      const fresh = 'mật-khẩu-mới-của-đảng-viên'
      await page.getByLabel('Mật khẩu hiện tại').fill('sai-mật-khẩu-hiện-tại')
      await page.getByLabel('Mật khẩu mới').fill(fresh)
      await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
      await page.getByText('Mật khẩu hiện tại không đúng.').first().waitFor()
      await page.getByLabel('Mật khẩu hiện tại').fill(h.accounts.member.password)
      await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
      await page.getByText('Đã đổi mật khẩu.').waitFor()
      h.accounts.member.password = fresh
      await page.context().clearCookies()
      await h.signIn('member')
      await page.getByRole('heading', { level: 1, name: /Xin chào/ }).waitFor()
    },
  },
  {
    name: 'an office turns on two-step sign-in and signs in with a code',
    async run(page, h) {
      await h.signIn('office')
      await page.getByRole('link', { name: 'Bảo mật tài khoản' }).first().click()
      await page.getByRole('heading', { level: 1, name: 'Bảo mật tài khoản' }).waitFor()
      await page.getByRole('main').getByText('Chưa bật', { exact: true }).waitFor()
      await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click()
      const secretText = page.getByTestId('totp-secret')
      await secretText.waitFor()
      await page.getByRole('img', { name: 'Mã QR để quét bằng ứng dụng xác thực' }).waitFor()
      await h.axe('security page, setting up')
      const secret = (await secretText.innerText()).replace(/\s+/g, '')
      assert.match(secret, /^[A-Z2-7]{16,}$/)
      const totp = new TOTP({ secret: Secret.fromBase32(secret) })
      await page.getByLabel('Mã xác thực').fill(totp.generate())
      await page.getByRole('button', { name: 'Xác nhận' }).click()
      await page.getByRole('main').getByText('Đang bật', { exact: true }).waitFor()
      await h.axe('security page, on')

      await page.getByRole('button', { name: 'Đăng xuất' }).click()
      await page.waitForURL(/\/dang-nhap/)
      const { username, password } = h.accounts.office
      await page.getByLabel('Tên đăng nhập').fill(username)
      await page.getByLabel('Mật khẩu', { exact: true }).fill(password)
      await page.getByRole('button', { name: 'Đăng nhập' }).click()
      const code = page.getByLabel('Mã xác thực')
      await code.waitFor()
      await page.getByText(/Nhập mã xác thực 6 chữ số/).waitFor()
      await h.axe('sign-in code step')
      // The code of the current step was used to confirm, and each code is good once: the next step's code.
      await code.fill(totp.generate({ timestamp: Date.now() + 30_000 }))
      await page.getByRole('button', { name: 'Đăng nhập' }).click()
      await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'))
      await page.getByRole('heading', { level: 1, name: /Xin chào/ }).waitFor()
    },
  },
  {
    name: 'an administrator reviews the rule set and the current cycle',
    async run(page, h) {
      await h.signIn('admin')
      await page.getByRole('navigation').getByRole('link', { name: 'Chu kỳ và quy tắc' }).click()
      await page.getByRole('heading', { level: 1, name: 'Chu kỳ hằng năm' }).waitFor()
      const current = page.getByRole('main').getByRole('link', { name: /^Chu kỳ năm \d{4}$/ }).first()
      await current.waitFor()
      await h.axe('cycles page')
      const year = (await current.innerText()).match(/\d{4}/)[0]
      await current.click()
      await page.getByRole('heading', { level: 1, name: `Chu kỳ năm ${year}` }).waitFor()
      await h.axe('cycle page')
      await page.getByRole('main').getByRole('link', { name: /Quy định 366/ }).click()
      await page.getByRole('heading', { level: 1, name: /Quy định 366/ }).waitFor()
      await page.getByRole('tab', { name: 'Lãnh đạo, quản lý' }).click()
      const tables = page.getByRole('tabpanel').getByRole('table')
      await tables.first().waitFor()
      assert.equal(await tables.count(), 2)
      const points = (text) => Number(text.trim().replace(',', '.'))
      for (const [i, max] of [[0, 30], [1, 70]]) {
        const rows = await tables.nth(i).locator('tbody tr td:last-child').allInnerTexts()
        assert.ok(rows.length > 0)
        assert.equal(rows.map(points).reduce((a, b) => a + b, 0), max)
        assert.equal(points(await tables.nth(i).getByTestId('criteria-total').innerText()), max)
      }
      await page.getByText('≥ 90', { exact: true }).waitFor()
      await page.getByText(/không quá 20 % số được xếp loại Hoàn thành tốt nhiệm vụ/).waitFor()
      await h.axe('rule set page')
    },
  },
  {
    name: 'a visitor without an account finds a public exemplary commitment without diacritics',
    mobile: true,
    async run(page, h) {
      await page.goto(`${h.base}/dang-nhap`)
      await page.getByRole('link', { name: 'Xem cam kết nêu gương công khai' }).click()
      await page.waitForURL(/\/cong-khai\/cam-ket-neu-guong$/)
      await page.getByRole('heading', { level: 1, name: 'Cam kết nêu gương công khai' }).waitFor()
      await page.getByRole('link', { name: 'Đăng nhập' }).waitFor()
      const list = page.getByRole('list', { name: 'Các cam kết nêu gương công khai' })
      const name = (await list.getByRole('link').first().innerText()).trim()
      await h.axe('public exemplary list')
      // The demo publishes every third leader's commitment to the public; search the first one's name without accents.
      const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim()
      const folded = fold(name)
      assert.notEqual(folded, name.toLowerCase())
      await page.getByLabel('Tìm theo họ tên hoặc đơn vị').fill(folded)
      await page.waitForURL(/[?&]q=/)
      // The results follow the search box after a short pause: wait until every name listed matches.
      const deadline = Date.now() + 15_000
      for (;;) {
        const names = await list.getByRole('link').allInnerTexts()
        if ((await list.getAttribute('aria-busy')) === 'false' && names.length > 0 && names.every((n) => fold(n).includes(folded))) break
        assert.ok(Date.now() < deadline, `the results never narrowed to "${folded}": ${names.slice(0, 5).join(', ')}`)
        await new Promise((r) => setTimeout(r, 200))
      }
      await h.axe('public exemplary search results')
      await list.getByRole('link', { name, exact: true }).first().click()
      await page.getByRole('heading', { level: 1, name: `Cam kết nêu gương của ${name}` }).waitFor()
      const items = page.getByRole('region', { name: 'Nội dung cam kết' })
      await items.getByRole('heading', { level: 3 }).first().waitFor()
      assert.ok((await items.getByRole('listitem').count()) > 0)
      await page.getByText('Chuyên đề').first().waitFor()
      assert.ok(page.url().includes('/cong-khai/cam-ket-neu-guong/'))
      await h.axe('public exemplary commitment')
    },
  },
  ...commitmentTests,
  ...yearEndTests,
  ...importTests,
  ...feedbackTests,
  ...dialogueTests,
  ...shortcomingTests,
  ...planTests,
  ...modelTests,
]
