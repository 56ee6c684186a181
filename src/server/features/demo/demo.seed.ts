// Loads the generated demo province into an empty database, in one transaction, and creates one account per role.
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Role } from '../../../common/contracts/enums.ts'
import { insertChunks } from '../../db/chunks.ts'
import { queryRows, type Db, type Tx } from '../../db/client.ts'
import { systemCtx, type Ctx } from '../../lib/actor.ts'
import { todayIso } from '../../../common/dates.ts'
import { createCycle, stepCycle } from '../cycles/cycles.service.ts'
import { commitmentEvents, commitmentItems, commitments } from '../commitments/commitments.table.ts'
import { generateDemoCommitments } from './demo.commitments.ts'
import { recomputeAllCommitmentStats } from '../commitments/commitments.stats.ts'
import type { CycleRow } from '../cycles/cycles.service.ts'
import { recomputeEvaluationStats } from '../evaluations/evaluations.stats.ts'
import { seedYearEndResults } from './demo.seed.yearend.ts'
import { demoDialogueUnits, seedDemoDialogues } from './demo.seed.dialogues.ts'
import { seedDemoPlans } from './demo.seed.plans.ts'
import { seedDemoShortcomings } from './demo.seed.shortcomings.ts'
import { pickDemoModelUnits, seedDemoModels } from './demo.seed.models.ts'
import { audit } from '../../lib/audit.ts'
import { hashPassword } from '../../lib/password.ts'
import { accounts, grants } from '../accounts/accounts.table.ts'
import { recomputeAllCounts } from '../organizations/organizations.counts.ts'
import { organizationHistory, organizations } from '../organizations/organizations.table.ts'
import { searchKeyOf } from '../organizations/organizations.service.ts'
import { nameColumns } from '../people/people.service.ts'
import { people, placements } from '../people/people.table.ts'
import { DEMO_ROOT_CODE, generateDemoProvince, pickDemoAccountHolders } from './demo.generate.ts'

export interface DemoAccount {
  role: Role
  username: string
  password: string
  displayName: string
  organization: string
  scope: 'unit' | 'subtree'
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await queryRows<{ n: number }>(db, sql`select (select count(*) from organizations) + (select count(*) from accounts) as n`)
  return Number(n) === 0
}

/** A readable random password: four groups of five characters (about 100 bits). */
export function randomPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'
  const bytes = randomBytes(20)
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length])
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-')
}


export type DemoStage = 'in_progress' | 'yearend_review'

/** This year's cycle on the rule set in force (the 2021–2026 full-term theme): under way, or at its year-end review. */
async function seedCurrentCycle(tx: Tx, ctx: Ctx, stage: DemoStage) {
  const year = Number(todayIso().slice(0, 4))
  const cycle = await createCycle({
    db: tx, ctx,
    input: {
      year,
      themeTitle: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc',
      themeScope: 'term',
      themeIssuer: 'Ban Tuyên giáo và Dân vận Trung ương',
      guidanceDocument: null,
      registrationDeadline: `${year}-03-31`,
      midyearReviewDate: `${year}-07-15`,
      yearendReviewDate: `${year}-12-15`,
    },
  })
  const opened = await stepCycle({ db: tx, ctx, cycle, step: 'open-registration' })
  const started = await stepCycle({ db: tx, ctx, cycle: opened, step: 'start' })
  return stage === 'yearend_review' ? stepCycle({ db: tx, ctx, cycle: started, step: 'begin-yearend-review' }) : started
}

