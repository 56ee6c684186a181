import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium } from 'playwright-core'

const root = join(import.meta.dirname, '..')
const dataDir = mkdtempSync(join(tmpdir(), 'h1-check-'))
const procs = []
const run = (args, env = {}) => {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d)); child.stderr.on('data', (d) => (out += d))
  procs.push(child)
  return () => out
}
const server = run(['bin/neuguong.js', 'serve', '--demo', '--demo-stage', 'in_progress'], { DATA_DIR: dataDir, PORT: '3000', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '' })
const vite = run(['node_modules/vite/bin/vite.js', '--port', '5199', '--strictPort', '--host', '127.0.0.1'])
const base = 'http://127.0.0.1:5199'
const wait = async (url, what) => {
  for (let i = 0; i < 400; i++) { try { if ((await fetch(url)).ok) return } catch {} ; await new Promise((r) => setTimeout(r, 500)) }
  throw new Error(`${what} not up:\n${server()}\n${vite()}`)
}
const issues = []
try {
  await wait('http://127.0.0.1:3000/api/health', 'server')
  await wait(`${base}/`, 'vite')
  const accounts = Object.fromEntries(readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8').trim().split('\n').map((l) => { const [r, u, p] = l.split('\t'); return [r, { u, p }] }))
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  const page = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } })).newPage()
  page.on('console', (m) => m.type() === 'error' && issues.push(`console: ${m.text().slice(0, 300)}`))
  page.setDefaultTimeout(60000)
  const axe = async (label) => {
    const { violations } = await new AxeBuilder({ page }).analyze()
    for (const v of violations) issues.push(`${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
    console.log('axe', label, violations.length)
  }
  const role = process.argv[2] ?? 'office'
  await page.goto(`${base}/dang-nhap`)
  await page.getByLabel('Tên đăng nhập').fill(accounts[role].u)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(accounts[role].p)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'))
  await page.getByRole('link', { name: 'Gương điển hình' }).first().click()
  await page.getByRole('heading', { name: 'Danh sách' }).waitFor()
  await page.waitForTimeout(1500)
  await axe('list')
  await page.screenshot({ path: '/tmp/h1-list.png', fullPage: true })
  await page.getByRole('button', { name: 'Thêm gương điển hình' }).click()
  await page.getByRole('dialog').waitFor()
  await page.getByRole('radio', { name: /Cá nhân/ }).check()
  await page.waitForTimeout(500)
  await axe('create dialog')
  await page.getByRole('radio', { name: /Mô hình, cách làm/ }).check()
  await page.getByLabel('Tên gương điển hình').fill('Mô hình thử nghiệm kiểm tra giao diện')
  await page.getByLabel('Tóm tắt').fill('Một mô hình để kiểm tra trang gương điển hình có dễ đọc không.')
  await page.getByRole('dialog').getByRole('button', { name: 'Thêm' }).click()
  await page.waitForURL(/\/guong-dien-hinh\/[0-9a-f-]{36}$/)
  await page.getByRole('heading', { name: 'Câu chuyện' }).waitFor()
  await page.waitForTimeout(1500)
  await axe('model page')
  await page.screenshot({ path: '/tmp/h1-model.png', fullPage: true })
  await page.getByRole('button', { name: 'Viết câu chuyện' }).click()
  await page.waitForTimeout(1500)
  await axe('story editor')
  await page.getByRole('button', { name: 'Hủy' }).click()
  await page.getByRole('button', { name: 'Thêm ảnh' }).click()
  await page.getByRole('dialog').waitFor()
  await axe('upload dialog')
  await page.keyboard.press('Escape')
  await page.goto(`${base}/guong-dien-hinh/phong-trao?show=all`)
  await page.getByRole('heading', { name: 'Phong trào thi đua', level: 1 }).waitFor()
  await page.waitForTimeout(1500)
  await axe('movements')
  await page.screenshot({ path: '/tmp/h1-movements.png', fullPage: true })
  // A commended model from the demo, if any.
  await page.goto(`${base}/guong-dien-hinh?state=commended`)
  await page.waitForTimeout(2500)
  const first = page.getByRole('list', { name: 'Danh sách gương điển hình' }).getByRole('link').first()
  if (await first.count()) {
    await first.click()
    await page.getByRole('heading', { name: 'Nhân rộng' }).waitFor()
    await page.waitForTimeout(2000)
    await axe('commended model')
    await page.screenshot({ path: '/tmp/h1-commended.png', fullPage: true })
  } else console.log('no commended model in the demo')
  await page.goto(`${base}/guong-dien-hinh?state=published`)
  await page.waitForTimeout(2500)
  const pub = page.getByRole('list', { name: 'Danh sách gương điển hình' }).getByRole('link').first()
  if (await pub.count()) {
    await pub.click()
    await page.getByRole('heading', { name: 'Nhân rộng' }).waitFor()
    await page.waitForTimeout(2000)
    await axe('published model')
    await page.screenshot({ path: '/tmp/h1-published.png', fullPage: true })
  }
  await browser.close()
} catch (e) {
  issues.push(`error: ${e.stack ?? e}`)
} finally {
  for (const p of procs) p.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 1000))
  rmSync(dataDir, { recursive: true, force: true })
}
console.log(issues.join('\n') || 'no issues')
process.exit(0)
