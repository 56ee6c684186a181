// "Tổng hợp gương điển hình" (/guong-dien-hinh/tong-hop?org=&year=): over a unit and its whole subtree for a year
// (default: my highest unit, the current cycle's year) — key figures, nominations by level and status, commended
// models by area and kind, the figures by direct sub-unit (a name drills down, breadcrumbs drill up), replication and
// the most adopted models, the units that nominated nothing, and the whole as an Excel workbook. Loaded only when
// opened: it carries the chart.
import '@mantine/charts/styles.css'
import { Anchor, Box, Button, Group, Select, Stack, Text, Title } from '@mantine/core'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { isApiError } from '../../api/client.ts'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { useLabels } from '../../components/labels.ts'
import { Loading } from '../../components/Loading.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { readableAncestors } from '../dashboard/access.ts'
import { useOrganization } from '../organizations/api.ts'
import { OrgBreadcrumbs } from '../organizations/components/OrgBreadcrumbs.tsx'
import { useModelSummary, type ModelSummary } from './api.ts'
import { CommendedSection } from './components/CommendedSection.tsx'
import { NominationsChart } from './components/NominationsChart.tsx'
import { NominationsTable } from './components/NominationsTable.tsx'
import { ReplicationSection } from './components/ReplicationSection.tsx'
import { SilentSection } from './components/SilentSection.tsx'
import { StatCards } from './components/StatCards.tsx'
import { UnitsTable } from './components/UnitsTable.tsx'
import { defaultStatsUnit, modelStatsPath, modelStatsXlsxUrl, yearParam } from './paths.ts'
import { AreaNav } from '../models/components/AreaNav.tsx'

function Header({ s }: { s: ModelSummary }) {
  const { t } = useTranslation()
  const me = useMe()
  const labels = useLabels()
  const navigate = useNavigate()
  const org = useOrganization(s.organization.id)
  const readable = readableAncestors(me.grants, org.data?.ancestors ?? [])
  return (
    <Stack gap="sm">
      <AreaNav />
      {org.data && <OrgBreadcrumbs org={org.data} linkTo={(id) => (readable.has(id) ? modelStatsPath(id, s.year) : null)} />}
      <Title order={1}>{t('modelStats.title')}</Title>
      <Group gap="md">
        <Text fw={700} size="lg">{s.organization.name}</Text>
        <Text>{t('modelStats.unitKind', { kind: labels.orgKind(s.organization.kind) })}</Text>
        <Anchor component={Link} to={`/to-chuc/${s.organization.id}`}>{t('modelStats.openOrg')}</Anchor>
      </Group>
      <Text>{t('modelStats.intro')}</Text>
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('modelStats.year')}
          data={s.years.map((y) => ({ value: String(y), label: t('modelStats.yearOption', { year: y }) }))}
          value={String(s.year)}
          allowDeselect={false}
          onChange={(y) => y && void navigate(modelStatsPath(s.organization.id, Number(y)))}
          w={{ base: '100%', xs: 180 }}
          data-testid="model-stats-year"
        />
        <Box w={{ base: '100%', xs: 360 }}>
          <OrgPicker label={t('modelStats.otherUnit')} value={null} onChange={(id) => id && void navigate(modelStatsPath(id, s.year))} />
        </Box>
        <Button
          component="a"
          href={modelStatsXlsxUrl(s.organization.id, s.year)}
          download
          variant="default"
          leftSection={<IconFileSpreadsheet size={20} aria-hidden />}
          aria-label={t('modelStats.downloadLabel', { year: s.year, name: s.organization.name })}
          data-testid="model-stats-xlsx"
        >
          {t('modelStats.download')}
        </Button>
      </Group>
    </Stack>
  )
}

function Figures({ s }: { s: ModelSummary }) {
  const { t } = useTranslation()
  const subUnits = s.units.filter((u) => !u.own)
  const unitsTitle = t('modelStats.units.title')
  return (
    <>
      <Stack gap="sm" component="section" aria-labelledby="model-stats-cards">
        <Title order={2} id="model-stats-cards">{t('modelStats.stats.title', { year: s.year })}</Title>
        <StatCards s={s} />
      </Stack>
      <NominationsTable s={s} />
      <CommendedSection s={s} />
      <Stack gap="sm" component="section" aria-labelledby="model-stats-units">
        <Title order={2} id="model-stats-units">{unitsTitle}</Title>
        {subUnits.length === 0 ? (
          <Text>{t('modelStats.units.none')}</Text>
        ) : (
          <>
            <NominationsChart units={s.units} year={s.year} />
            <Text size="sm">{t('modelStats.units.hint')}</Text>
          </>
        )}
        {s.units.length > 0 && <UnitsTable units={s.units} year={s.year} label={unitsTitle} />}
      </Stack>
      <ReplicationSection s={s} />
      <SilentSection s={s} />
    </>
  )
}

export function ModelStatsPage() {
  const { t } = useTranslation()
  const me = useMe()
  const [params] = useSearchParams()
  const orgId = params.get('org') ?? defaultStatsUnit(me.grants)?.id ?? ''
  const summary = useModelSummary(orgId, yearParam(params.get('year')))
  usePageTitle(summary.data ? t('modelStats.pageTitle', { name: summary.data.organization.name }) : t('modelStats.title'))

  if (!orgId) {
    return (
      <>
        <AreaNav />
        <Title order={1}>{t('modelStats.title')}</Title>
        <Text>{t('modelStats.noUnit')}</Text>
      </>
    )
  }
  if (summary.isPending) return <Loading />
  if (summary.error) {
    // A refusal (403) or an unknown unit (404) will not change by trying again.
    const lasting = isApiError(summary.error) && (summary.error.status === 403 || summary.error.status === 404)
    return (
      <>
        <AreaNav />
        <Title order={1}>{t('modelStats.title')}</Title>
        <ErrorState error={summary.error} onRetry={lasting ? undefined : () => void summary.refetch()} />
      </>
    )
  }
  return (
    <>
      <Header s={summary.data} />
      <Figures s={summary.data} />
    </>
  )
}
