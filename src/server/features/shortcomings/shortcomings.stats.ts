// The register's figures over a subtree: open, awaiting verification, fixed and overdue, in total, by source, by
// severity and by direct sub-unit (each shortcoming counted where its subject is: the subject organization, else the
// person's unit, else the raising unit).
import { sql, type SQL } from 'drizzle-orm'
import type { ShortcomingSeverity, ShortcomingSource, ShortcomingSummary } from '../../../common/contracts/shortcomings.ts'
import { queryRows, type Tx } from '../../db/client.ts'
import { concernsSubtree, overdueSql } from './shortcomings.query.ts'
import { shortcomings } from './shortcomings.table.ts'

interface Figures {
  open: number
  proposed: number
  fixed: number
  overdue: number
}

const FIGURES = sql`
  count(*) filter (where s.status = 'open')::int as open,
  count(*) filter (where s.status = 'proposed')::int as proposed,
  count(*) filter (where s.status = 'fixed')::int as fixed,
  count(*) filter (where s.overdue)::int as overdue`

/** The shortcomings of the subtree with what is counted of each. */
const scoped = (path: string, today: string): SQL => sql`
  select ${shortcomings.status} as status, ${shortcomings.source} as source, ${shortcomings.severity} as severity,
    coalesce(${overdueSql(today)}, false) as overdue,
    coalesce(${shortcomings.subjectOrgId}, (select pl.organization_id from placements pl where pl.person_id = ${shortcomings.personId} and pl.to_date is null
      order by pl.is_primary desc, pl.from_date desc limit 1), ${shortcomings.organizationId}) as home_id
  from ${shortcomings} where ${concernsSubtree(path)}`

const numbers = <T extends Figures>(r: T): T => ({ ...r, open: Number(r.open), proposed: Number(r.proposed), fixed: Number(r.fixed), overdue: Number(r.overdue) })

export async function shortcomingSummary(db: Tx, org: { id: string; path: string }, today: string): Promise<ShortcomingSummary> {
  const s = scoped(org.path, today)
  const [totals] = await queryRows<Figures>(db, sql`with s as (${s}) select ${FIGURES} from s`)
  const bySource = await queryRows<Figures & { source: ShortcomingSource }>(db, sql`with s as (${s}) select s.source, ${FIGURES} from s group by s.source order by s.source`)
  const bySeverity = await queryRows<Figures & { severity: ShortcomingSeverity }>(db, sql`with s as (${s}) select s.severity, ${FIGURES} from s group by s.severity
    order by case s.severity when 'high' then 0 when 'medium' then 1 else 2 end`)
  // Each direct sub-unit with its subtree's shortcomings; the unit's own under its own name.
  const byUnit = await queryRows<Figures & { id: string; name: string }>(db, sql`
    with s as (${s})
    select u.id, u.name, ${FIGURES}
    from s join organizations h on h.id = s.home_id
    join organizations u on (u.parent_id = ${org.id}::uuid and h.path like u.path || '%') or (u.id = ${org.id}::uuid and h.id = u.id)
    group by u.id, u.name order by overdue desc, open desc, u.name`)
  return { totals: numbers(totals), bySource: bySource.map(numbers), bySeverity: bySeverity.map(numbers), byUnit: byUnit.map(numbers) }
}