/** Registrations for the year, in bulk: statuses with their history, dated in the registration months. */
async function seedCommitments(tx: Tx, cycle: CycleRow, province: ReturnType<typeof generateDemoProvince>, personIds: string[], orgIds: Map<string, string>, open: { cellCode: string }) {
  const list = generateDemoCommitments(province.people.map((_, i) => i), cycle.year)
  const rows = list.map((c) => {
    const p = province.people[c.personIndex]
    const primary = p.placements.find((pl) => pl.isPrimary)!
    const day = (d: number) => new Date(Date.UTC(cycle.year, 0, 10 + d, 2))
    const offset = c.personIndex % 60
    return {
      row: {
        id: crypto.randomUUID(), cycleId: cycle.id, personId: personIds[c.personIndex], organizationId: orgIds.get(primary.orgCode)!,
        subjectGroup: p.placements.some((pl) => pl.leadershipTier !== 'none') ? 'leader' : 'individual', status: c.status,
        submittedAt: c.status === 'draft' ? null : day(offset + 5), decidedAt: c.status === 'approved' || c.status === 'returned' ? day(offset + 12) : null,
        // Committee leaders of wards, communes and the city publish theirs as exemplary commitments.
        ...(c.status === 'approved' && p.placements.some((pl) => pl.leadershipTier === 'upper' || pl.leadershipTier === 'province')
          ? { publishedScope: c.personIndex % 3 === 0 ? 'public' : 'subtree', publishedAt: day(offset + 14) }
          : {}),
        progressReportedAt: c.items.some((i) => i.midyearPercent !== null) ? new Date(Date.UTC(cycle.year, 6, 1 + (offset % 20), 2)) : null,
        createdAt: day(offset), updatedAt: day(offset + 12),
      } as typeof commitments.$inferInsert & { id: string; organizationId: string; subjectGroup: string },
      c, day, offset, cellCode: primary.orgCode,
      itemRows: c.items.map((item, position) => ({ ...item, id: crypto.randomUUID(), position, result: null as string | null })),
    }
  })
  const yearEnd = cycle.status === 'yearend_review' ? await seedYearEndResults(tx, cycle, province, rows, orgIds, open) : null
  await insertChunks(rows.map((r) => r.row), (chunk) => tx.insert(commitments).values(chunk))
  const items = rows.flatMap(({ row, itemRows }) => itemRows.map((item) => ({ ...item, commitmentId: row.id! })))
  await insertChunks(items, (chunk) => tx.insert(commitmentItems).values(chunk))
  if (yearEnd) await yearEnd.insert()
  const events = rows.flatMap(({ row, c, day, offset }) => [
    { commitmentId: row.id, kind: 'created', at: day(offset) },
    ...(c.status === 'draft' ? [] : [{ commitmentId: row.id, kind: 'submitted', at: day(offset + 5) }]),
    ...(c.status === 'approved' ? [{ commitmentId: row.id, kind: 'approved', at: day(offset + 12) }] : []),
    ...(c.status === 'returned' ? [{ commitmentId: row.id, kind: 'returned', comment: c.returnComment, at: day(offset + 12) }] : []),
  ])
  await insertChunks(events, (chunk) => tx.insert(commitmentEvents).values(chunk))
  await recomputeAllCommitmentStats(tx)
  await recomputeEvaluationStats(tx)
  return rows.length
}

