// Benchmark: importing a generated sheet of 150,000 people (about one in ten names in TCVN3 with its .VnTime font)
// into a province of about 5,000 cells — the whole import (zip check, streamed read, conversion, validation, matching,
// one transaction) against a baseline of a plain multi-row INSERT of the same rows. Prints one JSON object per
// engine: PGlite always, PostgreSQL too with BENCH_DATABASE_URL (or DATABASE_URL).
// Usage: npm run bench -- import [--rows 150000]
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { fold, nameSortKey, splitName } from '../src/common/text/index.ts'
import { insertChunks } from '../src/server/db/chunks.ts'
import { createDb, type Database } from '../src/server/db/client.ts'
import { systemCtx } from '../src/server/lib/actor.ts'
import { runImport } from '../src/server/features/imports/imports.service.ts'
import { organizations } from '../src/server/features/organizations/organizations.table.ts'
import { people, placements } from '../src/server/features/people/people.table.ts'
import { prepareDatabase } from '../src/server/prepare.ts'
import { withBenchDatabase } from './postgres.ts'
import { encodeTcvn3 } from '../src/server/test/sheet-fixtures.ts'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '150000' }, engine: { type: 'string' } } })
const ROWS = Number(values.rows)
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý']
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Thu']
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hương', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Trung', 'Tuấn', 'Việt', 'Yến', 'Hưng']

function tree() {
  const rows: { id: string; code: string; name: string; kind: string; parentId: string | null; path: string; depth: number; searchKey: string }[] = []
  const add = (name: string, kind: string, parent: (typeof rows)[number] | null) => {
    const id = crypto.randomUUID()
    const path = `${parent?.path ?? '/'}${id}/`
    const row = { id, code: `NB${rows.length}`, name, kind, parentId: parent?.id ?? null, path, depth: parent ? parent.depth + 1 : 0, searchKey: fold(name) }
    rows.push(row)
    return row
  }
  const root = add('Đảng bộ tỉnh Thử Nghiệm', 'province', null)
  for (let c = 0; c < 30; c++) {
    const commune = add(`Đảng bộ xã ${c + 1}`, 'commune', root)
    for (let g = 0; g < 5; g++) {
      const grassroots = add(`Đảng bộ cơ sở ${c + 1}.${g + 1}`, 'grassroots', commune)
      for (let k = 0; k < 33; k++) add(`Chi bộ ${c + 1}.${g + 1}.${k + 1}`, 'cell', grassroots)
    }
  }
  return rows
}

interface Row { fullName: string; birth: Date; gender: string; cell: string; card: string }

