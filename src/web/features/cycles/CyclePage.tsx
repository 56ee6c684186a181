import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { DefinitionList } from '../../components/DefinitionList.tsx'
import { useLabels } from '../../components/labels.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useCycle } from './api.ts'
import { useCycleDates } from './components/cycleDates.ts'
import { CycleStatusBadge } from './components/CycleStatusBadge.tsx'
import { CycleStepButtons } from './components/CycleSteps.tsx'
import { EditCycleModal } from './components/EditCycleModal.tsx'
import { BackLink, LoadFailure } from '../../components/BackLink.tsx'

export function CyclePage() {
  const { t } = useTranslation()
  const labels = useLabels()
  const dates = useCycleDates()
  const { id = '' } = useParams()
  const query = useCycle(id)
  const [editing, setEditing] = useState(false)
  usePageTitle(query.data ? t('cycles.yearTitle', { year: query.data.year }) : t('cycles.title'))

  const back = (
    <BackLink to="/chu-ky">{t('cycles.backToList')}</BackLink>
  )
  if (query.isPending) return <Loading />
  if (query.error) {
    return <LoadFailure back={back} title={t('cycles.title')} error={query.error} onRetry={() => void query.refetch()} />
  }
  const cycle = query.data
  const none = t('common.none')
  const facts: [string, ReactNode][] = [
    [t('cycles.theme'), <Text key="theme" fw={700}>{cycle.themeTitle}</Text>],
    [t('cycles.themeScope'), labels.themeScope(cycle.themeScope)],
    [t('cycles.themeIssuer'), cycle.themeIssuer ?? none],
    [t('cycles.guidanceDocument'), cycle.guidanceDocument ?? none],
    ...dates(cycle),
    [
      t('cycles.ruleSet'),
      <Anchor key="rules" component={Link} to={`/bo-quy-tac/${cycle.ruleSet.id}`}>
        {cycle.ruleSet.name}
      </Anchor>,
    ],
  ]
  const canAct = cycle.abilities.update || cycle.abilities.steps.length > 0

  return (
    <>
      {back}
      <Stack gap="xs">
        <Title order={1}>{t('cycles.yearTitle', { year: cycle.year })}</Title>
        <CycleStatusBadge status={cycle.status} />
      </Stack>
      <DefinitionList items={facts} />
      {canAct && (
        <Group gap="sm" role="group" aria-label={t('cycles.actions')}>
          {cycle.abilities.update && (
            <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setEditing(true)}>
              {t('cycles.edit')}
            </Button>
          )}
          <CycleStepButtons cycle={cycle} />
        </Group>
      )}
      {editing && <EditCycleModal cycle={cycle} onClose={() => setEditing(false)} />}
    </>
  )
}
