// Benchmark: the dashboard (commitments' and evaluations' totals) over a synthetic province of 150,000 members in about
// 5,000 cells with a full year's commitments, self-assessments, reviews and decisions — maintained per-organization
// totals against a naive subtree scan, at the root, a commune and a cell. Prints one JSON object per engine: PGlite
// always, PostgreSQL too with BENCH_DATABASE_URL (or DATABASE_URL).
// Usage: npm run bench -- rollup [--members 150000] [--runs 9]
import { parseArgs } from 'node:util'
import { median } from './median.ts'
import { sql } from 'drizzle-orm'
import { createDb, queryRows, type Database } from '../src/server/db/client.ts'
import { systemCtx } from '../src/server/lib/actor.ts'
import { createCycle, stepCycle } from '../src/server/features/cycles/cycles.service.ts'
import { recomputeAllCommitmentStats, summaryRows } from '../src/server/features/commitments/commitments.stats.ts'
import { evaluationSummaryRows, recomputeEvaluationStats } from '../src/server/features/evaluations/evaluations.stats.ts'
import { recomputeAllCounts } from '../src/server/features/organizations/organizations.counts.ts'
import { organizations } from '../src/server/features/organizations/organizations.table.ts'
import { prepareDatabase } from '../src/server/prepare.ts'
import { withBenchDatabase } from './postgres.ts'

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
    // The year end: approved commitments with progress and self-assessment, eight in ten reviewed, two thirds decided.
    await tx.execute(sql`
      update commitments set progress_reported_at = now(), self_assessed_at = now(), self_total = 85, self_level = 'good'
      where status = 'approved' and abs(hashtext(id::text)) % 10 < 9`)
    await tx.execute(sql`
      insert into evaluations (cycle_id, person_id, commitment_id, organization_id, quota_scope_id, review_date, attendance_present,
        attendance_total, votes, proposed_level, status, decided_level)
      select c.cycle_id, c.person_id, c.id, c.organization_id, o.parent_id, '2026-12-01', 10, 12,
        '{"excellent":0,"good":10,"complete":0,"incomplete":0}'::jsonb, l.level,
        case when c.h % 3 = 0 then 'proposed' else 'decided' end, case when c.h % 3 = 0 then null else l.level end
      from (select *, abs(hashtext(id::text)) as h from commitments where self_assessed_at is not null) c
      join organizations o on o.id = c.organization_id
      cross join lateral (select (array['excellent','good','good','good','complete'])[1 + c.h % 5] as level) l
      where c.h % 10 < 8`)
    await recomputeAllCommitmentStats(tx)
    await recomputeEvaluationStats(tx)
  })
  await db.execute(sql`analyze`)
  const commune = rows.find((r) => r.kind === 'commune')!
  const cell = rows.find((r) => r.kind === 'cell')!
  return { root, commune, cell, cycleId: cycle.id, organizations: rows.length, cells: rows.filter((r) => r.kind === 'cell').length }
}

/** What the dashboard reads: the commitments' and the evaluations' totals of the unit and each child. */
const dashboardRows = async (database: Database, orgId: string, cycleId: string) => ({
  commitments: await summaryRows(database.db, orgId, cycleId),
  evaluations: await evaluationSummaryRows(database.db, orgId, cycleId),
})

/** The same figures, computed by scanning the subtree of each child. */
const naive = async (database: Database, orgId: string, cycleId: string) => ({
  commitments: await queryRows(database.db, sql`
    select c.id, count(cm.id) filter (where cm.status = 'draft') as draft, count(cm.id) filter (where cm.status = 'submitted') as submitted,
      count(cm.id) filter (where cm.status = 'approved') as approved, count(cm.id) filter (where cm.status = 'returned') as returned,
      count(cm.id) filter (where cm.self_assessed_at is not null) as self_assessed
    from organizations c
    join organizations d on d.path like c.path || '%'
    left join commitments cm on cm.organization_id = d.id and cm.cycle_id = ${cycleId}
    where c.id = ${orgId} or c.parent_id = ${orgId}
    group by c.id`),
  evaluations: await queryRows(database.db, sql`
    select c.id, count(e.id) filter (where e.status = 'proposed') as proposed, count(e.id) filter (where e.decided_level = 'excellent') as excellent,
      count(e.id) filter (where e.decided_level = 'good') as good
    from organizations c
    join organizations d on d.path like c.path || '%'
    left join evaluations e on e.organization_id = d.id and e.cycle_id = ${cycleId}
    where c.id = ${orgId} or c.parent_id = ${orgId}
    group by c.id`),
})

async function measure(database: Database) {
  const started = performance.now()
  const p = await build(database)
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10
  // The maintained totals and the scan must agree before either is timed.
  const fast = await dashboardRows(database, p.root.id, p.cycleId)
  const slow = await naive(database, p.root.id, p.cycleId)
  const same = (a: any[], b: any[], columns: string[]) => a.every((r) => {
    const s = b.find((x) => x.id === r.id)
    return s && columns.every((c) => Number(s[c]) === Number(r[c]))
  })
  if (!same(fast.commitments, slow.commitments, ['draft', 'submitted', 'approved', 'returned', 'self_assessed'])) throw new Error('commitment totals differ from the scan')
  if (!same(fast.evaluations, slow.evaluations, ['proposed', 'excellent', 'good'])) throw new Error('evaluation totals differ from the scan')
  const dashboard = {
    root: await median(() => dashboardRows(database, p.root.id, p.cycleId), runs),
    commune: await median(() => dashboardRows(database, p.commune.id, p.cycleId), runs),
    cell: await median(() => dashboardRows(database, p.cell.id, p.cycleId), runs),
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
if (url) await withBenchDatabase(url, async (pg) => console.log(JSON.stringify(await measure(pg))))
