// The stages of the year, what matters in each status of the cycle, and how many have not done a stage where the
// maintained totals say it exactly.
import { PENDING_STAGES, type PendingStage } from '../../../common/contracts/commitments.ts'
import type { CycleStatus } from '../../../common/contracts/cycles.ts'
import type { UnitFigures } from './totals.ts'

export const STAGES: readonly PendingStage[] = PENDING_STAGES

/** The stat cards, in the order of the year. */
export const FIGURES = ['people', 'registered', 'approved', 'progress', 'selfAssessed', 'reviewed', 'decided'] as const
export type Figure = (typeof FIGURES)[number]

const FOCUS: Record<CycleStatus, { stages: readonly PendingStage[]; figures: readonly Figure[] }> = {
  preparing: { stages: [], figures: [] },
  registration: { stages: ['register', 'submit', 'approve'], figures: ['registered', 'approved'] },
  in_progress: { stages: ['register', 'submit', 'approve', 'progress'], figures: ['registered', 'approved', 'progress'] },
  yearend_review: { stages: ['self_assess', 'review', 'decide'], figures: ['selfAssessed', 'reviewed', 'decided'] },
  closed: { stages: [], figures: [] },
}

/** What the page highlights while the cycle is in this status. */
export function focusOf(status: CycleStatus) {
  return FOCUS[status]
}

/** The stage the list opens on: the first that matters now (the decisions once the year is over). */
export function defaultStage(status: CycleStatus): PendingStage {
  return FOCUS[status].stages[0] ?? (status === 'closed' ? 'decide' : 'register')
}

/**
 * How many have not done the stage, where the totals say it exactly: not registered, draft or returned, waiting for
 * approval, waiting for a decision. The others depend on dates the totals do not keep (a reopened commitment keeps
 * its mid-year report): the list alone tells.
 */
export function stageCount(stage: PendingStage, u: UnitFigures): number | null {
  switch (stage) {
    case 'register': return u.none
    case 'submit': return u.draft + u.returned
    case 'approve': return u.submitted
    case 'decide': return u.proposed
    default: return null
  }
}
