// One commitment as its owner and the cell see it: status, the cell's comment when returned, who is committing,
// the items by area (the editor while the owner may change them) with their progress and results, the year-end
// self-assessment and the cell's review, the actions allowed now and the history.
import { Alert, Group, Stack, Text, Title } from '@mantine/core'
import { IconMessageExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { formatDate, formatDateTime } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import type { Commitment } from '../api.ts'
import { CommitmentActions } from './CommitmentActions.tsx'
import { CommitmentHistory } from './CommitmentHistory.tsx'
import { CommitmentStatusBadge } from './CommitmentStatusBadge.tsx'
import { sortByArea } from './commitmentLabels.ts'
import { ItemsByArea } from './ItemsByArea.tsx'
import { ItemsEditor } from './ItemsEditor.tsx'
import { SelfAssessmentSection } from './SelfAssessmentSection.tsx'
import { CommitmentReviewSection } from '../../evaluations/components/CommitmentReviewSection.tsx'

/** The year and the theme being studied, under the page's title. */
export function CycleTheme({ year, theme }: { year: number; theme: string }) {
  const { t } = useTranslation()
  return (
    <Stack gap={2}>
      <Text fw={700} size="lg">
        {t('commitments.cycleYear', { year })}
      </Text>
      <Text>
        <Text span fw={500}>{t('commitments.theme')}:</Text> {theme}
      </Text>
    </Stack>
  )
}

function ReturnedNotice({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation()
  if (commitment.status !== 'returned') return null
  const last = commitment.history.findLast((e) => e.kind === 'returned')
  if (!last?.comment) return null
  return (
    <Alert color="red" variant="light" icon={<IconMessageExclamation aria-hidden />} title={t('commitments.returnedNotice')}>
      <Stack gap={4}>
        <Text fw={500} data-testid="return-comment">“{last.comment}”</Text>
        <Text size="sm">
          {[last.actor, formatDateTime(last.at)].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
    </Alert>
  )
}

export function CommitmentView({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const none = t('common.none')
  const identity: [string, string][] = [
    [t('commitments.fullName'), commitment.person.fullName],
    [t('commitments.birthDate'), formatDate(commitment.person.birthDate) || none],
    [t('commitments.position'), commitment.person.position ?? none],
    [t('commitments.unit'), commitment.organization.name],
    [t('commitments.subjectGroup'), labels.subjectGroup(commitment.subjectGroup)],
  ]
  const items = sortByArea(commitment.items.map((i) => ({ ...i, key: i.id })))

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Text fw={500}>{t('commitments.statusLabel')}:</Text>
        <CommitmentStatusBadge status={commitment.status} testId="commitment-status" />
      </Group>
      <ReturnedNotice commitment={commitment} />
      <Stack gap="xs" component="section" aria-labelledby="commitment-identity">
        <Title order={2} id="commitment-identity">
          {t('commitments.identity')}
        </Title>
        <DefinitionList items={identity} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="commitment-items">
        <Title order={2} id="commitment-items">
          {t('commitments.items')}
        </Title>
        {commitment.abilities.edit ? (
          <ItemsEditor key={`${commitment.id}:${commitment.status}`} commitment={commitment} />
        ) : items.length === 0 ? (
          <Text>{t('commitments.noItems')}</Text>
        ) : (
          <ItemsByArea items={items} />
        )}
      </Stack>
      <SelfAssessmentSection commitment={commitment} />
      <CommitmentReviewSection commitment={commitment} />
      <CommitmentActions commitment={commitment} />
      <CommitmentHistory history={commitment.history} />
    </Stack>
  )
}
