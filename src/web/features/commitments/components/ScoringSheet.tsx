// The scoring sheet of one subject group on the rule set's frame, shared by the member's self-assessment and the
// organization's own (group `collective`): the criteria tables with their points, the live total and the band it falls
// in, the level (not above the band) and — for the top level — the conditions of the group to confirm.
import { Alert, Checkbox, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RatingLevel, RuleSetContent, SubjectGroup } from '../../../../common/contracts/rules.ts'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { addPoints, bandFor, conditionsFor, criteriaOf, isAbove, levelsUpTo } from '../../evaluations/rating.ts'
import { isHalf, pointsOf, ScoreTable, type Scores } from './ScoreTable.tsx'

/** The sheet as filled in so far. */
export interface Scoring {
  scores: Scores
  level: RatingLevel | null
  conditions: string[]
}

export const emptyScoring = (previous?: { scores: Record<string, number>; level: RatingLevel; conditions: string[] } | null): Scoring => ({
  scores: { ...previous?.scores },
  level: previous?.level ?? null,
  conditions: previous?.conditions ?? [],
})

/**
 * The sheet's figures: the total, its band, the level chosen when not above the band, and what to send — null while
 * no level is chosen or a score is not by half points (the server checks it all again).
 */
export function scoringResult(content: RuleSetContent, group: SubjectGroup, sheet: Scoring) {
  const criteria = criteriaOf(content, group)
  const applicable = conditionsFor(content, group)
  const points = criteria.map((c) => pointsOf(sheet.scores[c.code]))
  const total = addPoints(points)
  const band = bandFor(total, content.bands)
  const chosen = sheet.level && !isAbove(sheet.level, band) ? sheet.level : null
  const top = content.bands[0].level
  const body = chosen && points.every((p) => p === '' || isHalf(p))
    ? {
        scores: Object.fromEntries(criteria.flatMap((c, i) => (points[i] === '' ? [] : [[c.code, points[i]]]))) as Record<string, number>,
        level: chosen,
        conditions: chosen === top ? sheet.conditions.filter((c) => applicable.some((a) => a.code === c)) : [],
      }
    : null
  return { total, band, chosen, top, applicable, body }
}

export function ScoringSheet({ content, group, value, onChange, tried, missing, scoresTitle, levelTitle, conditionsHint }: {
  content: RuleSetContent
  group: SubjectGroup
  value: Scoring
  onChange: (next: Scoring) => void
  /** After a submit: a missing level is marked. */
  tried: boolean
  /** After a refused submit: criteria left without points are marked. */
  missing: boolean
  scoresTitle: string
  levelTitle: string
  /** What ticking a condition means for whoever assesses (defaults to the member's wording). */
  conditionsHint?: string
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const frame = content.frame.groups[group]
  const { total, band, chosen, top, applicable } = scoringResult(content, group, value)
  const level = value.level
  return (
    <>
      <Stack gap="md">
        <Title order={3}>{scoresTitle}</Title>
        {[
          { heading: t('rules.general', { max: formatNumber(content.frame.generalMax) }), max: content.frame.generalMax, criteria: frame.general },
          { heading: t('rules.tasks', { max: formatNumber(content.frame.tasksMax) }), max: content.frame.tasksMax, criteria: frame.tasks },
        ].map((table) => (
          <ScoreTable key={table.heading} {...table} scores={value.scores} onChange={(code, v) => onChange({ ...value, scores: { ...value.scores, [code]: v } })} missing={missing} />
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
        <Title order={3}>{levelTitle}</Title>
        <Select
          label={t('evaluations.self.level')}
          description={t('evaluations.self.levelHint', { band: labels.ratingLevel(band) })}
          required
          allowDeselect={false}
          data={levelsUpTo(band).map((v) => ({ value: v, label: labels.ratingLevel(v) }))}
          value={chosen}
          onChange={(v) => onChange({ ...value, level: v as RatingLevel | null })}
          error={tried && !chosen ? t('evaluations.self.levelMissing') : undefined}
          maw="28rem"
        />
        {level && !chosen && (
          <Alert color="yellow" variant="light" role="status">
            {t('evaluations.self.levelAboveBand', { level: labels.ratingLevel(level), band: labels.ratingLevel(band) })}
          </Alert>
        )}
        {chosen === top && applicable.length > 0 && (
          <Checkbox.Group
            label={t('evaluations.self.conditions')}
            description={conditionsHint ?? t('evaluations.self.conditionsHint')}
            value={value.conditions}
            onChange={(conditions) => onChange({ ...value, conditions })}
          >
            <Stack gap="sm" mt="xs">
              {applicable.map((c) => (
                <Checkbox key={c.code} value={c.code} label={c.title} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
      </Stack>
    </>
  )
}
