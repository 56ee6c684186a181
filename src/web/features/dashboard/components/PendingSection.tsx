// "Ai chưa thực hiện": one stage of the year at a time, the people placed in the subtree who have not done it, in name
// order, a page at a time — each with their unit (to drill down) and their commitment when they have one.
import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatNumber } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import { LoadMore } from '../../../components/LoadMore.tsx'
import { CommitmentStatusBadge } from '../../commitments/components/CommitmentStatusBadge.tsx'
import { type PendingPerson, type PendingStage, usePendingPeople } from '../api.ts'
import { dashboardPath } from '../paths.ts'
import { STAGES, stageCount } from '../stages.ts'
import type { UnitFigures } from '../totals.ts'

function Row({ row, cycleId }: { row: PendingPerson; cycleId: string }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Anchor component={Link} to={`/nguoi/${row.person.id}`} fw={700} size="lg" className="row-link">
            {row.person.fullName}
          </Anchor>
          <Text size="sm">
            {t('dashboard.pending.unit')}{' '}
            <Anchor component={Link} to={dashboardPath(row.unit.id, cycleId)} size="sm" aria-label={t('dashboard.pending.unitLabel', { name: row.unit.name })}>
              {row.unit.name}
            </Anchor>
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <CommitmentStatusBadge status={row.status ?? 'none'} />
          {row.commitmentId && (
            <Anchor component={Link} to={`/cam-ket/${row.commitmentId}`} size="sm" aria-label={t('dashboard.pending.openCommitmentOf', { name: row.person.fullName })}>
              {t('dashboard.pending.openCommitment')}
            </Anchor>
          )}
        </Stack>
      </Group>
    </Paper>
  )
}

function PendingList({ org, cycleId, stage }: { org: string; cycleId: string; stage: PendingStage }) {
  const { t } = useTranslation()
  const query = usePendingPeople(org, cycleId, stage)
  if (query.isPending) return <Loading />
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const rows = query.data.pages.flatMap((p) => p.items)
  if (rows.length === 0) return <Text>{t('dashboard.pending.nobody')}</Text>
  return (
    <>
      <Box component="ul" data-testid="dashboard-pending" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
        {rows.map((row) => (
          <Row key={row.person.id} row={row} cycleId={cycleId} />
        ))}
      </Box>
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </>
  )
}

export function PendingSection({ org, cycleId, figures, stage, onStage, focus }: {
  org: string
  cycleId: string
  figures: UnitFigures
  stage: PendingStage
  onStage: (stage: PendingStage) => void
  focus: readonly PendingStage[]
}) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm" component="section" aria-labelledby="dashboard-pending">
      <Title order={2} id="dashboard-pending">
        {t('dashboard.pending.title')}
      </Title>
      {focus.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('dashboard.pending.focusHint')}
        </Text>
      )}
      <Group gap="xs" role="group" aria-label={t('dashboard.pending.stages')}>
        {STAGES.map((s) => {
          const n = stageCount(s, figures)
          const label = t(`dashboard.pending.stage.${s}`)
          return (
            <Button
              key={s}
              size="sm"
              radius="xl"
              variant={stage === s ? 'filled' : focus.includes(s) ? 'light' : 'default'}
              aria-pressed={stage === s}
              onClick={() => onStage(s)}
            >
              {n === null ? label : t('dashboard.pending.stageCount', { label, n: formatNumber(n) })}
            </Button>
          )
        })}
      </Group>
      <Text>{t(`dashboard.pending.explain.${stage}`)}</Text>
      <PendingList org={org} cycleId={cycleId} stage={stage} />
    </Stack>
  )
}