function generate(cells: string[]): Row[] {
  return Array.from({ length: ROWS }, (_, i) => ({
    fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 4) % MIDDLE.length]} ${GIVEN[(i >> 7) % GIVEN.length]} ${GIVEN[(i >> 2) % GIVEN.length]}`,
    birth: new Date(Date.UTC(1950 + (i % 50), (i >> 3) % 12, 1 + (i % 28))),
    gender: i % 2 ? 'Nữ' : 'Nam',
    cell: cells[i % cells.length],
    card: `BENCH-${String(i).padStart(7, '0')}`,
  }))
}

async function writeSheet(file: string, rows: Row[]) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true })
  const ws = wb.addWorksheet('Danh sách')
  ws.columns = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Chức vụ', 'Mã đơn vị', 'Số thẻ đảng viên'].map((header) => ({ header, width: 20 }))
  rows.forEach((r, i) => {
    const legacy = i % 10 === 0
    const row = ws.addRow([legacy ? encodeTcvn3(r.fullName.toLowerCase()) : r.fullName, r.birth, r.gender, 'Kinh', 'Đảng viên', r.cell, r.card])
    if (legacy) row.getCell(1).font = { name: '.VnTimeH' }
    row.getCell(2).numFmt = 'dd/mm/yyyy'
    row.commit()
  })
  ws.commit()
  await wb.commit()
}

async function measure(database: Database, orgs: ReturnType<typeof tree>, rowsFor: () => Row[], file: Buffer, dropRows: () => void) {
  const { db } = database
  await insertChunks(orgs, (chunk) => db.insert(organizations).values(chunk))
  // The generated rows are dropped while the import runs: only the file is in memory, as in real use.
  dropRows()
  global.gc?.()
  const rssBefore = process.memoryUsage().rss
  let peak = rssBefore
  let heapPeak = process.memoryUsage().heapUsed
  const sampler = setInterval(() => {
    const m = process.memoryUsage()
    peak = Math.max(peak, m.rss)
    heapPeak = Math.max(heapPeak, m.heapUsed)
  }, 20)
  const started = performance.now()
  const outcome = await runImport({ db, ctx: systemCtx('bench'), kind: 'people', file, fileName: 'bench.xlsx', org: null, dryRun: false })
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  if (process.env.BENCH_VERBOSE) console.error('import done', Math.round(heapPeak / 2 ** 20))
  peak = Math.max(peak, process.memoryUsage().rss)
  if (outcome.totals.created !== ROWS) throw new Error(`imported ${outcome.totals.created} of ${ROWS}: ${JSON.stringify(outcome.rows.filter((r) => r.action === "skip").slice(0, 5))}`)

  // Baseline: the same rows, already parsed, as plain multi-row INSERTs (people, then their placements).
  await db.execute(sql`delete from placements`)
  await db.execute(sql`delete from people`)
  const rows = rowsFor()
  const byCode = new Map(orgs.map((o) => [o.code, o.id]))
  const baseStarted = performance.now()
  await db.transaction(async (tx) => {
    const ids = rows.map(() => crypto.randomUUID())
    await insertChunks(rows.map((r, i) => ({ r, i })), async (chunk) => {
      await tx.insert(people).values(chunk.map(({ r, i }) => ({
        id: ids[i], fullName: r.fullName, ...splitName(r.fullName), sortKey: nameSortKey(r.fullName), searchKey: fold(r.fullName),
        gender: r.gender === 'Nam' ? 'male' : 'female', birthDate: r.birth.toISOString().slice(0, 10), ethnicity: 'Kinh', partyCardNumber: r.card,
      })))
      await tx.insert(placements).values(chunk.map(({ r, i }) => ({ personId: ids[i], organizationId: byCode.get(r.cell)!, position: 'Đảng viên', fromDate: '2026-01-01' })))
    })
  })
  const baseSeconds = (performance.now() - baseStarted) / 1000
  return {
    engine: database.kind, rows: ROWS, seconds: Math.round(seconds * 10) / 10, rows_per_s: Math.round(ROWS / seconds),
    peak_rss_mb: Math.round(peak / 2 ** 20), rss_before_mb: Math.round(rssBefore / 2 ** 20), peak_rss_growth_mb: Math.round((peak - rssBefore) / 2 ** 20),
    peak_heap_used_mb: Math.round(heapPeak / 2 ** 20),
    file_mb: Math.round((file.length / 2 ** 20) * 10) / 10, conversions: outcome.conversions.counts.tcvn3,
    baseline_rows_per_s: Math.round(ROWS / baseSeconds), baseline_seconds: Math.round(baseSeconds * 10) / 10,
  }
}

// Each engine runs in its own process, so that one engine's memory is not counted in the other's figures, with the
// JavaScript heap capped at 384 MB: the import must fit (V8 otherwise grows its heap lazily, well past what is live).
if (!values.engine) {
  const { spawnSync } = await import('node:child_process')
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL
  for (const engine of url ? ['pglite', 'postgres'] : ['pglite']) {
    const res = spawnSync(process.execPath, [...process.execArgv, '--max-old-space-size=384', '--expose-gc', process.argv[1], 'import', ...process.argv.slice(2), '--engine', engine], { stdio: 'inherit' })
    if (res.status !== 0) process.exit(res.status ?? 1)
  }
  process.exit(0)
}

const dir = await mkdtemp(join(tmpdir(), 'neuguong-bench-'))
try {
  const orgs = tree()
  const cells = orgs.filter((o) => o.kind === 'cell').map((o) => o.code)
  const path = join(dir, 'bench.xlsx')
  let rows: Row[] | null = generate(cells)
  await writeSheet(path, rows)
  const file = await readFile(path)

  if (values.engine === 'pglite') {
    // On disk, as the server runs it (an in-memory database would count its own data as the import's memory).
    const pglite = await createDb({ dataDir: join(dir, 'pglite') })
    await prepareDatabase(pglite)
    console.log(JSON.stringify(await measure(pglite, orgs, () => rows ?? generate(cells), file, () => (rows = null))))
    await pglite.close()
  } else {
    const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL
    if (!url) throw new Error('BENCH_DATABASE_URL')
    await withBenchDatabase(url, async (pg) => {
      console.log(JSON.stringify(await measure(pg, orgs, () => rows ?? generate(cells), file, () => (rows = null))))
    })
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
