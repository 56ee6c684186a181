// One citizen's suggestion for a moderator: commune, kind, status, what was suggested and why, who suggested it and
// how to reach them (moderators only), what became of it, and the steps the server allows.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, type MantineColor } from '@mantine/core'
import { IconCheck, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDateTime } from '../../../components/format.ts'
import type { SuggestionItem, SuggestionStatus } from '../api.ts'
import { internalModelPath } from '../paths.ts'

// Filled badges in shade 9 keep white text above 4.5:1.
const STATUS_COLORS: Record<SuggestionStatus, MantineColor> = { pending: 'blue.9', accepted: 'teal.9', declined: 'gray.9' }

export function SuggestionCard({ item, onAccept, onDecline }: { item: SuggestionItem; onAccept: () => void; onDecline: () => void }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group gap={6}>
          <Badge component="span" variant="filled" color={STATUS_COLORS[item.status]} style={{ textTransform: 'none' }}>
            {t(`showcase.moderation.statuses.${item.status}`)}
          </Badge>
          <Badge component="span" variant="outline" color="dark" style={{ textTransform: 'none' }}>
            {t(`showcase.kind.${item.kind}`)}
          </Badge>
          <Text size="sm">{item.commune.name}</Text>
        </Group>
        <Text fw={700} size="lg">
          {item.title}
        </Text>
        <Text style={{ whiteSpace: 'pre-line' }}>{item.description}</Text>
        <Text size="sm">
          {item.suggesterName ? t('showcase.moderation.by', { name: item.suggesterName }) : t('showcase.moderation.anonymous')}
          {item.suggesterContact ? ` · ${t('showcase.moderation.contact', { contact: item.suggesterContact })}` : ''}
        </Text>
        <Text size="sm">{t('showcase.moderation.suggestedAt', { at: formatDateTime(item.createdAt) })}</Text>
        {item.moderatedAt && (
          <Text size="sm">{t('showcase.moderation.moderated', { who: item.moderatedBy ?? '—', at: formatDateTime(item.moderatedAt) })}</Text>
        )}
        {item.moderationNote && <Text size="sm">{t('showcase.moderation.note', { note: item.moderationNote })}</Text>}
        {item.model && (
          <Anchor component={Link} to={internalModelPath(item.model.id)} fw={500}>
            {t('showcase.moderation.openModel', { title: item.model.title })}
          </Anchor>
        )}
        {(item.abilities.accept || item.abilities.decline) && (
          <Group gap="sm" mt={4}>
            {item.abilities.accept && (
              <Button leftSection={<IconCheck size={20} aria-hidden />} onClick={onAccept} aria-label={`${t('showcase.moderation.accept')}: ${item.title}`}>
                {t('showcase.moderation.accept')}
              </Button>
            )}
            {item.abilities.decline && (
              <Button variant="outline" color="red.9" leftSection={<IconX size={20} aria-hidden />} onClick={onDecline} aria-label={`${t('showcase.moderation.decline')}: ${item.title}`}>
                {t('showcase.moderation.decline')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
