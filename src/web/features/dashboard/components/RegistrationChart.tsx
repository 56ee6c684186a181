// Registration by status over the direct sub-units: one stacked bar per sub-unit (the laggards first); a bar drills
// down to that sub-unit's dashboard.
import { BarChart } from '@mantine/charts'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatNumber } from '../../../components/format.ts'
import type { RosterStatus } from '../../commitments/components/commitmentLabels.ts'
import { dashboardPath } from '../paths.ts'
import type { UnitFigures } from '../totals.ts'
import { ChartFigure } from './ChartFigure.tsx'

/** At most this many bars; the table below lists every sub-unit. */
const MAX_BARS = 30
const STATUSES: readonly { key: RosterStatus; color: string }[] = [
  { key: 'approved', color: 'teal.7' },
  { key: 'submitted', color: 'blue.6' },
  { key: 'returned', color: 'red.6' },
  { key: 'draft', color: 'yellow.5' },
  { key: 'none', color: 'gray.4' },
]

/** An axis label: without the "Đảng bộ"/"Chi bộ" every name starts with, cut to fit (the tooltip and the table say it all). */
function tickName(name: string, max: number): string {
  const short = name.replace(/^(Đảng bộ|Chi bộ)\s+/iu, '')
  return short.length > max ? `${short.slice(0, max - 1)}…` : short
}

/** `units` come in the table's default order (lowest registration rate first). */
export function RegistrationChart({ units, cycleId }: { units: readonly UnitFigures[]; cycleId: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const phone = useMediaQuery('(max-width: 47.99em)')
  const shown = units.slice(0, MAX_BARS)
  const label = (s: RosterStatus) => t(`dashboard.status.${s}`)
  const data = shown.map((u) => ({ id: u.id, name: u.name, none: u.none, draft: u.draft, submitted: u.submitted, returned: u.returned, approved: u.approved }))
  return (
    <ChartFigure
      title={t('dashboard.registration.title')}
      hint={units.length > MAX_BARS ? `${t('dashboard.registration.capped', { n: MAX_BARS })} ${t('dashboard.registration.hint')}` : t('dashboard.registration.hint')}
      table={{
        caption: t('dashboard.registration.caption'),
        head: [t('dashboard.registration.unit'), ...STATUSES.map((s) => label(s.key))],
        rows: shown.map((u) => [u.name, ...STATUSES.map((s) => formatNumber(u[s.key]))]),
      }}
    >
      <BarChart
        h={Math.max(160, 36 * shown.length + 60)}
        data={data}
        dataKey="name"
        type="stacked"
        orientation="vertical"
        series={STATUSES.map((s) => ({ name: s.key, label: label(s.key), color: s.color }))}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 56 }}
        valueFormatter={formatNumber}
        textColor="gray.8"
        gridAxis="x"
        maxBarWidth={28}
        accessibilityLayer={false}
        yAxisProps={{ width: phone ? 120 : 200, tickFormatter: (name: string) => tickName(name, phone ? 18 : 32), interval: 0 }}
        barProps={{
          cursor: 'pointer',
          onClick: (bar: { payload?: { id?: string } }) => {
            if (bar.payload?.id) void navigate(dashboardPath(bar.payload.id, cycleId))
          },
        }}
      />
    </ChartFigure>
  )
}
