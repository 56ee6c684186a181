// Benchmark: the public showcase of exemplary models over 5,000 models (1,000 public, each with a photo and its small
// copy) and 10,000 adoptions in a tree of about 1,100 units — the list's first page, a search without diacritics, an
// area + commune filter and one model's page, through the app (app.inject: routing, validation, queries, presenter,
// serialization), and the list's own query alone — against a baseline of a plain `select … limit 24` from models in the
// same run. Prints one JSON object per engine with medians and 95th percentiles: PGlite always, PostgreSQL too with
// BENCH_DATABASE_URL (or DATABASE_URL).
// Usage: npm run bench -- showcase [--models 5000] [--public 1000] [--adoptions 10000] [--runs 40]
import { parseArgs } from 'node:util'
import { sql } from 'drizzle-orm'
import sharp from 'sharp'
import { timings as timedRuns } from './median.ts'
import { buildApp } from '../src/server/app.ts'
import { loadConfig } from '../src/server/config.ts'
import { insertChunks } from '../src/server/db/chunks.ts'
import { createDb, queryRows, type Database } from '../src/server/db/client.ts'
import { mulberry32 } from '../src/server/features/demo/demo.random.ts'
import { modelAdoptions, modelFiles, models } from '../src/server/features/models/models.table.ts'
import { organizations } from '../src/server/features/organizations/organizations.table.ts'
import { searchKeyOf } from '../src/server/features/organizations/organizations.service.ts'
import { nameColumns } from '../src/server/features/people/people.service.ts'
import { people } from '../src/server/features/people/people.table.ts'
import { listPublicModels } from '../src/server/features/showcase/showcase.public.query.ts'
import { prepareDatabase } from '../src/server/prepare.ts'
import { withBenchDatabase } from './postgres.ts'

const { values } = parseArgs({
  options: {
    models: { type: 'string', default: '5000' }, public: { type: 'string', default: '1000' }, adoptions: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '40' },
  },
})
const MODELS = Number(values.models)
const PUBLIC = Number(values.public)
const ADOPTIONS = Number(values.adoptions)
const runs = Number(values.runs)
const BRANCHES = 30
const GRASSROOTS = 4
const CELLS = 8

const PLACES = ['Hòa Phước', 'Điện Bàn', 'Tam Kỳ', 'Hội An', 'Phú Ninh', 'Thăng Bình', 'Quế Sơn', 'Duy Xuyên', 'Đại Lộc', 'Nông Sơn', 'Tiên Phước', 'Bắc Trà My', 'Nam Giang', 'Đông Giang', 'Tây Giang']
const PHRASES = [
  'Dân vận khéo', 'Tổ tự quản an ninh', 'Tủ sách Bác Hồ', 'Bữa cơm nghĩa tình', 'Ngày Chủ nhật xanh', 'Thắp sáng đường quê', 'Con đường hoa',
  'Hũ gạo tình thương', 'Lớp học tình thương', 'Chợ không rác thải nhựa', 'Camera an ninh khu dân cư', 'Ngày thứ Bảy cùng dân', 'Vườn cây kiểu mẫu',
  'Sổ tay sinh hoạt chi bộ điện tử', 'Mỗi đảng viên kèm cặp một hộ nghèo', 'Nghĩa tình đồng đội', 'Tiếng kẻng an ninh', 'Góc học tập cho em',
]
const timings = (fn: () => Promise<unknown>) => timedRuns(fn, runs)
const KINDS = ['practice', 'practice', 'practice', 'collective', 'collective', 'person'] as const
const AREAS = ['ideology', 'ethics', 'style'] as const


type OrgInsert = typeof organizations.$inferInsert & { id: string; path: string }

function tree(): { rows: OrgInsert[]; units: OrgInsert[]; branches: OrgInsert[] } {
  const rows: OrgInsert[] = []
  const add = (name: string, kind: string, parent: OrgInsert | null) => {
    const id = crypto.randomUUID()
    const path = `${parent?.path ?? '/'}${id}/`
    const code = `S${rows.length}`
    const row = { id, code, name, kind, parentId: parent?.id ?? null, path, depth: path.split('/').filter(Boolean).length - 1, searchKey: searchKeyOf(name, code) }
    rows.push(row)
    return row
  }
  const root = add('Đảng bộ tỉnh Thử Nghiệm', 'province', null)
  for (let b = 0; b < BRANCHES; b++) {
    const place = `${PLACES[b % PLACES.length]} ${Math.floor(b / PLACES.length) + 1}`
    const branch = add(b % 3 === 0 ? `Đảng bộ phường ${place}` : `Đảng bộ xã ${place}`, b % 3 === 0 ? 'ward' : 'commune', root)
    for (let g = 0; g < GRASSROOTS; g++) {
      const grassroots = add(`Đảng bộ Trường THCS ${place} ${g + 1}`, 'grassroots', branch)
      for (let c = 0; c < CELLS; c++) add(`Chi bộ thôn ${PLACES[(b + c) % PLACES.length]} ${g * CELLS + c + 1}`, 'cell', grassroots)
    }
  }
  return { rows, units: rows.filter((r) => r.kind !== 'province'), branches: rows.filter((r) => r.depth === 1) }
}

