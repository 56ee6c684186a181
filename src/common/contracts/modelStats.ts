// The dashboard of exemplary models and nominations over a unit's subtree for a year (issue 7): nominations by level
// and status, commended models by area, kind and sub-unit, replication ("nhân rộng"), and the units that nominated
// nothing — with its Excel workbook and the paged list of those units.
import { z } from 'zod'
import { Id, Page } from './common.ts'
import { OrgKind } from './enums.ts'
import { ModelArea, ModelKind } from './models.base.ts'

/** A year; out of range or not a number answers the message modelStatsYear. */
const Year = z.coerce.number({ error: 'modelStatsYear' }).int({ error: 'modelStatsYear' }).min(1900, { error: 'modelStatsYear' }).max(2199, { error: 'modelStatsYear' })

/** A unit and a year (default: the current cycle's year). */
export const ModelSummaryQuery = z.strictObject({ org: Id, year: Year.optional() })
export type ModelSummaryQuery = z.infer<typeof ModelSummaryQuery>

/** The units that nominated nothing, in Vietnamese order, a page at a time. */
export const SilentUnitsQuery = z.strictObject({
  org: Id,
  year: Year.optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})

/** Nominations of the year in each status. */
export const NominationCounts = z.object({
  in_review: z.number().int(),
  returned: z.number().int(),
  declined: z.number().int(),
  commended: z.number().int(),
  withdrawn: z.number().int(),
  total: z.number().int(),
})
export type NominationCounts = z.infer<typeof NominationCounts>

/** Commended models by area of Chỉ thị 05. */
export const AreaCounts = z.object({ ideology: z.number().int(), ethics: z.number().int(), style: z.number().int() })
export type AreaCounts = z.infer<typeof AreaCounts>

const UnitRef = z.object({ id: Id, name: z.string() })

/** One row per direct sub-unit (its whole branch), and the unit's own under its own name (`own`). */
export const ModelSummaryUnit = z.object({
  id: Id,
  name: z.string(),
  kind: OrgKind,
  own: z.boolean(),
  /** Nominations made by the branch's units. */
  nominations: NominationCounts,
  /** Models of the branch commended in the year, by area. */
  commended: AreaCounts.extend({ total: z.number().int() }),
  /** Adoptions recorded by the branch's units in the year. */
  adoptions: z.number().int(),
  /** Active units of the kinds that nominate (cell, grassroots, commune, ward, agency) in the branch. */
  units: z.number().int(),
  /** Of those, the ones that nominated nothing in the year. */
  silent: z.number().int(),
})
export type ModelSummaryUnit = z.infer<typeof ModelSummaryUnit>

export const TopModel = z.object({
  model: z.object({ id: Id, title: z.string(), kind: ModelKind, area: ModelArea }),
  unit: UnitRef,
  /** Every adoption up to the end of the year. */
  adoptions: z.number().int(),
  /** Of those, adopted in the year. */
  thisYear: z.number().int(),
  /** Direct sub-units of the dashboard's unit with at least one adopting unit. */
  branches: z.number().int(),
  /** Adoptions by units outside the dashboard's subtree. */
  outside: z.number().int(),
})
export type TopModel = z.infer<typeof TopModel>

export const ModelSummary = z.object({
  organization: z.object({ id: Id, name: z.string(), kind: OrgKind }),
  year: z.number().int(),
  /** Years to choose from: the cycles' and those with nominations, newest first. */
  years: z.array(z.number().int()),
  nominations: z.object({
    totals: NominationCounts,
    /** By the kind of unit holding each nomination now, top level first (only kinds that hold some). */
    byLevel: z.array(NominationCounts.extend({ level: OrgKind })),
  }),
  commended: z.object({
    total: z.number().int(),
    byArea: AreaCounts,
    byKind: z.object({ person: z.number().int(), collective: z.number().int(), practice: z.number().int() }),
  }),
  replication: z.object({
    /** Adoptions recorded by units of the subtree in the year (of any unit's models). */
    bySubtree: z.number().int(),
    /** Adoptions of the subtree's models in the year (by any unit). */
    ofSubtreeModels: z.number().int(),
    /** The ten models of the subtree adopted most (up to the end of the year). */
    top: z.array(TopModel),
  }),
  silent: z.object({ units: z.number().int(), silent: z.number().int() }),
  units: z.array(ModelSummaryUnit),
})
export type ModelSummary = z.infer<typeof ModelSummary>

export const SilentUnit = z.object({ id: Id, name: z.string(), kind: OrgKind, parent: UnitRef.nullable() })
export type SilentUnit = z.infer<typeof SilentUnit>
export const SilentUnitPage = Page(SilentUnit).extend({ total: z.number().int() })
export type SilentUnitPage = z.infer<typeof SilentUnitPage>
