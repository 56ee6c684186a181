// Excel exports of the lists a user sees: the query of each mirrors its list's (features/exports on the server).
import { z } from 'zod'
import { Id } from './common.ts'
import { PeopleQuery } from './people.ts'

export const EXPORT_LISTS = ['people', 'organizations', 'commitments', 'evaluations', 'dashboard', 'feedback', 'shortcomings', 'plan'] as const
export type ExportList = (typeof EXPORT_LISTS)[number]

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The people list's filters, without its paging: the export holds every page. */
export const PeopleExportQuery = PeopleQuery.omit({ cursor: true, limit: true })

/** A unit and its subtree in tree order; merged and dissolved units too when asked, as in the tree's own list. */
export const OrganizationsExportQuery = z.strictObject({
  org: Id,
  includeInactive: z.enum(['true', 'false']).optional(),
})

/** A unit and a cycle: the roster, the ratings and the dashboard's sub-units. */
export const CycleExportQuery = z.strictObject({ org: Id, cycle: Id })

/** A unit: the citizens' feedback its subtree handles. */
export const OrgExportQuery = z.strictObject({ org: Id })

/** A unit's plan for a cycle (by the plan's id). */
export const PlanExportQuery = z.strictObject({ plan: Id })
