// "Tự đánh giá cuối năm" on the commitment: the summary once sent (total, level, the conditions confirmed, the points
// per criterion), and the form while the member may (still) assess — during the year-end review.
import { Button, List, Stack, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RuleSetContent } from '../../../../common/contracts/rules.ts'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { formatDateTime, formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { Loading } from '../../../components/Loading.tsx'
import { conditionsFor, criteriaOf } from '../../evaluations/rating.ts'
import { useCycleRules } from '../../evaluations/useCycleRules.ts'
import type { Commitment, SelfAssessment } from '../api.ts'
import { SelfAssessmentForm } from './SelfAssessmentForm.tsx'

export function SelfAssessmentSummary({ assessment, commitment, content }: { assessment: SelfAssessment; commitment: Commitment; content: RuleSetContent }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const max = content.frame.generalMax + content.frame.tasksMax
  const titles = new Map(conditionsFor(content, commitment.subjectGroup).map((c) => [c.code, c.title]))
  const criteria = criteriaOf(content, commitment.subjectGroup)
  return (
    <Stack gap="sm" data-testid="self-assessment-summary">
      <DefinitionList
        items={[
          [t('evaluations.self.totalLabel'), t('evaluations.self.outOfPoints', { value: formatNumber(assessment.total), max: formatNumber(max) })],
          [t('evaluations.self.level'), <Text span fw={700} key="level">{labels.ratingLevel(assessment.level)}</Text>],
          [t('evaluations.self.sentAt'), formatDateTime(assessment.at)],
        ]}
      />
      {assessment.conditions.length > 0 && (
        <Stack gap={4}>
          <Text fw={500}>{t('evaluations.self.conditionsConfirmed')}</Text>
          <List spacing={4}>
            {assessment.conditions.map((code) => (
              <List.Item key={code}>{titles.get(code) ?? code}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <details>
        <summary style={{ cursor: 'pointer', fontWeight: 500 }}>{t('evaluations.self.pointsDetail')}</summary>
        <List spacing={4} mt="xs">
          {criteria.map((c) => (
            <List.Item key={c.code}>
              {c.title}: <strong>{t('evaluations.self.outOf', { value: formatNumber(assessment.scores[c.code] ?? 0), max: formatNumber(c.maxPoints) })}</strong>
            </List.Item>
          ))}
        </List>
      </details>
    </Stack>
  )
}

export function SelfAssessmentSection({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation()
  const rules = useCycleRules(commitment.cycle.id)
  const [editing, setEditing] = useState(false)
  const assessment = commitment.selfAssessment
  const may = commitment.abilities.selfAssess
  if (!assessment && !may) return null

  let body
  if (rules.isPending) body = <Loading />
  else if (rules.error || !rules.content) body = <ErrorState error={rules.error} onRetry={rules.refetch} />
  else if (!assessment || editing) body = <SelfAssessmentForm commitment={commitment} content={rules.content} onClose={assessment ? () => setEditing(false) : undefined} />
  else body = (
    <>
      <SelfAssessmentSummary assessment={assessment} commitment={commitment} content={rules.content} />
      {may && (
        <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>
          {t('evaluations.self.edit')}
        </Button>
      )}
    </>
  )
  return (
    <Stack gap="sm" component="section" aria-labelledby="self-assessment">
      <Title order={2} id="self-assessment">
        {t('evaluations.self.title')}
      </Title>
      {body}
    </Stack>
  )
}
