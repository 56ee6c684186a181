import { describe, expect, it } from 'vitest'
import { call, type Auth, useTestApp } from '../../test/harness.ts'
import { makeOrg, makePerson, makeTree, makeUser, unique } from '../../test/factories.ts'

const t = useTestApp()
const names = (body: { items: { fullName: string }[] }) => body.items.map((p) => p.fullName)

async function counts(auth: Auth, orgId: string) {
  const res = await call(t.app, auth, 'GET', `/api/v1/organizations/${orgId}`)
  expect(res.status).toBe(200)
  return [res.body.peopleCount, res.body.subtreePeopleCount]
}

describe('people routes', () => {
  it('finds people without diacritics and ranks exact-diacritic matches first', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makePerson(db, tree.cellA1, 'Lê Văn Dũng')
    await makePerson(db, tree.cellA1, 'Đoàn Thị Hường')
    await makePerson(db, tree.cellA2, 'Doãn Văn Đoan')
    await makePerson(db, tree.cellB1, 'Trần Văn Bình')
    const { auth } = await makeUser(db, [{ role: 'office', org: tree.root }])

    const dung = await call(t.app, auth, 'GET', `/api/v1/people?q=${encodeURIComponent('le van dung')}`)
    expect(dung.status).toBe(200)
    expect(names(dung.body)).toEqual(['Lê Văn Dũng'])
    expect(dung.body.items[0]).toMatchObject({ unit: { id: tree.cellA1.id, name: 'Chi bộ Giáo viên An Hòa' }, position: 'Đảng viên' })

    const doan = await call(t.app, auth, 'GET', '/api/v1/people?q=doan')
    expect(names(doan.body).sort()).toEqual(['Doãn Văn Đoan', 'Đoàn Thị Hường'].sort())

    // In plain name order "Đoan" (given name) comes before "Hường"; the exact spelling typed wins.
    const exact = await call(t.app, auth, 'GET', `/api/v1/people?q=${encodeURIComponent('Đoàn')}`)
    expect(names(exact.body)).toEqual(['Đoàn Thị Hường', 'Doãn Văn Đoan'])
    const lower = await call(t.app, auth, 'GET', `/api/v1/people?q=${encodeURIComponent('đoàn')}`)
    expect(names(lower.body)).toEqual(['Đoàn Thị Hường', 'Doãn Văn Đoan'])
    const dungExact = await call(t.app, auth, 'GET', `/api/v1/people?q=${encodeURIComponent('DŨNG')}`)
    expect(names(dungExact.body)).toEqual(['Lê Văn Dũng'])

    const nobody = await call(t.app, auth, 'GET', '/api/v1/people?q=xuan')
    expect(nobody.body).toEqual({ items: [], nextCursor: null })
  })

  it('lists people in Vietnamese order: given name, then middle, then family name', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const inserted = ['Nguyễn Văn Đoàn', 'Trần Thị Dung', 'Nguyễn Văn Minh', 'Lê Văn Bình', 'Phạm Thị Ánh', 'Lê Văn Minh', 'Hoàng Văn Anh', 'Vũ Văn Lan', 'Đỗ Thị Lan']
    for (const name of inserted) await makePerson(db, tree.cellA1, name)
    const { auth } = await makeUser(db, [{ role: 'office', org: tree.root }])
    const res = await call(t.app, auth, 'GET', `/api/v1/people?org=${tree.cellA1.id}`)
    expect(res.status).toBe(200)
    expect(names(res.body)).toEqual([
      'Hoàng Văn Anh', 'Phạm Thị Ánh', 'Lê Văn Bình', 'Trần Thị Dung', 'Nguyễn Văn Đoàn',
      'Đỗ Thị Lan', 'Vũ Văn Lan', 'Lê Văn Minh', 'Nguyễn Văn Minh',
    ])
    expect(res.body.nextCursor).toBeNull()
  })

  it('walks every page with the cursor, in the same order as one page, and refuses a tampered cursor', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    for (const name of ['Trần Văn Bình', 'Nguyễn Thị Bình', 'Lê Văn An', 'Lê Văn An', 'Phạm Đức Dũng', 'Hồ Thị Dung', 'Đặng Văn Đông', 'Cao Văn Dụng']) {
      await makePerson(db, tree.cellB1, name)
    }
    await makePerson(db, tree.cellB2, 'Bùi Văn Dũng')
    const { auth } = await makeUser(db, [{ role: 'office', org: tree.root }])

    for (const query of [`org=${tree.communeB.id}`, `org=${tree.communeB.id}&q=dung`]) {
      const all = await call(t.app, auth, 'GET', `/api/v1/people?${query}&limit=100`)
      expect(all.status).toBe(200)
      const pages: string[][] = []
      const ids: string[] = []
      let cursor: string | null = null
      do {
        const url: string = `/api/v1/people?${query}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
        const page = await call(t.app, auth, 'GET', url)
        expect(page.status, JSON.stringify(page.body)).toBe(200)
        expect(page.body.items.length).toBeLessThanOrEqual(2)
        pages.push(names(page.body))
        ids.push(...page.body.items.map((p: { id: string }) => p.id))
        cursor = page.body.nextCursor
        expect(pages.length).toBeLessThan(10)
      } while (cursor)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids).toEqual(all.body.items.map((p: { id: string }) => p.id))
      expect(pages.flat()).toEqual(names(all.body))
    }
    const full = await call(t.app, auth, 'GET', `/api/v1/people?org=${tree.communeB.id}&limit=100`)
    expect(full.body.items).toHaveLength(9)
    const searched = await call(t.app, auth, 'GET', `/api/v1/people?org=${tree.communeB.id}&q=dung&limit=100`)
    expect(names(searched.body)).toEqual(['Hồ Thị Dung', 'Phạm Đức Dũng', 'Bùi Văn Dũng', 'Cao Văn Dụng'])

    const first = await call(t.app, auth, 'GET', `/api/v1/people?org=${tree.communeB.id}&limit=2`)
    const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
    for (const bad of ['không-phải-con-trỏ', encode([{ sql: 'drop' }, 1]), encode(['A', 'không-phải-uuid']), encode(['A']), first.body.nextCursor]) {
      // The last one is a name-order cursor replayed on a search (a different shape): refused as well.
      const q = bad === first.body.nextCursor ? '&q=dung' : ''
      const res = await call(t.app, auth, 'GET', `/api/v1/people?org=${tree.communeB.id}${q}&limit=2&cursor=${encodeURIComponent(bad)}`)
      expect(res.status, bad).toBe(422)
      expect(res.body.error.code).toBe('validation_failed')
    }
  })

  it('lists a unit alone or with its subtree', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    await makePerson(db, tree.schoolA, 'Ngô Văn Hải')
    await makePerson(db, tree.cellA1, 'Lý Thị Hà')
    await makePerson(db, tree.cellA2, 'Mai Văn Hùng')
    await makePerson(db, tree.cellB1, 'Tạ Thị Hoa')
    const { auth } = await makeUser(db, [{ role: 'leader', org: tree.root }])
    const subtree = await call(t.app, auth, 'GET', `/api/v1/people?org=${tree.schoolA.id}`)
    expect(names(subtree.body)).toEqual(['Lý Thị Hà', 'Ngô Văn Hải', 'Mai Văn Hùng'])
    const explicit = await call(t.app, auth, 'GET', `/api/v1/people?org=${tree.schoolA.id}&subtree=true`)
    expect(names(explicit.body)).toEqual(names(subtree.body))
    const unitOnly = await call(t.app, auth, 'GET', `/api/v1/people?org=${tree.schoolA.id}&subtree=false`)
    expect(names(unitOnly.body)).toEqual(['Ngô Văn Hải'])
    const everyone = await call(t.app, auth, 'GET', '/api/v1/people')
    expect(names(everyone.body)).toEqual(['Lý Thị Hà', 'Ngô Văn Hải', 'Tạ Thị Hoa', 'Mai Văn Hùng'])
  })

  it('stores names as NFC without invisible or bidi characters', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const { auth } = await makeUser(db, [{ role: 'office', org: tree.root }])
    const decomposed = 'Nguye\u0302\u0303n Va\u0306n Ta\u0301m'
    expect(decomposed).not.toBe('Nguyễn Văn Tám')
    const placement = { organizationId: tree.cellA1.id, position: 'Đảng viên', fromDate: '2024-03-01' }
    const created = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: decomposed, placement })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ fullName: 'Nguyễn Văn Tám', familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Tám' })

    const hidden = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: '\u202ETrần\u200B  Thị\u2066 Hoa\u200D\uFEFF', placement })
    expect(hidden.status).toBe(201)
    expect(hidden.body).toMatchObject({ fullName: 'Trần Thị Hoa', familyName: 'Trần', givenName: 'Hoa' })

    const found = await call(t.app, auth, 'GET', `/api/v1/people?q=${encodeURIComponent('nguyen van tam')}`)
    expect(names(found.body)).toEqual(['Nguyễn Văn Tám'])
    const byComposed = await call(t.app, auth, 'GET', `/api/v1/people?q=${encodeURIComponent('Nguyễn Văn Tám')}`)
    expect(names(byComposed.body)).toEqual(['Nguyễn Văn Tám'])
    const read = await call(t.app, auth, 'GET', `/api/v1/people/${hidden.body.id}`)
    expect(read.body.fullName).toBe('Trần Thị Hoa')
  })

  it('creates, edits and moves a person through placements, keeping counts and history', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const { auth } = await makeUser(db, [{ role: 'office', org: tree.root }])
    const created = await call(t.app, auth, 'POST', '/api/v1/people', {
      fullName: 'Trịnh Văn Khoa', gender: 'male', birthDate: '1980-05-06', partyCardNumber: unique('TC'),
      placement: { organizationId: tree.cellA1.id, position: 'Bí thư chi bộ', leadershipTier: 'cell', fromDate: '2020-01-15' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.abilities).toEqual({ update: true, managePlacements: true })
    expect(created.body.placements).toEqual([expect.objectContaining({
      organization: expect.objectContaining({ id: tree.cellA1.id }), position: 'Bí thư chi bộ', leadershipTier: 'cell', isPrimary: true, fromDate: '2020-01-15', toDate: null, endReason: null,
    })])
    const id = created.body.id
    expect(await counts(auth, tree.cellA1.id)).toEqual([1, 1])
    expect(await counts(auth, tree.schoolA.id)).toEqual([0, 1])
    expect(await counts(auth, tree.communeA.id)).toEqual([0, 1])
    expect(await counts(auth, tree.root.id)).toEqual([0, 1])
    expect(await counts(auth, tree.communeB.id)).toEqual([0, 0])

    const edited = await call(t.app, auth, 'PATCH', `/api/v1/people/${id}`, { fullName: 'Trịnh Đình Khoa', phone: '0912 345 678', email: 'khoa@example.vn', ethnicity: ' Kinh ' })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body).toMatchObject({ fullName: 'Trịnh Đình Khoa', middleName: 'Đình', phone: '0912 345 678', email: 'khoa@example.vn', ethnicity: 'Kinh', birthDate: '1980-05-06', gender: 'male' })
    const cleared = await call(t.app, auth, 'PATCH', `/api/v1/people/${id}`, { birthDate: null })
    expect(cleared.body).toMatchObject({ birthDate: null, fullName: 'Trịnh Đình Khoa', phone: '0912 345 678' })

    const second = await call(t.app, auth, 'POST', `/api/v1/people/${id}/placements`, {
      organizationId: tree.schoolA.id, position: 'Ủy viên Ban chấp hành', leadershipTier: 'grassroots', isPrimary: false, fromDate: '2022-09-01',
    })
    expect(second.status, JSON.stringify(second.body)).toBe(201)
    expect(second.body.placements.map((p: { organization: { id: string } }) => p.organization.id)).toEqual([tree.schoolA.id, tree.cellA1.id])
    expect(await counts(auth, tree.schoolA.id)).toEqual([0, 1])

    const first = created.body.placements[0].id
    const ended = await call(t.app, auth, 'PATCH', `/api/v1/people/${id}/placements/${first}`, { toDate: '2025-06-30', endReason: 'transfer' })
    expect(ended.status, JSON.stringify(ended.body)).toBe(200)
    expect(ended.body.placements).toHaveLength(2)
    expect(ended.body.placements[1]).toMatchObject({ id: first, toDate: '2025-06-30', endReason: 'transfer', position: 'Bí thư chi bộ' })
    expect(ended.body.placements[0]).toMatchObject({ toDate: null, organization: { id: tree.schoolA.id } })
    expect(await counts(auth, tree.cellA1.id)).toEqual([0, 0])
    expect(await counts(auth, tree.root.id)).toEqual([0, 0])
    const inCell = await call(t.app, auth, 'GET', `/api/v1/people?org=${tree.cellA1.id}`)
    expect(inCell.body.items).toEqual([])

    const moved = await call(t.app, auth, 'POST', `/api/v1/people/${id}/placements`, { organizationId: tree.cellB1.id, position: 'Đảng viên', fromDate: '2025-07-01' })
    expect(moved.status).toBe(201)
    expect(await counts(auth, tree.cellB1.id)).toEqual([1, 1])
    expect(await counts(auth, tree.communeB.id)).toEqual([0, 1])
    expect(await counts(auth, tree.root.id)).toEqual([0, 1])
    const read = await call(t.app, auth, 'GET', `/api/v1/people/${id}`)
    expect(read.body.placements.map((p: { endReason: string | null }) => p.endReason)).toEqual([null, null, 'transfer'])
  })

  it('refuses bad input with clear errors and changes nothing', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const card = unique('DC')
    const holder = await makePerson(db, tree.cellA1, 'Quách Văn Sơn', { partyCardNumber: card })
    const other = await makePerson(db, tree.cellA1, 'Kiều Thị Nga')
    const { auth } = await makeUser(db, [{ role: 'office', org: tree.root }])
    const placement = { organizationId: tree.cellA1.id, position: 'Đảng viên', fromDate: '2024-05-01' }

    const backwards = await call(t.app, auth, 'POST', `/api/v1/people/${holder.id}/placements`, { ...placement, organizationId: tree.cellA2.id, toDate: '2024-04-30' })
    expect(backwards.status).toBe(422)
    expect(backwards.body.error.message).toBe('Ngày kết thúc phải sau ngày bắt đầu.')
    expect(backwards.body.error.details.fields[0].path).toBe('toDate')
    const [current] = (await call(t.app, auth, 'GET', `/api/v1/people/${holder.id}`)).body.placements
    const endEarly = await call(t.app, auth, 'PATCH', `/api/v1/people/${holder.id}/placements/${current.id}`, { toDate: '2023-12-31', endReason: 'left' }, { 'accept-language': 'en' })
    expect(endEarly.status).toBe(422)
    expect(endEarly.body.error.message).toBe('The end date must be after the start date.')
    const createBackwards = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: 'Lương Văn Tài', placement: { ...placement, toDate: '2020-01-01' } })
    expect(createBackwards.status).toBe(422)

    const dupCreate = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: 'Hà Văn Trùng', partyCardNumber: card, placement })
    expect(dupCreate.status).toBe(409)
    expect(dupCreate.body.error.details.fields[0].path).toBe('partyCardNumber')
    const dupUpdate = await call(t.app, auth, 'PATCH', `/api/v1/people/${other.id}`, { partyCardNumber: ` ${card} ` })
    expect(dupUpdate.status).toBe(409)
    const sameCard = await call(t.app, auth, 'PATCH', `/api/v1/people/${holder.id}`, { partyCardNumber: card, gender: 'male' })
    expect(sameCard.status).toBe(200)

    const unknownField = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: 'Trường Lạ', sortKey: 'a', placement })
    expect(unknownField.status).toBe(422)
    expect(unknownField.body.error.details.fields[0].message).toMatch(/sortKey/)
    const unknownPatch = await call(t.app, auth, 'PATCH', `/api/v1/people/${other.id}`, { searchKey: 'x' })
    expect(unknownPatch.status).toBe(422)
    const missingName = await call(t.app, auth, 'POST', '/api/v1/people', { placement })
    expect(missingName.status).toBe(422)
    expect(missingName.body.error.details.fields.map((f: { path: string }) => f.path)).toContain('fullName')
    const blankName = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: '   ', placement })
    expect(blankName.status).toBe(422)
    const badPhone = await call(t.app, auth, 'PATCH', `/api/v1/people/${other.id}`, { phone: '<script>' })
    expect(badPhone.status).toBe(422)

    const holderNow = await call(t.app, auth, 'GET', `/api/v1/people/${holder.id}`)
    expect(holderNow.body.placements).toHaveLength(1)
    expect(holderNow.body.placements[0]).toMatchObject({ toDate: null, endReason: null })
    const otherNow = await call(t.app, auth, 'GET', `/api/v1/people/${other.id}`)
    expect(otherNow.body).toMatchObject({ partyCardNumber: null, phone: null })
    expect(await counts(auth, tree.cellA1.id)).toEqual([2, 2])
    expect(await counts(auth, tree.cellA2.id)).toEqual([0, 0])
    const missing = await call(t.app, auth, 'GET', '/api/v1/people/00000000-0000-4000-8000-000000000000')
    expect(missing.status).toBe(404)
  })

  it('treats blank or invisible-only text as no value', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const { auth } = await makeUser(db, [{ role: 'office', org: tree.root }])
    const placement = { organizationId: tree.cellB2.id, position: 'Đảng viên', fromDate: '2024-03-01' }
    const invisibleName = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: '\u200B\u200B\u200B', placement })
    expect(invisibleName.status).toBe(422)
    expect(invisibleName.body.error.details.fields[0].path).toBe('fullName')
    const invisiblePosition = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: 'Chu Văn Vị', placement: { ...placement, position: '\u200B\u2066' } })
    expect(invisiblePosition.status).toBe(422)
    expect(await counts(auth, tree.cellB2.id)).toEqual([0, 0])

    // A form that sends an empty card number means "none": two such people do not collide.
    const first = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: 'Chu Văn Một', partyCardNumber: '', phone: ' ', ethnicity: '\u200B', placement })
    const second = await call(t.app, auth, 'POST', '/api/v1/people', { fullName: 'Chu Văn Hai', partyCardNumber: '  ', placement })
    expect([first.status, second.status]).toEqual([201, 201])
    expect(first.body).toMatchObject({ partyCardNumber: null, phone: null, ethnicity: null })
    expect(second.body.partyCardNumber).toBeNull()
    const emptied = await call(t.app, auth, 'PATCH', `/api/v1/people/${first.body.id}`, { partyCardNumber: '' })
    expect(emptied.status).toBe(200)
    // An invisible character does not make a card number different from one already registered.
    const card = unique('ZC')
    expect((await call(t.app, auth, 'PATCH', `/api/v1/people/${first.body.id}`, { partyCardNumber: card })).status).toBe(200)
    const sneaky = await call(t.app, auth, 'PATCH', `/api/v1/people/${second.body.id}`, { partyCardNumber: `${card.slice(0, 3)}\u200B${card.slice(3)}` })
    expect(sneaky.status).toBe(409)
  })

  it('shows contact details to the office and the cell secretary only', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const person = await makePerson(db, tree.cellA1, 'Đinh Thị Thu', { phone: '0987 654 321', email: 'thu@example.vn' })
    const users = {
      office: await makeUser(db, [{ role: 'office', org: tree.communeA }]),
      secretary: await makeUser(db, [{ role: 'secretary', org: tree.cellA1, scope: 'unit' }]),
      leader: await makeUser(db, [{ role: 'leader', org: tree.root }]),
      inspector: await makeUser(db, [{ role: 'inspector', org: tree.schoolA }]),
    }
    const seen: Record<string, [string | null, string | null, boolean]> = {}
    for (const [role, user] of Object.entries(users)) {
      const res = await call(t.app, user.auth, 'GET', `/api/v1/people/${person.id}`)
      expect(res.status, role).toBe(200)
      expect(res.body.fullName).toBe('Đinh Thị Thu')
      seen[role] = [res.body.phone, res.body.email, res.body.abilities.update]
    }
    expect(seen).toEqual({
      office: ['0987 654 321', 'thu@example.vn', true],
      secretary: ['0987 654 321', 'thu@example.vn', false],
      leader: [null, null, false],
      inspector: [null, null, false],
    })
    const otherSecretary = await makeUser(db, [{ role: 'secretary', org: tree.cellA2, scope: 'unit' }])
    expect((await call(t.app, otherSecretary.auth, 'GET', `/api/v1/people/${person.id}`)).status).toBe(403)
    const leaderPatch = await call(t.app, users.leader.auth, 'PATCH', `/api/v1/people/${person.id}`, { phone: '0900 000 000' })
    expect(leaderPatch.status).toBe(403)
    const check = await call(t.app, users.office.auth, 'GET', `/api/v1/people/${person.id}`)
    expect(check.body.phone).toBe('0987 654 321')
  })

  it('lets a plain member read their own record but not a colleague’s', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const me = await makePerson(db, tree.cellA1, 'Võ Văn Tâm', { phone: '0911 111 111' })
    const colleague = await makePerson(db, tree.cellA1, 'Lâm Thị Thủy', { phone: '0922 222 222' })
    const member = await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }], me.id)
    const own = await call(t.app, member.auth, 'GET', `/api/v1/people/${me.id}`)
    expect(own.status).toBe(200)
    expect(own.body).toMatchObject({ fullName: 'Võ Văn Tâm', phone: '0911 111 111', abilities: { update: false, managePlacements: false } })
    const other = await call(t.app, member.auth, 'GET', `/api/v1/people/${colleague.id}`)
    expect(other.status).toBe(403)
    expect(JSON.stringify(other.body)).not.toContain('Thủy')
    const list = await call(t.app, member.auth, 'GET', `/api/v1/people?org=${tree.cellA1.id}`)
    expect(list.status).toBe(403)
    const edit = await call(t.app, member.auth, 'PATCH', `/api/v1/people/${me.id}`, { phone: '0933 333 333' })
    expect(edit.status).toBe(403)

    // A person without a current placement is still readable by themselves.
    const loose = await makePerson(db, null, 'Tô Văn Lẻ')
    const looseMember = await makeUser(db, [{ role: 'member', org: await makeOrg(db, tree.schoolB), scope: 'unit' }], loose.id)
    expect((await call(t.app, looseMember.auth, 'GET', `/api/v1/people/${loose.id}`)).status).toBe(200)
  })
})
