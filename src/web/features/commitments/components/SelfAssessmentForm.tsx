// The year-end self-assessment: each item's result and evidence, then the scoring sheet of the member's subject group
// (points per criterion, live totals and the band they fall in), the level (not above the band) and — for the top
// level — the conditions the member confirms. The server checks it all again and says in words what is wrong.
import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconSend } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { RuleSetContent } from '../../../../common/contracts/rules.ts'
import { FormError } from '../../../components/FormError.tsx'
import { useLabels } from '../../../components/labels.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useSelfAssessMutation, type Commitment } from '../api.ts'
import { sortByArea } from './commitmentLabels.ts'
import { ItemResultFields, type ResultRow } from './ItemResultFields.tsx'
import { emptyScoring, ScoringSheet, scoringResult, type Scoring } from './ScoringSheet.tsx'

export function SelfAssessmentForm({ commitment, content, onClose }: {
  commitment: Commitment
  content: RuleSetContent
  /** When changing an assessment already sent: back to its summary (cancelled or sent). */
  onClose?: () => void
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const mutation = useSelfAssessMutation(commitment.id)
  const group = commitment.subjectGroup
  const items = sortByArea(commitment.items)
  const [rows, setRows] = useState<Record<string, ResultRow>>(() =>
    Object.fromEntries(items.map((i) => [i.id, { result: i.result, note: i.resultNote ?? '' }])),
  )
  const [sheet, setSheet] = useState<Scoring>(() => emptyScoring(commitment.selfAssessment))
  const [tried, setTried] = useState(false)
  const resultsMissing = items.some((i) => !rows[i.id].result)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setTried(true)
    mutation.reset()
    const { body } = scoringResult(content, group, sheet)
    if (resultsMissing || !body) return
    mutation.mutate(
      { items: items.map((i) => ({ id: i.id, result: rows[i.id].result!, note: rows[i.id].note.trim() || null })), ...body },
      {
        onSuccess: () => {
          notifySuccess(t('evaluations.self.done'))
          onClose?.()
        },
      },
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <Text>{t('evaluations.self.intro')}</Text>
        <Stack gap="sm">
          <Title order={3}>{t('evaluations.self.partItems')}</Title>
          <ItemResultFields items={items} rows={rows} onChange={(id, patch) => setRows((r) => ({ ...r, [id]: { ...r[id], ...patch } }))} missing={tried} />
        </Stack>
        <ScoringSheet
          content={content}
          group={group}
          value={sheet}
          onChange={setSheet}
          tried={tried}
          missing={mutation.isError}
          scoresTitle={t('evaluations.self.partScores', { group: labels.subjectGroup(group) })}
          levelTitle={t('evaluations.self.partLevel')}
        />
        {tried && resultsMissing && (
          <Text c="var(--mantine-color-error)" role="alert">
            {t('evaluations.self.resultsMissing')}
          </Text>
        )}
        <FormError error={mutation.error} />
        <Group gap="sm">
          {onClose && (
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" color="teal" leftSection={<IconSend size={20} aria-hidden />} loading={mutation.isPending}>
            {t('evaluations.self.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
