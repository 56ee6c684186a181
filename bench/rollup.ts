// Benchmark: the commitments dashboard over a synthetic province of 150,000 members in about 5,000 cells with a full
// year's commitments — maintained per-organization totals against a naive subtree scan, at the root, a commune and a
// cell. Prints one JSON object per engine: PGlite always, PostgreSQL too with BENCH_DATABASE_URL (or DATABASE_URL).
// Usage: npm run bench -- rollup [--members 150000] [--runs 9]
import { parseArgs } from 'node:util'
import { median } from './median.ts'
import { sql } from 'drizzle-orm'
import { createDb, queryRows, type Database } from '../src/server/db/client.ts'
import { systemCtx } from '../src/server/lib/actor.ts'
import { createCycle, stepCycle } from '../src/server/features/cycles/cycles.service.ts'
import { recomputeAllCommitmentStats, summaryRows } from '../src/server/features/commitments/commitments.stats.ts'
import { recomputeAllCounts } from '../src/server/features/organizations/organizations.counts.ts'
import { organizations } from '../src/server/features/organizations/organizations.table.ts'
import { prepareDatabase } from '../src/server/prepare.ts'

const { values } = parseArgs({ options: { members: { type: 'string', default: '150000' }, runs: { type: 'string', default: '9' } } })
const members = Number(values.members)
const runs = Number(values.runs)
const COMMUNES = 30
const GRASSROOTS = 5
const CELLS = 33

async function build(database: Database) {
  const { db } = database
  const rows: (typeof organizations.$inferInsert & { id: string; path: string })[] = []
  const add = (name: string, kind: string, parent: { id: string; path: string } | null, depth: number) => {
    const id = crypto.randomUUID()
    const path = `${parent?.path ?? '/'}${id}/`
    const row = { id, code: `B${rows.length}`, name, kind, parentId: parent?.id ?? null, path, depth, searchKey: name.toLowerCase() }
    rows.push(row)
    return row
  }
  const root = add('Đảng bộ tỉnh Thử Nghiệm', 'province', null, 0)
  for (let c = 0; c < COMMUNES; c++) {
    const commune = add(`Đảng bộ xã ${c + 1}`, 'commune', root, 1)
    for (let g = 0; g < GRASSROOTS; g++) {
      const grassroots = add(`Đảng bộ cơ sở ${c + 1}.${g + 1}`, 'grassroots', commune, 2)
      for (let k = 0; k < CELLS; k++) add(`Chi bộ ${c + 1}.${g + 1}.${k + 1}`, 'cell', grassroots, 3)
    }
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) await tx.insert(organizations).values(rows.slice(i, i + 1000))
    await tx.execute(sql`
      insert into people (full_name, family_name, middle_name, given_name, sort_key, search_key)
      select 'Nguyễn Văn ' || g, 'Nguyễn', 'Văn', g::text, lpad(g::text, 8, '0'), 'nguyen van ' || g from generate_series(1, ${members}) g`)
    await tx.execute(sql`
      insert into placements (person_id, organization_id, position, from_date)
      select p.id, c.id, 'Đảng viên', '2025-07-01'
      from (select id, row_number() over (order by sort_key) - 1 as rn from people) p
      join (select id, row_number() over (order by path) - 1 as rn, count(*) over () as n from organizations where kind = 'cell') c on c.rn = p.rn % c.n`)
    await recomputeAllCounts(tx)
  })
  const ctx = systemCtx('bench')
  let cycle = await createCycle({ db, ctx, input: { year: 2026, themeTitle: 'Chuyên đề năm thử nghiệm hiệu năng', themeScope: 'year', registrationDeadline: '2026-03-31', midyearReviewDate: '2026-07-15', yearendReviewDate: '2026-12-15' } })
  cycle = await stepCycle({ db, ctx, cycle, step: 'open-registration' })
  await db.transaction(async (tx) => {
    // About nine in ten registered, spread over the four statuses.
    await tx.execute(sql`
      insert into commitments (cycle_id, person_id, organization_id, subject_group, status)
      select ${cycle.id}, pl.person_id, pl.organization_id, 'individual',
        (array['draft','submitted','approved','returned'])[1 + abs(hashtext(pl.person_id::text)) % 4]
      from placements pl where abs(hashtext(pl.person_id::text || 'x')) % 10 <> 0`)
    await recomputeAllCommitmentStats(tx)
  })
  await db.execute(sql`analyze`)
  const commune = rows.find((r) => r.kind === 'commune')!
  const cell = rows.find((r) => r.kind === 'cell')!
  return { root, commune, cell, cycleId: cycle.id, organizations: rows.length, cells: rows.filter((r) => r.kind === 'cell').length }
}

/** The same figures a dashboard shows, computed by scanning the subtree of each child. */
const naive = (database: Database, orgId: string, cycleId: string) =>
  queryRows(database.db, sql`
    select c.id, count(cm.id) filter (where cm.status = 'draft') as draft, count(cm.id) filter (where cm.status = 'submitted') as submitted,
      count(cm.id) filter (where cm.status = 'approved') as approved, count(cm.id) filter (where cm.status = 'returned') as returned
    from organizations c
    join organizations d on d.path like c.path || '%'
    left join commitments cm on cm.organization_id = d.id and cm.cycle_id = ${cycleId}
    where c.id = ${orgId} or c.parent_id = ${orgId}
    group by c.id`)

async function measure(database: Database) {
  const started = performance.now()
  const p = await build(database)
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10
  // The maintained totals and the scan must agree before either is timed.
  const fast = await summaryRows(database.db, p.root.id, p.cycleId)
  const slow = await naive(database, p.root.id, p.cycleId)
  for (const r of fast) {
    const s = slow.find((x: any) => x.id === r.id) as any
    if (!s || Number(s.approved) !== Number(r.approved) || Number(s.draft) !== Number(r.draft)) throw new Error(`totals differ for ${r.id}`)
  }
  const dashboard = {
    root: await median(() => summaryRows(database.db, p.root.id, p.cycleId), runs),
    commune: await median(() => summaryRows(database.db, p.commune.id, p.cycleId), runs),
    cell: await median(() => summaryRows(database.db, p.cell.id, p.cycleId), runs),
  }
  const naiveRoot = await median(() => naive(database, p.root.id, p.cycleId), runs)
  return {
    engine: database.kind, members, organizations: p.organizations, cells: p.cells, runs, build_seconds: buildSeconds,
    dashboard_ms: dashboard, naive_ms: { root: naiveRoot }, speedup_root: Math.round((naiveRoot / dashboard.root) * 10) / 10,
  }
}

const pglite = await createDb({})
await prepareDatabase(pglite)
console.log(JSON.stringify(await measure(pglite)))
await pglite.close()

const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL
if (url) {
  const admin = await createDb({ url })
  const name = `neuguong_bench_${process.pid}`
  await admin.db.execute(sql.raw(`create database ${name}`))
  const target = new URL(url)
  target.pathname = `/${name}`
  const pg = await createDb({ url: target.toString() })
  try {
    await prepareDatabase(pg)
    console.log(JSON.stringify(await measure(pg)))
  } finally {
    await pg.close()
    await admin.db.execute(sql.raw(`drop database if exists ${name}`))
    await admin.close()
  }
}
