// The shared security matrix over every plan route (anonymous, another subtree, roles too low) and over the reporting
// periods (installation-wide: any root's office or an administrator sets them; everyone with a role reads them).
import { describe } from 'vitest'
import { systemCtx, type Ctx } from '../../lib/actor.ts'
import { makeCycle, makePerson, makeTree, makeUser } from '../../test/factories.ts'
import { useTestApp } from '../../test/harness.ts'
import { makeItem, makePlan } from '../../test/plan-fixtures.ts'
import { runSharedSecurityTests } from '../../test/security.ts'
import { createMine } from '../commitments/commitments.service.ts'
import { planAssignments, planEvidence, planUpdates, reportingPeriods } from './plans.table.ts'

const t = useTestApp()
const v1 = '/api/v1'

async function world() {
  const db = t.database.db
  const tree = await makeTree(db)
  const other = await makeTree(db)
  const cycle = await makeCycle(db, 'registration')
  const commune = await makeUser(db, [{ role: 'secretary', org: tree.communeA }])
  const planId = await makePlan(t, commune.auth, tree.communeA.id, cycle.id)
  const item = await makeItem(t, commune.auth, planId)
  const [assignment] = await db.insert(planAssignments).values({ itemId: item.id, toOrgId: tree.schoolA.id }).returning()
  const [period] = await db.insert(reportingPeriods).values({ cycleId: cycle.id, kind: 'quarter', label: 'Quý I', startsOn: `${cycle.year}-01-01`, endsOn: `${cycle.year}-03-31`, dueOn: `${cycle.year}-04-07` }).returning()
  const [update] = await db.insert(planUpdates).values({ itemId: item.id, progress: 10, status: 'in_progress', note: 'Đã triển khai' }).returning()
  const [file] = await db.insert(planEvidence).values({ updateId: update.id, fileName: 'anh.jpg', mediaType: 'image/jpeg', size: 3, sha256: 'x'.repeat(64), data: new Uint8Array([0xff, 0xd8, 0xff]) }).returning()
  const person = await makePerson(db, tree.cellA1, 'Trịnh Văn Hải')
  const admin = systemCtx('test')
  const ctx: Ctx = { ...admin, actor: { ...admin.actor, personId: person.id } }
  const commitment = await createMine({ db, ctx, cycle })
  return {
    tree, cycle, planId, item, assignment, period, file, commitment,
    outsider: await makeUser(db, [{ role: 'office', org: other.root }]),
    member: await makeUser(db, [{ role: 'member', org: tree.cellA1, scope: 'unit' }]),
    inspector: await makeUser(db, [{ role: 'inspector', org: tree.communeA }]),
    neighbour: await makeUser(db, [{ role: 'secretary', org: tree.cellB1, scope: 'unit' }]),
  }
}

let shared: ReturnType<typeof world> | null = null
const load = () => (shared ??= world())

/** What an inspector over the unit may do: read, never change. */
const READS = [
  'GET /api/v1/plans', 'GET /api/v1/plans/:id', 'GET /api/v1/plan-items/:id', 'GET /api/v1/plan-assignments', 'GET /api/v1/plan-evidence/:id',
  'GET /api/v1/plans/summary', 'GET /api/v1/plans/not-reported', 'GET /api/v1/plan-links',
]

