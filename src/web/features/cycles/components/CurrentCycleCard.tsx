// Home page, for everyone: the current cycle's theme, status and key dates; nothing when there is no cycle yet.
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMe } from '../../../api/session.tsx'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { useLabels } from '../../../components/labels.ts'
import { useCurrentCycle } from '../api.ts'
import { useCycleDates } from './cycleDates.ts'
import { CycleStatusBadge } from './CycleStatusBadge.tsx'

export function CurrentCycleCard() {
  const { t } = useTranslation()
  const me = useMe()
  const labels = useLabels()
  const dates = useCycleDates()
  const { data: cycle } = useCurrentCycle()
  // Still loading, failed, or no cycle at all: the home page simply goes without it.
  if (!cycle) return null
  return (
    <Stack gap="sm" component="section" aria-labelledby="current-cycle">
      <Title order={2} id="current-cycle">
        {t('home.currentCycle', { year: cycle.year })}
      </Title>
      <Card withBorder padding="lg" radius="md">
        <Stack gap="sm">
          <Group gap="xs">
            <CycleStatusBadge status={cycle.status} />
            <Text size="sm" c="dimmed">
              {labels.themeScope(cycle.themeScope)}
            </Text>
          </Group>
          <Text fw={700} size="lg">
            {cycle.themeTitle}
          </Text>
          {cycle.guidanceDocument && <Text size="sm">{cycle.guidanceDocument}</Text>}
          <DefinitionList items={dates(cycle)} />
          {me.abilities.manageCycles && (
            <Anchor component={Link} to={`/chu-ky/${cycle.id}`} className="row-link">
              {t('home.openCycle', { year: cycle.year })}
            </Anchor>
          )}
        </Stack>
      </Card>
    </Stack>
  )
}
