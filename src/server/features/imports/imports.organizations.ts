// Importing organizations: rows of code, name, kind and the parent's code. Parents may come later in the same file;
// a known code with the same parent and kind is renamed if its name changed, never moved or retyped by an import.
import { eq, inArray, sql } from 'drizzle-orm'
import type { OrgKind } from '../../../common/contracts/enums.ts'
import { orgCode } from '../../../common/contracts/fields.ts'
import { cleanName } from '../../../common/text/index.ts'
import { todayIso } from '../../../common/dates.ts'
import type { Tx } from '../../db/client.ts'
import type { Actor, Ctx } from '../../lib/actor.ts'
import { pathIds } from '../organizations/organizations.counts.ts'
import { organizationPolicy } from '../organizations/organizations.policy.ts'
import { searchKeyOf } from '../organizations/organizations.service.ts'
import { organizationHistory, organizations } from '../organizations/organizations.table.ts'
import { insertChunks } from '../../db/chunks.ts'
import type { RowMessage } from './imports.messages.ts'
import { emptyTotals, type PlanRow, type PlanTotals } from './imports.plan.ts'
import type { SheetRecord } from './imports.sheet.ts'
import { addUnit, type OrgIndex, type UnitRef } from './imports.units.ts'
import { maxLength, parseKind } from './imports.values.ts'

export interface OrgPlan extends PlanRow {
  code?: string
  name?: string
  kind?: OrgKind
  parentCode?: string
  /** The unit created (new id and path) or renamed. */
  target?: UnitRef
  parent?: UnitRef
}

interface Candidate {
  plan: OrgPlan
  code: string
  name: string
  kind: OrgKind
  parentCode: string
}

function parseRow(rec: SheetRecord, defaultParent: UnitRef | null): { plan: OrgPlan; candidate: Candidate | null } {
  const text = (f: keyof SheetRecord['cells']) => cleanName(rec.cells[f]?.text ?? '')
  const errors: RowMessage[] = []
  const code = text('code')
  const name = text('name')
  const parentCode = text('parent') || defaultParent?.code || ''
  if (!code) errors.push({ key: 'missingCode' })
  else if (!orgCode.safeParse(code).success) errors.push({ key: 'badCode', params: { value: code } })
  if (!name || name.length < 2) errors.push({ key: 'missingOrgName' })
  const long = maxLength(name, 200, 'Tên đơn vị')
  if (long) errors.push(long)
  const kind = parseKind(text('kind'))
  if ('error' in kind) errors.push(kind.error)
  if (!parentCode) errors.push({ key: 'unknownParent', params: { value: '' } })
  const plan: OrgPlan = { row: rec.row, action: 'skip', label: [code, name].filter(Boolean).join(' — ') || '—', unit: parentCode || null, messages: errors }
  if (errors.length > 0 || 'error' in kind) return { plan, candidate: null }
  return { plan, candidate: { plan, code, name, kind: kind.value, parentCode } }
}

