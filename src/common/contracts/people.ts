import { z } from 'zod'
import { Gender, LeadershipTier, PlacementEndReason } from './enums.ts'
import { Id, IsoDate, Page } from './common.ts'
import { personName, position } from './fields.ts'

export const PeopleQuery = z.strictObject({
  q: z.string().max(120).optional(),
  org: Id.optional(),
  /** With `org`: include the whole subtree (default) or only the unit itself. */
  subtree: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})

export const PersonListItem = z.object({
  id: Id,
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  gender: Gender.nullable(),
  unit: z.object({ id: Id, name: z.string() }).nullable(),
  position: z.string().nullable(),
})
export type PersonListItem = z.infer<typeof PersonListItem>
export const PeoplePage = Page(PersonListItem)

export const Placement = z.object({
  id: Id,
  organization: z.object({ id: Id, code: z.string(), name: z.string() }),
  position: z.string(),
  leadershipTier: LeadershipTier,
  isPrimary: z.boolean(),
  fromDate: IsoDate,
  toDate: IsoDate.nullable(),
  endReason: PlacementEndReason.nullable(),
})
export type Placement = z.infer<typeof Placement>

export const Person = z.object({
  id: Id,
  fullName: z.string(),
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  gender: Gender.nullable(),
  birthDate: IsoDate.nullable(),
  ethnicity: z.string().nullable(),
  partyJoinDate: IsoDate.nullable(),
  partyCardNumber: z.string().nullable(),
  /** Contact details: null when the reader may not see them. */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  placements: z.array(Placement),
  abilities: z.object({ update: z.boolean(), managePlacements: z.boolean() }),
})
export type Person = z.infer<typeof Person>

const personFields = {
  fullName: personName,
  gender: Gender.nullable().optional(),
  birthDate: IsoDate.nullable().optional(),
  ethnicity: z.string().trim().max(60).nullable().optional(),
  partyJoinDate: IsoDate.nullable().optional(),
  partyCardNumber: z.string().trim().max(30).nullable().optional(),
  phone: z.string().trim().max(30).regex(/^[0-9+ ().-]*$/, { error: 'phoneFormat' }).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
}

export const PlacementInput = z.strictObject({
  organizationId: Id,
  position: position,
  leadershipTier: LeadershipTier.default('none'),
  isPrimary: z.boolean().default(true),
  fromDate: IsoDate,
  toDate: IsoDate.nullable().optional(),
})

export const CreatePersonBody = z.strictObject({ ...personFields, placement: PlacementInput.optional() })
export const UpdatePersonBody = z.strictObject({ ...personFields, fullName: personName.optional() })
export const UpdatePlacementBody = z.strictObject({
  position: position.optional(),
  leadershipTier: LeadershipTier.optional(),
  isPrimary: z.boolean().optional(),
  fromDate: IsoDate.optional(),
  toDate: IsoDate.nullable().optional(),
  endReason: PlacementEndReason.nullable().optional(),
})
