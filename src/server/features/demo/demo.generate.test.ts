import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ETHNICITIES } from './demo.names.ts'
import {
  DEMO_REFERENCE_DATE, DEMO_ROOT_CODE, POS, generateDemoProvince, pickDemoAccountHolders, type DemoProvince,
} from './demo.generate.ts'
import { Rng, addYears } from './demo.random.ts'

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const ISO = /^\d{4}-\d{2}-\d{2}$/
const hash = (p: DemoProvince) => createHash('sha256').update(JSON.stringify(p)).digest('hex')

const province = generateDemoProvince()
const { organizations: orgs, people } = province
const orgByCode = new Map(orgs.map((o) => [o.code, o]))

function subtreeOf(code: string): Set<string> {
  const out = new Set([code])
  for (const o of orgs) if (o.parentCode && out.has(o.parentCode)) out.add(o.code)
  return out
}
const primaryOf = (i: number) => people[i].placements.find((p) => p.isPrimary)!

describe('demo random', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new Rng(7)
    const b = new Rng(7)
    const xs = Array.from({ length: 50 }, () => a.float())
    expect(Array.from({ length: 50 }, () => b.float())).toEqual(xs)
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(new Rng(8).float()).not.toBe(xs[0])
  })
})

describe('generateDemoProvince', () => {
  it('is deterministic: the same seed gives byte-identical output', () => {
    expect(hash(generateDemoProvince())).toBe(hash(province))
    expect(hash(generateDemoProvince({ seed: 42 }))).toBe(hash(generateDemoProvince({ seed: 42 })))
    expect(hash(generateDemoProvince({ seed: 42 }))).not.toBe(hash(province))
  })

  it('builds a tree of at least 300 organizations under the city root, parents first', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(300)
    expect(orgs[0]).toEqual({ code: DEMO_ROOT_CODE, name: 'Đảng bộ thành phố Hải Vân', kind: 'province', parentCode: null })
    expect(orgs.filter((o) => o.parentCode === null)).toHaveLength(1)
    const seen = new Set<string>()
    for (const o of orgs) {
      if (o.parentCode !== null) expect(seen.has(o.parentCode), `${o.code} after its parent`).toBe(true)
      seen.add(o.code)
    }
    const level1 = orgs.filter((o) => o.parentCode === DEMO_ROOT_CODE)
    expect(level1.length).toBeGreaterThanOrEqual(20)
    expect(level1.length).toBeLessThanOrEqual(30)
    expect(new Set(level1.map((o) => o.kind))).toEqual(new Set(['ward', 'commune', 'agency']))
    const agencies = level1.filter((o) => o.kind === 'agency').length
    expect(agencies).toBeGreaterThanOrEqual(3)
    expect(agencies).toBeLessThanOrEqual(4)
    for (const o of orgs.filter((x) => x.kind === 'grassroots' || x.kind === 'cell')) {
      const parent = orgByCode.get(o.parentCode!)!
      const allowed = o.kind === 'cell' ? ['ward', 'commune', 'grassroots'] : ['ward', 'commune', 'agency']
      expect(allowed, o.code).toContain(parent.kind)
    }
    expect(orgs.some((o) => o.name === 'Đảng bộ xã Trà Leng')).toBe(true)
    expect(orgs.some((o) => o.name === 'Chi bộ thôn Tắk Pỏ')).toBe(true)
  })

  it('gives unique, short, ASCII, hierarchical codes', () => {
    expect(new Set(orgs.map((o) => o.code)).size).toBe(orgs.length)
    for (const o of orgs) {
      expect(o.code).toMatch(CODE)
      expect(o.code.length).toBeLessThanOrEqual(40)
      if (o.parentCode) expect(o.code.startsWith(`${o.parentCode}.`), o.code).toBe(true)
    }
  })

  it('makes 5,000 people by default, and the requested number otherwise', () => {
    expect(people.length).toBe(5000)
    expect(generateDemoProvince({ people: 6000 }).people.length).toBe(6000)
    // Too few to give every unit a member: raised to the minimum.
    const small = generateDemoProvince({ people: 10 })
    expect(small.people.length).toBeGreaterThan(orgs.length / 2)
    expect(small.people.length).toBeLessThan(orgs.length + 100)
  })

  it('places everyone in exactly one primary unit that exists', () => {
    for (const p of people) {
      expect(p.placements.filter((pl) => pl.isPrimary)).toHaveLength(1)
      for (const pl of p.placements) expect(orgByCode.has(pl.orgCode), pl.orgCode).toBe(true)
      expect(new Set(p.placements.map((pl) => pl.orgCode)).size).toBe(p.placements.length)
    }
  })

  it('gives each cell 8–40 members and exactly one cell secretary', () => {
    const cells = orgs.filter((o) => o.kind === 'cell')
    const byCell = new Map(cells.map((c) => [c.code, [] as string[]]))
    for (const p of people) for (const pl of p.placements) byCell.get(pl.orgCode)?.push(pl.position)
    for (const [code, positions] of byCell) {
      expect(positions.length, code).toBeGreaterThanOrEqual(8)
      expect(positions.length, code).toBeLessThanOrEqual(40)
      expect(positions.filter((x) => x === POS.cellSecretary), code).toHaveLength(1)
    }
    for (const p of people) for (const pl of p.placements) {
      if (pl.position === POS.cellSecretary && orgByCode.get(pl.orgCode)!.kind === 'cell') expect(pl.leadershipTier).toBe('cell')
      if (pl.position === POS.member || pl.position === POS.probationary) expect(pl.leadershipTier).toBe('none')
    }
  })

  it('gives committees their leaders', () => {
    const rootTiers = people.flatMap((p) => p.placements.filter((pl) => pl.orgCode === DEMO_ROOT_CODE))
    expect(rootTiers.some((pl) => pl.position === 'Bí thư Thành ủy' && pl.leadershipTier === 'province')).toBe(true)
    expect(rootTiers.every((pl) => pl.leadershipTier === 'province')).toBe(true)
    for (const o of orgs.filter((x) => x.parentCode === DEMO_ROOT_CODE)) {
      const secretaries = people.filter((p) => p.placements.some((pl) => pl.orgCode === o.code && pl.position === POS.secretary))
      expect(secretaries, o.code).toHaveLength(1)
      expect(secretaries[0].placements.find((pl) => pl.orgCode === o.code)!.leadershipTier).toBe('upper')
    }
    const committees = orgs.filter((o) => o.kind === 'grassroots' && orgs.some((c) => c.parentCode === o.code))
    for (const o of committees) {
      const heads = people.flatMap((p) => p.placements.filter((pl) => pl.orgCode === o.code && pl.position === POS.secretary))
      expect(heads, o.code).toHaveLength(1)
      expect(heads[0]).toMatchObject({ leadershipTier: 'grassroots', isPrimary: false })
    }
  })

  it('writes every string in NFC', () => {
    const bad: string[] = []
    const walk = (v: unknown): void => {
      if (typeof v === 'string') {
        if (v.normalize('NFC') !== v) bad.push(v)
      } else if (Array.isArray(v)) v.forEach(walk)
      else if (v && typeof v === 'object') Object.values(v).forEach(walk)
    }
    walk(province)
    expect(bad).toEqual([])
    expect(JSON.stringify(province)).toContain('Nguyễn')
  })

  it('uses realistic Vietnamese names, including the ones tests search for', () => {
    const names = new Set(people.map((p) => p.fullName))
    expect(names.has('Lê Văn Dũng')).toBe(true)
    expect(people.filter((p) => p.fullName.startsWith('Đoàn ')).length).toBeGreaterThanOrEqual(3)
    const nguyen = people.filter((p) => p.fullName.startsWith('Nguyễn ')).length / people.length
    expect(nguyen).toBeGreaterThan(0.25)
    expect(nguyen).toBeLessThan(0.4)
    expect(names.size).toBeGreaterThan(2000)
    for (const p of people) expect(ETHNICITIES).toContain(p.ethnicity)
  })

  it('has ethnic-minority members in the upland communes', () => {
    const upland = subtreeOf(`${DEMO_ROOT_CODE}.X-AVUONG`)
    const there = people.filter((_, i) => upland.has(primaryOf(i).orgCode))
    const coTu = there.filter((p) => p.ethnicity === 'Cơ Tu')
    expect(coTu.length / there.length).toBeGreaterThan(0.6)
    expect(there.some((p) => p.ethnicity === 'Kinh')).toBe(true)
    expect(coTu.some((p) => p.fullName === 'Alăng Thị Mai' && p.gender === 'female')).toBe(true)
    for (const group of ['Xơ Đăng', 'Giẻ Triêng', 'Cơ Ho']) expect(people.some((p) => p.ethnicity === group), group).toBe(true)
  })

  it('keeps dates, card numbers and phones plausible', () => {
    const cards = new Set<string>()
    let phones = 0
    let probationary = 0
    for (const p of people) {
      expect(p.birthDate).toMatch(ISO)
      expect(p.birthDate >= '1950-01-01' && p.birthDate <= '2003-12-31', p.birthDate).toBe(true)
      expect(p.partyJoinDate).not.toBeNull()
      expect(p.partyJoinDate! >= addYears(p.birthDate, 18)).toBe(true)
      expect(p.partyJoinDate! <= DEMO_REFERENCE_DATE).toBe(true)
      const isProbationary = p.placements.some((pl) => pl.position === POS.probationary)
      if (isProbationary) {
        probationary++
        expect(p.partyJoinDate! > addYears(DEMO_REFERENCE_DATE, -1)).toBe(true)
        expect(p.partyCardNumber).toBeNull()
      } else {
        expect(p.partyCardNumber).toMatch(/^\d{8}$/)
        expect(cards.has(p.partyCardNumber!)).toBe(false)
        cards.add(p.partyCardNumber!)
      }
      if (p.phone !== null) {
        expect(p.phone).toMatch(/^09\d{8}$/)
        phones++
      }
      for (const pl of p.placements) {
        expect(pl.fromDate).toMatch(ISO)
        expect(pl.fromDate >= '2015-01-01' && pl.fromDate <= '2025-07-01', pl.fromDate).toBe(true)
        expect(pl.fromDate >= p.partyJoinDate!).toBe(true)
      }
    }
    expect(phones / people.length).toBeGreaterThan(0.4)
    expect(phones / people.length).toBeLessThan(0.6)
    expect(probationary).toBeGreaterThan(20)
    const atReorg = people.flatMap((p) => p.placements).filter((pl) => pl.fromDate === '2025-07-01').length
    expect(atReorg).toBeGreaterThan(500)
  })

  it('picks valid demo account holders', () => {
    const h = pickDemoAccountHolders(province)
    expect(Object.values(h).map((x) => x.username).sort()).toEqual(['bithu', 'dangvien', 'kiemtra', 'lanhdao', 'vanphong'])
    expect(new Set(Object.values(h).map((x) => x.personIndex)).size).toBe(5)
    for (const x of Object.values(h)) {
      expect(x.username).toMatch(/^[a-z0-9][a-z0-9._-]*$/)
      expect(people[x.personIndex]).toBeDefined()
      expect(orgByCode.has(x.orgCode)).toBe(true)
    }
    expect(h.office).toMatchObject({ orgCode: DEMO_ROOT_CODE, scope: 'subtree' })
    expect(orgByCode.get(h.leader.orgCode)!.kind).toBe('ward')
    expect(h.leader.scope).toBe('subtree')
    expect(people[h.leader.personIndex].placements).toContainEqual(expect.objectContaining({ orgCode: h.leader.orgCode, position: POS.secretary }))
    expect(orgByCode.get(h.secretary.orgCode)!).toMatchObject({ kind: 'cell', parentCode: h.leader.orgCode })
    expect(h.secretary.scope).toBe('unit')
    expect(primaryOf(h.secretary.personIndex)).toMatchObject({ orgCode: h.secretary.orgCode, position: POS.cellSecretary })
    expect(orgByCode.get(h.inspector.orgCode)!.kind).toBe('commune')
    expect(h.inspector.scope).toBe('subtree')
    expect(subtreeOf(h.inspector.orgCode).has(primaryOf(h.inspector.personIndex).orgCode)).toBe(true)
    expect(h.member).toMatchObject({ orgCode: h.secretary.orgCode, scope: 'unit' })
    expect(people[h.member.personIndex].placements).toEqual([expect.objectContaining({ orgCode: h.secretary.orgCode, position: POS.member, leadershipTier: 'none' })])
    // Other seeds work too.
    expect(() => pickDemoAccountHolders(generateDemoProvince({ seed: 3 }))).not.toThrow()
  })
})
