// A unit's commitments for the current cycle (the cell's inbox): counts by status, then everyone placed there with
// their status, filtered by status — "Chờ duyệt" first, and chosen at the start when something awaits approval.
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDate, formatNumber } from '../../../components/format.ts'
import { Loading } from '../../../components/Loading.tsx'
import type { UnitCommitmentRow, UnitCommitments } from '../api.ts'
import { CommitmentStatusBadge } from './CommitmentStatusBadge.tsx'
import { type RosterStatus, useCommitmentLabels } from './commitmentLabels.ts'

/** The order of the filters: what the secretary acts on first. */
const FILTERS: readonly RosterStatus[] = ['submitted', 'returned', 'draft', 'none', 'approved']
/** The order of the summary: the good news first, as the cell reports it. */
const SUMMARY: readonly RosterStatus[] = ['approved', 'submitted', 'returned', 'draft', 'none']

type Filter = RosterStatus | 'all'

function Row({ row }: { row: UnitCommitmentRow }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={2}>
          {row.commitmentId ? (
            <Anchor component={Link} to={`/cam-ket/${row.commitmentId}`} fw={700} size="lg" className="row-link" underline="hover">
              {row.person.fullName}
            </Anchor>
          ) : (
            <Text fw={700} size="lg" py={6}>
              {row.person.fullName}
            </Text>
          )}
          {row.submittedAt && (
            <Text size="sm" c="dimmed">
              {t('commitments.submittedOn', { date: formatDate(row.submittedAt.slice(0, 10)) })}
            </Text>
          )}
        </Stack>
        <CommitmentStatusBadge status={row.status ?? 'none'} />
      </Group>
    </Paper>
  )
}

export function UnitCommitmentsTab({ year, query, download }: {
  year: number
  query: { isPending: boolean; error: unknown; data?: UnitCommitments; refetch: () => unknown }
  /** Beside the title once the roster is shown (the page's "Xuất Excel"). */
  download?: ReactNode
}) {
  const { t } = useTranslation()
  const labels = useCommitmentLabels()
  const [chosen, setChosen] = useState<Filter | null>(null)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const { items, counts } = query.data
  const filter: Filter = chosen ?? (counts.submitted > 0 ? 'submitted' : 'all')
  const shown = filter === 'all' ? items : items.filter((r) => (r.status ?? 'none') === filter)

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={2}>{t('commitments.rosterTitle', { year })}</Title>
        {items.length > 0 && download}
      </Group>
      <Group gap="xs" role="group" aria-label={t('commitments.rosterCounts')}>
        {SUMMARY.map((s, i) => (
          <Group gap="xs" key={s} component="span">
            <Badge component="span" variant={s === 'none' ? 'outline' : 'light'} color={s === 'none' ? 'gray' : 'blue'} size="lg">
              {t('commitments.countBadge', { label: labels.status(s), n: formatNumber(counts[s]) })}
            </Badge>
            {i < SUMMARY.length - 1 && <span aria-hidden>·</span>}
          </Group>
        ))}
      </Group>
      <Group gap="xs" role="group" aria-label={t('commitments.filter')}>
        {[...FILTERS, 'all' as const].map((f) => (
          <Button
            key={f}
            size="sm"
            radius="xl"
            variant={filter === f ? 'filled' : 'default'}
            aria-pressed={filter === f}
            onClick={() => setChosen(f)}
          >
            {t('commitments.filterCount', { label: f === 'all' ? t('commitments.filterAll') : labels.status(f), n: formatNumber(f === 'all' ? counts.people : counts[f]) })}
          </Button>
        ))}
      </Group>
      {items.length === 0 ? (
        <Text>{t('commitments.rosterNobody')}</Text>
      ) : shown.length === 0 ? (
        <Text>{t('commitments.rosterEmpty')}</Text>
      ) : (
        <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {shown.map((row) => (
            <Row key={row.person.id} row={row} />
          ))}
        </Box>
      )}
    </Stack>
  )
}
