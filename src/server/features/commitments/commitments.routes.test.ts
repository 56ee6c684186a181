import { describe, expect, it } from 'vitest'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { call, useTestApp } from '../../test/harness.ts'

const t = useTestApp()

async function setup(status: Parameters<typeof makeCycle>[1] = 'registration') {
  const db = t.database.db
  const tree = await makeTree(db)
  const cycle = await makeCycle(db, status)
  const memberPerson = await makePerson(db, tree.cellA1, 'Lê Văn Dũng')
  const secretaryPerson = await makePerson(db, tree.cellA1, 'Đoàn Thị Hường')
  await makePerson(db, tree.cellA1, 'Nguyễn Văn Chưa Đăng Ký')
  const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], memberPerson.id)
  const secretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }], secretaryPerson.id)
  return { tree, cycle, member, secretary }
}

const items = (year: number) => [
  { area: 'politics', content: 'Học tập, quán triệt chuyên đề năm và viết bài thu hoạch', target: '01 bài thu hoạch đạt yêu cầu', deadline: `${year}-06-30` },
  { area: 'professional', content: 'Hoàn thành đúng hạn 100% hồ sơ được giao trong năm', target: '100% hồ sơ đúng hạn', deadline: `${year}-12-15` },
]

describe('personal commitments', () => {
  it('a member registers, the secretary returns it, the member fixes and resubmits, the secretary approves', async () => {
    const { tree, cycle, member, secretary } = await setup()
    const opened = await call(t.app, member.auth, 'POST', '/api/v1/commitments/mine', { cycleId: cycle.id })
    expect(opened.status).toBe(201)
    expect(opened.body).toMatchObject({ status: 'draft', subjectGroup: 'individual', person: { fullName: 'Lê Văn Dũng', position: 'Đảng viên' }, organization: { id: tree.cellA1.id } })
    expect(opened.body.abilities).toMatchObject({ edit: true, submit: true, approve: false })
    const id = opened.body.id

    expect((await call(t.app, member.auth, 'POST', `/api/v1/commitments/${id}/submit`, {})).status).toBe(409)
    const saved = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${id}/items`, { items: items(cycle.year) })
    expect(saved.body.items.map((i: { area: string }) => i.area)).toEqual(['politics', 'professional'])
    expect((await call(t.app, member.auth, 'POST', `/api/v1/commitments/${id}/submit`, {})).body.status).toBe('submitted')
    expect((await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${id}/items`, { items: [] })).status).toBe(403)

    const roster = await call(t.app, secretary.auth, 'GET', `/api/v1/commitments?org=${tree.cellA1.id}&cycle=${cycle.id}`)
    expect(roster.body.counts).toEqual({ people: 3, none: 2, draft: 0, submitted: 1, approved: 0, returned: 0 })

    const noReason = await call(t.app, secretary.auth, 'POST', `/api/v1/commitments/${id}/return`, { comment: '' })
    expect(noReason.status).toBe(422)
    const returned = await call(t.app, secretary.auth, 'POST', `/api/v1/commitments/${id}/return`, { comment: 'Nội dung chuyên môn cần nêu sản phẩm cụ thể hơn' })
    expect(returned.body.status).toBe('returned')
    await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${id}/items`, { items: [...items(cycle.year), { area: 'thrift', content: 'Tiết kiệm văn phòng phẩm, điện, nước tại nơi làm việc', target: 'Giảm 10% chi phí văn phòng phẩm', deadline: `${cycle.year}-12-31` }] })
    await call(t.app, member.auth, 'POST', `/api/v1/commitments/${id}/submit`, {})
    const approved = await call(t.app, secretary.auth, 'POST', `/api/v1/commitments/${id}/approve`, { comment: 'Đạt yêu cầu' })
    expect(approved.body.status).toBe('approved')
    expect(approved.body.history.map((h: { kind: string }) => h.kind)).toEqual(['created', 'submitted', 'returned', 'submitted', 'approved'])
    expect(approved.body.history[2].comment).toBe('Nội dung chuyên môn cần nêu sản phẩm cụ thể hơn')

    const again = await call(t.app, secretary.auth, 'POST', `/api/v1/commitments/${id}/approve`, {})
    expect(again.status).toBe(409)
    const reopened = await call(t.app, member.auth, 'POST', `/api/v1/commitments/${id}/reopen`, {})
    expect(reopened.body).toMatchObject({ status: 'draft', abilities: { edit: true } })
  })

  it('refuses what the rules do not allow, with clear messages', async () => {
    const { cycle, member, secretary } = await setup()
    const mine = await call(t.app, secretary.auth, 'POST', '/api/v1/commitments/mine', { cycleId: cycle.id })
    await call(t.app, secretary.auth, 'PUT', `/api/v1/commitments/${mine.body.id}/items`, { items: items(cycle.year) })
    await call(t.app, secretary.auth, 'POST', `/api/v1/commitments/${mine.body.id}/submit`, {})
    const own = await call(t.app, secretary.auth, 'POST', `/api/v1/commitments/${mine.body.id}/approve`, {})
    expect(own.status).toBe(403)
    expect(own.body.error.message).toBe('Không tự duyệt bản cam kết của chính mình.')

    const opened = await call(t.app, member.auth, 'POST', '/api/v1/commitments/mine', { cycleId: cycle.id })
    expect((await call(t.app, member.auth, 'POST', '/api/v1/commitments/mine', { cycleId: cycle.id })).status).toBe(409)
    const late = await call(t.app, member.auth, 'PUT', `/api/v1/commitments/${opened.body.id}/items`, { items: [{ ...items(cycle.year)[0], deadline: `${cycle.year + 3}-01-01` }] }, { 'accept-language': 'en' })
    expect(late.status).toBe(422)
    expect(late.body.error.details.fields[0]).toMatchObject({ path: 'items.0.deadline' })
    const notMine = await call(t.app, secretary.auth, 'PUT', `/api/v1/commitments/${opened.body.id}/items`, { items: [] })
    expect(notMine.status).toBe(403)
  })

  it('opens nothing while the cycle is not open', async () => {
    const { cycle, member } = await setup('preparing')
    const res = await call(t.app, member.auth, 'POST', '/api/v1/commitments/mine', { cycleId: cycle.id })
    expect(res.status).toBe(409)
    expect(res.body.error.message).toMatch(/chưa mở đăng ký/)
    expect((await call(t.app, member.auth, 'GET', `/api/v1/commitments/mine?cycle=${cycle.id}`)).status).toBe(404)
  })
})
