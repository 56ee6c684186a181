// The organization tree of the demo city: root → ward/commune/agency committees → grassroots
// organizations → party cells. Parents are always listed before their children.
import type { OrgKind } from '../../../common/contracts/enums.ts'
import type { DemoOrg } from './demo.generate.ts'
import type { Rng, Weighted } from './demo.random.ts'
import {
  COMPANY_CELLS, HIGH_SCHOOLS, LEVEL1, LOWER_SECONDARY_SCHOOLS, LOWLAND_VILLAGES, PRIMARY_SCHOOLS, QUARTER_NAMES,
  SCHOOL_CELLS, WARD_COMPANIES, type GrassrootsSpec, type Level1Spec, type Profile,
} from './demo.places.ts'

export const DEMO_ROOT_CODE = 'HV'
/** The pattern organization codes must match (see common/contracts/fields.ts). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

export const DEMO_ROOT_NAME = 'Đảng bộ thành phố Hải Vân'

export type NodeRole = 'root' | 'level1' | 'party-committee' | 'basic-cell' | 'cell'

export interface TreeNode {
  org: DemoOrg
  role: NodeRole
  /** The ward/commune/agency this node belongs to (itself for a level-1 node); null for the root. */
  level1: Level1Spec | null
  /** Profile of members placed directly here; null when the unit holds no ordinary members. */
  profile: Profile | null
  ethnicMix: Weighted<string>
}

/** Desired number of members of a unit, before scaling to the requested head count. */
export const SIZE_RANGE: Record<Profile, readonly [number, number]> = {
  quarter: [14, 40], village: [12, 40], office: [8, 20], school: [8, 18], health: [8, 16],
  company: [10, 30], coop: [8, 16], lecturer: [8, 20], student: [10, 30],
}

