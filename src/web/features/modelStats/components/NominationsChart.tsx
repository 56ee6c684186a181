// Nominations of each direct sub-unit by status, one stacked bar each (those with the most first); a bar opens that
// sub-unit's figures. Drawn for sighted users only: the same numbers are in the table that follows it.
import { BarChart } from '@mantine/charts'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatNumber } from '../../../components/format.ts'
import { ChartFigure } from '../../dashboard/components/ChartFigure.tsx'
import type { ModelSummaryUnit } from '../api.ts'
import { modelStatsPath } from '../paths.ts'

const MAX_BARS = 20
const SERIES = [
  { key: 'commended', color: 'teal.7' },
  { key: 'in_review', color: 'blue.6' },
  { key: 'returned', color: 'yellow.5' },
  { key: 'declined', color: 'red.6' },
  { key: 'withdrawn', color: 'gray.5' },
] as const

/** Without the "Đảng bộ"/"Chi bộ" every name starts with, cut to fit (the table says it all). */
function tickName(name: string, max: number): string {
  const short = name.replace(/^(Đảng bộ|Chi bộ)\s+/iu, '')
  return short.length > max ? `${short.slice(0, max - 1)}…` : short
}

export function NominationsChart({ units, year }: { units: readonly ModelSummaryUnit[]; year: number }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const phone = useMediaQuery('(max-width: 47.99em)')
  const shown = units.filter((u) => !u.own && u.nominations.total > 0).sort((a, b) => b.nominations.total - a.nominations.total).slice(0, MAX_BARS)
  if (shown.length === 0) return null
  const label = (k: (typeof SERIES)[number]['key']) => t(`modelStats.status.${k}`)
  return (
    <ChartFigure
      title={t('modelStats.chart.title')}
      hint={units.length > MAX_BARS ? t('modelStats.chart.capped', { n: MAX_BARS }) : undefined}
      table={{
        caption: t('modelStats.chart.caption'),
        head: [t('modelStats.units.unit'), ...SERIES.map((s) => label(s.key))],
        rows: shown.map((u) => [u.name, ...SERIES.map((s) => formatNumber(u.nominations[s.key]))]),
      }}
    >
      <BarChart
        h={Math.max(140, 36 * shown.length + 60)}
        data={shown.map((u) => ({ id: u.id, name: u.name, ...u.nominations }))}
        dataKey="name"
        type="stacked"
        orientation="vertical"
        series={SERIES.map((s) => ({ name: s.key, label: label(s.key), color: s.color }))}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 56 }}
        valueFormatter={formatNumber}
        textColor="gray.8"
        gridAxis="x"
        xAxisProps={{ allowDecimals: false }}
        maxBarWidth={28}
        accessibilityLayer={false}
        yAxisProps={{ width: phone ? 120 : 200, tickFormatter: (name: string) => tickName(name, phone ? 18 : 32), interval: 0 }}
        barProps={{
          cursor: 'pointer',
          onClick: (bar: { payload?: { id?: string } }) => {
            if (bar.payload?.id) void navigate(modelStatsPath(bar.payload.id, year))
          },
        }}
      />
    </ChartFigure>
  )
}
