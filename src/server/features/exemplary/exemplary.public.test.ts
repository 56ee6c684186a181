import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { systemCtx } from '../../lib/actor.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { commitmentItems, commitments } from '../commitments/commitments.table.ts'
import { currentCycle } from '../cycles/cycles.service.ts'
import { createPerson } from '../people/people.service.ts'

const t = useTestApp()
const base = '/api/v1/public/exemplary'
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

type Summary = { commitmentId: string; person: { fullName: string }; publishedAt: string }
const ids = (body: { items: Summary[] }) => body.items.map((i) => i.commitmentId)

/** A leader's commitment, approved, through the API (as in exemplary.routes.test.ts); published by the test. */
async function leaderCommitment(tree: Awaited<ReturnType<typeof makeTree>>, cycle: Awaited<ReturnType<typeof makeCycle>>, fullName: string, org = tree.schoolA) {
  const db = t.database.db
  const person = await createPerson({
    db, ctx: systemCtx('test'), org,
    input: { fullName, placement: { position: 'Bí thư Đảng ủy', leadershipTier: 'grassroots', isPrimary: true, fromDate: '2024-01-01' } },
  })
  const leader = await makeUser(db, [{ role: 'leader', org }], person.id)
  const office = await makeUser(db, [{ role: 'office', org: tree.root }])
  const c = await call(t.app, leader.auth, 'POST', '/api/v1/commitments/mine', { cycleId: cycle.id })
  await call(t.app, leader.auth, 'PUT', `/api/v1/commitments/${c.body.id}/items`, {
    items: [
      { area: 'exemplary', content: 'Gương mẫu đi đầu trong chuyển đổi số của đơn vị', target: '100% văn bản ký số', deadline: `${cycle.year}-12-15` },
      { area: 'ethics', content: 'Giữ gìn phẩm chất đạo đức, lối sống giản dị', target: 'Không vi phạm', deadline: `${cycle.year}-12-15` },
    ],
  })
  await call(t.app, leader.auth, 'POST', `/api/v1/commitments/${c.body.id}/submit`, {})
  const approved = await call(t.app, office.auth, 'POST', `/api/v1/commitments/${c.body.id}/approve`, {})
  expect(approved.status).toBe(200)
  const publish = (scope: 'subtree' | 'public') => call(t.app, leader.auth, 'POST', `/api/v1/exemplary/${c.body.id}/publish`, { scope })
  const unpublish = () => call(t.app, leader.auth, 'POST', `/api/v1/exemplary/${c.body.id}/unpublish`, {})
  return { id: c.body.id as string, person, publish, unpublish }
}

