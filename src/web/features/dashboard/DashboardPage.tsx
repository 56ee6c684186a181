// "Tổng hợp": live figures of a cycle over a unit and its whole subtree (default: my highest unit, the current cycle),
// its sub-units to drill down into, the ratings and the quota, and who has not done each stage yet. Loaded only when
// opened: it carries the charts.
import '@mantine/charts/styles.css'
import { Group, Stack, Text, Title } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { Cycle } from '../../../common/contracts/cycles.ts'
import { isApiError } from '../../api/client.ts'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCurrentCycle, useCycles } from '../cycles/api.ts'
import { ExportButton } from '../exports/components/ExportButton.tsx'
import { useOrganization } from '../organizations/api.ts'
import { defaultUnit, readableAncestors } from './access.ts'
import { type PendingStage, useCommitmentSummary, useEvaluationSummary } from './api.ts'
import { DashboardHeader } from './components/DashboardHeader.tsx'
import { LevelCharts } from './components/LevelCharts.tsx'
import { PendingSection } from './components/PendingSection.tsx'
import { QuotaSection } from './components/QuotaSection.tsx'
import { RatingDocuments } from '../reports/components/RatingDocuments.tsx'
import { RegistrationChart } from './components/RegistrationChart.tsx'
import { StatCards } from './components/StatCards.tsx'
import { SubUnitsTable } from './components/SubUnitsTable.tsx'
import { defaultStage, focusOf } from './stages.ts'
import { childFigures, DEFAULT_SORT, sortUnits, unitFigures } from './totals.ts'

/** The page's title and a message in place of the figures (no unit, no cycle, an error). */
function Empty({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <>
      <Title order={1}>{t('dashboard.title')}</Title>
      {children}
    </>
  )
}

export function DashboardPage() {
  const { t } = useTranslation()
  const me = useMe()
  const [params] = useSearchParams()
  const current = useCurrentCycle()
  const cycles = useCycles()
  const orgId = params.get('org') ?? defaultUnit(me.grants)?.id ?? ''
  const cycleId = params.get('cycle') ?? current.data?.id ?? ''
  const org = useOrganization(orgId)
  const commitments = useCommitmentSummary(orgId, cycleId)
  const evaluations = useEvaluationSummary(orgId, cycleId)
  const [stage, setStage] = useState<PendingStage | null>(null)
  const cycle: Cycle | undefined = cycles.data?.items.find((c) => c.id === cycleId) ?? (current.data?.id === cycleId ? current.data : undefined)
  usePageTitle(org.data ? t('dashboard.pageTitle', { name: org.data.name }) : t('dashboard.title'))

  if (!orgId) return <Empty><Text>{t('dashboard.noUnit')}</Text></Empty>
  if (!params.get('cycle')) {
    if (current.isPending) return <Loading />
    if (current.error) return <Empty><ErrorState error={current.error} onRetry={() => void current.refetch()} /></Empty>
    if (!current.data) return <Empty><Text>{t('dashboard.noCycle')}</Text></Empty>
  }
  const error = commitments.error ?? org.error ?? (cycle ? null : cycles.error)
  if (error) {
    // A refusal (403) or an unknown unit (404) will not change by trying again.
    const lasting = isApiError(error) && (error.status === 403 || error.status === 404)
    const retry = () => void Promise.all([commitments.refetch(), org.refetch(), cycles.refetch()])
    return <Empty><ErrorState error={error} onRetry={lasting ? undefined : retry} /></Empty>
  }
  const summary = commitments.data
  const unit = org.data
  if (!summary || !unit || (!cycle && cycles.isPending)) return <Loading />
  if (!cycle) return <Empty><Text>{t('dashboard.noCycle')}</Text></Empty>

  const focus = focusOf(cycle.status)
  // Scopes are in the unit's subtree, or (for a cell) the organization above it: linked only where I may read it.
  const readable = readableAncestors(me.grants, unit.ancestors)
  const canOpen = (id: string) => readable.has(id) || !unit.ancestors.some((a) => a.id === id)
  const figures = unitFigures(summary.organization, evaluations.data?.organization)
  const children = sortUnits(childFigures(summary.children, evaluations.data?.children), DEFAULT_SORT)

  return (
    <>
      <DashboardHeader org={unit} cycle={cycle} cycles={cycles.data?.items ?? []} />

      <Stack gap="sm" component="section" aria-labelledby="dashboard-stats">
        <Title order={2} id="dashboard-stats">
          {t('dashboard.stats.title')}
        </Title>
        <StatCards figures={figures} focus={focus.figures} />
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="dashboard-units">
        <Group justify="space-between" gap="sm">
          <Title order={2} id="dashboard-units">
            {t('dashboard.units.title')}
          </Title>
          {children.length > 0 && <ExportButton list="dashboard" params={{ org: unit.id, cycle: cycle.id }} />}
        </Group>
        {children.length === 0 ? (
          <Text>{t('dashboard.units.none')}</Text>
        ) : (
          <>
            <RegistrationChart units={children} cycleId={cycle.id} />
            <SubUnitsTable units={children} cycleId={cycle.id} labelledBy="dashboard-units" />
          </>
        )}
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="dashboard-levels">
        <Title order={2} id="dashboard-levels">
          {t('dashboard.levels.title')}
        </Title>
        {evaluations.isPending ? (
          <Loading />
        ) : evaluations.error ? (
          <ErrorState error={evaluations.error} onRetry={() => void evaluations.refetch()} />
        ) : (
          <LevelCharts figures={figures} year={cycle.year} />
        )}
      </Stack>

      <QuotaSection org={unit.id} cycleId={cycle.id} canOpen={canOpen} />

      <RatingDocuments orgId={unit.id} cycleId={cycle.id} year={cycle.year} />

      <PendingSection
        org={unit.id}
        cycleId={cycle.id}
        figures={figures}
        stage={stage ?? defaultStage(cycle.status)}
        onStage={setStage}
        focus={focus.stages}
      />
    </>
  )
}
