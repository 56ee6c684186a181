// The demo's exemplary models: the units and people they go to in the generated province, and — seeded into a small
// tree — what the dashboard, the public showcase and the demo secretary then see.
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client.ts'
import { makeOrg, makePerson, makeTree, makeUser, type Tree } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { DEMO_ROOT_CODE, generateDemoProvince, pickDemoAccountHolders } from './demo.generate.ts'
import { pickDemoModelUnits, seedDemoModels, type DemoModelUnits } from './demo.seed.models.ts'

const t = useTestApp()
const Y = 2032

describe('the demo models go to', () => {
  it('the ward\'s cells 2 and 3, the commune\'s first cells, the wards and communes the texts name, a man and a woman placed there', () => {
    for (const people of [5000, 3000]) {
      const province = generateDemoProvince({ people })
      const holders = pickDemoAccountHolders(province)
      const u = pickDemoModelUnits(province, holders, { org: (code) => code, person: (i) => String(i) }, DEMO_ROOT_CODE, null)
      expect(u).toMatchObject({
        provinceId: 'HV', wardId: 'HV.P-HAIVAN', secretaryCellId: 'HV.P-HAIVAN.CB01', wardCellIds: ['HV.P-HAIVAN.CB02', 'HV.P-HAIVAN.CB03'],
        communeId: 'HV.X-AVUONG', communeCellIds: ['HV.X-AVUONG.CB01', 'HV.X-AVUONG.CB02'], otherIds: ['HV.P-HOAKHANH', 'HV.P-HAICHAU', 'HV.X-HOAVANG', 'HV.X-BANA'],
      })
      const consenting = province.people[Number(u.consentingPersonId)]
      expect(consenting.gender).toBe('male')
      expect(consenting.placements.find((p) => p.isPrimary)?.orgCode).toBe('HV.P-HAIVAN.CB03')
      expect(province.people[Number(u.otherPersonId)].placements.find((p) => p.isPrimary)?.orgCode).toBe('HV.X-AVUONG.CB02')
      expect(Object.values(holders).map((h) => String(h.personIndex))).not.toContain(u.consentingPersonId)
    }
  })
})

let tree: Tree
let units: DemoModelUnits

beforeAll(async () => {
  const db = t.database.db
  tree = await makeTree(db)
  const others = [await makeOrg(db, tree.root, 'ward'), await makeOrg(db, tree.root, 'ward'), await makeOrg(db, tree.root, 'commune'), await makeOrg(db, tree.root, 'commune')]
  const office = await makeUser(db, [{ role: 'office', org: tree.root }])
  units = {
    provinceId: tree.root.id, wardId: tree.communeB.id, secretaryCellId: tree.cellB1.id, wardCellIds: [tree.cellB2.id, tree.schoolB.id],
    communeId: tree.communeA.id, communeCellIds: [tree.cellA1.id, tree.cellA2.id], otherIds: others.map((o) => o.id) as DemoModelUnits['otherIds'],
    consentingPersonId: (await makePerson(db, tree.schoolB, 'Phan Văn Lộc')).id, otherPersonId: (await makePerson(db, tree.cellA2, 'Hồ Thị Bền')).id,
    accountId: office.account.id,
  }
  await db.transaction((tx) => seedDemoModels(tx, units, Y, `${Y}-06-15`))
})

describe('the demo models, seeded', () => {
  it('fill the dashboard: nominations in every state, three commended, adoptions across communes', async () => {
    const office = await makeUser(t.database.db, [{ role: 'office', org: tree.root }])
    const res = await call(t.app, office.auth, 'GET', `/api/v1/models/summary?org=${tree.root.id}&year=${Y}`)
    expect(res.status).toBe(200)
    expect(res.body.nominations.totals).toEqual({ in_review: 2, returned: 1, declined: 1, commended: 3, withdrawn: 0, total: 7 })
    expect(res.body.commended).toEqual({ total: 3, byArea: { ideology: 1, ethics: 1, style: 1 }, byKind: { person: 1, collective: 1, practice: 1 } })
    expect(res.body.replication.bySubtree).toBe(5)
    expect(res.body.replication.top[0]).toMatchObject({ model: { title: 'Mô hình "Tổ tự quản an ninh, vệ sinh môi trường" ở khu phố 2' }, adoptions: 4, branches: 4 })
  })

  it('show three commended models on the public showcase, each with a thumbnail', async () => {
    const res = await call(t.app, null, 'GET', '/api/v1/public/models')
    expect(res.status).toBe(200)
    const mine = res.body.items.filter((m: { year: number }) => m.year === Y)
    expect(mine.map((m: { kind: string }) => m.kind).sort()).toEqual(['collective', 'person', 'practice'])
    expect(mine.every((m: { thumbnailUrl: string | null }) => m.thumbnailUrl)).toBe(true)
    const photos = await queryRows<{ media_type: string; head: string; thumb: string }>(t.database.db, sql`
      select f.media_type, encode(substr(f.data, 1, 3), 'hex') as head, encode(substr(f.thumb_data, 9, 4), 'escape') as thumb
      from model_files f join models m on m.id = f.model_id where m.commended_year = ${Y}`)
    expect(photos).toHaveLength(3)
    for (const p of photos) expect(p).toEqual({ media_type: 'image/jpeg', head: 'ffd8ff', thumb: 'WEBP' })
  })

  it('leave a draft practice in the secretary\'s cell, and two published stories (the seed article among them)', async () => {
    const [draft] = await queryRows<{ kind: string; nominations: number; published_at: Date | null }>(t.database.db, sql`
      select m.kind, m.published_at, (select count(*)::int from nominations n where n.model_id = m.id) as nominations from models m where m.organization_id = ${units.secretaryCellId}`)
    expect(draft).toEqual({ kind: 'practice', nominations: 0, published_at: null })
    const stories = await queryRows<{ title: string; byline: string; tags: string[]; body: string; photos: number }>(t.database.db, sql`
      select s.title, s.byline, s.tags, s.body, (select count(*)::int from story_photos p where p.story_id = s.id) as photos
      from stories s where s.status = 'published' and s.organization_id in (${tree.root.id}, ${tree.communeB.id}) order by s.published_at`)
    expect(stories.map((s) => [s.title, s.byline, s.photos])).toEqual([['Tự giác học và làm theo gương Bác', 'NG.ĐOAN (ghi)', 1], ['Khu phố 2 giữ bình yên bằng tổ tự quản', 'MINH AN', 1]])
    expect(stories[0].tags).toEqual(['Chỉ thị 05', 'Học và làm theo Bác', 'Nêu gương'])
    expect(stories[0].body.match(/<p>/g)).toHaveLength(7)
  })
})
