// A pure, deterministic generator of a realistic demo province: the fictional city of Hải Vân after
// the 2025 two-level reorganization (city → wards, communes and agency committees → grassroots
// organizations → party cells), with its party members and their placements. No database code: the
// loader turns this into rows. The same seed always gives byte-identical output.
import type { Gender, GrantScope, LeadershipTier, OrgKind } from '../../../common/contracts/enums.ts'
import { REQUIRED_NAMES, REQUIRED_UPLAND_NAMES } from './demo.names.ts'
import { DEMO_REFERENCE_DATE, PersonFactory, allocateSizes } from './demo.people.ts'
import { Rng } from './demo.random.ts'
import { DEMO_ROOT_CODE, SIZE_RANGE, buildTree, type TreeNode } from './demo.tree.ts'

export { DEMO_ROOT_CODE, DEMO_ROOT_NAME } from './demo.tree.ts'
export { DEMO_REFERENCE_DATE } from './demo.people.ts'

export interface DemoOrg { code: string; name: string; kind: OrgKind; parentCode: string | null }
export interface DemoPlacement {
  orgCode: string
  position: string
  leadershipTier: LeadershipTier
  isPrimary: boolean
  /** YYYY-MM-DD, between 2015-01-01 and 2025-07-01. */
  fromDate: string
}
export interface DemoPerson {
  fullName: string
  gender: Gender
  birthDate: string
  ethnicity: string
  partyJoinDate: string | null
  partyCardNumber: string | null
  phone: string | null
  placements: DemoPlacement[]
}
export interface DemoProvince {
  /** Parents before children. */
  organizations: DemoOrg[]
  people: DemoPerson[]
}

export const DEMO_DEFAULT_SEED = 20250701
export const DEMO_DEFAULT_PEOPLE = 5000

/** Positions used by the generator (and looked up by pickDemoAccountHolders). */
export const POS = {
  cellSecretary: 'Bí thư chi bộ',
  cellDeputy: 'Phó Bí thư chi bộ',
  cellCommittee: 'Chi ủy viên',
  member: 'Đảng viên',
  probationary: 'Đảng viên dự bị',
  secretary: 'Bí thư Đảng ủy',
  deputy: 'Phó Bí thư Đảng ủy',
  standingDeputy: 'Phó Bí thư Thường trực Đảng ủy',
  standing: 'Ủy viên Ban Thường vụ Đảng ủy',
  committee: 'Đảng ủy viên',
  inspection: 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy',
  citySecretary: 'Bí thư Thành ủy',
  cityStanding: 'Ủy viên Ban Thường vụ Thành ủy',
} as const

type Seat = readonly [position: string, tier: LeadershipTier]
const ROOT_SEATS: readonly Seat[] = [
  [POS.citySecretary, 'province'],
  ['Phó Bí thư Thường trực Thành ủy', 'province'],
  ['Phó Bí thư Thành ủy, Chủ tịch UBND thành phố', 'province'],
  ['Chủ nhiệm Ủy ban Kiểm tra Thành ủy', 'province'],
  ['Trưởng Ban Tổ chức Thành ủy', 'province'],
]
const LOCAL_SEATS: readonly Seat[] = [[POS.secretary, 'upper'], [POS.standingDeputy, 'upper'], [POS.inspection, 'upper']]
const AGENCY_SEATS: readonly Seat[] = [[POS.secretary, 'upper'], [POS.standingDeputy, 'upper']]

function seatsOf(node: TreeNode): readonly Seat[] {
  if (node.role === 'root') return ROOT_SEATS
  if (node.role !== 'level1') return []
  return node.org.kind === 'agency' ? AGENCY_SEATS : LOCAL_SEATS
}

