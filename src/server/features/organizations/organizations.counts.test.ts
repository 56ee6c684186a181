// Aggregates maintained change by change equal a full recompute (the roll-up invariant).
import { asc, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { systemCtx } from '../../lib/actor.ts'
import { makePerson, makeTree } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { mergeOrganization, moveOrganization, dissolveOrganization } from './organizations.service.ts'
import { recomputeAllCounts } from './organizations.counts.ts'
import { organizations } from './organizations.table.ts'
import { addPlacement, getPlacement, listPlacements, updatePlacement } from '../people/people.service.ts'

const t = useTestApp()
const ctx = systemCtx('test')

async function snapshot() {
  return t.database.db
    .select({ id: organizations.id, p: organizations.peopleCount, s: organizations.subtreePeopleCount, c: organizations.childCount })
    .from(organizations)
    .orderBy(asc(organizations.id))
}

describe('organization aggregates', () => {
  it('stay equal to a full recompute through placements, moves, merges and dissolutions', async () => {
    const db = t.database.db
    const tree = await makeTree(db)
    const people = []
    for (const [i, cell] of [tree.cellA1, tree.cellA1, tree.cellA2, tree.cellB1, tree.cellB2, tree.schoolA].entries()) {
      people.push(await makePerson(db, cell, `Nguyễn Văn Người ${i}`))
    }
    await addPlacement({ db, ctx, person: people[0], org: tree.schoolA, input: { position: 'Bí thư Đảng ủy', leadershipTier: 'grassroots', isPrimary: false, fromDate: '2024-01-01' } })
    const [first] = await listPlacements(db, people[1].id)
    await updatePlacement({ db, ctx, placement: await getPlacement(db, people[1].id, first.id), input: { toDate: '2025-01-01', endReason: 'left' } })
    await moveOrganization({ db, ctx, org: tree.cellA2, target: tree.schoolB })
    await mergeOrganization({ db, ctx, org: tree.schoolA, target: tree.schoolB, date: '2025-07-01' })
    const fresh = (await db.select().from(organizations).where(sql`${organizations.id} = ${tree.cellB2.id}`))[0]
    await mergeOrganization({ db, ctx, org: fresh, target: tree.cellB1 })
    const maintained = await snapshot()
    await db.transaction((tx) => recomputeAllCounts(tx))
    expect(await snapshot()).toEqual(maintained)
    const root = maintained.find((o) => o.id === tree.root.id)!
    expect(root.s).toBe(5)
    const emptied = (await db.select().from(organizations).where(sql`${organizations.id} = ${tree.communeA.id}`))[0]
    await expect(dissolveOrganization({ db, ctx, org: emptied })).resolves.toMatchObject({ status: 'dissolved' })
  })
})
