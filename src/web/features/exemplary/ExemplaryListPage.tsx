// "Cam kết nêu gương": for one of my units (a picker when I have several), the current cycle's published exemplary
// commitments of the leaders above it and within it — name, position, unit, date, scope and comment count.
import { Anchor, Badge, Box, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { IconMessage2 } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { formatNumber } from '../../components/format.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCurrentCycle } from '../cycles/api.ts'
import { formatDay, useExemplaryList, type ExemplarySummary } from './api.ts'
import { ScopeBadge } from './components/ScopeBadge.tsx'
import { PUBLIC_EXEMPLARY_PATH, publicExemplaryPath } from './public/publicApi.ts'

const UNIT_PARAM = 'don-vi'

function Row({ item }: { item: ExemplarySummary }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Anchor component={Link} to={`/neu-guong/${item.commitmentId}`} fw={700} size="lg" className="row-link" underline="hover">
            {item.person.fullName}
          </Anchor>
          <Text>{[item.person.position, item.organization.name].filter(Boolean).join(' · ')}</Text>
          <Text size="sm" c="dimmed">
            {t('exemplary.publishedOn', { date: formatDay(item.publishedAt) })}
          </Text>
          {item.scope === 'public' && (
            <Anchor component={Link} to={publicExemplaryPath(item.commitmentId)} size="sm" aria-label={t('public.appLinkFor', { name: item.person.fullName })}>
              {t('public.appLink')}
            </Anchor>
          )}
        </Stack>
        <Group gap="xs">
          <ScopeBadge scope={item.scope} />
          <Badge component="span" variant="outline" color="gray" size="lg" style={{ textTransform: 'none' }} leftSection={<IconMessage2 size={14} aria-hidden />}>
            {t('exemplary.commentCount', { n: formatNumber(item.comments) })}
          </Badge>
        </Group>
      </Group>
    </Paper>
  )
}

function UnitList({ orgId, unitName }: { orgId: string; unitName: string }) {
  const { t } = useTranslation()
  const cycle = useCurrentCycle()
  const list = useExemplaryList(orgId, cycle.data?.id)
  if (cycle.isPending) return <Loading />
  if (cycle.error) return <ErrorState error={cycle.error} onRetry={() => void cycle.refetch()} />
  if (!cycle.data) return <Text>{t('exemplary.noCycle')}</Text>
  if (list.isPending) return <Loading />
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  const year = cycle.data.year
  return (
    <Stack gap="sm" component="section" aria-labelledby="exemplary-list-title">
      <Title order={2} id="exemplary-list-title">
        {t('exemplary.listTitle', { year, unit: unitName })}
      </Title>
      {list.data.items.length === 0 ? (
        <Text>{t('exemplary.empty', { unit: unitName, year })}</Text>
      ) : (
        <Box component="ul" aria-label={t('exemplary.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {list.data.items.map((item) => (
            <Row key={item.commitmentId} item={item} />
          ))}
        </Box>
      )}
    </Stack>
  )
}

export function ExemplaryListPage() {
  const { t } = useTranslation()
  const me = useMe()
  const [params, setParams] = useSearchParams()
  usePageTitle(t('exemplary.title'))
  // My units, each once (an account may hold several roles in one unit), in the order of my grants.
  const units = [...new Map(me.grants.map((g) => [g.organization.id, g.organization])).values()]
  const unit = units.find((u) => u.id === params.get(UNIT_PARAM)) ?? units[0]

  return (
    <>
      <Title order={1}>{t('exemplary.title')}</Title>
      <Text>{t('exemplary.intro')}</Text>
      <Text size="sm">
        {t('public.appNote')}{' '}
        <Anchor component={Link} to={PUBLIC_EXEMPLARY_PATH}>
          {t('public.appLink')}
        </Anchor>
        .
      </Text>
      {!unit ? (
        <Text>{t('exemplary.noGrant')}</Text>
      ) : (
        <>
          {units.length > 1 && (
            <Select
              label={t('exemplary.unit')}
              data={units.map((u) => ({ value: u.id, label: u.name }))}
              value={unit.id}
              onChange={(id) => id && setParams({ [UNIT_PARAM]: id }, { replace: true })}
              allowDeselect={false}
              searchable={units.length > 8}
              maw={480}
            />
          )}
          <UnitList key={unit.id} orgId={unit.id} unitName={unit.name} />
        </>
      )}
    </>
  )
}
