// Pure helpers of the reception pages: the time filter as dates, months for the compliance panel, the compliance rows
// in reading order (units behind first), and the checks a form makes before it is sent.
import type { ComplianceRow } from '../../../common/contracts/dialogues.ts'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import { addDays } from '../../../common/dates.ts'

export type When = 'upcoming' | 'past' | 'all'
export const WHEN_VALUES: readonly When[] = ['upcoming', 'past', 'all']

/** The list's time filter as the API's from/to (inclusive): from today on, or up to yesterday. */
export function rangeFor(when: When, today: string): { from?: string; to?: string } {
  if (when === 'upcoming') return { from: today }
  if (when === 'past') return { to: addDays(today, -1) }
  return {}
}

/** 'YYYY-MM' moved by a number of months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number)
  const index = y * 12 + (m - 1) + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** 'YYYY-MM' as "03/2026". */
export const formatMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`

const KIND_ORDER: Record<OrgKind, number> = { province: 0, commune: 1, ward: 1, agency: 2, grassroots: 3, cell: 4 }
const collator = new Intl.Collator('vi')

/** Units that owe days and have not held them first, then the higher levels, then by name. */
export function sortCompliance(rows: readonly ComplianceRow[]): ComplianceRow[] {
  const behind = (r: ComplianceRow) => (r.required > 0 && !r.met ? 0 : 1)
  return [...rows].sort((a, b) =>
    behind(a) - behind(b) || KIND_ORDER[a.organization.kind] - KIND_ORDER[b.organization.kind] || collator.compare(a.organization.name, b.organization.name))
}

/** The window the server accepts for a session's date: a year either side of today. */
export const SCHEDULE_WINDOW_DAYS = 366

export interface SessionDraft {
  orgId: string | null
  kind: string
  title: string
  heldOn: string
  startsAt: string
  place: string
  chair: string
}

export type SessionProblems = Partial<Record<keyof SessionDraft, 'required' | 'tooShort' | 'outOfRange' | 'timeFormat'>>

/** What the form can tell before sending (the server checks again, and the rest). */
export function sessionProblems(d: SessionDraft, today: string): SessionProblems {
  const problems: SessionProblems = {}
  if (!d.orgId) problems.orgId = 'required'
  if (d.title.trim().length < 5) problems.title = d.title.trim() ? 'tooShort' : 'required'
  if (!d.heldOn) problems.heldOn = 'required'
  else if (d.heldOn < addDays(today, -SCHEDULE_WINDOW_DAYS) || d.heldOn > addDays(today, SCHEDULE_WINDOW_DAYS)) problems.heldOn = 'outOfRange'
  if (d.startsAt && !/^([01]\d|2[0-3]):[0-5]\d$/.test(d.startsAt)) problems.startsAt = 'timeFormat'
  if (d.place.trim().length < 2) problems.place = 'required'
  if (d.chair.trim().length < 2) problems.chair = 'required'
  return problems
}
