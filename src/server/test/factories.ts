// Factories: each test builds its own organization subtree with unique codes, so files never share data.
import type { GrantScope, OrgKind, Role } from '../../common/contracts/enums.ts'
import type { Db } from '../db/client.ts'
import { systemCtx } from '../lib/actor.ts'
import { createApiToken } from '../features/auth/auth.service.ts'
import { createAccount } from '../features/accounts/accounts.service.ts'
import { createOrganization, type OrgRow } from '../features/organizations/organizations.service.ts'
import { createPerson, type PersonRow } from '../features/people/people.service.ts'
import { createCycle, stepCycle } from '../features/cycles/cycles.service.ts'

let counter = 0
export const unique = (prefix: string) => `${prefix}${process.pid % 1000}-${++counter}-${Math.random().toString(36).slice(2, 6)}`

const ctx = systemCtx('test:factory')

export async function makeOrg(db: Db, parent: OrgRow | null, kind: OrgKind = 'cell', name?: string): Promise<OrgRow> {
  const code = unique('T')
  return createOrganization({ db, ctx, input: { parent, code, name: name ?? `Chi bộ thử nghiệm ${code}`, kind } })
}

/** A small province: root → two communes → a grassroots organization each → two cells each. */
export async function makeTree(db: Db) {
  const root = await makeOrg(db, null, 'province', 'Đảng bộ tỉnh Thử Nghiệm')
  const communeA = await makeOrg(db, root, 'commune', 'Đảng bộ xã An Hòa')
  const communeB = await makeOrg(db, root, 'ward', 'Đảng bộ phường Bình Minh')
  const schoolA = await makeOrg(db, communeA, 'grassroots', 'Đảng bộ Trường THPT An Hòa')
  const schoolB = await makeOrg(db, communeB, 'grassroots', 'Đảng bộ Trường THCS Bình Minh')
  const cellA1 = await makeOrg(db, schoolA, 'cell', 'Chi bộ Giáo viên An Hòa')
  const cellA2 = await makeOrg(db, schoolA, 'cell', 'Chi bộ Hành chính An Hòa')
  const cellB1 = await makeOrg(db, schoolB, 'cell', 'Chi bộ Giáo viên Bình Minh')
  const cellB2 = await makeOrg(db, schoolB, 'cell', 'Chi bộ Hành chính Bình Minh')
  return { root, communeA, communeB, schoolA, schoolB, cellA1, cellA2, cellB1, cellB2 }
}
export type Tree = Awaited<ReturnType<typeof makeTree>>

export async function makePerson(db: Db, org: OrgRow | null, fullName = 'Nguyễn Văn An', extra: Record<string, unknown> = {}): Promise<PersonRow> {
  return createPerson({
    db, ctx, org,
    input: { fullName, ...extra, placement: org ? { position: 'Đảng viên', leadershipTier: 'none', isPrimary: true, fromDate: '2024-01-01' } : undefined },
  })
}

export const TEST_PASSWORD = 'mật-khẩu-thử-nghiệm-đủ-dài'

/** An account with the given grants and a personal API token to call the API with. */
export async function makeUser(db: Db, grants: { role: Role; org: OrgRow; scope?: GrantScope }[], personId: string | null = null) {
  const username = unique('u').toLowerCase()
  const account = await createAccount({
    db, ctx,
    input: { username, displayName: `Người dùng ${username}`, password: TEST_PASSWORD, personId, grants: grants.map((g) => ({ role: g.role, organizationId: g.org.id, scope: g.scope ?? 'subtree' })) },
  })
  const token = await createApiToken({ db, ctx, accountId: account.id, name: 'test' })
  return { account, username, token, auth: { token } }
}

let cycleYear = 2100
/** A cycle in the given status (each call takes a new year: one cycle per year). */
export async function makeCycle(db: Db, status: 'preparing' | 'registration' | 'in_progress' | 'yearend_review' | 'closed' = 'registration') {
  const year = ++cycleYear
  let cycle = await createCycle({
    db, ctx,
    input: { year, themeTitle: `Chuyên đề thử nghiệm năm ${year}`, themeScope: 'year', registrationDeadline: `${year}-03-31`, midyearReviewDate: `${year}-07-15`, yearendReviewDate: `${year}-12-15` },
  })
  const order = ['open-registration', 'start', 'begin-yearend-review', 'close'] as const
  const target = ['preparing', 'registration', 'in_progress', 'yearend_review', 'closed'].indexOf(status)
  for (const step of order.slice(0, target)) cycle = await stepCycle({ db, ctx, cycle, step })
  return cycle
}
