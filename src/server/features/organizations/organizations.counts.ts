// Per-organization aggregates (people placed now, in the unit and in its subtree; active children), kept in the
// same transaction as each change so that dashboards sum children instead of scanning subtrees.
import { eq, inArray, sql } from 'drizzle-orm'
import { queryRows, type Tx } from '../../db/client.ts'
import { organizations } from './organizations.table.ts'

/** '/a/b/c/' → ['a', 'b', 'c'] (root first, the unit itself last). */
export const pathIds = (path: string) => path.split('/').filter(Boolean)

/** A primary placement that starts or ends now moves the unit and all its ancestors by one. */
export async function adjustPeopleCount(tx: Tx, org: { id: string; path: string }, delta: number): Promise<void> {
  if (delta === 0) return
  await tx
    .update(organizations)
    .set({ subtreePeopleCount: sql`${organizations.subtreePeopleCount} + ${delta}` })
    .where(inArray(organizations.id, pathIds(org.path)))
  await tx.update(organizations).set({ peopleCount: sql`${organizations.peopleCount} + ${delta}` }).where(eq(organizations.id, org.id))
}

const PRIMARY_NOW = sql`pl.is_primary and pl.to_date is null`

/** Recomputes the aggregates of the given organizations from the placements (after structural changes). */
export async function recomputeCounts(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return
  await tx.execute(sql`
    update organizations o set
      people_count = (select count(*) from placements pl where pl.organization_id = o.id and ${PRIMARY_NOW}),
      child_count = (select count(*) from organizations c where c.parent_id = o.id and c.status = 'active'),
      subtree_people_count = (
        select count(*) from placements pl join organizations d on d.id = pl.organization_id
        where d.path like o.path || '%' and ${PRIMARY_NOW})
    where o.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`)
}

/** Every aggregate recomputed from scratch: for tests (roll-up equals recompute) and repairs. */
export async function recomputeAllCounts(tx: Tx): Promise<void> {
  await tx.execute(sql`
    update organizations o set
      people_count = coalesce((select count(*) from placements pl where pl.organization_id = o.id and ${PRIMARY_NOW}), 0),
      child_count = (select count(*) from organizations c where c.parent_id = o.id and c.status = 'active'),
      subtree_people_count = 0`)
  // Sum bottom-up by depth: each level adds its subtree totals to its parent.
  await tx.execute(sql`update organizations set subtree_people_count = people_count`)
  const [{ max }] = await queryRows<{ max: number }>(tx, sql`select coalesce(max(depth), 0) as max from organizations`)
  for (let depth = Number(max); depth > 0; depth--) {
    await tx.execute(sql`
      update organizations p set subtree_people_count = p.subtree_people_count + s.total
      from (select parent_id, sum(subtree_people_count) as total from organizations where depth = ${depth} group by parent_id) s
      where p.id = s.parent_id`)
  }
}