export function generateDemoProvince(options: { seed?: number; people?: number } = {}): DemoProvince {
  const rng = new Rng(options.seed ?? DEMO_DEFAULT_SEED)
  const tree = buildTree(rng)
  const factory = new PersonFactory(rng)
  const people: DemoPerson[] = []
  /** Person indexes by the org of their primary placement, in placement order. */
  const members = new Map<string, number[]>()
  const nodeOf = new Map(tree.map((n) => [n.org.code, n]))

  /** Person indexes by org, for every placement. */
  const placed = new Map<string, number[]>()
  const place = (idx: number, orgCode: string, position: string, leadershipTier: LeadershipTier, isPrimary: boolean, fromDate: string) => {
    people[idx].placements.push({ orgCode, position, leadershipTier, isPrimary, fromDate })
    const all = placed.get(orgCode) ?? []
    all.push(idx)
    placed.set(orgCode, all)
    if (isPrimary) {
      const list = members.get(orgCode) ?? []
      list.push(idx)
      members.set(orgCode, list)
    }
  }

  // 1. Full-time committee leaders, placed directly in the city and level-1 committees.
  for (const node of tree) {
    for (const [position, tier] of seatsOf(node)) {
      const { person } = factory.make('leader', node.ethnicMix, false)
      people.push(person)
      place(people.length - 1, node.org.code, position, tier, true, DEMO_REFERENCE_DATE)
    }
  }

  // 2. Members of cells and of grassroots organizations without cells.
  const units = tree.filter((n) => n.profile !== null)
  const total = Math.max(options.people ?? DEMO_DEFAULT_PEOPLE, people.length + units.length)
  const sizes = allocateSizes(rng, units.map((u) => SIZE_RANGE[u.profile!]), total - people.length)
  units.forEach((unit, k) => {
    const tier: LeadershipTier = unit.role === 'cell' ? 'cell' : 'grassroots'
    const reorgShare = unit.org.kind === 'cell' && unit.level1?.kind !== 'agency' ? 0.3 : 0.15
    const size = sizes[k]
    const officers: string[] = [POS.cellSecretary]
    if (size >= 10 && rng.chance(0.7)) officers.push(POS.cellDeputy)
    if (size >= 15) for (let i = rng.int(1, 3); i > 0; i--) officers.push(POS.cellCommittee)
    for (let i = 0; i < size; i++) {
      const officer = officers[i]
      const { person, probationary } = factory.make(unit.profile!, unit.ethnicMix, officer === undefined)
      people.push(person)
      const position = officer ?? (probationary ? POS.probationary : POS.member)
      const fromDate = probationary ? person.partyJoinDate! : factory.placementDate(person, reorgShare)
      place(people.length - 1, unit.org.code, position, officer ? tier : 'none', true, fromDate)
    }
  })

  // 3. Committees of grassroots organizations and level-1 units drawn from their members.
  const primaryOf = (idx: number) => people[idx].placements.find((p) => p.isPrimary)!
  const holding = (orgCode: string, position: string) =>
    (placed.get(orgCode) ?? []).filter((i) => people[i].placements.some((p) => p.orgCode === orgCode && p.position === position))
  const ordinary = (orgCode: string) =>
    (members.get(orgCode) ?? []).filter((i) => people[i].placements.length === 1 && primaryOf(i).position === POS.member)
  const second = (candidates: readonly number[], orgCode: string, position: string, tier: LeadershipTier, reorgShare: number) => {
    const free = candidates.filter((i) => !people[i].placements.some((p) => p.orgCode === orgCode))
    if (free.length === 0) return
    const idx = rng.pick(free)
    place(idx, orgCode, position, tier, false, factory.placementDate(people[idx], reorgShare, primaryOf(idx).fromDate))
  }
  const childCodes = (code: string) => tree.filter((n) => n.org.parentCode === code).map((n) => n.org.code)

  for (const node of tree) {
    const code = node.org.code
    if (node.role === 'party-committee') {
      const cells = childCodes(code)
      second(ordinary(cells[0]), code, POS.secretary, 'grassroots', 0.2)
      second(ordinary(cells[1] ?? cells[0]), code, POS.deputy, 'grassroots', 0.2)
      for (const cell of rng.sample(cells, cells.length >= 3 ? 2 : 1)) second(holding(cell, POS.cellSecretary), code, POS.committee, 'grassroots', 0.2)
    } else if (node.role === 'level1' && node.org.kind !== 'agency') {
      const word = node.org.kind === 'ward' ? 'phường' : 'xã'
      second(ordinary(`${code}.CB-UB`), code, `Phó Bí thư Đảng ủy, Chủ tịch UBND ${word}`, 'upper', 0.9)
      second(holding(`${code}.CB-CQ`, POS.cellSecretary), code, POS.standing, 'upper', 0.9)
      const residential = childCodes(code).filter((c) => /\.CB\d\d$/.test(c))
      for (const cell of rng.sample(residential, 2)) second(holding(cell, POS.cellSecretary), code, POS.standing, 'upper', 0.9)
    } else if (node.role === 'level1') {
      const heads = childCodes(code).flatMap((g) => holding(g, nodeOf.get(g)!.role === 'basic-cell' ? POS.cellSecretary : POS.secretary))
      for (let k = 0; k < 3; k++) second(heads, code, POS.standing, 'upper', 0.9)
      second(holding(code, POS.secretary), DEMO_ROOT_CODE, POS.cityStanding, 'province', 1)
    }
  }
  const localSecretaries = tree
    .filter((n) => n.role === 'level1' && n.org.kind !== 'agency')
    .flatMap((n) => holding(n.org.code, POS.secretary))
  for (let k = 0; k < 2; k++) second(localSecretaries, DEMO_ROOT_CODE, POS.cityStanding, 'province', 1)

  // 4. Names that tests and walkthroughs look for, given to ordinary members of well-known cells.
  const firstWard = tree.find((n) => n.org.kind === 'ward')!.org.code
  const upland = tree.find((n) => n.level1?.ethnicMix?.some(([e]) => e === 'Cơ Tu') && n.role === 'level1')!.org.code
  const rename = (orgCode: string, fromEnd: number, spec: { full: string; sex: 'male' | 'female'; ethnicity: string }) => {
    const list = ordinary(orgCode)
    const idx = list[list.length - 1 - fromEnd]
    if (idx === undefined) return
    Object.assign(people[idx], { fullName: spec.full, gender: spec.sex, ethnicity: spec.ethnicity })
  }
  REQUIRED_NAMES.forEach((spec, i) => rename(`${firstWard}.CB0${1 + Math.floor(i / 2)}`, i % 2, spec))
  REQUIRED_UPLAND_NAMES.forEach((spec, i) => rename(`${upland}.CB0${i + 1}`, 0, spec))

  return { organizations: tree.map((n) => n.org), people }
}

