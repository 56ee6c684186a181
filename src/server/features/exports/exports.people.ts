// The people list as a sheet that imports back: the importer's first header for each field (IMPORT_HEADERS), a
// person per row in the list's own order (Vietnamese name order, exact-diacritic matches first with a query), read in
// keyset pages through the list's own query.
import { inArray } from 'drizzle-orm'
import { GENDER_LABELS, IMPORT_HEADERS } from '../../../common/contracts/imports.ts'
import type { Gender } from '../../../common/contracts/enums.ts'
import { cleanName, fold } from '../../../common/text/index.ts'
import type { Db } from '../../db/client.ts'
import type { Actor } from '../../lib/actor.ts'
import { authorize, isAdmin, scopesFor } from '../../lib/authz.ts'
import { forbidden } from '../../lib/errors.ts'
import { getOrganization, type OrgRow } from '../organizations/organizations.service.ts'
import { organizations } from '../organizations/organizations.table.ts'
import { PEOPLE_READ_ROLES } from '../people/people.policy.ts'
import { listPeople } from '../people/people.service.ts'
import { people } from '../people/people.table.ts'
import { exportPolicy, type PeopleScope } from './exports.policy.ts'
import type { ExportColumn, ExportRow, ExportSheet } from './exports.xlsx.ts'

export const PAGE_SIZE = 1000

export interface PeopleExportInput {
  q?: string
  org?: string
  subtree?: 'true' | 'false'
}

export interface PeopleExportPlan {
  org: OrgRow | null
  scope: PeopleScope | null
  contact: boolean
}

/**
 * The scope of GET /people for the same query: the unit (or its subtree) when one is given, else everyone for an
 * administrator, else the actor's own units. Refuses (403) an actor who may list nobody.
 */
export async function planPeopleExport(db: Db, actor: Actor, input: PeopleExportInput): Promise<PeopleExportPlan> {
  let org: OrgRow | null = null
  let scope: PeopleScope | null
  if (input.org) {
    org = await getOrganization(db, input.org)
    authorize(actor, exportPolicy.people, org)
    scope = input.subtree === 'false' ? { paths: [], units: [org] } : { paths: [org.path], units: [] }
  } else if (isAdmin(actor)) {
    scope = null
  } else {
    const mine = scopesFor(actor, PEOPLE_READ_ROLES)
    if (mine.paths.length + mine.unitIds.length === 0) throw forbidden()
    const units = actor.grants.filter((g) => g.scope === 'unit' && mine.unitIds.includes(g.organizationId))
    scope = { paths: mine.paths, units: units.map((g) => ({ id: g.organizationId, path: g.organizationPath })) }
  }
  return { org, scope, contact: exportPolicy.contact(actor, scope) }
}

const header = (field: keyof typeof IMPORT_HEADERS) => IMPORT_HEADERS[field][0]

export function peopleColumns(contact: boolean): ExportColumn[] {
  return [
    { header: 'STT', key: 'n', width: 6, type: 'number' },
    { header: header('fullName'), key: 'fullName', width: 28, type: 'text' },
    { header: header('birthDate'), key: 'birthDate', width: 12, type: 'date' },
    { header: header('gender'), key: 'gender', width: 9, type: 'text' },
    { header: header('ethnicity'), key: 'ethnicity', width: 10, type: 'text' },
    { header: header('position'), key: 'position', width: 22, type: 'text' },
    { header: header('unit'), key: 'unitCode', width: 18, type: 'text' },
    { header: 'Tên đơn vị', key: 'unitName', width: 36, type: 'text' },
    { header: header('partyJoinDate'), key: 'partyJoinDate', width: 13, type: 'date' },
    { header: header('partyCardNumber'), key: 'partyCardNumber', width: 16, type: 'text' },
    ...(contact
      ? [
          { header: header('phone'), key: 'phone', width: 15, type: 'text' as const },
          { header: header('email'), key: 'email', width: 28, type: 'text' as const },
        ]
      : []),
  ]
}

/** Every page of the list, joined with what the list leaves out (codes, party details, contact when allowed). */
async function* peoplePages(db: Db, plan: PeopleExportPlan, q: string | undefined, pageSize: number): AsyncGenerator<ExportRow[]> {
  // As listPeople decides it: a query that cleans down to nothing is no query.
  const folded = Boolean(q && fold(cleanName(q)))
  let cursor: (string | number)[] | null = null
  let n = 0
  for (;;) {
    const rows = await listPeople(db, { q, scope: plan.scope && { paths: plan.scope.paths, unitIds: plan.scope.units.map((u) => u.id) }, cursor, limit: pageSize })
    if (rows.length === 0) return
    const unitIds = [...new Set(rows.map((r) => r.unitId).filter((id): id is string => id !== null))]
    const [details, units] = await Promise.all([
      db.select({ id: people.id, ethnicity: people.ethnicity, partyJoinDate: people.partyJoinDate, partyCardNumber: people.partyCardNumber, phone: people.phone, email: people.email })
        .from(people).where(inArray(people.id, rows.map((r) => r.id))),
      unitIds.length ? db.select({ id: organizations.id, code: organizations.code }).from(organizations).where(inArray(organizations.id, unitIds)) : [],
    ])
    const byId = new Map(details.map((d) => [d.id, d]))
    const codes = new Map(units.map((u) => [u.id, u.code]))
    yield rows.map((r) => {
      const d = byId.get(r.id)
      return {
        n: ++n,
        fullName: r.fullName,
        birthDate: r.birthDate,
        gender: r.gender ? GENDER_LABELS[r.gender as Gender][0] : null,
        ethnicity: d?.ethnicity,
        position: r.position,
        unitCode: r.unitId ? codes.get(r.unitId) : null,
        unitName: r.unitName,
        partyJoinDate: d?.partyJoinDate,
        partyCardNumber: d?.partyCardNumber,
        // Only written when the sheet has the columns (plan.contact).
        phone: plan.contact ? d?.phone : null,
        email: plan.contact ? d?.email : null,
      }
    })
    if (rows.length < pageSize) return
    const last = rows[rows.length - 1]
    cursor = folded ? [last.rank, last.sortKey, last.id] : [last.sortKey, last.id]
  }
}

export function peopleSheet(db: Db, plan: PeopleExportPlan, q: string | undefined, pageSize = PAGE_SIZE): ExportSheet {
  return { name: 'Danh sách đảng viên', columns: peopleColumns(plan.contact), pages: peoplePages(db, plan, q, pageSize) }
}
