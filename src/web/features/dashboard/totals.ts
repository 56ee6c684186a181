// The dashboard's figures: the commitments' and the evaluations' totals of a unit joined into one row, the rates
// shown, and the order of the sub-units table.
import type { RatingLevel } from '../../../common/contracts/rules.ts'
import type { CommitmentTotals, EvaluationTotals } from './api.ts'

export const LEVELS: readonly RatingLevel[] = ['excellent', 'good', 'complete', 'incomplete']
type Levels = Record<RatingLevel, number>

export interface UnitFigures {
  id: string
  name: string
  kind: string
  people: number
  /** By commitment status; `none` = placed there, not registered. */
  none: number
  draft: number
  submitted: number
  approved: number
  returned: number
  registered: number
  progressReported: number
  selfAssessed: number
  /** Reviewed by the cell (decided or not), waiting for a decision, decided. */
  reviewed: number
  proposed: number
  decided: number
  decidedLevels: Levels
  proposedLevels: Levels
}

const NO_LEVELS: Levels = { excellent: 0, good: 0, complete: 0, incomplete: 0 }

/** One unit's row; without evaluation totals (not read yet, or none) its evaluation figures are zero. */
export function unitFigures(c: CommitmentTotals, e?: EvaluationTotals): UnitFigures {
  const decidedLevels: Levels = e ? { excellent: e.excellent, good: e.good, complete: e.complete, incomplete: e.incomplete } : NO_LEVELS
  const decided = LEVELS.reduce((sum, l) => sum + decidedLevels[l], 0)
  const proposed = e?.proposed ?? 0
  return {
    id: c.id, name: c.name, kind: c.kind, people: c.people,
    none: c.none, draft: c.draft, submitted: c.submitted, approved: c.approved, returned: c.returned,
    registered: c.draft + c.submitted + c.approved + c.returned,
    progressReported: c.progressReported, selfAssessed: c.selfAssessed,
    reviewed: proposed + decided, proposed, decided,
    decidedLevels, proposedLevels: e?.proposedLevels ?? NO_LEVELS,
  }
}

/** The sub-units, each joined with its evaluation totals by id. */
export function childFigures(commitments: readonly CommitmentTotals[], evaluations: readonly EvaluationTotals[] | undefined): UnitFigures[] {
  const byId = new Map((evaluations ?? []).map((e) => [e.id, e]))
  return commitments.map((c) => unitFigures(c, byId.get(c.id)))
}

/** part/whole, or null when there is nothing to divide by (shown as "—", sorted last). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null
}

export const SORT_KEYS = ['name', 'people', 'registeredRate', 'approved', 'returned', 'progressRate', 'selfAssessed', 'proposed', 'decided'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export interface Sort { key: SortKey; descending: boolean }
/** The laggards first. */
export const DEFAULT_SORT: Sort = { key: 'registeredRate', descending: false }

const collator = new Intl.Collator('vi', { numeric: true })

function sortValue(u: UnitFigures, key: Exclude<SortKey, 'name'>): number | null {
  switch (key) {
    case 'registeredRate': return ratio(u.registered, u.people)
    case 'progressRate': return ratio(u.progressReported, u.approved)
    default: return u[key]
  }
}

/** Sorted by one column; rows without a rate go last either way; ties by name. */
export function sortUnits(units: readonly UnitFigures[], { key, descending }: Sort): UnitFigures[] {
  const byName = (a: UnitFigures, b: UnitFigures) => collator.compare(a.name, b.name)
  return [...units].sort((a, b) => {
    if (key === 'name') return (descending ? -1 : 1) * byName(a, b)
    const x = sortValue(a, key)
    const y = sortValue(b, key)
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1
    return (descending ? y - x : x - y) || byName(a, b)
  })
}