describe('public exemplary commitments', () => {
  it('anyone reads a public one; a subtree-only one answers exactly like an unknown id; unpublished ones disappear', async () => {
    const tree = await makeTree(t.database.db)
    const cycle = await makeCycle(t.database.db, 'registration')
    const open = await leaderCommitment(tree, cycle, 'Nguyễn Văn Công Khai')
    const inner = await leaderCommitment(tree, cycle, 'Phạm Thị Nội Bộ', tree.schoolB)
    expect((await open.publish('public')).status).toBe(200)
    expect((await inner.publish('subtree')).status).toBe(200)

    const list = await call(t.app, null, 'GET', `${base}?cycle=${cycle.id}`)
    expect(list.status).toBe(200)
    expect(ids(list.body)).toEqual([open.id])
    expect(list.body.nextCursor).toBeNull()
    expect(list.body.items[0]).toMatchObject({ person: { fullName: 'Nguyễn Văn Công Khai', position: 'Bí thư Đảng ủy' }, organization: { name: 'Đảng bộ Trường THPT An Hòa' }, year: cycle.year })

    const read = await call(t.app, null, 'GET', `${base}/${open.id}`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ commitmentId: open.id, theme: cycle.themeTitle, year: cycle.year })
    expect(read.body.items.map((i: { area: string }) => i.area)).toEqual(['exemplary', 'ethics'])

    const hidden = await call(t.app, null, 'GET', `${base}/${inner.id}`)
    const unknown = await call(t.app, null, 'GET', `${base}/${UNKNOWN}`)
    expect(hidden.status).toBe(404)
    const { requestId: _a, ...hiddenError } = hidden.body.error
    const { requestId: _b, ...unknownError } = unknown.body.error
    expect(hiddenError).toEqual(unknownError)
    expect(Object.keys(hidden.body)).toEqual(Object.keys(unknown.body))

    // Republished to the subtree only, then withdrawn: gone from the list and the page.
    await open.publish('subtree')
    expect(ids((await call(t.app, null, 'GET', `${base}?cycle=${cycle.id}`)).body)).toEqual([])
    expect((await call(t.app, null, 'GET', `${base}/${open.id}`)).status).toBe(404)
    await open.publish('public')
    expect(ids((await call(t.app, null, 'GET', `${base}?cycle=${cycle.id}`)).body)).toEqual([open.id])
    expect((await open.unpublish()).status).toBe(200)
    expect(ids((await call(t.app, null, 'GET', `${base}?cycle=${cycle.id}`)).body)).toEqual([])
    const gone = await call(t.app, null, 'GET', `${base}/${open.id}`)
    expect(gone.status).toBe(404)
    expect(gone.body.error.message).toBe(unknown.body.error.message)
  })

  it('a public one that is no longer approved is not shown', async () => {
    const tree = await makeTree(t.database.db)
    const cycle = await makeCycle(t.database.db, 'registration')
    const x = await leaderCommitment(tree, cycle, 'Lê Thị Trả Lại')
    await x.publish('public')
    await t.database.db.update(commitments).set({ status: 'returned' }).where(eq(commitments.id, x.id))
    expect(ids((await call(t.app, null, 'GET', `${base}?cycle=${cycle.id}`)).body)).toEqual([])
    expect((await call(t.app, null, 'GET', `${base}/${x.id}`)).status).toBe(404)
  })

  it('sends no ids, birth dates, paths, comments or account data', async () => {
    const tree = await makeTree(t.database.db)
    const cycle = await makeCycle(t.database.db, 'registration')
    const x = await leaderCommitment(tree, cycle, 'Hoàng Văn Riêng Tư')
    await x.publish('public')
    const member = await makeUser(t.database.db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], (await makePerson(t.database.db, tree.cellA1, 'Đỗ Văn Góp Ý')).id)
    expect((await call(t.app, member.auth, 'PUT', `/api/v1/exemplary/${x.id}/comment`, { source: 'colleague', strengths: 'Nhận xét nội bộ, không công khai' })).status).toBe(200)

    const list = await call(t.app, null, 'GET', `${base}?cycle=${cycle.id}`)
    const [item] = list.body.items
    expect(Object.keys(item).sort()).toEqual(['commitmentId', 'organization', 'person', 'publishedAt', 'year'])
    expect(Object.keys(item.person).sort()).toEqual(['fullName', 'position'])
    expect(Object.keys(item.organization)).toEqual(['name'])

    const read = await call(t.app, null, 'GET', `${base}/${x.id}`)
    expect(Object.keys(read.body).sort()).toEqual(['commitmentId', 'items', 'organization', 'person', 'publishedAt', 'theme', 'year'])
    expect(Object.keys(read.body.person).sort()).toEqual(['fullName', 'position'])
    expect(Object.keys(read.body.organization)).toEqual(['name'])
    expect(Object.keys(read.body.items[0]).sort()).toEqual(['area', 'content', 'deadline', 'target'])
    const text = JSON.stringify([list.body, read.body])
    for (const secret of [x.person.id, tree.schoolA.id, tree.schoolA.path, tree.schoolA.code, 'Nhận xét nội bộ', 'birthDate', 'comments']) expect(text).not.toContain(secret)
  })

  it('finds a name or a unit without diacritics, never by a unit code', async () => {
    const tree = await makeTree(t.database.db)
    const cycle = await makeCycle(t.database.db, 'registration')
    const a = await leaderCommitment(tree, cycle, 'Nguyễn Văn Tìm Thấy')
    const b = await leaderCommitment(tree, cycle, 'Trương Thị Đông', tree.schoolB)
    await a.publish('public')
    await b.publish('public')
    const search = async (q: string) => ids((await call(t.app, null, 'GET', `${base}?cycle=${cycle.id}&q=${encodeURIComponent(q)}`)).body)
    expect(await search('nguyen van')).toEqual([a.id])
    expect(await search('NGUYỄN Văn tìm')).toEqual([a.id])
    expect(await search('dong')).toEqual([b.id])
    expect(await search('truong thcs binh minh')).toEqual([b.id])
    expect(await search(tree.schoolA.code)).toEqual([])
    expect(await search('100%_')).toEqual([])
    expect((await search('  ')).sort()).toEqual([a.id, b.id].sort())
  })

  it('pages 30 at a time, newest published first, ties broken by id', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const cycle = await makeCycle(db, 'registration')
    const rows = []
    for (let i = 0; i < 33; i++) {
      const person = await makePerson(db, tree.cellA2, `Vũ Văn Trang ${i}`)
      // Pairs share a publication time: the keyset must not skip or repeat either.
      rows.push({ cycleId: cycle.id, personId: person.id, organizationId: tree.cellA2.id, subjectGroup: 'leader', status: 'approved', publishedScope: 'public', publishedAt: new Date(Date.UTC(cycle.year, 1, 1 + Math.floor(i / 2))) })
    }
    const inserted = await db.insert(commitments).values(rows).returning({ id: commitments.id, publishedAt: commitments.publishedAt })
    await db.insert(commitmentItems).values(inserted.map((c) => ({ commitmentId: c.id, position: 0, area: 'exemplary', content: 'Nêu gương', target: 'Hoàn thành', deadline: `${cycle.year}-12-15` })))

    const first = await call(t.app, null, 'GET', `${base}?cycle=${cycle.id}`)
    expect(first.body.items).toHaveLength(30)
    expect(first.body.nextCursor).toEqual(expect.any(String))
    const second = await call(t.app, null, 'GET', `${base}?cycle=${cycle.id}&cursor=${first.body.nextCursor}`)
    expect(second.body.items).toHaveLength(3)
    expect(second.body.nextCursor).toBeNull()
    const all = [...first.body.items, ...second.body.items] as Summary[]
    const expected = [...inserted].sort((x, y) => y.publishedAt!.getTime() - x.publishedAt!.getTime() || (y.id < x.id ? -1 : 1)).map((c) => c.id)
    expect(all.map((i) => i.commitmentId)).toEqual(expected)
  })

  it('lists the current cycle by default', async () => {
    const tree = await makeTree(t.database.db)
    const cycle = await makeCycle(t.database.db, 'registration')
    const x = await leaderCommitment(tree, cycle, 'Bùi Văn Hiện Tại')
    await x.publish('public')
    const current = await currentCycle(t.database.db)
    const res = await call(t.app, null, 'GET', base)
    expect(res.status).toBe(200)
    expect(res.body.items.every((i: { year: number }) => i.year === current.year)).toBe(true)
    expect(current.id).toBe(cycle.id)
    expect(ids(res.body)).toContain(x.id)
  })

  it('refuses malformed input with 4xx, in English when asked', async () => {
    const bad = await call(t.app, null, 'GET', `${base}/not-a-uuid`)
    expect(bad.status).toBe(422)
    expect(bad.body.error.code).toBe('validation_failed')
    const en = await call(t.app, null, 'GET', `${base}/not-a-uuid`, undefined, { 'accept-language': 'en' })
    expect(en.body.error.message).toBe('The data is not valid.')
    const missing = await call(t.app, null, 'GET', `${base}/${UNKNOWN}`, undefined, { 'accept-language': 'en' })
    expect(missing.status).toBe(404)
    expect(missing.body.error.message).toBe('Commitment not found.')
    for (const query of ['cycle=abc', 'cursor=%%%', `cursor=${Buffer.from(JSON.stringify(['x; drop table', UNKNOWN])).toString('base64url')}`, 'q=' + 'a'.repeat(200), 'org=x']) {
      const res = await call(t.app, null, 'GET', `${base}?${query}`)
      expect(res.status, query).toBe(422)
      expect(res.body.error.code).toBe('validation_failed')
    }
  })

  it('limits each address to 120 requests a minute', async () => {
    const from = (remoteAddress: string) => t.app.inject({ method: 'GET', url: `${base}/${UNKNOWN}`, remoteAddress })
    for (let i = 0; i < 120; i++) expect((await from('203.0.113.7')).statusCode).toBe(404)
    const limited = await from('203.0.113.7')
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.code).toBe('rate_limited')
    expect((await from('203.0.113.8')).statusCode).toBe(404)
  })
})
