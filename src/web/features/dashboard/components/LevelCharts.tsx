// The year-end ratings: the cells' proposals against the decisions per level, and how the decided levels are shared.
import { BarChart, DonutChart } from '@mantine/charts'
import { Box, ColorSwatch, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RatingLevel } from '../../../../common/contracts/rules.ts'
import { formatNumber, formatPercent } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { LEVELS, ratio, type UnitFigures } from '../totals.ts'
import { ChartFigure } from './ChartFigure.tsx'

const LEVEL_COLORS: Record<RatingLevel, string> = { excellent: 'teal.7', good: 'blue.6', complete: 'yellow.5', incomplete: 'red.7' }
// Swatches need CSS colours, not Mantine's "name.shade".
const cssColor = (c: string) => `var(--mantine-color-${c.replace('.', '-')})`

function Distribution({ figures }: { figures: UnitFigures }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const data = LEVELS.map((l) => ({ name: labels.ratingLevel(l), value: figures.decidedLevels[l], color: LEVEL_COLORS[l] }))
  return (
    <Stack gap="xs" component="section" aria-labelledby="levels-distribution">
      <Title order={3} id="levels-distribution">
        {t('dashboard.levels.distribution')}
      </Title>
      {figures.decided === 0 ? (
        <Text>{t('dashboard.levels.noneDecided')}</Text>
      ) : (
        <Group align="center" gap="lg" wrap="wrap">
          {/* The list beside it says the same, in words and numbers. */}
          <Box aria-hidden>
            <DonutChart data={data} size={170} thickness={28} chartLabel={formatNumber(figures.decided)} valueFormatter={formatNumber} accessibilityLayer={false} pieProps={{ rootTabIndex: -1 }} />
          </Box>
          <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('dashboard.levels.distributionLabel', { n: formatNumber(figures.decided) })}>
            {LEVELS.map((l) => (
              <Group component="li" key={l} gap="xs" wrap="nowrap">
                <ColorSwatch color={cssColor(LEVEL_COLORS[l])} size={16} aria-hidden withShadow={false} />
                <Text>
                  {labels.ratingLevel(l)}:{' '}
                  <Text span fw={700}>
                    {t('dashboard.levels.levelShare', { n: formatNumber(figures.decidedLevels[l]), percent: formatPercent(ratio(figures.decidedLevels[l], figures.decided)) })}
                  </Text>
                </Text>
              </Group>
            ))}
          </Stack>
        </Group>
      )}
    </Stack>
  )
}

export function LevelCharts({ figures, year }: { figures: UnitFigures; year: number }) {
  const { t } = useTranslation()
  const labels = useLabels()
  if (figures.reviewed === 0) return <Text>{t('dashboard.levels.noneReviewed', { year })}</Text>
  const proposed = t('dashboard.levels.proposed')
  const decided = t('dashboard.levels.decided')
  const data = LEVELS.map((l) => ({ level: t(`evaluations.voteLevel.${l}`), proposed: figures.proposedLevels[l], decided: figures.decidedLevels[l] }))
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <ChartFigure
        title={t('dashboard.levels.proposedVsDecided')}
        table={{
          caption: t('dashboard.levels.proposedVsDecided'),
          head: [t('dashboard.levels.level'), proposed, decided],
          rows: LEVELS.map((l) => [labels.ratingLevel(l), formatNumber(figures.proposedLevels[l]), formatNumber(figures.decidedLevels[l])]),
        }}
      >
        <BarChart
          h={260}
          data={data}
          dataKey="level"
          series={[
            { name: 'proposed', label: proposed, color: 'blue.6' },
            { name: 'decided', label: decided, color: 'teal.7' },
          ]}
          withLegend
          legendProps={{ verticalAlign: 'top', height: 40 }}
          valueFormatter={formatNumber}
          textColor="gray.8"
          maxBarWidth={40}
          accessibilityLayer={false}
          xAxisProps={{ interval: 0 }}
          yAxisProps={{ allowDecimals: false }}
        />
      </ChartFigure>
      <Distribution figures={figures} />
    </SimpleGrid>
  )
}