async function seed(database: Database) {
  const { db } = database
  const random = mulberry32(7)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  const { rows, units, branches } = tree()
  const persons = Array.from({ length: 1000 }, (_, i) => ({ id: crypto.randomUUID(), ...nameColumns(`${pick(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hồ'])} ${pick(['Văn', 'Thị', 'Minh', 'Hữu'])} ${pick(['An', 'Bình', 'Lộc', 'Mai', 'Dũng', 'Hạnh'])} ${i}`) }))
  const base = Date.UTC(2024, 0, 1)
  const modelRows = Array.from({ length: MODELS }, (_, i) => {
    const kind = pick(KINDS)
    const phrase = pick(PHRASES)
    const unit = pick(units)
    const isPublic = i < PUBLIC
    return {
      id: crypto.randomUUID(), kind, area: pick(AREAS), organizationId: unit.id, personId: kind === 'person' ? pick(persons).id : null,
      title: `${kind === 'collective' ? 'Tập thể' : kind === 'person' ? 'Gương' : 'Mô hình'} "${phrase}" ở ${unit.name.replace(/^(Đảng bộ|Chi bộ)\s+/u, '')}`,
      summary: `Cách làm "${phrase}": đảng viên đi trước, nhân dân cùng làm; kết quả cụ thể, lượng hóa được, nhân rộng được.`,
      story: `<p>Câu chuyện về "${phrase}" ở ${unit.name}.</p>`, results: 'Kết quả cụ thể.',
      consentRecordedAt: kind === 'person' && i % 2 === 0 ? new Date(base) : null,
      commendedYear: isPublic ? 2024 + (i % 3) : null, publishedAt: isPublic ? new Date(base + i * 3_600_000) : null,
    }
  })
  const photo = await sharp({ create: { width: 640, height: 427, channels: 3, background: '#b71c1c' } }).jpeg({ quality: 70 }).toBuffer()
  const thumb = await sharp(photo).resize({ width: 480 }).webp({ quality: 70 }).toBuffer()
  const files = modelRows.slice(0, PUBLIC).map((m) => ({
    modelId: m.id, role: 'photo', caption: 'Ảnh minh họa', credit: 'Bench', position: 0, fileName: 'anh.jpg', mediaType: 'image/jpeg', size: photo.length,
    sha256: 'bench', width: 640, height: 427, data: photo, thumbData: thumb,
  }))
  // Adoptions: mostly of public models (seven in ten), each by a unit at most once.
  const seen = new Set<string>()
  const adoptionRows: (typeof modelAdoptions.$inferInsert)[] = []
  while (adoptionRows.length < ADOPTIONS) {
    const model = random() < 0.7 ? modelRows[Math.floor(random() * PUBLIC)] : pick(modelRows)
    const unit = pick(units)
    if (seen.has(model.id + unit.id)) continue
    seen.add(model.id + unit.id)
    adoptionRows.push({ modelId: model.id, organizationId: unit.id, adoptedOn: `202${4 + (adoptionRows.length % 3)}-0${1 + (adoptionRows.length % 9)}-15`, result: 'Đã áp dụng, có hiệu quả.' })
  }
  await db.transaction(async (tx) => {
    await insertChunks(rows, (c) => tx.insert(organizations).values(c))
    await insertChunks(persons, (c) => tx.insert(people).values(c))
    await insertChunks(modelRows, (c) => tx.insert(models).values(c))
    await insertChunks(files, (c) => tx.insert(modelFiles).values(c))
    await insertChunks(adoptionRows, (c) => tx.insert(modelAdoptions).values(c))
  })
  await db.execute(sql`analyze`)
  // The busiest branch for the filter, and the most adopted public model for its page.
  const [branch] = await queryRows<{ id: string }>(db, sql`
    select o.id from models m join organizations u on u.id = m.organization_id join organizations o on u.path like o.path || '%' and o.depth = 1
    where m.published_at is not null and m.area = 'style' group by o.id order by count(*) desc, o.id limit 1`)
  const [top] = await queryRows<{ id: string }>(db, sql`
    select m.id from models m join model_adoptions a on a.model_id = m.id where m.published_at is not null group by m.id order by count(*) desc, m.id limit 1`)
  return { organizations: rows.length, branches: branches.length, branchId: branch.id, modelId: top.id }
}

async function measure(database: Database) {
  const started = performance.now()
  const seeded = await seed(database)
  const seedSeconds = Math.round((performance.now() - started) / 100) / 10
  const app = await buildApp({ database, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }) })
  await app.ready()
  const get = (url: string) => async () => {
    const res = await app.inject({ method: 'GET', url })
    if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`)
    return res
  }
  const list = '/api/v1/public/models'
  const counts = {
    firstPage: (await get(list)()).json().items.length,
    search: (await get(`${list}?q=dan%20van%20kheo`)()).json().items.length,
    filter: (await get(`${list}?area=style&commune=${seeded.branchId}`)()).json().items.length,
  }
  const result = {
    engine: database.kind, models: MODELS, public: PUBLIC, adoptions: ADOPTIONS, organizations: seeded.organizations, runs, seed_seconds: seedSeconds,
    items: counts,
    baseline_select_limit_24: await timings(() => queryRows(database.db, sql`select id, title, kind, area, summary, commended_year from models limit 24`)),
    list_query_only: await timings(() => listPublicModels(database.db, { cursor: null, limit: 25 })),
    http_first_page: await timings(get(list)),
    http_search_without_diacritics: await timings(get(`${list}?q=dan%20van%20kheo`)),
    http_area_and_commune: await timings(get(`${list}?area=style&commune=${seeded.branchId}`)),
    http_model_page: await timings(get(`${list}/${seeded.modelId}`)),
  }
  await app.close()
  return result
}

const pglite = await createDb({})
await prepareDatabase(pglite)
console.log(JSON.stringify(await measure(pglite)))
await pglite.close()

const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL
if (url) await withBenchDatabase(url, async (pg) => console.log(JSON.stringify(await measure(pg))))
