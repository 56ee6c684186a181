// "Who has not done it yet": people placed (primary placement, now) in a unit's subtree who have not reached a stage
// of the year, in name order, a page at a time (keyset on the collation sort key).
import { sql, type SQL } from 'drizzle-orm'
import type { CommitmentStatus, PendingStage } from '../../../common/contracts/commitments.ts'
import { queryRows, type Db } from '../../db/client.ts'

const CONDITION: Record<PendingStage, SQL> = {
  register: sql`c.id is null`,
  submit: sql`c.status in ('draft', 'returned')`,
  approve: sql`c.status = 'submitted'`,
  progress: sql`c.status = 'approved' and c.progress_reported_at is null`,
  self_assess: sql`c.status = 'approved' and c.self_assessed_at is null`,
  review: sql`c.self_assessed_at is not null and e.id is null`,
  decide: sql`e.status = 'proposed'`,
}

export interface PendingRow {
  person_id: string
  full_name: string
  sort_key: string
  unit_id: string
  unit_name: string
  commitment_id: string | null
  status: CommitmentStatus | null
}

export async function pendingPeople(db: Db, { orgPath, cycleId, stage, after, limit }: {
  orgPath: string; cycleId: string; stage: PendingStage; after: (string | number)[] | null; limit: number
}): Promise<PendingRow[]> {
  const needsEvaluation = stage === 'review' || stage === 'decide'
  return queryRows<PendingRow>(db, sql`
    select p.id as person_id, p.full_name, p.sort_key, o.id as unit_id, o.name as unit_name, c.id as commitment_id, c.status
    from placements pl
    join organizations o on o.id = pl.organization_id
    join people p on p.id = pl.person_id
    left join commitments c on c.person_id = p.id and c.cycle_id = ${cycleId}
    ${needsEvaluation ? sql`left join evaluations e on e.person_id = p.id and e.cycle_id = ${cycleId}` : sql``}
    where pl.is_primary and pl.to_date is null and o.path like ${`${orgPath}%`}
      and ${CONDITION[stage]}
      ${after ? sql`and (p.sort_key, p.id) > (${String(after[0])}, ${String(after[1])}::uuid)` : sql``}
    order by p.sort_key, p.id
    limit ${limit}`)
}
