// The year-end self-assessment: each item's result and evidence, then the scoring sheet of the member's subject group
// (points per criterion, live totals and the band they fall in), the level (not above the band) and — for the top
// level — the conditions the member confirms. The server checks it all again and says in words what is wrong.
import { Alert, Button, Checkbox, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { IconSend } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { RatingLevel, RuleSetContent } from '../../../../common/contracts/rules.ts'
import { FormError } from '../../../components/FormError.tsx'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { addPoints, bandFor, conditionsFor, criteriaOf, isAbove, levelsUpTo } from '../../evaluations/rating.ts'
import { useSelfAssessMutation, type Commitment } from '../api.ts'
import { sortByArea } from './commitmentLabels.ts'
import { ItemResultFields, type ResultRow } from './ItemResultFields.tsx'
import { isHalf, pointsOf, ScoreTable, type Scores } from './ScoreTable.tsx'

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
  const frame = content.frame.groups[group]
  const criteria = criteriaOf(content, group)
  const applicable = conditionsFor(content, group)
  const items = sortByArea(commitment.items)
  const previous = commitment.selfAssessment
  const [rows, setRows] = useState<Record<string, ResultRow>>(() =>
    Object.fromEntries(items.map((i) => [i.id, { result: i.result, note: i.resultNote ?? '' }])),
  )
  const [scores, setScores] = useState<Scores>(() => ({ ...previous?.scores }))
  const [level, setLevel] = useState<RatingLevel | null>(previous?.level ?? null)
  const [conditions, setConditions] = useState<string[]>(previous?.conditions ?? [])
  const [tried, setTried] = useState(false)

  const total = addPoints(criteria.map((c) => pointsOf(scores[c.code])))
  const band = bandFor(total, content.bands)
  const chosen = level && !isAbove(level, band) ? level : null
  const top = content.bands[0].level
  const resultsMissing = items.some((i) => !rows[i.id].result)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setTried(true)
    mutation.reset()
    const points = criteria.map((c) => pointsOf(scores[c.code]))
    if (resultsMissing || !chosen || points.some((p) => p !== '' && !isHalf(p))) return
    mutation.mutate(
      {
        items: items.map((i) => ({ id: i.id, result: rows[i.id].result!, note: rows[i.id].note.trim() || null })),
        scores: Object.fromEntries(criteria.flatMap((c, i) => (points[i] === '' ? [] : [[c.code, points[i]]]))),
        level: chosen,
        conditions: chosen === top ? conditions.filter((c) => applicable.some((a) => a.code === c)) : [],
      },
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
        <Stack gap="md">
          <Title order={3}>{t('evaluations.self.partScores', { group: labels.subjectGroup(group) })}</Title>
          {[
            { heading: t('rules.general', { max: formatNumber(content.frame.generalMax) }), max: content.frame.generalMax, criteria: frame.general },
            { heading: t('rules.tasks', { max: formatNumber(content.frame.tasksMax) }), max: content.frame.tasksMax, criteria: frame.tasks },
          ].map((table) => (
            <ScoreTable key={table.heading} {...table} scores={scores} onChange={(code, v) => setScores((s) => ({ ...s, [code]: v }))} missing={mutation.isError} />
          ))}
          <Paper withBorder p="md" radius="md" bg="gray.0" aria-live="polite">
            <Text fw={700} size="lg" data-testid="self-total">
              {t('evaluations.self.total', { value: formatNumber(total), max: formatNumber(content.frame.generalMax + content.frame.tasksMax) })}
            </Text>
            <Text data-testid="self-band">
              {t('evaluations.self.band')}: <Text span fw={700}>{labels.ratingLevel(band)}</Text>
            </Text>
          </Paper>
        </Stack>
        <Stack gap="sm">
          <Title order={3}>{t('evaluations.self.partLevel')}</Title>
          <Select
            label={t('evaluations.self.level')}
            description={t('evaluations.self.levelHint', { band: labels.ratingLevel(band) })}
            required
            allowDeselect={false}
            data={levelsUpTo(band).map((v) => ({ value: v, label: labels.ratingLevel(v) }))}
            value={chosen}
            onChange={(v) => setLevel(v as RatingLevel | null)}
            error={tried && !chosen ? t('evaluations.self.levelMissing') : undefined}
            maw="28rem"
          />
          {level && !chosen && (
            <Alert color="yellow" variant="light" role="status">
              {t('evaluations.self.levelAboveBand', { level: labels.ratingLevel(level), band: labels.ratingLevel(band) })}
            </Alert>
          )}
          {chosen === top && applicable.length > 0 && (
            <Checkbox.Group label={t('evaluations.self.conditions')} description={t('evaluations.self.conditionsHint')} value={conditions} onChange={setConditions}>
              <Stack gap="sm" mt="xs">
                {applicable.map((c) => (
                  <Checkbox key={c.code} value={c.code} label={c.title} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        </Stack>
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
