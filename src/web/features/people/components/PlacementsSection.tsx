// "Quá trình sinh hoạt, công tác": current placements first (each may be ended), then past ones.
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Person, Placement } from '../../../../common/contracts/people.ts'
import { todayIso } from '../../../../common/dates.ts'
import { formatDate } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { AddPlacementModal } from './AddPlacementModal.tsx'
import { EndPlacementModal } from './EndPlacementModal.tsx'

function PlacementCard({ placement, onEnd }: { placement: Placement; onEnd?: () => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const from = formatDate(placement.fromDate)
  const period = placement.toDate ? t('common.fromTo', { from, to: formatDate(placement.toDate) }) : t('common.fromNow', { from })
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Anchor component={Link} to={`/to-chuc/${placement.organization.id}`} fw={700} size="lg">
            {placement.organization.name}
          </Anchor>
          {placement.isPrimary && (
            <Badge color="blue" variant="light">
              {t('placement.primary')}
            </Badge>
          )}
        </Group>
        <Text>
          {t('placement.position')}: <strong>{placement.position}</strong>
        </Text>
        {placement.leadershipTier !== 'none' && (
          <Text>
            {t('placement.tier')}: {labels.tier(placement.leadershipTier)}
          </Text>
        )}
        <Text>{period}</Text>
        {placement.endReason && (
          <Text>
            {t('placement.endReason')}: {labels.endReason(placement.endReason)}
          </Text>
        )}
        {onEnd && (
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={onEnd}
              aria-label={t('placement.endAria', { position: placement.position, unit: placement.organization.name })}
            >
              {t('placement.end')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

const listStyle = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' } as const

export function PlacementsSection({ person }: { person: Person }) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  const [ending, setEnding] = useState<Placement | null>(null)
  const today = todayIso()
  // A placement ending today is shown as past: it has been closed.
  const current = person.placements.filter((p) => !p.toDate || p.toDate > today)
  const past = person.placements.filter((p) => p.toDate && p.toDate <= today)
  const canManage = person.abilities.managePlacements

  return (
    <Stack gap="md" component="section" aria-labelledby="placements-title">
      <Group justify="space-between" gap="sm">
        <Title order={2} id="placements-title">
          {t('placement.title')}
        </Title>
        {canManage && (
          <Button leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setAdding(true)}>
            {t('placement.add')}
          </Button>
        )}
      </Group>
      {person.placements.length === 0 && <Text>{t('placement.none')}</Text>}
      {current.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('placement.current')}</Title>
          <Box component="ul" style={listStyle}>
            {current.map((p) => (
              <PlacementCard key={p.id} placement={p} onEnd={canManage && !p.toDate ? () => setEnding(p) : undefined} />
            ))}
          </Box>
        </Stack>
      )}
      {past.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('placement.past')}</Title>
          <Box component="ul" style={listStyle}>
            {past.map((p) => (
              <PlacementCard key={p.id} placement={p} />
            ))}
          </Box>
        </Stack>
      )}
      {adding && <AddPlacementModal person={person} onClose={() => setAdding(false)} />}
      {ending && <EndPlacementModal personId={person.id} placement={ending} onClose={() => setEnding(null)} />}
    </Stack>
  )
}
