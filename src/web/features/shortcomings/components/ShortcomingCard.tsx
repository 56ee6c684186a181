// One shortcoming in a list: the subject (and a person's unit), its badges, what it is, who named it and when it is due
// (overdue in dark red bold, and named in words), and how its remedial actions stand.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate } from '../../../components/format.ts'
import type { ShortcomingListItem } from '../api.ts'
import { shortcomingPath } from '../paths.ts'
import { OverdueBadge, SeverityBadge, SourceBadge, StatusBadge } from './ShortcomingBadges.tsx'

const excerpt = (s: string) => (s.length > 220 ? `${s.slice(0, 219)}…` : s)

export function ShortcomingCard({ item }: { item: ShortcomingListItem }) {
  const { t } = useTranslation()
  const subject = item.subjectUnit ? `${item.subject.name} (${item.subjectUnit.name})` : item.subject.name
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Anchor component={Link} to={shortcomingPath(item.id)} fw={700} size="lg" className="row-link" underline="hover" style={{ overflowWrap: 'anywhere' }}>
            {t(`shortcomings.subjectKind.${item.subjectKind}`)}: {subject}
          </Anchor>
          <Group gap="xs">
            <StatusBadge status={item.status} />
            {item.overdue && <OverdueBadge />}
          </Group>
        </Group>
        <Text style={{ overflowWrap: 'anywhere' }}>{excerpt(item.description)}</Text>
        <Group gap="xs">
          <SeverityBadge severity={item.severity} />
          <SourceBadge source={item.source} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('shortcomings.register.raisedBy', { name: item.raisedBy.name, year: item.cycleYear })}
        </Text>
        <Text size="sm" c={item.overdue ? 'red.9' : 'dimmed'} fw={item.overdue ? 500 : undefined}>
          {item.dueOn ? t('shortcomings.register.dueOn', { date: formatDate(item.dueOn) }) : t('shortcomings.register.noDue')}
          {' · '}
          {item.actionCount ? t('shortcomings.register.actions', { open: item.openActionCount, total: item.actionCount }) : t('shortcomings.register.noActions')}
          {item.reopenedCount > 0 ? ` · ${t('shortcomings.register.reopened', { n: item.reopenedCount })}` : ''}
        </Text>
      </Stack>
    </Paper>
  )
}

export function ShortcomingList({ items, label }: { items: ShortcomingListItem[]; label: string }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item) => (
        <ShortcomingCard key={item.id} item={item} />
      ))}
    </Stack>
  )
}
