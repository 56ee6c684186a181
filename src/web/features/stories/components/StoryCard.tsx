// One story in a list: its thumbnail (when it has photos), the title (the card's one link, to the editor), status,
// the unit and when it changed, the lead cut short, the model it is about and its tags.
import { Anchor, Badge, Box, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { todayIso } from '../../../../common/dates.ts'
import { formatDate } from '../../../components/format.ts'
import type { StoryListItem } from '../api.ts'
import { storyPath, storyPhotoUrl } from '../paths.ts'
import { StoryStatusBadge } from './StoryStatusBadge.tsx'

const excerpt = (s: string) => (s.length > 220 ? `${s.slice(0, 219)}…` : s)
const day = (iso: string) => formatDate(todayIso(new Date(iso)))

export function StoryCard({ item }: { item: StoryListItem }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group gap="md" align="flex-start" wrap="nowrap">
        {item.cover && (
          <Box visibleFrom="xs" style={{ flex: '0 0 7.5rem' }}>
            <img
              src={storyPhotoUrl(item.id, item.cover.photoId, true)} alt="" loading="lazy" decoding="async" width={120} height={80}
              style={{ display: 'block', width: '100%', height: 'auto', aspectRatio: '3 / 2', objectFit: 'cover', borderRadius: 'var(--mantine-radius-sm)', background: 'var(--mantine-color-gray-1)' }}
            />
          </Box>
        )}
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
            <Anchor component={Link} to={storyPath(item.id)} fw={700} size="lg" className="row-link" underline="hover" style={{ overflowWrap: 'anywhere' }}>
              {item.title}
            </Anchor>
            <StoryStatusBadge status={item.status} />
          </Group>
          <Text size="sm" c="gray.7">
            {t('stories.list.unitLine', { name: item.organization.name, date: day(item.updatedAt) })}
            {item.publishedAt ? ` · ${t('stories.list.publishedOn', { date: day(item.publishedAt) })}` : ''}
            {item.photoCount ? ` · ${t('stories.list.photos', { n: item.photoCount })}` : ''}
          </Text>
          <Text style={{ overflowWrap: 'anywhere' }}>{excerpt(item.lead)}</Text>
          {item.model && <Text size="sm">{t('stories.list.about', { title: item.model.title })}</Text>}
          {item.tags.length > 0 && (
            <Group gap={6}>
              {item.tags.map((tag) => <Badge key={tag} component="span" variant="outline" color="dark">{tag}</Badge>)}
            </Group>
          )}
        </Stack>
      </Group>
    </Paper>
  )
}
