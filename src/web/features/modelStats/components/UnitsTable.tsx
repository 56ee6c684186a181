// One row per direct sub-unit (its whole branch) — and the unit's own, under its own name: nominations (in total, in review,
// returned, declined), models commended, adoptions recorded, and the units that nominated nothing out of those that could
// have. A sub-unit's name opens its own figures (drill-down).
import { Anchor, Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatNumber } from '../../../components/format.ts'
import type { ModelSummaryUnit } from '../api.ts'
import { modelStatsPath } from '../paths.ts'
import { ScrollTable } from './ScrollTable.tsx'

/** The nominations' columns shown per unit (the workbook has every status): the total first, then what is still open or refused. */
const COLUMNS = ['total', 'in_review', 'returned', 'declined'] as const

export function UnitsTable({ units, year, label }: { units: readonly ModelSummaryUnit[]; year: number; label: string }) {
  const { t } = useTranslation()
  return (
    <ScrollTable minWidth={820} label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" miw={220}>{t('modelStats.units.unit')}</Table.Th>
          {COLUMNS.map((c) => (
            <Table.Th key={c} scope="col" ta="right">
              {c === 'total' ? t('modelStats.units.nominations') : t(`modelStats.status.${c}`)}
            </Table.Th>
          ))}
          <Table.Th scope="col" ta="right">{t('modelStats.units.commended')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('modelStats.units.adoptions')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('modelStats.units.silent')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {units.map((u) => (
          <Table.Tr key={u.id}>
            <Table.Th scope="row" fw={500}>
              {u.own ? (
                t('modelStats.own', { name: u.name })
              ) : (
                <Anchor component={Link} to={modelStatsPath(u.id, year)} underline="always">
                  {u.name}
                </Anchor>
              )}
            </Table.Th>
            {COLUMNS.map((c) => (
              <Table.Td key={c} ta="right" fw={c === 'total' ? 700 : undefined}>{formatNumber(u.nominations[c])}</Table.Td>
            ))}
            <Table.Td ta="right">{formatNumber(u.commended.total)}</Table.Td>
            <Table.Td ta="right">{formatNumber(u.adoptions)}</Table.Td>
            <Table.Td ta="right">{t('modelStats.units.silentValue', { silent: formatNumber(u.silent), units: formatNumber(u.units) })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  )
}