describe('plans security', () => {
  runSharedSecurityTests(t, `${v1}/plan`, async () => {
    const w = await load()
    const item = `${v1}/plan-items/${w.item.id}`
    return {
      cases: [
        { method: 'GET', route: `${v1}/plans`, url: `${v1}/plans?org=${w.tree.communeA.id}&cycle=${w.cycle.id}` },
        { method: 'POST', route: `${v1}/plans`, url: `${v1}/plans`, body: { orgId: w.tree.communeA.id, cycleId: w.cycle.id, title: 'Kế hoạch thứ hai của xã' } },
        { method: 'GET', route: `${v1}/plans/:id`, url: `${v1}/plans/${w.planId}` },
        { method: 'PATCH', route: `${v1}/plans/:id`, url: `${v1}/plans/${w.planId}`, body: { title: 'Tên kế hoạch mới' } },
        { method: 'POST', route: `${v1}/plans/:id/items`, url: `${v1}/plans/${w.planId}/items`, body: { kind: 'task', title: 'Nhiệm vụ thêm vào' } },
        { method: 'GET', route: `${v1}/plan-items/:id`, url: item },
        { method: 'PATCH', route: `${v1}/plan-items/:id`, url: item, body: { weight: 5 } },
        { method: 'DELETE', route: `${v1}/plan-items/:id`, url: item },
        { method: 'POST', route: `${v1}/plan-items/:id/hand-downs`, url: `${item}/hand-downs`, body: { orgIds: [w.tree.schoolA.id] } },
        { method: 'GET', route: `${v1}/plan-assignments`, url: `${v1}/plan-assignments?org=${w.tree.schoolA.id}` },
        { method: 'POST', route: `${v1}/plan-assignments/:id/accept`, url: `${v1}/plan-assignments/${w.assignment.id}/accept`, body: {} },
        { method: 'POST', route: `${v1}/plan-assignments/:id/decline`, url: `${v1}/plan-assignments/${w.assignment.id}/decline`, body: { reason: 'Không phù hợp với đơn vị' } },
        { method: 'DELETE', route: `${v1}/plan-assignments/:id`, url: `${v1}/plan-assignments/${w.assignment.id}` },
        { method: 'POST', route: `${v1}/plan-items/:id/updates`, url: `${item}/updates`, body: { progress: 20, status: 'in_progress', note: 'Báo cáo tiến độ' } },
        { method: 'GET', route: `${v1}/plan-evidence/:id`, url: `${v1}/plan-evidence/${w.file.id}` },
        { method: 'GET', route: `${v1}/plans/summary`, url: `${v1}/plans/summary?org=${w.tree.communeA.id}&cycle=${w.cycle.id}` },
        { method: 'GET', route: `${v1}/plans/not-reported`, url: `${v1}/plans/not-reported?org=${w.tree.communeA.id}&period=${w.period.id}` },
        { method: 'POST', route: `${v1}/plans/reminders`, url: `${v1}/plans/reminders`, body: { orgId: w.tree.communeA.id, periodId: w.period.id } },
        { method: 'GET', route: `${v1}/plan-items/:id/commitment-candidates`, url: `${item}/commitment-candidates` },
        { method: 'POST', route: `${v1}/plan-items/:id/commitment-links`, url: `${item}/commitment-links`, body: { commitmentItemId: w.item.id } },
        { method: 'DELETE', route: `${v1}/plan-items/:id/commitment-links/:commitmentItemId`, url: `${item}/commitment-links/${w.item.id}` },
        { method: 'GET', route: `${v1}/plan-links`, url: `${v1}/plan-links?commitment=${w.commitment.id}` },
      ],
      outsider: w.outsider.auth,
      tooLow: { member: w.member.auth, inspector: w.inspector.auth, neighbour: w.neighbour.auth },
      allowedForTooLow: { inspector: READS },
    }
  })
})

describe('reporting periods security', () => {
  runSharedSecurityTests(t, `${v1}/reporting-periods`, async () => {
    const w = await load()
    const manager = await makeUser(t.database.db, [{ role: 'secretary', org: w.tree.communeA }])
    const cases = [
      { method: 'GET' as const, route: `${v1}/reporting-periods`, url: `${v1}/reporting-periods?cycle=${w.cycle.id}` },
      { method: 'POST' as const, route: `${v1}/reporting-periods`, url: `${v1}/reporting-periods`, body: { cycleId: w.cycle.id, kind: 'year', label: 'Cả năm', startsOn: `${w.cycle.year}-01-01`, endsOn: `${w.cycle.year}-12-31`, dueOn: `${w.cycle.year + 1}-01-08` } },
      { method: 'POST' as const, route: `${v1}/reporting-periods/defaults`, url: `${v1}/reporting-periods/defaults`, body: { cycleId: w.cycle.id } },
      { method: 'PATCH' as const, route: `${v1}/reporting-periods/:id`, url: `${v1}/reporting-periods/${w.period.id}`, body: { label: 'Quý một' } },
      { method: 'DELETE' as const, route: `${v1}/reporting-periods/:id`, url: `${v1}/reporting-periods/${w.period.id}` },
    ]
    return {
      cases,
      outsider: w.outsider.auth,
      // Periods belong to the installation, not to a subtree: the office at any root sets them (the outsider here is
      // the office of another root) and anyone with a role reads them.
      allowedForOutsider: cases.map((c) => `${c.method} ${c.route}`),
      tooLow: { member: w.member.auth, inspector: w.inspector.auth, manager: manager.auth },
      allowedForTooLow: { member: [`GET ${v1}/reporting-periods`], inspector: [`GET ${v1}/reporting-periods`], manager: [`GET ${v1}/reporting-periods`] },
    }
  })
})
