// `neuguong import` as an office runs it: a real process on a fresh PGlite folder, JSON out, exit codes.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { encodeVni, makeXlsx } from '../test/sheet-fixtures.ts'

const dir = mkdtempSync(join(tmpdir(), 'neuguong-import-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(args: string[]) {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: join(dir, 'data'), NODE_ENV: 'test' }
  delete env.DATABASE_URL
  const res = spawnSync(process.execPath, ['bin/neuguong.js', ...args], { env, encoding: 'utf8', timeout: 120_000 })
  return { code: res.status, stdout: res.stdout, stderr: res.stderr }
}

describe('neuguong import', { timeout: 180_000 }, () => {
  it('imports with --json, reports conversions and row errors, is idempotent, and refuses a foreign file with exit 1', async () => {
    expect(run(['org', 'create', '--code', 'QT', '--name', 'Đảng bộ tỉnh Quảng Trị', '--kind', 'province']).code).toBe(0)
    expect(run(['org', 'create', '--code', 'QT.CB1', '--name', 'Chi bộ Thôn Một', '--kind', 'cell', '--parent', 'QT']).code).toBe(0)
    const file = join(dir, 'ds.xlsx')
    writeFileSync(file, await makeXlsx([
      ['Họ và tên', 'Ngày sinh', 'Giới tính'],
      [{ value: encodeVni('Phan Văn Tường'), font: 'VNI-Times' }, '12/10/1968', 'Nam'],
      ['Võ Thị Sáu', '00/13/1990', 'Nữ'],
    ]))
    const dry = run(['import', 'people', file, '--org', 'QT.CB1', '--dry-run', '--json'])
    expect(dry.code, dry.stderr).toBe(0)
    expect(JSON.parse(dry.stdout)).toMatchObject({ created: 1, updated: 0, skipped: 1, errors: [{ row: 3 }], conversions: [{ row: 2, column: 'Họ và tên', from: 'vni' }] })
    const first = run(['import', 'people', file, '--org', 'QT.CB1', '--json'])
    expect(JSON.parse(first.stdout)).toMatchObject({ created: 1, skipped: 1 })
    const again = run(['import', 'people', file, '--org', 'QT.CB1', '--json'])
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, skipped: 2 })

    const bogus = join(dir, 'x.xlsx')
    writeFileSync(bogus, '%PDF-1.4')
    const refused = run(['import', 'people', bogus, '--org', 'QT.CB1', '--json'])
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.stdout)).toMatchObject({ created: 0, errors: [{ row: 0, message: expect.stringMatching(/không phải bảng tính/) }] })
    expect(run(['import', 'people', join(dir, 'missing.xlsx'), '--json']).code).toBe(2)
  })
})
