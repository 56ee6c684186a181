// An evaluation as recorded: the cell's review (date, attendance, votes, proposed level, comment, the shortcomings it
// named) and, once decided, the level decided (locked) — with the exception's justification when it went past the quota.
import { Badge, Group, List } from '@mantine/core'
import { IconHourglass, IconLock } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { formatDate, formatDateTime, formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import type { Evaluation } from '../api.ts'

export function EvaluationStatus({ evaluation }: { evaluation: Pick<Evaluation, 'status'> }) {
  const { t } = useTranslation()
  const decided = evaluation.status === 'decided'
  return (
    <Badge
      variant="filled"
      color={decided ? 'teal' : 'blue'}
      leftSection={decided ? <IconLock size={16} aria-hidden /> : <IconHourglass size={16} aria-hidden />}
      data-testid="evaluation-status"
      style={{ minWidth: 'max-content' }}
    >
      {t(`evaluations.status.${evaluation.status}`)}
    </Badge>
  )
}

/** "2 Xuất sắc · 6 Tốt · 1 Hoàn thành · 0 Không hoàn thành" */
export function useVoteTally() {
  const { t } = useTranslation()
  return (votes: Evaluation['votes']) =>
    (['excellent', 'good', 'complete', 'incomplete'] as const).map((l) => t('evaluations.voteCount', { n: formatNumber(votes[l]), level: t(`evaluations.voteLevel.${l}`) })).join(' · ')
}

export function EvaluationFacts({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const tally = useVoteTally()
  const e = evaluation
  const rows: [string, ReactNode][] = [
    [t('evaluations.statusLabel'), <Group key="s" gap="xs"><EvaluationStatus evaluation={e} /></Group>],
    [t('evaluations.review.date'), formatDate(e.reviewDate)],
    [t('evaluations.attendance'), t('evaluations.attendanceValue', { present: formatNumber(e.attendancePresent), total: formatNumber(e.attendanceTotal) })],
    [t('evaluations.votes'), tally(e.votes)],
    [t('evaluations.proposedLevel'), labels.ratingLevel(e.proposedLevel)],
  ]
  if (e.comment) rows.push([t('evaluations.review.comment'), e.comment])
  if (e.shortcomings.length > 0) {
    rows.push([t('evaluations.review.shortcomings'), (
      <List key="sc" spacing={4} data-testid="evaluation-shortcomings">
        {e.shortcomings.map((text, i) => <List.Item key={i} style={{ whiteSpace: 'pre-line' }}>{text}</List.Item>)}
      </List>
    )])
  }
  if (e.decidedLevel) {
    rows.push([t('evaluations.decidedLevel'), <strong key="d">{labels.ratingLevel(e.decidedLevel)}</strong>])
    if (e.decidedScore !== null) rows.push([t('evaluations.decidedScore'), formatNumber(e.decidedScore)])
    if (e.decidedAt) rows.push([t('evaluations.decidedAt'), formatDateTime(e.decidedAt)])
    if (e.exceptionJustification) rows.push([t('evaluations.exception'), e.exceptionJustification])
  }
  return <DefinitionList items={rows} />
}
