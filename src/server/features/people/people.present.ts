// People as the API shows them: contact details only for those allowed to see them.
import type { Person, PersonListItem, Placement } from '../../../common/contracts/people.ts'
import type { Gender, LeadershipTier, PlacementEndReason } from '../../../common/contracts/enums.ts'
import type { people } from './people.table.ts'

type PersonRow = typeof people.$inferSelect

export interface PlacementRow {
  id: string
  organizationId: string
  orgCode: string
  orgName: string
  position: string
  leadershipTier: string
  isPrimary: boolean
  fromDate: string
  toDate: string | null
  endReason: string | null
}

export function presentPlacement(p: PlacementRow): Placement {
  return {
    id: p.id,
    organization: { id: p.organizationId, code: p.orgCode, name: p.orgName },
    position: p.position,
    leadershipTier: p.leadershipTier as LeadershipTier,
    isPrimary: p.isPrimary,
    fromDate: p.fromDate,
    toDate: p.toDate,
    endReason: p.endReason as PlacementEndReason | null,
  }
}

export function presentPerson(
  row: PersonRow,
  placements: PlacementRow[],
  access: { contact: boolean; update: boolean; managePlacements: boolean },
): Person {
  return {
    id: row.id,
    fullName: row.fullName,
    familyName: row.familyName,
    middleName: row.middleName,
    givenName: row.givenName,
    gender: row.gender as Gender | null,
    birthDate: row.birthDate,
    ethnicity: row.ethnicity,
    partyJoinDate: row.partyJoinDate,
    partyCardNumber: row.partyCardNumber,
    phone: access.contact ? row.phone : null,
    email: access.contact ? row.email : null,
    placements: placements.map(presentPlacement),
    abilities: { update: access.update, managePlacements: access.managePlacements },
  }
}

export interface ListRow {
  id: string
  fullName: string
  birthDate: string | null
  gender: string | null
  unitId: string | null
  unitName: string | null
  position: string | null
}

export function presentListItem(r: ListRow): PersonListItem {
  return {
    id: r.id,
    fullName: r.fullName,
    birthYear: r.birthDate ? Number(String(r.birthDate).slice(0, 4)) : null,
    gender: r.gender as Gender | null,
    unit: r.unitId && r.unitName ? { id: r.unitId, name: r.unitName } : null,
    position: r.position,
  }
}
