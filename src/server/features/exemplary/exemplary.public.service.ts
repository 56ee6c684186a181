// The public (no account) view of exemplary commitments: which ones are open to everyone, the keyset-paged list of a
// cycle and one commitment — read with only the columns the public page shows.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm'
import { fold } from '../../../common/text/index.ts'
import type { Db } from '../../db/client.ts'
import { commitments } from '../commitments/commitments.table.ts'
import { cycles } from '../cycles/cycles.table.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { people } from '../people/people.table.ts'

export interface PublicRef {
  publishedScope: string | null
  status: string
  subjectGroup: string
}

/** Open to anyone: a leader's approved commitment that its author published to the public (not only to the subtree). */
export const isPublicExemplary = (c: PublicRef) => c.publishedScope === 'public' && c.status === 'approved' && c.subjectGroup === 'leader'

/** The same rule as a condition, for the list. */
const publicCondition = and(eq(commitments.publishedScope, 'public'), eq(commitments.status, 'approved'), eq(commitments.subjectGroup, 'leader'))!

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * A person's name or a unit's name contains the folded text (src/common/text/fold.ts, as in people search). A unit's
 * search key is "<folded name> <code>" (organizations.service searchKeyOf): only the name part is matched, so the
 * public cannot probe internal unit codes.
 */
function nameMatches(q: string): SQL | undefined {
  const folded = fold(q)
  if (!folded) return undefined
  const term = `%${escapeLike(folded)}%`
  const orgName = sql`left(${organizations.searchKey}, length(${organizations.searchKey}) - length(${organizations.code}) - 1)`
  return sql`(${people.searchKey} like ${term} or ${orgName} like ${term})`
}

const position = sql<string | null>`(select pl.position from placements pl where pl.person_id = ${commitments.personId}
  and pl.organization_id = ${commitments.organizationId} and pl.to_date is null limit 1)`

const summaryColumns = {
  id: commitments.id, publishedAt: commitments.publishedAt, fullName: people.fullName, position, orgName: organizations.name, year: cycles.year,
  /** Postgres's own text of the timestamp: exact to the microsecond, so the cursor never skips or repeats a row. */
  publishedKey: sql<string>`${commitments.publishedAt}::text`,
}

export type PublicSummaryRow = { id: string; publishedAt: Date | null; fullName: string; position: string | null; orgName: string; year: number; publishedKey: string }

/** A cycle's public exemplary commitments, newest published first. */
export async function listPublic(db: Db, input: { cycleId: string; q?: string; cursor: (string | number)[] | null; limit: number }): Promise<PublicSummaryRow[]> {
  const after = input.cursor
    ? sql`(${commitments.publishedAt}, ${commitments.id}) < (${String(input.cursor[0])}::timestamptz, ${String(input.cursor[1])}::uuid)`
    : undefined
  return db
    .select(summaryColumns)
    .from(commitments)
    .innerJoin(people, eq(people.id, commitments.personId))
    .innerJoin(organizations, eq(organizations.id, commitments.organizationId))
    .innerJoin(cycles, eq(cycles.id, commitments.cycleId))
    .where(and(eq(commitments.cycleId, input.cycleId), publicCondition, input.q ? nameMatches(input.q) : undefined, after))
    .orderBy(desc(commitments.publishedAt), desc(commitments.id))
    .limit(input.limit)
}

/** One commitment with what the public page shows, and what decides whether it is public; null when there is none. */
export async function findPublic(db: Db, commitmentId: string) {
  const [row] = await db
    .select({
      ...summaryColumns, theme: cycles.themeTitle,
      publishedScope: commitments.publishedScope, status: commitments.status, subjectGroup: commitments.subjectGroup,
    })
    .from(commitments)
    .innerJoin(people, eq(people.id, commitments.personId))
    .innerJoin(organizations, eq(organizations.id, commitments.organizationId))
    .innerJoin(cycles, eq(cycles.id, commitments.cycleId))
    .where(eq(commitments.id, commitmentId))
    .limit(1)
  return row ?? null
}