export async function seedDemo(db: Db, options: { seed?: number; people?: number; password?: string; stage?: DemoStage } = {}): Promise<{ organizations: number; people: number; accounts: DemoAccount[] }> {
  const province = generateDemoProvince({ seed: options.seed, people: options.people })
  const holders = pickDemoAccountHolders(province)
  const ctx = systemCtx('system:seed')

  const orgRows = new Map<string, typeof organizations.$inferInsert & { id: string; path: string }>()
  for (const o of province.organizations) {
    const parent = o.parentCode ? orgRows.get(o.parentCode) : undefined
    const id = crypto.randomUUID()
    const path = `${parent?.path ?? '/'}${id}/`
    orgRows.set(o.code, {
      id, code: o.code, name: o.name, kind: o.kind, parentId: parent?.id ?? null, path,
      depth: path.split('/').filter(Boolean).length - 1, searchKey: searchKeyOf(o.name, o.code), validFrom: '2025-07-01',
    })
  }
  const personRows = province.people.map((p) => ({
    id: crypto.randomUUID(),
    ...nameColumns(p.fullName),
    gender: p.gender, birthDate: p.birthDate, ethnicity: p.ethnicity, partyJoinDate: p.partyJoinDate,
    partyCardNumber: p.partyCardNumber, phone: p.phone,
  }))
  const placementRows = province.people.flatMap((p, i) =>
    p.placements.map((pl) => ({
      personId: personRows[i].id, organizationId: orgRows.get(pl.orgCode)!.id, position: pl.position,
      leadershipTier: pl.leadershipTier, isPrimary: pl.isPrimary, fromDate: pl.fromDate,
    })),
  )

  const demoAccounts: DemoAccount[] = []
  const accountRows: (typeof accounts.$inferInsert)[] = []
  const grantRows: (typeof grants.$inferInsert)[] = []
  const add = async (role: Role, username: string, displayName: string, orgCode: string, scope: 'unit' | 'subtree', personId: string | null) => {
    const password = options.password ?? randomPassword()
    const id = crypto.randomUUID()
    accountRows.push({ id, username, displayName, passwordHash: await hashPassword(password), personId })
    grantRows.push({ accountId: id, role, organizationId: orgRows.get(orgCode)!.id, scope })
    demoAccounts.push({ role, username, password, displayName, organization: orgRows.get(orgCode)!.name, scope })
  }
  await add('admin', 'quantri', 'Quản trị hệ thống', DEMO_ROOT_CODE, 'subtree', null)
  for (const [role, h] of Object.entries(holders) as [Role, (typeof holders)[keyof typeof holders]][]) {
    const person = personRows[h.personIndex]
    await add(role, h.username, person.fullName, h.orgCode, h.scope, person.id)
  }

  await db.transaction(async (tx) => {
    await insertChunks([...orgRows.values()], (c) => tx.insert(organizations).values(c))
    await insertChunks([...orgRows.values()], (c) =>
      tx.insert(organizationHistory).values(c.map((o) => ({ organizationId: o.id, kind: 'created', effectiveDate: '2025-07-01', details: { name: o.name, code: o.code, kind: o.kind, parentId: o.parentId ?? null } }))),
    )
    await insertChunks(personRows, (c) => tx.insert(people).values(c))
    await insertChunks(placementRows, (c) => tx.insert(placements).values(c))
    await tx.insert(accounts).values(accountRows)
    await tx.insert(grants).values(grantRows)
    await recomputeAllCounts(tx)
    const cycle = await seedCurrentCycle(tx, ctx, options.stage ?? 'yearend_review')
    // The demo secretary's cell is left for them to review (and its deciding organization to decide).
    const open = { cellCode: holders.secretary.orgCode }
    const registered = await seedCommitments(tx, cycle, province, personRows.map((p) => p.id), new Map([...orgRows].map(([code, o]) => [code, o.id])), open)
    await seedDemoDialogues(tx, demoDialogueUnits((code) => orgRows.get(code)!.id, { root: DEMO_ROOT_CODE, ward: holders.leader.orgCode, wardUnit: holders.secretary.orgCode, commune: holders.inspector.orgCode }))
    await seedDemoPlans(tx, cycle, demoDialogueUnits((code) => orgRows.get(code)!.id, { root: DEMO_ROOT_CODE, ward: holders.leader.orgCode, wardUnit: holders.secretary.orgCode, commune: holders.inspector.orgCode }))
    await seedDemoShortcomings(tx, {
      provinceId: orgRows.get(DEMO_ROOT_CODE)!.id, wardId: orgRows.get(holders.leader.orgCode)!.id, cellId: orgRows.get(holders.secretary.orgCode)!.id,
      communeId: orgRows.get(holders.inspector.orgCode)!.id, memberPersonId: personRows[holders.member.personIndex].id,
    }, cycle.id)
    const office = accountRows.find((a) => a.username === 'vanphong')?.id ?? null
    await seedDemoModels(tx, pickDemoModelUnits(province, holders, { org: (code) => orgRows.get(code)!.id, person: (i) => personRows[i].id }, DEMO_ROOT_CODE, office), cycle.year)
    await audit(tx, ctx, {
      action: 'demo.seed', entityType: 'installation',
      data: { organizations: orgRows.size, people: personRows.length, placements: placementRows.length, commitments: registered, accounts: demoAccounts.map((a) => a.username) },
    })
  })
  // Fresh statistics: without them the planner picks nested loops over the whole province (seconds instead of ms).
  await db.execute(sql`analyze`)
  return { organizations: orgRows.size, people: personRows.length, accounts: demoAccounts }
}