/** Plans every row (reads only); new units get their ids and paths here, so children can hang under them. */
export async function planOrganizations(records: AsyncIterable<SheetRecord>, input: { actor: Actor; orgs: OrgIndex; defaultParent: UnitRef | null }, onRow: (n: number) => void): Promise<{ rows: OrgPlan[]; totals: PlanTotals }> {
  const totals = emptyTotals()
  const rows: OrgPlan[] = []
  const candidates: Candidate[] = []
  const inFile = new Map<string, Candidate>()
  for await (const rec of records) {
    totals.rows++
    const { plan, candidate } = parseRow(rec, input.defaultParent)
    rows.push(plan)
    if (candidate) {
      const key = candidate.code.toUpperCase()
      const first = inFile.get(key)
      if (first) plan.messages.push({ key: 'duplicateInFile', params: { row: first.plan.row } })
      else {
        inFile.set(key, candidate)
        candidates.push(candidate)
      }
    }
    onRow(totals.rows)
  }
  // Parents first: resolve in passes until nothing more can be placed.
  let open = candidates
  while (open.length > 0) {
    const next: Candidate[] = []
    for (const c of open) {
      const parent = input.orgs.byCode.get(c.parentCode.toUpperCase())
      if (!parent) {
        if (inFile.has(c.parentCode.toUpperCase())) next.push(c)
        else c.plan.messages.push({ key: 'unknownParent', params: { value: c.parentCode } })
        continue
      }
      place(c, parent)
    }
    if (next.length === open.length) {
      for (const c of next) c.plan.messages.push({ key: 'parentCycle', params: { value: c.parentCode } })
      break
    }
    open = next
  }

  function place(c: Candidate, parent: UnitRef) {
    const { plan } = c
    plan.code = c.code
    plan.name = c.name
    plan.kind = c.kind
    plan.parent = parent
    plan.unit = `${parent.code} — ${parent.name}`
    const existing = input.orgs.byCode.get(c.code.toUpperCase())
    if (existing) {
      if (existing.parentId !== parent.id) return plan.messages.push({ key: 'parentDiffers', params: { value: existing.code, parent: parent.code } })
      if (existing.kind !== c.kind) return plan.messages.push({ key: 'kindDiffers', params: { value: existing.code, kind: existing.kind } })
      if (existing.name === c.name) {
        plan.action = 'unchanged'
        return
      }
      if (!organizationPolicy.update(input.actor, existing)) return plan.messages.push({ key: 'unitOutOfScope', params: { value: existing.code } })
      plan.action = 'update'
      plan.target = existing
      return
    }
    if (parent.status !== 'active') return plan.messages.push({ key: 'unitNotActive', params: { value: parent.code } })
    if (!organizationPolicy.createChild(input.actor, parent)) return plan.messages.push({ key: 'parentOutOfScope', params: { value: parent.code } })
    const id = crypto.randomUUID()
    const target: UnitRef = { id, code: c.code, name: c.name, kind: c.kind, status: 'active', path: `${parent.path}${id}/`, parentId: parent.id }
    addUnit(input.orgs, target)
    plan.action = 'create'
    plan.target = target
  }

  for (const plan of rows) {
    if (plan.messages.length > 0 && plan.action === 'skip') {
      totals.skipped++
      totals.errors++
    } else if (plan.action === 'create') totals.created++
    else if (plan.action === 'update') totals.updated++
    else if (plan.action === 'unchanged') totals.unchanged++
  }
  return { rows, totals }
}

export async function applyOrganizations(tx: Tx, ctx: Ctx, plan: OrgPlan[], onRow: (n: number) => void): Promise<void> {
  const today = todayIso()
  // Parents before children: by depth.
  const creates = plan.filter((p) => p.action === 'create').sort((a, b) => pathIds(a.target!.path).length - pathIds(b.target!.path).length)
  let done = 0
  await insertChunks(creates, async (chunk) => {
    await tx.insert(organizations).values(chunk.map((p) => {
      const t = p.target!
      return { id: t.id, code: t.code, name: t.name, kind: t.kind, parentId: t.parentId, path: t.path, depth: pathIds(t.path).length - 1, searchKey: searchKeyOf(t.name, t.code), validFrom: today }
    }))
    await tx.insert(organizationHistory).values(chunk.map((p) => ({
      organizationId: p.target!.id, kind: 'created', effectiveDate: today, details: { name: p.target!.name, code: p.target!.code, kind: p.target!.kind, parentId: p.target!.parentId, source: 'import' }, actorAccountId: ctx.actor.accountId,
    })))
    done += chunk.length
    onRow(done)
  })
  const children = new Map<string, number>()
  for (const p of creates) children.set(p.target!.parentId!, (children.get(p.target!.parentId!) ?? 0) + 1)
  for (const [parentId, n] of children) {
    await tx.update(organizations).set({ childCount: sql`${organizations.childCount} + ${n}` }).where(eq(organizations.id, parentId))
  }
  const renames = plan.filter((p) => p.action === 'update')
  for (const p of renames) {
    await tx.update(organizations).set({ name: p.name!, searchKey: searchKeyOf(p.name!, p.target!.code), updatedAt: new Date() }).where(inArray(organizations.id, [p.target!.id]))
    await tx.insert(organizationHistory).values({ organizationId: p.target!.id, kind: 'renamed', effectiveDate: today, details: { from: p.target!.name, to: p.name!, source: 'import' }, actorAccountId: ctx.actor.accountId })
    onRow(++done)
  }
}
