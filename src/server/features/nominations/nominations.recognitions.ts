// Recognitions computed from the year-end ratings (Quy định 366; domain.md §2 "Rewards"): over a unit's subtree, the
// members whose decided rating for the year is "Hoàn thành xuất sắc nhiệm vụ", and the organizations so rated ("trong
// sạch, vững mạnh tiêu biểu"), each with the run of consecutive years so rated ending with that year — "5 năm liền"
// from five. The years are the cycles' years; a year without a cycle or without that rating ends the run.
import { and, asc, eq, gt, inArray, like, lte, or } from 'drizzle-orm'
import type { RecognizedMember, RecognizedOrganization } from '../../../common/contracts/nominations.ts'
import type { Tx } from '../../db/client.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { evaluations, organizationEvaluations } from '../evaluations/evaluations.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'

export const FIVE_YEARS = 5
/** Runs are counted back this many years at most. */
const LOOKBACK = 40

/** Consecutive years in `years` ending with `year` (0 when `year` is not in it). */
export function streakEnding(years: ReadonlySet<number>, year: number): number {
  let n = 0
  while (years.has(year - n)) n++
  return n
}

const excellentMember = and(eq(evaluations.status, 'decided'), eq(evaluations.decidedLevel, 'excellent'))
const excellentOrg = and(eq(organizationEvaluations.status, 'decided'), eq(organizationEvaluations.decidedLevel, 'excellent'))

function yearsBy(rows: { id: string; year: number }[]): Map<string, Set<number>> {
  const map = new Map<string, Set<number>>()
  for (const r of rows) {
    if (!map.has(r.id)) map.set(r.id, new Set())
    map.get(r.id)!.add(r.year)
  }
  return map
}

/** Members of the subtree (by the unit that rated them) rated excellent for the year, in name order, keyset-paged. */
export async function recognizedMembers(db: Tx, path: string, year: number, cursor: [string, string] | null, limit: number) {
  const rows = await db.select({ personId: people.id, fullName: people.fullName, sortKey: people.sortKey, unitId: organizations.id, unitName: organizations.name })
    .from(evaluations)
    .innerJoin(cycles, eq(cycles.id, evaluations.cycleId))
    .innerJoin(people, eq(people.id, evaluations.personId))
    .innerJoin(organizations, eq(organizations.id, evaluations.organizationId))
    .where(and(
      eq(cycles.year, year), excellentMember, like(organizations.path, `${path}%`),
      cursor ? or(gt(people.sortKey, cursor[0]), and(eq(people.sortKey, cursor[0]), gt(people.id, cursor[1]))) : undefined,
    ))
    .orderBy(asc(people.sortKey), asc(people.id)).limit(limit + 1)
  const page = rows.slice(0, limit)
  const history = page.length
    ? await db.select({ id: evaluations.personId, year: cycles.year }).from(evaluations).innerJoin(cycles, eq(cycles.id, evaluations.cycleId))
      .where(and(inArray(evaluations.personId, page.map((r) => r.personId)), excellentMember, lte(cycles.year, year), gt(cycles.year, year - LOOKBACK)))
    : []
  const years = yearsBy(history)
  const members: RecognizedMember[] = page.map((r) => {
    const streak = streakEnding(years.get(r.personId) ?? new Set(), year)
    return { personId: r.personId, fullName: r.fullName, unit: { id: r.unitId, name: r.unitName }, streak, fiveYears: streak >= FIVE_YEARS }
  })
  const last = page.at(-1)
  return { members, next: rows.length > limit && last ? [last.sortKey, last.personId] as [string, string] : null }
}

/** Organizations of the subtree rated excellent for the year (the subtree's own root too), by name. */
export async function recognizedOrganizations(db: Tx, path: string, year: number): Promise<RecognizedOrganization[]> {
  const rows = await db.select({ id: organizations.id, name: organizations.name })
    .from(organizationEvaluations)
    .innerJoin(cycles, eq(cycles.id, organizationEvaluations.cycleId))
    .innerJoin(organizations, eq(organizations.id, organizationEvaluations.organizationId))
    .where(and(eq(cycles.year, year), excellentOrg, like(organizations.path, `${path}%`)))
    .limit(5000)
  const history = rows.length
    ? await db.select({ id: organizationEvaluations.organizationId, year: cycles.year }).from(organizationEvaluations)
      .innerJoin(cycles, eq(cycles.id, organizationEvaluations.cycleId))
      .where(and(inArray(organizationEvaluations.organizationId, rows.map((r) => r.id)), excellentOrg, lte(cycles.year, year), gt(cycles.year, year - LOOKBACK)))
    : []
  const years = yearsBy(history)
  const collator = new Intl.Collator('vi', { numeric: true })
  return rows
    .map((r) => {
      const streak = streakEnding(years.get(r.id) ?? new Set(), year)
      return { id: r.id, name: r.name, streak, fiveYears: streak >= FIVE_YEARS }
    })
    .sort((a, b) => collator.compare(a.name, b.name))
}

