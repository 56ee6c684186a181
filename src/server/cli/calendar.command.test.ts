// `neuguong calendar` as an office runs it: a real process on a fresh PGlite folder.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'neuguong-calendar-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(args: string[]) {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: join(dir, 'data'), NODE_ENV: 'test' }
  delete env.DATABASE_URL
  const res = spawnSync(process.execPath, ['bin/neuguong.js', ...args], { env, encoding: 'utf8', timeout: 120_000 })
  return { code: res.status, stdout: res.stdout, stderr: res.stderr }
}

describe('neuguong calendar', { timeout: 180_000 }, () => {
  it('prints deadlines and holidays, and refuses bad input with exit 2 and a Vietnamese message', () => {
    const tet = run(['calendar', 'add-working-days', '2026-02-10', '10'])
    expect(tet.code, tet.stderr).toBe(0)
    expect(tet.stdout).toBe('2026-03-03\n')
    expect(run(['calendar', 'add-working-days', '2026-04-29', '1']).stdout).toBe('2026-05-04\n')

    const year = run(['calendar', 'holidays', '2026'])
    expect(year.code, year.stderr).toBe(0)
    expect(year.stdout).toContain('2026-02-17\tThứ Ba\tTết Nguyên đán (mùng 1)\tnghỉ\n')
    expect(year.stdout).toContain('2026-04-27\tThứ Hai\tNghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)\tnghỉ\n')
    const far = run(['calendar', 'holidays', '2040'])
    expect(far.stdout).toMatch(/^# Năm 2040 chưa có lịch đã lưu/)

    const badDate = run(['calendar', 'add-working-days', '2026-02-30', '10'])
    expect(badDate.code).toBe(2)
    expect(badDate.stderr).toMatch(/Ngày không hợp lệ: 2026-02-30/)
    const badDays = run(['calendar', 'add-working-days', '2026-02-10', 'mười'])
    expect(badDays.code).toBe(2)
    expect(badDays.stderr).toMatch(/Số ngày làm việc không hợp lệ/)
    expect(run(['calendar', 'holidays', '26']).code).toBe(2)
  })
})
