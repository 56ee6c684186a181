// One model in a list: its thumbnail (when it has photos; loaded lazily at a fixed size so nothing jumps), its title,
// badges, unit (and person), summary, and how it stands: the year commended, the units that adopted it.
import { Anchor, Group, Image, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ModelListItem } from '../api.ts'
import { modelFileUrl, modelPath } from '../paths.ts'
import { ModelBadges } from './ModelBadges.tsx'

const THUMB_W = 120
const THUMB_H = 90

export function ModelCard({ item }: { item: ModelListItem }) {
  const { t } = useTranslation()
  const unit = item.person ? `${item.person.fullName} · ${item.organization.name}` : item.organization.name
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group gap="md" align="flex-start" wrap="nowrap">
        {item.coverFileId && (
          <Image src={modelFileUrl(item.id, item.coverFileId, true)} alt="" loading="lazy" w={THUMB_W} h={THUMB_H} fit="cover" radius="sm" visibleFrom="xs" style={{ flexShrink: 0 }} />
        )}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Anchor component={Link} to={modelPath(item.id)} fw={700} size="lg" underline="hover" style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Anchor>
          <ModelBadges model={item} />
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {unit}
          </Text>
          <Text style={{ overflowWrap: 'anywhere' }}>{item.summary}</Text>
          {(item.commendedYear !== null || item.adoptionCount > 0) && (
            <Text size="sm">
              {[
                item.commendedYear !== null ? t('models.list.commendedIn', { year: item.commendedYear }) : null,
                item.adoptionCount > 0 ? t('models.list.adoptedBy', { n: item.adoptionCount }) : null,
              ].filter(Boolean).join(' · ')}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  )
}
