// `neuguong report …` as an office clerk runs it: a demo province in a fresh PGlite folder, real processes, files on disk.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { todayIso, vietnameseDateLine } from '../../common/dates.ts'
import { readDocx } from '../test/docx.ts'

const dataDir = mkdtempSync(join(tmpdir(), 'neuguong-report-cli-'))
const outDir = mkdtempSync(join(tmpdir(), 'neuguong-report-out-'))
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
})
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0
const year = todayIso().slice(0, 4)

function run(args: string[]) {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test' }
  delete env.DATABASE_URL
  const res = spawnSync(process.execPath, ['bin/neuguong.js', ...args], { env, encoding: 'utf8', timeout: 180_000 })
  return { code: res.status, stdout: res.stdout, stderr: res.stderr }
}

describe('neuguong report', { timeout: 300_000 }, () => {
  it('writes the rating report and the decision list of the demo city, and the PDF beside them', async () => {
    const seeded = run(['seed', 'demo', '--people', '600'])
    expect(seeded.code, seeded.stderr).toBe(0)

    const out = join(outDir, 'bao-cao.docx')
    const summary = run(['report', 'rating-summary', '--org', 'HV', '--year', year, '--out', out, '--number', '9', ...(hasSoffice ? ['--pdf'] : [])])
    expect(summary.code, summary.stderr).toBe(0)
    expect(summary.stdout).toContain(`Đã ghi ${out}`)
    const doc = await readDocx(readFileSync(out))
    expect(doc.text).toContain(`THÀNH ỦY HẢI VÂN\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 09-BC/TU\nHải Vân, ${vietnameseDateLine(todayIso())}`)
    expect(doc.text).toMatch(/Tổng số đảng viên: \d{3}; đã kiểm điểm: \d+; đã quyết định xếp loại: \d+/)
    expect(doc.text).toContain('T/M BAN THƯỜNG VỤ\nBÍ THƯ')
    if (hasSoffice) expect(readFileSync(join(outDir, 'bao-cao.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const list = join(outDir, 'danh-sach.docx')
    const decisions = run(['report', 'rating-decisions', '--org', 'HV', '--year', year, '--out', list, '--format', 'state'])
    expect(decisions.code, decisions.stderr).toBe(0)
    const listed = await readDocx(readFileSync(list))
    expect(listed.text).toContain('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI VÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/DS-UBND')
    expect(listed.text).toMatch(/I\. Hoàn thành xuất sắc nhiệm vụ \(\d+ đồng chí\)/)

    expect(run(['audit', 'verify']).code).toBe(0)
  })

  it('refuses bad input with a clear message and exit code', () => {
    const out = join(outDir, 'x.docx')
    const badYear = run(['report', 'rating-summary', '--org', 'HV', '--year', '26', '--out', out])
    expect(badYear.code).toBe(2)
    expect(badYear.stderr).toMatch(/Năm không hợp lệ: 26/)
    const unknownOrg = run(['report', 'rating-summary', '--org', 'KHONG-CO', '--year', year, '--out', out])
    expect(unknownOrg.code).toBe(1)
    expect(unknownOrg.stderr).toMatch(/Không có tổ chức mã "KHONG-CO"/)
    const noCycle = run(['report', 'rating-decisions', '--org', 'HV', '--year', '1999', '--out', out])
    expect(noCycle.stderr).toMatch(/Không có chu kỳ năm 1999/)
    const badPerson = run(['report', 'commitment', '--person', '42', '--year', year, '--out', out])
    expect(badPerson.code).toBe(2)
    const nobody = run(['report', 'commitment', '--person', '00000000-0000-4000-8000-000000000000', '--year', year, '--out', out])
    expect(nobody.code).toBe(1)
    expect(nobody.stderr).toMatch(/chưa có bản cam kết năm/)
    const badFormat = run(['report', 'rating-summary', '--org', 'HV', '--year', year, '--out', out, '--format', 'royal'])
    expect(badFormat.code).toBe(2)
    expect(existsSync(out)).toBe(false)
  })
})
