// Browser golden paths on Debian's Chromium (never a downloaded browser), against the real server on a fresh PGlite
// with the demo province. Writes .e2e-results.json ({ numPassedTests, numFailedTests }) and screenshots in e2e/artifacts.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { chromium } from 'playwright-core'
import { tests } from './golden-paths.mjs'

const root = join(import.meta.dirname, '..')
const artifacts = join(root, 'e2e', 'artifacts')
mkdirSync(artifacts, { recursive: true })

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })

async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'neuguong-e2e-'))
  const port = await freePort()
  const child = spawn(process.execPath, ['bin/neuguong.js', 'serve', '--demo', '--demo-stage', 'in_progress', '--build-if-missing'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`)
    try {
      if ((await fetch(`${base}/api/health`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  const accounts = Object.fromEntries(
    readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8').trim().split('\n').map((line) => {
      const [role, username, password] = line.split('\t')
      return [role, { username, password }]
    }),
  )
  return {
    base, accounts,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)))
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

const server = await startServer()
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
})

let passed = 0
let failed = 0
const results = []
// E2E_ONLY=<text>: run only the tests whose name contains it (while working on one path).
const only = process.env.E2E_ONLY
for (const test of only ? tests.filter((x) => x.name.includes(only)) : tests) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: test.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 } })
  const page = await context.newPage()
  const outside = []
  const consoleErrors = []
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(server.base) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url)
  })
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()))
  const axeViolations = []
  const helpers = {
    base: server.base,
    accounts: server.accounts,
    /** Runs axe on the current page; serious and critical violations fail the test. */
    axe: async (label) => {
      // Let finite animations end first: axe reads colours mid-fade (a notification sliding in) as low contrast.
      await page.evaluate(() => Promise.all(globalThis.document.getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => {}))))
      const { violations } = await new AxeBuilder({ page }).analyze()
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        axeViolations.push(`${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
      }
    },
    signIn: async (role) => {
      const { username, password } = server.accounts[role]
      await page.goto(`${server.base}/dang-nhap`)
      await page.getByLabel('Tên đăng nhập').fill(username)
      await page.getByLabel('Mật khẩu', { exact: true }).fill(password)
      await page.getByRole('button', { name: 'Đăng nhập' }).click()
      await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'))
    },
  }
  const started = Date.now()
  let error = null
  try {
    await test.run(page, helpers)
    if (axeViolations.length) throw new Error(`accessibility violations:\n  ${axeViolations.join('\n  ')}`)
    if (outside.length) throw new Error(`requests outside the app's origin:\n  ${outside.join('\n  ')}`)
  } catch (e) {
    error = e
  }
  await page.screenshot({ path: join(artifacts, `${test.name.replace(/[^a-z0-9]+/gi, '-')}.png`), fullPage: true }).catch(() => {})
  const ms = Date.now() - started
  if (error) {
    failed++
    console.log(`✗ ${test.name} (${ms} ms)\n  ${String(error.stack ?? error).split('\n').slice(0, 6).join('\n  ')}`)
    if (consoleErrors.length) console.log(`  console errors: ${consoleErrors.slice(0, 5).join(' | ')}`)
  } else {
    passed++
    console.log(`✓ ${test.name} (${ms} ms)`)
  }
  results.push({ name: test.name, ok: !error, ms })
  await context.close()
}
await browser.close()
await server.stop()
writeFileSync(join(root, '.e2e-results.json'), JSON.stringify({ numPassedTests: passed, numFailedTests: failed, results }, null, 2))
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
