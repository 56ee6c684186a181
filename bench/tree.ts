// Benchmark: the tree page's children-with-counts and the people search, against naive baselines in the same run.
// Usage: npm run bench -- tree [--people 50000] [--runs 15]   (BENCH_DATABASE_URL=postgres://… for PostgreSQL)
// Prints one JSON object.
import { parseArgs } from 'node:util'
import { median } from './median.ts'
import { sql } from 'drizzle-orm'
import { createDb, queryRows } from '../src/server/db/client.ts'
import { seedDemo } from '../src/server/features/demo/demo.seed.ts'
import { prepareDatabase } from '../src/server/prepare.ts'
import { listChildren } from '../src/server/features/organizations/organizations.service.ts'
import { listPeople } from '../src/server/features/people/people.service.ts'

const { values } = parseArgs({ options: { people: { type: 'string', default: '50000' }, runs: { type: 'string', default: '15' } } })
const runs = Number(values.runs)
const url = process.env.BENCH_DATABASE_URL

const database = await createDb(url ? { url } : {})
await prepareDatabase(database)
const { db } = database
const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from organizations`)
if (Number(n) === 0) await seedDemo(db, { people: Number(values.people), password: 'bench-password-not-used' })
const [root] = await queryRows<{ id: string; path: string }>(db, sql`select id, path from organizations where parent_id is null limit 1`)
const [counts] = await queryRows<{ orgs: number; people: number }>(db, sql`select (select count(*)::int from organizations) as orgs, (select count(*)::int from people) as people`)

// The cursor a user holds after paging 50 times through the province.
const [deep] = await queryRows<{ sort_key: string; id: string }>(db, sql`select sort_key, id from people order by sort_key, id offset 2499 limit 1`)
const deepCursor = [deep.sort_key, deep.id]

const cases: { name: string; ours: () => Promise<unknown>; baseline: () => Promise<unknown>; baselineName: string }[] = [
  {
    name: 'root children with people counts (maintained aggregates)',
    ours: () => listChildren(db, root.id),
    baselineName: 'subtree scan per child',
    baseline: () => queryRows(db, sql`
      select c.id, c.name, (select count(*) from placements pl join organizations d on d.id = pl.organization_id
        where d.path like c.path || '%' and pl.is_primary and pl.to_date is null) as people
      from organizations c where c.parent_id = ${root.id}`),
  },
  {
    name: 'people search "le van dung" (folded key, trigram index), first page',
    ours: () => listPeople(db, { q: 'le van dung', scope: null, cursor: null, limit: 51 }),
    baselineName: 'unaccent over every name, no index',
    baseline: () => queryRows(db, sql`select id, full_name from people where lower(unaccent(full_name)) like '%le van dung%' order by sort_key limit 51`),
  },
  {
    name: 'page 51 of the whole province in Vietnamese name order (keyset cursor)',
    ours: () => listPeople(db, { scope: { paths: [root.path], unitIds: [] }, cursor: deepCursor, limit: 51 }),
    baselineName: 'the same page by OFFSET 2500',
    baseline: () => queryRows(db, sql`
      select p.id from people p where p.id in (select x.person_id from placements x join organizations o on o.id = x.organization_id
        where x.to_date is null and o.path like ${`${root.path}%`})
      order by p.sort_key, p.id offset 2500 limit 51`),
  },
]

const results = []
for (const c of cases) {
  const ms = await median(c.ours, runs)
  const baselineMs = await median(c.baseline, runs)
  results.push({ name: c.name, medianMs: ms, baseline: c.baselineName, baselineMedianMs: baselineMs, speedup: Math.round((baselineMs / ms) * 10) / 10 })
}
console.log(JSON.stringify({ engine: database.kind, organizations: counts.orgs, people: counts.people, runs, results }, null, 2))
await database.close()