/** Draws names from a shuffled pool without repeating until the pool runs out. */
class Pool {
  private items: string[]
  private i = 0
  constructor(private readonly rng: Rng, private readonly source: readonly string[]) {
    this.items = rng.shuffle(source)
  }
  next(): string {
    if (this.i >= this.items.length) {
      this.items = this.rng.shuffle(this.source)
      this.i = 0
    }
    return this.items[this.i++]
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0')

function level1Name(spec: Level1Spec): string {
  if (spec.name) return spec.name
  return `Đảng bộ ${spec.kind === 'ward' ? 'phường' : 'xã'} ${spec.place}`
}

function residentialCells(rng: Rng, spec: Level1Spec): string[] {
  if (spec.villages) return spec.villages.map((v) => `Chi bộ ${spec.villageWord ?? 'thôn'} ${v}`)
  const count = rng.int(6, 9)
  if (spec.kind === 'commune') return rng.sample(LOWLAND_VILLAGES, count).map((v) => `Chi bộ thôn ${v}`)
  const numbers = Array.from({ length: count }, (_, i) => i + 1)
  switch (spec.quarterStyle) {
    case 'khu-pho':
      return numbers.map((n) => `Chi bộ khu phố ${n}`)
    case 'to-dan-pho':
      return numbers.map((n) => `Chi bộ tổ dân phố ${n}`)
    default: {
      const own = Math.ceil(count / 2)
      const other = rng.pick(QUARTER_NAMES)
      return numbers.map((n) => (n <= own ? `Chi bộ tổ dân phố ${spec.place} ${n}` : `Chi bộ tổ dân phố ${other} ${n - own}`))
    }
  }
}

/** Build the whole tree. Consumes the random stream in a fixed order. */
export function buildTree(rng: Rng): TreeNode[] {
  const nodes: TreeNode[] = []
  const codes = new Set<string>()
  const pools = {
    high: new Pool(rng, HIGH_SCHOOLS),
    lower: new Pool(rng, LOWER_SECONDARY_SCHOOLS),
    primary: new Pool(rng, PRIMARY_SCHOOLS),
    company: new Pool(rng, WARD_COMPANIES),
  }

  const add = (code: string, name: string, kind: OrgKind, parentCode: string | null, role: NodeRole,
    level1: Level1Spec | null, profile: Profile | null): string => {
    if (codes.has(code)) throw new Error(`duplicate demo org code ${code}`)
    codes.add(code)
    nodes.push({ org: { code, name, kind, parentCode }, role, level1, profile, ethnicMix: level1?.ethnicMix ?? [] })
    return code
  }

  /** A grassroots organization: a party committee with cells, or a basic cell holding members itself. */
  const addGrassroots = (parent: string, spec: Level1Spec, g: GrassrootsSpec, cellProfile?: Profile) => {
    const code = `${parent}.${g.slug}`
    if (!g.cells || g.cells.length === 0) {
      add(code, g.name, 'grassroots', parent, 'basic-cell', spec, g.profile)
      return
    }
    add(code, g.name, 'grassroots', parent, 'party-committee', spec, null)
    g.cells.forEach((cell, i) => {
      const profile = cellProfile ?? (/Sinh viên/.test(cell) ? 'student' : g.profile)
      add(`${code}.CB${pad2(i + 1)}`, cell, 'cell', code, 'cell', spec, profile)
    })
  }

  add(DEMO_ROOT_CODE, DEMO_ROOT_NAME, 'province', null, 'root', null, null)

  for (const spec of LEVEL1) {
    const l1 = add(`${DEMO_ROOT_CODE}.${spec.slug}`, level1Name(spec), spec.kind, DEMO_ROOT_CODE, 'level1', spec, null)
    if (spec.kind === 'agency') {
      for (const g of spec.grassroots ?? []) addGrassroots(l1, spec, g)
      continue
    }
    const word = spec.kind === 'ward' ? 'phường' : 'xã'
    const residential: Profile = spec.kind === 'ward' ? 'quarter' : 'village'
    residentialCells(rng, spec).forEach((name, i) => add(`${l1}.CB${pad2(i + 1)}`, name, 'cell', l1, 'cell', spec, residential))
    add(`${l1}.CB-CQ`, 'Chi bộ Cơ quan Đảng – Mặt trận – Đoàn thể', 'cell', l1, 'cell', spec, 'office')
    add(`${l1}.CB-UB`, `Chi bộ Ủy ban nhân dân ${word} ${spec.place}`, 'cell', l1, 'cell', spec, 'office')

    const highSchoolChance = spec.upland ? 0.25 : spec.kind === 'ward' ? 0.5 : 0.35
    if (rng.chance(highSchoolChance)) {
      const cells = rng.chance(0.5) ? SCHOOL_CELLS : SCHOOL_CELLS.slice(0, 2)
      addGrassroots(l1, spec, { slug: 'THPT', name: `Đảng bộ Trường THPT ${pools.high.next()}`, profile: 'school', cells })
    }
    if (spec.upland) {
      addGrassroots(l1, spec, { slug: 'PTDTBT', name: `Chi bộ cơ sở Trường Phổ thông Dân tộc bán trú Tiểu học và THCS ${spec.place}`, profile: 'school' })
    } else {
      if (rng.chance(0.8)) addGrassroots(l1, spec, { slug: 'THCS', name: `Chi bộ cơ sở Trường THCS ${pools.lower.next()}`, profile: 'school' })
      if (rng.chance(0.45)) addGrassroots(l1, spec, { slug: 'TH', name: `Chi bộ cơ sở Trường Tiểu học ${pools.primary.next()}`, profile: 'school' })
    }
    if (spec.upland || rng.chance(0.85)) {
      addGrassroots(l1, spec, { slug: 'TYT', name: `Chi bộ cơ sở Trạm Y tế ${word} ${spec.place}`, profile: 'health' })
    }
    if (spec.kind === 'ward' && rng.chance(0.4)) {
      const cells = rng.chance(0.5) ? COMPANY_CELLS : COMPANY_CELLS.slice(0, 3)
      addGrassroots(l1, spec, { slug: 'CTY', name: `Đảng bộ ${pools.company.next()}`, profile: 'company', cells })
    }
    if (spec.kind === 'commune' && !spec.upland && rng.chance(0.6)) {
      addGrassroots(l1, spec, { slug: 'HTX', name: `Chi bộ cơ sở Hợp tác xã Nông nghiệp ${spec.place}`, profile: 'coop' })
    }
    if (spec.upland && rng.chance(0.5)) {
      addGrassroots(l1, spec, { slug: 'BQLR', name: `Chi bộ cơ sở Ban Quản lý rừng phòng hộ ${spec.place}`, profile: 'office' })
    }
  }
  for (const n of nodes) {
    if (n.org.code.length > 40 || !CODE_PATTERN.test(n.org.code)) throw new Error(`bad demo org code ${n.org.code}`)
  }
  return nodes
}
