import { describe, expect, it } from 'vitest'
import { systemCtx } from '../../lib/actor.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'
import { createPerson } from '../people/people.service.ts'

const t = useTestApp()

async function setup() {
  const db = t.database.db
  const tree = await makeTree(db)
  const other = await makeTree(db)
  const cycle = await makeCycle(db, 'registration')
  const leaderPerson = await createPerson({
    db, ctx: systemCtx('test'), org: tree.schoolA,
    input: { fullName: 'Trần Văn Bí Thư', placement: { position: 'Bí thư Đảng ủy', leadershipTier: 'grassroots', isPrimary: true, fromDate: '2024-01-01' } },
  })
  const leader = await makeUser(db, [{ role: 'leader', org: tree.schoolA }], leaderPerson.id)
  const office = await makeUser(db, [{ role: 'office', org: tree.communeA }])
  const memberPerson = await makePerson(db, tree.cellA1, 'Ngô Thị Đảng Viên')
  const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], memberPerson.id)
  const residence = await makeUser(db, [{ role: 'secretary', org: other.cellB1, scope: 'unit' }])
  const outsider = await makeUser(db, [{ role: 'office', org: other.root }])
  const c = await call(t.app, leader.auth, 'POST', '/api/v1/commitments/mine', { cycleId: cycle.id })
  await call(t.app, leader.auth, 'PUT', `/api/v1/commitments/${c.body.id}/items`, { items: [{ area: 'exemplary', content: 'Gương mẫu đi đầu trong chuyển đổi số của đơn vị', target: '100% văn bản ký số', deadline: `${cycle.year}-12-15` }] })
  await call(t.app, leader.auth, 'POST', `/api/v1/commitments/${c.body.id}/submit`, {})
  await call(t.app, office.auth, 'POST', `/api/v1/commitments/${c.body.id}/approve`, {})
  return { tree, cycle, leader, member, residence, outsider, commitmentId: c.body.id as string, subjectGroup: c.body.subjectGroup }
}

describe('exemplary commitments', () => {
  it('a leader publishes; members below read it and comment; the residence cell comments through its secretary', async () => {
    const { tree, cycle, leader, member, residence, outsider, commitmentId, subjectGroup } = await setup()
    expect(subjectGroup).toBe('leader')
    expect((await call(t.app, member.auth, 'GET', `/api/v1/exemplary/${commitmentId}`)).status).toBe(404)
    const published = await call(t.app, leader.auth, 'POST', `/api/v1/exemplary/${commitmentId}/publish`, { scope: 'subtree' })
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ scope: 'subtree', person: { fullName: 'Trần Văn Bí Thư', position: 'Bí thư Đảng ủy' }, abilities: { comment: false, unpublish: true } })

    const list = await call(t.app, member.auth, 'GET', `/api/v1/exemplary?org=${tree.cellA1.id}&cycle=${cycle.id}`)
    expect(list.body.items.map((i: { commitmentId: string }) => i.commitmentId)).toEqual([commitmentId])
    const seen = await call(t.app, member.auth, 'GET', `/api/v1/exemplary/${commitmentId}`)
    expect(seen.body.items[0].content).toMatch(/chuyển đổi số/)
    expect(seen.body.abilities.comment).toBe(true)

    const empty = await call(t.app, member.auth, 'PUT', `/api/v1/exemplary/${commitmentId}/comment`, { source: 'colleague' })
    expect(empty.status).toBe(422)
    const commented = await call(t.app, member.auth, 'PUT', `/api/v1/exemplary/${commitmentId}/comment`, { source: 'colleague', strengths: 'Gương mẫu, sâu sát cơ sở', suggestions: 'Tiếp thu ý kiến đảng viên nhiều hơn' })
    expect(commented.body.comments).toHaveLength(1)
    await call(t.app, member.auth, 'PUT', `/api/v1/exemplary/${commitmentId}/comment`, { source: 'colleague', strengths: 'Gương mẫu, sâu sát cơ sở, quyết liệt' })
    const fromResidence = await call(t.app, residence.auth, 'PUT', `/api/v1/exemplary/${commitmentId}/comment`, { source: 'residence', exemplary: 'Gia đình gương mẫu ở khu dân cư' })
    expect(fromResidence.status).toBe(403)

    await call(t.app, leader.auth, 'POST', `/api/v1/exemplary/${commitmentId}/publish`, { scope: 'public' })
    const residenceNow = await call(t.app, residence.auth, 'PUT', `/api/v1/exemplary/${commitmentId}/comment`, { source: 'residence', exemplary: 'Gia đình gương mẫu ở khu dân cư' })
    expect(residenceNow.status).toBe(200)
    expect(residenceNow.body.comments.map((c: { source: string; strengths: string | null }) => [c.source, c.strengths])).toEqual([
      ['colleague', 'Gương mẫu, sâu sát cơ sở, quyết liệt'], ['residence', null],
    ])
    expect((await call(t.app, outsider.auth, 'PUT', `/api/v1/exemplary/${commitmentId}/comment`, { source: 'colleague', strengths: 'Không liên quan' })).status).toBe(403)
    const own = await call(t.app, leader.auth, 'PUT', `/api/v1/exemplary/${commitmentId}/comment`, { source: 'colleague', strengths: 'Tự khen mình' })
    expect(own.body.error.message).toBe('Không tự nhận xét cam kết của chính mình.')
  })

  it('publishes only an approved leader commitment', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const cycle = await makeCycle(db, 'registration')
    const person = await makePerson(db, tree.cellA1, 'Lý Văn Thường')
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], person.id)
    const c = await call(t.app, member.auth, 'POST', '/api/v1/commitments/mine', { cycleId: cycle.id })
    const res = await call(t.app, member.auth, 'POST', `/api/v1/exemplary/${c.body.id}/publish`, { scope: 'subtree' })
    expect(res.status).toBe(403)
    expect(res.body.error.message).toMatch(/cán bộ lãnh đạo, quản lý đã được duyệt/)
  })
})
