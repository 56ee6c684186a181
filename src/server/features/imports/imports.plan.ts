// One row of an import plan, as the validation report shows it.
import type { RowMessage } from './imports.messages.ts'

export type PlanAction = 'create' | 'update' | 'unchanged' | 'skip'

export interface PlanRow {
  row: number
  action: PlanAction
  label: string
  unit: string | null
  messages: RowMessage[]
}

export interface PlanTotals {
  rows: number
  created: number
  updated: number
  unchanged: number
  /** Rows not imported for an error. */
  skipped: number
  errors: number
}

export const emptyTotals = (): PlanTotals => ({ rows: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 })
