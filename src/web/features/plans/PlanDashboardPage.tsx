// "Tổng hợp kế hoạch": over a unit's subtree for a year — progress rolled up (the subtree, the unit's own plan, each
// direct sub-unit's branch), items done and late, hand-downs waiting, the most overdue items, and who has not
// reported a period, with reminders, and the open and overdue shortcomings of the subtree.
import { Anchor, Box, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { BackLink } from '../../components/BackLink.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatDate, formatNumber } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { OrgPicker } from '../../components/OrgPicker.tsx'
import { useFilterParams } from '../../components/useFilterParams.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCycles } from '../cycles/api.ts'
import { useOrganization } from '../organizations/api.ts'
import { usePeriods, usePlanSummary, type PlanSummary } from './api.ts'
import { NotReportedSection } from './components/NotReportedSection.tsx'
import { PlanStatusBadge, ProgressBar } from './components/PlanBadges.tsx'
import { boardPath, defaultPlanUnit, planDashboardPath, planItemPath } from './paths.ts'

const pct = (n: number | null) => (n === null ? '—' : `${formatNumber(n)}%`)

function Card({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm">{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
    </Paper>
  )
}

function Summary({ s }: { s: PlanSummary }) {
  const { t } = useTranslation()
  return (
    <>
      <Stack gap={4}>
        <Text fw={500}>{t('plans.dashboard.progress')}</Text>
        <ProgressBar value={s.progress} label={t('plans.dashboard.progressLabel', { n: s.progress ?? 0 })} />
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Card label={t('plans.dashboard.ownPlan')} value={pct(s.ownPlanProgress)} />
        <Card label={t('plans.dashboard.plans')} value={formatNumber(s.plans)} />
        <Card label={t('plans.dashboard.items')} value={t('plans.dashboard.itemsValue', { n: formatNumber(s.items), done: formatNumber(s.doneItems) })} />
        <Card label={t('plans.dashboard.late')} value={formatNumber(s.lateItems)} />
        <Card label={t('plans.dashboard.pending')} value={formatNumber(s.pendingHandDowns)} />
        <Card label={s.currentPeriod ? t('plans.dashboard.notReportedIn', { period: s.currentPeriod.label }) : t('plans.dashboard.notReported')} value={s.notReported ? t('plans.dashboard.notReportedValue', { n: formatNumber(s.notReported.notReported), of: formatNumber(s.notReported.units) }) : '—'} />
        {s.shortcomings && <Card label={t('plans.dashboard.shortcomings')} value={t('plans.dashboard.shortcomingsValue', { open: formatNumber(s.shortcomings.open), overdue: formatNumber(s.shortcomings.overdue) })} />}
      </SimpleGrid>
      {s.children.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="plan-children">
          <Title order={2} id="plan-children">{t('plans.dashboard.children')}</Title>
          <Table.ScrollContainer minWidth={720} type="native">
            <Table withTableBorder striped aria-labelledby="plan-children">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('plans.notReported.unit')}</Table.Th>
                  <Table.Th scope="col">{t('plans.dashboard.colProgress')}</Table.Th>
                  <Table.Th scope="col">{t('plans.dashboard.colPlans')}</Table.Th>
                  <Table.Th scope="col">{t('plans.dashboard.colItems')}</Table.Th>
                  <Table.Th scope="col">{t('plans.dashboard.colLate')}</Table.Th>
                  <Table.Th scope="col">{t('plans.dashboard.colNotReported')}</Table.Th>
                  <Table.Th scope="col">{t('plans.dashboard.colPending')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.children.map((c) => (
                  <Table.Tr key={c.organization.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={planDashboardPath(c.organization.id, s.cycle.id)}>{c.organization.name}</Anchor>
                    </Table.Th>
                    <Table.Td>{pct(c.progress)}</Table.Td>
                    <Table.Td>{formatNumber(c.plans)}</Table.Td>
                    <Table.Td>{formatNumber(c.items)}</Table.Td>
                    <Table.Td>{formatNumber(c.lateItems)}</Table.Td>
                    <Table.Td>{c.notReported === null ? '—' : formatNumber(c.notReported)}</Table.Td>
                    <Table.Td>{formatNumber(c.pendingHandDowns)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      <Stack gap="xs" component="section" aria-labelledby="plan-late">
        <Title order={2} id="plan-late">{t('plans.dashboard.lateTitle')}</Title>
        {s.late.length === 0 ? <Text>{t('plans.dashboard.noLate')}</Text> : (
          <Table.ScrollContainer minWidth={640} type="native">
            <Table withTableBorder striped aria-labelledby="plan-late">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('plans.itemPage.childTitle')}</Table.Th>
                  <Table.Th scope="col">{t('plans.notReported.unit')}</Table.Th>
                  <Table.Th scope="col">{t('plans.item.dueOn')}</Table.Th>
                  <Table.Th scope="col">{t('plans.itemPage.progress')}</Table.Th>
                  <Table.Th scope="col">{t('plans.itemPage.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.late.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td><Anchor component={Link} to={planItemPath(i.id)}>{i.title}</Anchor></Table.Td>
                    <Table.Td>{i.organization.name}</Table.Td>
                    <Table.Td>{i.dueOn ? formatDate(i.dueOn) : t('common.none')}</Table.Td>
                    <Table.Td>{pct(i.progress)}</Table.Td>
                    <Table.Td><PlanStatusBadge status={i.status} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  )
}

export function PlanDashboardPage() {
  const { t } = useTranslation()
  const me = useMe()
  usePageTitle(t('plans.dashboard.title'))
  const [params, update] = useFilterParams()
  const org = params.get('org') ?? defaultPlanUnit(me.grants)?.id ?? ''
  const cycleParam = params.get('cycle')
  const chosen = useOrganization(org, { enabled: Boolean(org) })
  const cycles = useCycles()
  const summary = usePlanSummary(org, cycleParam)
  const cycle = cycleParam ?? summary.data?.cycle.id ?? null
  const periods = usePeriods(cycle)
  return (
    <>
      <BackLink to={org ? boardPath(org, cycleParam) : '/ke-hoach'}>{t('plans.dashboard.back')}</BackLink>
      <Title order={1}>{t('plans.dashboard.title')}</Title>
      <Text>{t('plans.dashboard.intro')}</Text>
      {!org ? <Text>{t('plans.board.noUnit')}</Text> : (
        <>
          <Group gap="md" align="flex-end" wrap="wrap">
            <Box w={{ base: '100%', sm: 360 }}>
              <OrgPicker label={t('plans.board.unit')} value={org} selected={chosen.data ?? null} required onChange={(id) => id && update({ org: id, period: null })} />
            </Box>
            <Select
              label={t('plans.board.cycle')}
              data={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: t('plans.board.cycleOption', { year: c.year }) }))}
              value={cycle}
              onChange={(id) => update({ cycle: id, period: null })}
              allowDeselect={false}
              w={{ base: '100%', xs: 200 }}
            />
          </Group>
          {summary.isPending ? <Loading /> : summary.error ? <ErrorState error={summary.error} onRetry={() => void summary.refetch()} /> : <Summary s={summary.data} />}
          {cycle && <NotReportedSection org={org} periods={periods.data} period={params.get('period')} onPeriod={(id) => update({ period: id })} />}
        </>
      )}
    </>
  )
}
