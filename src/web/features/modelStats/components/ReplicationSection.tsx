// Replication ("nhân rộng"): adoptions recorded by the subtree's units and adoptions of its models anywhere, in the
// year; then the ten models of the subtree adopted most (each opens its page), with how far each has spread.
import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatNumber } from '../../../components/format.ts'
import { modelPath } from '../../models/paths.ts'
import type { ModelSummary } from '../api.ts'
import { ScrollTable } from './ScrollTable.tsx'

export function ReplicationSection({ s }: { s: ModelSummary }) {
  const { t } = useTranslation()
  const topTitle = t('modelStats.replication.topTitle')
  return (
    <Stack gap="sm" component="section" aria-labelledby="model-stats-replication">
      <Title order={2} id="model-stats-replication">
        {t('modelStats.replication.title')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
        {(['bySubtree', 'ofSubtreeModels'] as const).map((key) => (
          <Paper key={key} withBorder p="sm" radius="md">
            <Text component="dt" size="sm" c="dimmed">{t(`modelStats.replication.${key}`)}</Text>
            <Text component="dd" m={0} fw={700} size="xl">{formatNumber(s.replication[key])}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Title order={3}>{topTitle}</Title>
      {s.replication.top.length === 0 ? (
        <Text>{t('modelStats.replication.none')}</Text>
      ) : (
        <>
          <Text size="sm">{t('modelStats.replication.topHint')}</Text>
          <ScrollTable minWidth={760} label={topTitle}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('modelStats.replication.model')}</Table.Th>
                <Table.Th scope="col">{t('modelStats.replication.unit')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('modelStats.replication.adoptions')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('modelStats.replication.thisYear')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('modelStats.replication.branches')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('modelStats.replication.outside')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.replication.top.map((m) => (
                <Table.Tr key={m.model.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={modelPath(m.model.id)} underline="always">
                      {m.model.title}
                    </Anchor>
                    <Text size="sm" fw={400}>
                      {t(`modelStats.kind.${m.model.kind}`)} · {t(`modelStats.area.${m.model.area}`)}
                    </Text>
                  </Table.Th>
                  <Table.Td>{m.unit.name}</Table.Td>
                  <Table.Td ta="right" fw={700}>{formatNumber(m.adoptions)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.thisYear)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.branches)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(m.outside)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        </>
      )}
    </Stack>
  )
}
