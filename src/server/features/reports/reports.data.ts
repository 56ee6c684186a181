// What the documents are filled with, read from the live database: a member's commitment, an organization's rating
// totals (the maintained per-subtree totals, one row per sub-unit) and the decided ratings of its subtree.
import { and, asc, desc, eq, inArray, isNull, like, sql } from 'drizzle-orm'
import { RATING_LEVELS, type RatingLevel } from '../../../common/contracts/rules.ts'
import { todayIso } from '../../../common/dates.ts'
import { queryRows, type Tx } from '../../db/client.ts'
import { conflict } from '../../lib/errors.ts'
import { loadDetails, type CommitmentRow } from '../commitments/commitments.service.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { evaluationSummaryRows } from '../evaluations/evaluations.stats.ts'
import { getAncestors, type OrgRow } from '../organizations/organizations.service.ts'
import { people, placements } from '../people/people.table.ts'
import { getRuleSet } from '../rules/rules.service.ts'
import type { OrgLite } from './reports.issuer.ts'

/** A decision list longer than this is refused: choose a smaller unit (each deciding organization has its own). */
export const MAX_LIST_ROWS = 5000

const lite = (o: OrgRow): OrgLite => ({ id: o.id, name: o.name, kind: o.kind })

/** The organization and its ancestors, from the root down. */
export async function orgChain(db: Tx, org: OrgRow): Promise<OrgLite[]> {
  return [...(await getAncestors(db, org)).map(lite), lite(org)]
}

/** Who signs for the body: someone placed there now whose position starts with the prefix ("Bí thư"); else nobody. */
export async function findSigner(db: Tx, orgId: string, positionPrefix: string): Promise<string | null> {
  const [row] = await db
    .select({ fullName: people.fullName })
    .from(placements)
    .innerJoin(people, eq(people.id, placements.personId))
    .where(and(eq(placements.organizationId, orgId), isNull(placements.toDate), like(placements.position, `${positionPrefix}%`)))
    .orderBy(desc(placements.isPrimary), asc(placements.fromDate))
    .limit(1)
  return row?.fullName ?? null
}

/** The legal basis named in the text: the cycle's rule set's source document (else its name). */
export async function ratingBasis(db: Tx, cycle: CycleRow): Promise<string> {
  const rules = await getRuleSet(db, cycle.ruleSetId)
  return rules.sourceDocument ?? rules.name
}

export async function loadCommitmentForm(db: Tx, commitment: CommitmentRow) {
  const d = await loadDetails(db, commitment)
  const approved = [...d.history].reverse().find((h) => h.kind === 'approved')
  return {
    person: d.person,
    items: d.items.map((i) => ({ area: i.area, content: i.content, target: i.target, deadline: i.deadline })),
    status: commitment.status,
    approvedOn: commitment.status === 'approved' && approved ? todayIso(approved.at) : null,
    submittedOn: commitment.submittedAt ? todayIso(commitment.submittedAt) : null,
  }
}
export type CommitmentForm = Awaited<ReturnType<typeof loadCommitmentForm>>

export interface LevelTotals {
  people: number
  /** Reviewed by the cell, not decided yet. */
  waiting: number
  decided: Record<RatingLevel, number>
}
export interface UnitTotals extends LevelTotals {
  id: string
  name: string
}

/** The organization's totals and each active direct sub-unit's, from the maintained totals (no subtree scan). */
export async function loadRatingSummary(db: Tx, org: OrgRow, cycle: CycleRow) {
  const rows = await evaluationSummaryRows(db, org.id, cycle.id)
  const totals = (r: (typeof rows)[number]): UnitTotals => ({
    id: r.id, name: r.name, people: Number(r.people), waiting: Number(r.proposed),
    decided: Object.fromEntries(RATING_LEVELS.map((l) => [l, Number(r[l])])) as Record<RatingLevel, number>,
  })
  const collator = new Intl.Collator('vi', { numeric: true })
  return {
    organization: totals(rows.find((r) => r.id === org.id)!),
    children: rows.filter((r) => r.id !== org.id).map(totals).sort((a, b) => collator.compare(a.name, b.name)),
  }
}
export type RatingSummary = Awaited<ReturnType<typeof loadRatingSummary>>

export interface DecidedRow {
  fullName: string
  position: string | null
  unit: string
  level: RatingLevel
}

/** Decided ratings over the subtree, people in Vietnamese name order (given, middle, family name). */
export async function loadDecisions(db: Tx, org: OrgRow, cycle: CycleRow): Promise<DecidedRow[]> {
  const rows = await queryRows<{ person_id: string; organization_id: string; full_name: string; unit: string; level: RatingLevel }>(db, sql`
    select e.person_id, e.organization_id, p.full_name, o.name as unit, e.decided_level as level
    from evaluations e
    join organizations o on o.id = e.organization_id
    join people p on p.id = e.person_id
    where e.cycle_id = ${cycle.id} and e.status = 'decided' and o.path like ${`${org.path}%`}
    order by p.sort_key, p.id
    limit ${MAX_LIST_ROWS + 1}`)
  if (rows.length > MAX_LIST_ROWS) throw conflict('reportTooLarge', { max: MAX_LIST_ROWS })
  const held = rows.length
    ? await db
        .select({ personId: placements.personId, organizationId: placements.organizationId, position: placements.position, toDate: placements.toDate, fromDate: placements.fromDate })
        .from(placements)
        .where(inArray(placements.personId, [...new Set(rows.map((r) => r.person_id))]))
    : []
  // The position held in the unit the rating was made in: the current placement there, else the latest.
  const positionOf = (personId: string, orgId: string) =>
    held
      .filter((p) => p.personId === personId && p.organizationId === orgId)
      .sort((a, b) => Number(a.toDate !== null) - Number(b.toDate !== null) || (b.fromDate < a.fromDate ? -1 : 1))[0]?.position ?? null
  return rows.map((r) => ({ fullName: r.full_name, position: positionOf(r.person_id, r.organization_id), unit: r.unit, level: r.level }))
}
