// The areas of a commitment in the form's order, their labels and the status labels; items sorted by area.
import { useTranslation } from 'react-i18next'
import type { CommitmentArea, CommitmentItemInput, CommitmentStatus } from '../api.ts'

// A Record over the contract's union: a new area there fails the build here until it has its place.
const AREA_ORDER: Record<CommitmentArea, number> = {
  politics: 0, ethics: 1, style: 2, discipline: 3, professional: 4, exemplary: 5, thrift: 6, shortcomings: 7,
}
export const AREA_VALUES = (Object.keys(AREA_ORDER) as CommitmentArea[]).sort((a, b) => AREA_ORDER[a] - AREA_ORDER[b])

/** A commitment's status, or `none` on a roster row for someone who has not registered. */
export type RosterStatus = CommitmentStatus | 'none'

/** Stable: items of one area keep the order they were written in. */
export function sortByArea<T extends Pick<CommitmentItemInput, 'area'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => AREA_ORDER[a.area] - AREA_ORDER[b.area])
}

/** Areas that have items, each with its items, in the form's order. */
export function groupByArea<T extends Pick<CommitmentItemInput, 'area'>>(items: readonly T[]): { area: CommitmentArea; items: T[] }[] {
  return AREA_VALUES.map((area) => ({ area, items: items.filter((i) => i.area === area) })).filter((g) => g.items.length > 0)
}

export function useCommitmentLabels() {
  const { t } = useTranslation()
  return {
    area: (v: CommitmentArea) => t(`commitments.area.${v}`),
    status: (v: RosterStatus) => t(`commitments.status.${v}`),
    areaOptions: () => AREA_VALUES.map((value) => ({ value, label: t(`commitments.area.${value}`) })),
  }
}
