// The dashboard of plans over a subtree for a cycle: progress rolled up (the subtree, the unit's own plan, each direct
// sub-unit's branch), items done and late, the most overdue items, who has not reported the current period, and the
// hand-downs still waiting. Computed on read from a few queries over the subtree (see plans.rollup.ts).
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { PlanItemKind, PlanStatus, PlanSummary } from '../../../common/contracts/plans.ts'
import { currentPeriod } from '../../../common/plans/periods.ts'
import { roundProgress, subtreeProgress } from '../../../common/plans/rollup.ts'
import type { Tx } from '../../db/client.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import type { OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { getPeriod, listPeriods } from './plans.periods.ts'
import { pendingHandDownsIn, unitStatuses } from './plans.reporting.ts'
import { shortcomingSummary } from '../shortcomings/shortcomings.stats.ts'
import { rollupFor } from './plans.rollup.ts'
import { planItems, plans } from './plans.table.ts'

const LATE_LISTED = 20
const round = (n: number | null | undefined) => (n === null || n === undefined ? null : roundProgress(n))

export async function planSummary(db: Tx, org: OrgRow, cycle: CycleRow, today: string): Promise<PlanSummary> {
  const prefix = `${org.path}%`
  const rollup = await rollupFor(db, cycle.id, org.path, today)
  const orgs = await db.select({ id: organizations.id, parentId: organizations.parentId, path: organizations.path, name: organizations.name, kind: organizations.kind, status: organizations.status })
    .from(organizations).where(sql`${organizations.path} like ${prefix}`)
  const planRows = await db.select({ id: plans.id, orgId: plans.organizationId }).from(plans)
    .innerJoin(organizations, eq(organizations.id, plans.organizationId)).where(and(eq(plans.cycleId, cycle.id), sql`${organizations.path} like ${prefix}`))
  const ownPlan = new Map(planRows.map((p) => [p.orgId, rollup.planProgress(p.id)]))
  const subtree = subtreeProgress(orgs, ownPlan)
  const pathOf = new Map(orgs.map((o) => [o.id, o.path]))

  const periods = await listPeriods(db, cycle.id)
  const period = currentPeriod(periods, today)
  const statuses = period ? await unitStatuses(db, org, await getPeriod(db, period.id)) : null
  const pending = await pendingHandDownsIn(db, org, cycle.id)

  const late = rollup.nodes.filter((n) => rollup.late(n))
  const within = (path: string | undefined, root: string) => path !== undefined && path.startsWith(root)
  const children = orgs.filter((o) => o.parentId === org.id && o.status === 'active').map((child) => {
    const inChild = (orgId: string) => within(pathOf.get(orgId), child.path)
    const nodes = rollup.nodes.filter((n) => inChild(n.orgId))
    return {
      organization: { id: child.id, name: child.name, kind: child.kind as PlanSummary['organization']['kind'] },
      progress: round(subtree.get(child.id)),
      plans: planRows.filter((p) => inChild(p.orgId)).length,
      items: nodes.length,
      lateItems: nodes.filter((n) => rollup.late(n)).length,
      notReported: statuses ? statuses.filter((s) => !s.reported && s.path.startsWith(child.path)).length : null,
      pendingHandDowns: pending.filter((p) => p.toPath.startsWith(child.path)).length,
    }
  }).sort((a, b) => a.organization.name.localeCompare(b.organization.name, 'vi'))

  const listed = [...late].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999')).slice(0, LATE_LISTED)
  const titles = listed.length
    ? await db.select({ id: planItems.id, title: planItems.title, kind: planItems.kind }).from(planItems).where(inArray(planItems.id, listed.map((n) => n.id)))
    : []
  const names = new Map(orgs.map((o) => [o.id, o.name]))
  const { totals: register } = await shortcomingSummary(db, org, today)
  return {
    organization: { id: org.id, name: org.name, kind: org.kind as PlanSummary['organization']['kind'] },
    cycle: { id: cycle.id, year: cycle.year },
    progress: round(subtree.get(org.id)),
    ownPlanProgress: round(ownPlan.get(org.id)),
    plans: planRows.length,
    items: rollup.nodes.length,
    doneItems: rollup.nodes.filter((n) => rollup.of(n).status === 'done').length,
    lateItems: late.length,
    pendingHandDowns: pending.length,
    currentPeriod: period,
    notReported: statuses ? { units: statuses.length, notReported: statuses.filter((s) => !s.reported).length } : null,
    children,
    late: listed.map((n) => {
      const t = titles.find((x) => x.id === n.id)
      const r = rollup.of(n)
      return {
        id: n.id, title: t?.title ?? '', kind: (t?.kind ?? 'task') as PlanItemKind, dueOn: n.dueOn, status: r.status as PlanStatus,
        progress: roundProgress(r.progress), organization: { id: n.orgId, name: names.get(n.orgId) ?? '' },
      }
    }),
    // The register over the same subtree: not yet fixed (open or awaiting verification), and of those overdue.
    shortcomings: { open: register.open + register.proposed, overdue: register.overdue },
  }
}
