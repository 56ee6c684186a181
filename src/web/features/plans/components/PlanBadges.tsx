// Statuses as filled badges (white on shade 9 stays above 4.5:1), kinds as outline ones, a progress bar with its
// figure; never light badges (they fail the contrast check).
import { Badge, Group, Progress, Text, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../components/format.ts'
import type { PlanItemKind, PlanStatus } from '../api.ts'

const STATUS_COLORS: Record<PlanStatus, MantineColor> = { not_started: 'gray', in_progress: 'blue', late: 'red', done: 'teal' }

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color={STATUS_COLORS[status]}>
      {t(`plans.status.${status}`)}
    </Badge>
  )
}

export function KindBadge({ kind }: { kind: PlanItemKind }) {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="outline" color={kind === 'breakthrough' || kind === 'pressing' ? 'red.9' : 'dark'}>
      {t(`plans.kind.${kind}`)}
    </Badge>
  )
}

export function LateBadge() {
  const { t } = useTranslation()
  return (
    <Badge component="span" variant="filled" color="red">
      {t('plans.late')}
    </Badge>
  )
}

/** A progress bar with its figure ("45,5%"); the accessible name says what it measures. */
export function ProgressBar({ value, label, done }: { value: number | null; label: string; done?: boolean }) {
  const shown = value ?? 0
  return (
    <Group gap="sm" wrap="nowrap">
      <Progress value={shown} size="lg" radius="xl" style={{ flex: 1, minWidth: '6rem' }} color={done || shown >= 100 ? 'teal' : 'blue'} aria-label={label} />
      <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
        {value === null ? '—' : `${formatNumber(value)}%`}
      </Text>
    </Group>
  )
}
