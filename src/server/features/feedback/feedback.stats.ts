// What is due and overdue in a subtree, and how it went: received, answered on time or late, open, overdue (the
// escalation the levels above see), by topic and by direct sub-unit, and the senders' satisfaction.
import { sql } from 'drizzle-orm'
import { queryRows, type Tx } from '../../db/client.ts'

export interface FeedbackTotals {
  received: number
  open: number
  answered: number
  answeredOnTime: number
  overdueAcknowledge: number
  overdueHandling: number
  /** Open cases whose handling deadline is today or within the next few days. */
  dueSoon: number
  escalated: number
  rated: number
  averageRating: number | null
}

const TOTALS = (today: string, soon: string) => sql`
  count(*)::int as received,
  count(*) filter (where f.status not in ('answered','closed'))::int as open,
  count(*) filter (where f.answered_at is not null)::int as answered,
  count(*) filter (where f.answered_at is not null and (f.answered_at at time zone 'Asia/Ho_Chi_Minh')::date <= f.handling_due)::int as "answeredOnTime",
  count(*) filter (where f.status = 'received' and f.acknowledge_due < ${today}::date)::int as "overdueAcknowledge",
  count(*) filter (where f.status not in ('answered','closed') and f.handling_due < ${today}::date)::int as "overdueHandling",
  count(*) filter (where f.status not in ('answered','closed') and f.handling_due between ${today}::date and ${soon}::date)::int as "dueSoon",
  count(*) filter (where f.escalated_to_id is not null and ((f.status = 'received' and f.acknowledge_due < ${today}::date)
    or (f.status not in ('answered','closed') and f.handling_due < ${today}::date)))::int as escalated,
  count(f.rating)::int as rated,
  round(avg(f.rating)::numeric, 2)::float8 as "averageRating"`

export async function feedbackSummary(db: Tx, org: { id: string; path: string }, today: string, soon: string) {
  const within = sql`f.merged_into_id is null and f.handler_id in (select id from organizations where path like ${`${org.path}%`})`
  const [totals] = await queryRows<FeedbackTotals>(db, sql`select ${TOTALS(today, soon)} from feedback_cases f where ${within}`)
  const byCategory = await queryRows<FeedbackTotals & { id: string; name: string }>(db, sql`
    select c.id, c.name, ${TOTALS(today, soon)} from feedback_cases f join feedback_categories c on c.id = f.category_id
    where ${within} group by c.id, c.name, c.sort_order order by c.sort_order`)
  // Each direct sub-unit with its subtree's cases; the unit's own cases apart.
  const byUnit = await queryRows<FeedbackTotals & { id: string; name: string }>(db, sql`
    select u.id, u.name, ${TOTALS(today, soon)}
    from feedback_cases f join organizations h on h.id = f.handler_id
    join organizations u on (u.parent_id = ${org.id}::uuid and h.path like u.path || '%') or (u.id = ${org.id}::uuid and h.id = u.id)
    where ${within} group by u.id, u.name order by "overdueHandling" desc, u.name`)
  return { totals, byCategory, byUnit }
}
