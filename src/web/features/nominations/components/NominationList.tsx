// Nominations in a list: the model (linked to the nomination), its status, kind and area, who nominated it, the level
// holding it and the year; a return's or a decline's reason in short.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { NominationListItem } from '../api.ts'
import { nominationPath } from '../paths.ts'
import { StatusBadge } from './NominationBadges.tsx'

const excerpt = (s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s)

function NominationCard({ item }: { item: NominationListItem }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Anchor component={Link} to={nominationPath(item.id)} fw={700} size="lg" underline="hover" style={{ overflowWrap: 'anywhere' }}>
            {item.model.personName ? `${item.model.personName} — ${item.model.title}` : item.model.title}
          </Anchor>
          <StatusBadge status={item.status} />
        </Group>
        <Text size="sm">
          {[t(`nominations.kind.${item.model.kind}`), t(`nominations.area.${item.model.area}`), t('nominations.inbox.year_', { year: item.year })].join(' · ')}
        </Text>
        <Text size="sm">
          {[t('nominations.inbox.by', { name: item.nominatedBy.name }), t('nominations.inbox.at', { name: item.at.name })].join(' · ')}
        </Text>
        {item.statusNote && (item.status === 'returned' || item.status === 'declined') && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t(item.status === 'returned' ? 'nominations.page.returnedNote' : 'nominations.page.declinedNote', { note: excerpt(item.statusNote) })}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}

export function NominationList({ items, label }: { items: NominationListItem[]; label: string }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item) => (
        <NominationCard key={item.id} item={item} />
      ))}
    </Stack>
  )
}
