import { z } from 'zod'
import { OrgKind, OrgStatus } from './enums.ts'
import { Id, IsoDate } from './common.ts'
import { orgCode, orgName } from './fields.ts'

export const OrganizationSummary = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: OrgKind,
  status: OrgStatus,
  parentId: Id.nullable(),
  /** People placed directly in this unit now. */
  peopleCount: z.number().int(),
  /** People placed anywhere in this unit's subtree now. */
  subtreePeopleCount: z.number().int(),
  childCount: z.number().int(),
})
export type OrganizationSummary = z.infer<typeof OrganizationSummary>

export const OrganizationAbilities = z.object({
  update: z.boolean(),
  createChild: z.boolean(),
  move: z.boolean(),
  merge: z.boolean(),
  dissolve: z.boolean(),
  createPerson: z.boolean(),
})

export const Organization = OrganizationSummary.extend({
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  mergedInto: z.object({ id: Id, name: z.string() }).nullable(),
  /** From the root down to the parent: for breadcrumbs. */
  ancestors: z.array(z.object({ id: Id, code: z.string(), name: z.string() })),
  abilities: OrganizationAbilities,
})
export type Organization = z.infer<typeof Organization>

export const OrganizationList = z.object({ items: z.array(OrganizationSummary) })

export const CreateOrganizationBody = z.strictObject({
  parentId: Id,
  code: orgCode,
  name: orgName,
  kind: OrgKind,
  validFrom: IsoDate.optional(),
})
export const UpdateOrganizationBody = z.strictObject({
  name: orgName.optional(),
  code: orgCode.optional(),
  kind: OrgKind.optional(),
})
export const MoveOrganizationBody = z.strictObject({ newParentId: Id, effectiveDate: IsoDate.optional() })
export const MergeOrganizationBody = z.strictObject({ intoId: Id, effectiveDate: IsoDate.optional() })
export const DissolveOrganizationBody = z.strictObject({ effectiveDate: IsoDate.optional(), reason: z.string().max(500).optional() })

export const HISTORY_KINDS = ['created', 'renamed', 'recoded', 'retyped', 'moved', 'merged_into', 'absorbed', 'dissolved'] as const
export const OrganizationHistoryEntry = z.object({
  id: Id,
  kind: z.enum(HISTORY_KINDS),
  effectiveDate: IsoDate,
  recordedAt: z.string(),
  actor: z.string().nullable(),
  /** Kind-specific facts: old/new name, old/new parent, the other organization of a merge, counts moved. */
  details: z.record(z.string(), z.unknown()),
})
export const OrganizationHistory = z.object({ items: z.array(OrganizationHistoryEntry) })
