// The models commended in the year: by area of Chỉ thị 05 and by kind (person, collective, practice).
import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MODEL_AREAS, MODEL_KINDS } from '../../../../common/contracts/models.base.ts'
import { formatNumber } from '../../../components/format.ts'
import type { ModelSummary } from '../api.ts'
import { ScrollTable } from './ScrollTable.tsx'

function Breakdown({ label, rows }: { label: string; rows: { key: string; name: string; n: number }[] }) {
  const { t } = useTranslation()
  return (
    <ScrollTable minWidth={280} label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{label}</Table.Th>
          <Table.Th scope="col" ta="right">{t('modelStats.commended.count')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row" fw={500}>{r.name}</Table.Th>
            <Table.Td ta="right">{formatNumber(r.n)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  )
}

export function CommendedSection({ s }: { s: ModelSummary }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" component="section" aria-labelledby="model-stats-commended">
      <Title order={2} id="model-stats-commended">
        {t('modelStats.commended.title')}
      </Title>
      {s.commended.total === 0 ? (
        <Text>{t('modelStats.commended.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Breakdown label={t('modelStats.commended.byArea')} rows={MODEL_AREAS.map((a) => ({ key: a, name: t(`modelStats.area.${a}`), n: s.commended.byArea[a] }))} />
          <Breakdown label={t('modelStats.commended.byKind')} rows={MODEL_KINDS.map((k) => ({ key: k, name: t(`modelStats.kind.${k}`), n: s.commended.byKind[k] }))} />
        </SimpleGrid>
      )}
    </Stack>
  )
}
