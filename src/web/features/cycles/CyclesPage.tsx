import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCalendarPlus, IconScale } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Cycle } from '../../../common/contracts/cycles.ts'
import { todayIso } from '../../../common/dates.ts'
import { useMe } from '../../api/session.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { useLabels } from '../../components/labels.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCycles } from './api.ts'
import { useCycleDates } from './components/cycleDates.ts'
import { CycleStatusBadge } from './components/CycleStatusBadge.tsx'
import { CreateCycleModal } from './components/CreateCycleModal.tsx'

function CycleRow({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const dates = useCycleDates()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Anchor component={Link} to={`/chu-ky/${cycle.id}`} fw={700} size="lg" className="row-link" underline="hover">
            {t('cycles.yearTitle', { year: cycle.year })}
          </Anchor>
          <CycleStatusBadge status={cycle.status} />
        </Group>
        <Text>{cycle.themeTitle}</Text>
        <Text size="sm" c="dimmed">
          {labels.themeScope(cycle.themeScope)} · {cycle.ruleSet.name}
        </Text>
        <Group gap="lg" component="p" m={0}>
          {dates(cycle).map(([label, value]) => (
            <Text key={label} size="sm" component="span">
              {label}: <strong>{value}</strong>
            </Text>
          ))}
        </Group>
      </Stack>
    </Paper>
  )
}

export function CyclesPage() {
  const { t } = useTranslation()
  usePageTitle(t('cycles.title'))
  const me = useMe()
  const cycles = useCycles()
  const [creating, setCreating] = useState(false)
  const items = cycles.data?.items ?? []
  // The year after the newest cycle, or this year when there is none.
  const suggestedYear = items.length ? Math.max(...items.map((c) => c.year)) + 1 : Number(todayIso().slice(0, 4))

  return (
    <>
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('cycles.title')}</Title>
        {me.abilities.manageCycles && (
          <Button leftSection={<IconCalendarPlus size={20} aria-hidden />} onClick={() => setCreating(true)} disabled={cycles.isPending}>
            {t('cycles.create')}
          </Button>
        )}
      </Group>
      <Text>{t('cycles.intro')}</Text>
      <Group>
        <Anchor component={Link} to="/bo-quy-tac" className="row-link">
          <Group gap={6} component="span" wrap="nowrap">
            <IconScale size={20} aria-hidden />
            {t('cycles.ruleSetsLink')}
          </Group>
        </Anchor>
      </Group>
      {cycles.isPending ? (
        <Loading />
      ) : cycles.error ? (
        <ErrorState error={cycles.error} onRetry={() => void cycles.refetch()} />
      ) : items.length === 0 ? (
        <Text>{t('cycles.none')}</Text>
      ) : (
        <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {items.map((cycle) => (
            <CycleRow key={cycle.id} cycle={cycle} />
          ))}
        </Box>
      )}
      {creating && <CreateCycleModal suggestedYear={suggestedYear} onClose={() => setCreating(false)} />}
    </>
  )
}
