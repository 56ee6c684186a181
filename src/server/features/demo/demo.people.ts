// Making one demo person: name, sex, birth and party dates, card number and phone, from the profile of
// the unit they are placed in. Also the split of a head count over units.
import type { Gender } from '../../../common/contracts/enums.ts'
import type { DemoPerson } from './demo.generate.ts'
import { SCATTERED_ETHNICITIES, makePersonName } from './demo.names.ts'
import type { Profile } from './demo.places.ts'
import { addYears, maxDate, minDate, randomDate, type Rng, type Weighted } from './demo.random.ts'

/** The demo's "today": the 2025 reorganization. No placement starts later. */
export const DEMO_REFERENCE_DATE = '2025-07-01'
export const EARLIEST_PLACEMENT = '2015-01-01'
/** Probationary members joined within the year before the reference date. */
const PROBATION_FROM = '2024-07-02'
const LAST_FULL_MEMBER_JOIN = '2024-07-01'

export type PersonKind = Profile | 'leader'

interface Shape {
  female: number
  /** Birth-year bands and their weights. */
  births: Weighted<readonly [number, number]>
  probationary: number
}

const SHAPES: Record<PersonKind, Shape> = {
  quarter: { female: 0.38, births: [[[1950, 1965], 4], [[1966, 1985], 4], [[1986, 2001], 2]], probationary: 0.04 },
  village: { female: 0.3, births: [[[1950, 1965], 4], [[1966, 1985], 4], [[1986, 2001], 2]], probationary: 0.05 },
  office: { female: 0.45, births: [[[1966, 1980], 4], [[1981, 2000], 6]], probationary: 0.04 },
  school: { female: 0.7, births: [[[1967, 1980], 4], [[1981, 2000], 6]], probationary: 0.06 },
  health: { female: 0.6, births: [[[1967, 1980], 4], [[1981, 1999], 6]], probationary: 0.05 },
  company: { female: 0.3, births: [[[1967, 1980], 4], [[1981, 2001], 6]], probationary: 0.06 },
  coop: { female: 0.25, births: [[[1955, 1970], 5], [[1971, 1990], 5]], probationary: 0.03 },
  lecturer: { female: 0.45, births: [[[1960, 1975], 4], [[1976, 1995], 6]], probationary: 0.03 },
  student: { female: 0.6, births: [[[1999, 2003], 1]], probationary: 0.45 },
  leader: { female: 0.2, births: [[[1966, 1982], 1]], probationary: 0 },
}

const PHONE_PREFIXES = ['090', '091', '093', '094', '096', '097', '098', '099'] as const

export interface NewPerson {
  person: DemoPerson
  probationary: boolean
}

export class PersonFactory {
  private readonly cards = new Set<string>()
  private readonly phones = new Set<string>()

  constructor(private readonly rng: Rng) {}

  /** The ethnicity of someone placed in a unit with the given minority shares. */
  ethnicity(mix: Weighted<string>): string {
    let r = this.rng.float()
    for (const [name, share] of mix) {
      if (r < share) return name
      r -= share
    }
    return this.rng.chance(0.006) ? this.rng.weighted(SCATTERED_ETHNICITIES) : 'Kinh'
  }

  make(kind: PersonKind, mix: Weighted<string>, allowProbation = true): NewPerson {
    const rng = this.rng
    const shape = SHAPES[kind]
    const gender: Gender = rng.chance(shape.female) ? 'female' : 'male'
    const ethnicity = this.ethnicity(mix)
    const name = makePersonName(rng, ethnicity, gender === 'female' ? 'female' : 'male')
    const [fromYear, toYear] = rng.weighted(shape.births)
    const birthDate = randomDate(rng, `${fromYear}-01-01`, `${toYear}-12-31`)
    const probationary = allowProbation && fromYear >= 1980 && rng.chance(shape.probationary)
    let partyJoinDate: string
    if (probationary) {
      partyJoinDate = randomDate(rng, maxDate(PROBATION_FROM, addYears(birthDate, 18)), DEMO_REFERENCE_DATE)
    } else {
      // Most people join between 20 and 35; a few later.
      const latest = minDate(addYears(birthDate, rng.chance(0.85) ? 35 : 50), LAST_FULL_MEMBER_JOIN)
      partyJoinDate = randomDate(rng, minDate(addYears(birthDate, 19), latest), latest)
    }
    const young = fromYear >= 1970
    const wantsPhone = kind === 'leader' ? rng.chance(0.9) : rng.chance(young ? 0.68 : 0.35)
    const person: DemoPerson = {
      fullName: name.full,
      gender,
      birthDate,
      ethnicity,
      partyJoinDate,
      partyCardNumber: probationary ? null : this.cardNumber(),
      phone: wantsPhone ? this.phone() : null,
      placements: [],
    }
    return { person, probationary }
  }

  /** The first date someone may hold a placement: joining the party, and not before 2015. */
  earliestPlacement(p: DemoPerson): string {
    return maxDate(EARLIEST_PLACEMENT, p.partyJoinDate ?? EARLIEST_PLACEMENT)
  }

  /** A start date for a placement; a share of them start at the 2025 reorganization. */
  placementDate(p: DemoPerson, reorgShare: number, notBefore = EARLIEST_PLACEMENT): string {
    const from = maxDate(this.earliestPlacement(p), notBefore)
    if (from >= DEMO_REFERENCE_DATE || this.rng.chance(reorgShare)) return DEMO_REFERENCE_DATE
    return randomDate(this.rng, from, DEMO_REFERENCE_DATE)
  }

  private cardNumber(): string {
    for (;;) {
      const card = String(this.rng.int(10_000_000, 99_999_999))
      if (!this.cards.has(card)) {
        this.cards.add(card)
        return card
      }
    }
  }

  private phone(): string {
    for (;;) {
      const phone = this.rng.pick(PHONE_PREFIXES) + this.rng.digits(7)
      if (!this.phones.has(phone)) {
        this.phones.add(phone)
        return phone
      }
    }
  }
}

/**
 * Split `total` people over units whose desired sizes are drawn from their ranges, keeping every unit
 * between 8 and 40 people when the total allows it (and at least one person each otherwise).
 */
export function allocateSizes(rng: Rng, ranges: readonly (readonly [number, number])[], total: number): number[] {
  const n = ranges.length
  if (n === 0) return []
  const lo = Math.max(1, Math.min(8, Math.floor(total / n)))
  const hi = Math.max(40, Math.ceil(total / n))
  const desired = ranges.map(([a, b]) => rng.int(a, b))
  const sum = desired.reduce((s, d) => s + d, 0)
  const sizes = desired.map((d) => Math.min(hi, Math.max(lo, Math.round((d * total) / sum))))
  let diff = total - sizes.reduce((s, d) => s + d, 0)
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i))
  for (let k = 0; diff !== 0; k = (k + 1) % n) {
    const i = order[k]
    if (diff > 0 && sizes[i] < hi) {
      sizes[i]++
      diff--
    } else if (diff < 0 && sizes[i] > lo) {
      sizes[i]--
      diff++
    }
  }
  return sizes
}
