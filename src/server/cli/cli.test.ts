// The `neuguong` command as an administrator runs it: a fresh PGlite folder, real processes.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dataDir = mkdtempSync(join(tmpdir(), 'neuguong-cli-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

function run(args: string[], input = '') {
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'test' }
  delete (env as Record<string, string | undefined>).DATABASE_URL
  const res = spawnSync(process.execPath, ['bin/neuguong.js', ...args], { input, env, encoding: 'utf8', timeout: 120_000 })
  return { code: res.status, stdout: res.stdout, stderr: res.stderr }
}

describe('neuguong CLI', { timeout: 180_000 }, () => {
  it('seeds the demo province, lists organizations, manages users and tokens, verifies the audit chain', () => {
    expect(run(['migrate']).code).toBe(0)
    const seeded = run(['seed', 'demo', '--people', '600'])
    expect(seeded.code, seeded.stderr).toBe(0)
    expect(seeded.stdout).toMatch(/quantri/)

    const list = run(['org', 'list', '--json'])
    expect(list.code).toBe(0)
    const orgs = JSON.parse(list.stdout) as { id: string; code: string; name: string; kind: string; parentCode: string | null }[]
    expect(orgs.length).toBeGreaterThanOrEqual(300)
    expect(orgs[0]).toMatchObject({ code: 'HV', kind: 'province', parentCode: null })
    expect(orgs.filter((o) => o.parentCode === 'HV').length).toBeGreaterThanOrEqual(20)

    const cell = orgs.find((o) => o.kind === 'cell')!
    const created = run(['user', 'create', '--username', 'bithu2', '--display-name', 'Bí thư thử', '--password-stdin', '--grant', `secretary:${cell.code}:unit`], 'mật-khẩu-dài-đủ-mười-hai\n')
    expect(created.code, created.stderr).toBe(0)
    expect(run(['user', 'grant', '--username', 'bithu2', '--grant', 'leader:HV']).code).toBe(0)

    const token = run(['token', 'create', '--username', 'bithu2'])
    expect(token.code).toBe(0)
    expect(token.stdout.trim()).toMatch(/^ng_[A-Za-z0-9_-]{43}$/)

    const verified = run(['audit', 'verify'])
    expect(verified.code).toBe(0)
    expect(verified.stdout).toMatch(/toàn vẹn: \d+ sự kiện/)
  })

  it('refuses bad input with a clear message and exit code', () => {
    const badGrant = run(['user', 'create', '--username', 'x1', '--password-stdin', '--grant', 'king:HV'], 'mật-khẩu-dài-đủ-mười-hai\n')
    expect(badGrant.code).toBe(2)
    expect(badGrant.stderr).toMatch(/Quyền không hợp lệ/)
    const unknownOrg = run(['user', 'grant', '--username', 'bithu2', '--grant', 'leader:KHONG-CO'])
    expect(unknownOrg.code).toBe(1)
    expect(unknownOrg.stderr).toMatch(/Không có tổ chức mã "KHONG-CO"/)
    const weak = run(['user', 'create', '--username', 'x2', '--password-stdin'], 'ngắn\n')
    expect(weak.code).toBe(1)
    expect(weak.stderr).not.toMatch(/at .*\.ts:\d+/)
  })

  it('refuses to open a PGlite folder that another process holds', () => {
    writeFileSync(join(dataDir, 'neuguong.lock'), String(process.pid))
    try {
      const res = run(['org', 'list'])
      expect(res.code).toBe(2)
      expect(res.stderr).toMatch(/đang được tiến trình \d+ sử dụng/)
    } finally {
      rmSync(join(dataDir, 'neuguong.lock'))
    }
  })

  it('bootstraps a real installation: a root organization, a child, an administrator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'neuguong-cli-empty-'))
    try {
      const env = { DATA_DIR: dir }
      const runIn = (args: string[], input = '') => {
        const res = spawnSync(process.execPath, ['bin/neuguong.js', ...args], { input, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 })
        return { code: res.status, stdout: res.stdout, stderr: res.stderr }
      }
      expect(runIn(['org', 'create', '--code', 'QN', '--name', 'Đảng bộ tỉnh Quảng Nam', '--kind', 'province']).code).toBe(0)
      expect(runIn(['org', 'create', '--code', 'QN.X-TRALENG', '--name', 'Đảng bộ xã Trà Leng', '--kind', 'commune', '--parent', 'QN']).code).toBe(0)
      expect(runIn(['org', 'create', '--code', 'có dấu', '--name', 'X', '--kind', 'cell']).code).toBe(2)
      expect(runIn(['user', 'create', '--username', 'quantri', '--password-stdin', '--grant', 'admin:QN'], 'mật-khẩu-quản-trị-dài\n').code).toBe(0)
      const orgs = JSON.parse(runIn(['org', 'list', '--json']).stdout)
      expect(orgs.map((o: { code: string; parentCode: string | null }) => [o.code, o.parentCode])).toEqual([['QN', null], ['QN.X-TRALENG', 'QN']])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('filters Vietnamese text line by line', () => {
    expect(run(['text', 'fold'], 'Lê Văn Dũng\nĐOÀN Thị Hường\n').stdout).toBe('le van dung\ndoan thi huong\n')
    expect(run(['text', 'sort-names'], 'Đoàn Văn Dung\nLê Thị Ánh\nNguyễn Anh\n').stdout).toBe('Nguyễn Anh\nLê Thị Ánh\nĐoàn Văn Dung\n')
  })
})