export type DemoAccountRole = 'office' | 'secretary' | 'leader' | 'inspector' | 'member'
export interface DemoAccountHolder { personIndex: number; orgCode: string; scope: GrantScope; username: string }

/**
 * Who gets each demo account, and on which organization the grant is made: the office on the whole
 * city, a ward's party secretary on that ward, a cell's secretary on the cell, a commune's inspection
 * chair on the commune, and an ordinary member of that same cell.
 */
export function pickDemoAccountHolders(province: DemoProvince): Record<DemoAccountRole, DemoAccountHolder> {
  const { organizations, people } = province
  const find = (what: string, test: (p: DemoPerson) => boolean): number => {
    const idx = people.findIndex(test)
    if (idx < 0) throw new Error(`demo province has no ${what}`)
    return idx
  }
  const primaryIn = (p: DemoPerson, test: (orgCode: string, position: string) => boolean) =>
    p.placements.some((pl) => pl.isPrimary && test(pl.orgCode, pl.position))

  const ward = organizations.find((o) => o.kind === 'ward')
  const cell = organizations.find((o) => o.kind === 'cell' && o.parentCode === ward?.code)
  const commune = organizations.find((o) => o.code === `${DEMO_ROOT_CODE}.X-AVUONG`) ?? organizations.find((o) => o.kind === 'commune')
  if (!ward || !cell || !commune) throw new Error('demo province lacks a ward, a ward cell or a commune')
  const officeCells = new Set(organizations.filter((o) => o.parentCode === `${DEMO_ROOT_CODE}.CQD.VPTU`).map((o) => o.code))

  return {
    office: {
      personIndex: people.some((p) => primaryIn(p, (o, pos) => officeCells.has(o) && pos === POS.member))
        ? find('office cadre', (p) => primaryIn(p, (o, pos) => officeCells.has(o) && pos === POS.member))
        : find('office cadre', (p) => primaryIn(p, (o) => officeCells.has(o))),
      orgCode: DEMO_ROOT_CODE, scope: 'subtree', username: 'vanphong',
    },
    leader: {
      personIndex: find('ward secretary', (p) => primaryIn(p, (o, pos) => o === ward.code && pos === POS.secretary)),
      orgCode: ward.code, scope: 'subtree', username: 'lanhdao',
    },
    secretary: {
      personIndex: find('cell secretary', (p) => primaryIn(p, (o, pos) => o === cell.code && pos === POS.cellSecretary)),
      orgCode: cell.code, scope: 'unit', username: 'bithu',
    },
    inspector: {
      personIndex: find('commune inspector', (p) => primaryIn(p, (o, pos) => o === commune.code && pos === POS.inspection)),
      orgCode: commune.code, scope: 'subtree', username: 'kiemtra',
    },
    member: {
      personIndex: find('ordinary member', (p) => p.placements.length === 1 && primaryIn(p, (o, pos) => o === cell.code && pos === POS.member)),
      orgCode: cell.code, scope: 'unit', username: 'dangvien',
    },
  }
}
