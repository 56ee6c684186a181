// The year's key figures over the whole subtree, one card each: nominations, those under review, models commended,
// adoptions recorded by the subtree's units, and the units that nominated nothing (with how many could have).
import { Group, Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../components/format.ts'
import type { ModelSummary } from '../api.ts'

export function StatCards({ s }: { s: ModelSummary }) {
  const { t } = useTranslation()
  const cards = [
    { key: 'nominations', value: s.nominations.totals.total },
    { key: 'inReview', value: s.nominations.totals.in_review },
    { key: 'commended', value: s.commended.total },
    { key: 'adoptions', value: s.replication.bySubtree },
    { key: 'silent', value: s.silent.silent, of: s.silent.units },
  ] as const
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" m={0} data-testid="model-stats-cards">
      {cards.map((c) => (
        <Paper key={c.key} withBorder p="sm" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {t(`modelStats.stats.${c.key}`)}
          </Text>
          <Group component="dd" m={0} gap="xs" align="baseline">
            <Text span fw={700} size="xl">
              {formatNumber(c.value)}
            </Text>
            {'of' in c && (
              <Text span size="sm">
                {t('modelStats.stats.silentOf', { n: formatNumber(c.of) })}
              </Text>
            )}
          </Group>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
