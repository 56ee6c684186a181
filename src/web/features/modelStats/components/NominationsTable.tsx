// Nominations of the year by the level holding them (top level first) × status, with a total row.
import { Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NominationCounts } from '../../../../common/contracts/modelStats.ts'
import { formatNumber } from '../../../components/format.ts'
import type { ModelSummary } from '../api.ts'
import { ScrollTable } from './ScrollTable.tsx'

export const STATUS_COLUMNS = ['in_review', 'returned', 'declined', 'commended', 'withdrawn', 'total'] as const satisfies readonly (keyof NominationCounts)[]

export function NominationsTable({ s }: { s: ModelSummary }) {
  const { t } = useTranslation()
  const title = t('modelStats.nominations.title')
  return (
    <Stack gap="xs" component="section" aria-labelledby="model-stats-nominations">
      <Title order={2} id="model-stats-nominations">
        {title}
      </Title>
      <Text size="sm">{t('modelStats.nominations.hint')}</Text>
      {s.nominations.totals.total === 0 ? (
        <Text>{t('modelStats.nominations.none')}</Text>
      ) : (
        <ScrollTable minWidth={640} label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('modelStats.nominations.level')}</Table.Th>
              {STATUS_COLUMNS.map((c) => (
                <Table.Th key={c} scope="col" ta="right">{t(`modelStats.status.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.nominations.byLevel.map((row) => (
              <Table.Tr key={row.level}>
                <Table.Th scope="row" fw={500}>{t(`modelStats.level.${row.level}`)}</Table.Th>
                {STATUS_COLUMNS.map((c) => (
                  <Table.Td key={c} ta="right">{formatNumber(row[c])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('modelStats.nominations.total')}</Table.Th>
              {STATUS_COLUMNS.map((c) => (
                <Table.Td key={c} ta="right" fw={700}>{formatNumber(s.nominations.totals[c])}</Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </ScrollTable>
      )}
    </Stack>
  )
}
