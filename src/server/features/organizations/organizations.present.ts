// Organizations as the API shows them: never table rows.
import type { Organization, OrganizationSummary } from '../../../common/contracts/organizations.ts'
import type { OrgKind, OrgStatus } from '../../../common/contracts/enums.ts'
import type { organizations } from './organizations.table.ts'

type Row = typeof organizations.$inferSelect

export function presentSummary(row: Row): OrganizationSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind as OrgKind,
    status: row.status as OrgStatus,
    parentId: row.parentId,
    peopleCount: row.peopleCount,
    subtreePeopleCount: row.subtreePeopleCount,
    childCount: row.childCount,
  }
}

export function presentOrganization(
  row: Row,
  extra: { ancestors: Row[]; mergedInto: Row | null; abilities: Organization['abilities'] },
): Organization {
  return {
    ...presentSummary(row),
    validFrom: row.validFrom,
    validTo: row.validTo,
    mergedInto: extra.mergedInto ? { id: extra.mergedInto.id, name: extra.mergedInto.name } : null,
    ancestors: extra.ancestors.map((a) => ({ id: a.id, code: a.code, name: a.name })),
    abilities: extra.abilities,
  }
}
