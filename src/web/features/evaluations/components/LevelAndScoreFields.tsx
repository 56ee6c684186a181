// The two fields every rating decision has: the level, and the score it rests on with the band that score allows.
import { Box, NumberInput, Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { RATING_LEVELS, type RatingLevel, type RuleSetContent } from '../../../../common/contracts/rules.ts'
import { fieldError } from '../../../components/forms.ts'
import { useLabels } from '../../../components/labels.ts'
import { bandFor } from '../rating.ts'

/** The score typed (a comma or a point as decimal separator), or null when empty. */
export function scorePoints(score: number | string): number | null {
  return score === '' ? null : Number(String(score).replace(',', '.'))
}

export function LevelAndScoreFields({ level, onLevel, score, onScore, bands, tried, error }: {
  level: RatingLevel | null
  onLevel: (level: RatingLevel | null) => void
  score: number | string
  onScore: (score: number | string) => void
  bands?: RuleSetContent['bands']
  tried: boolean
  error: unknown
}) {
  const { t } = useTranslation()
  const labels = useLabels()
  const points = scorePoints(score)
  const band = bands && points !== null && Number.isFinite(points) ? bandFor(points, bands) : null
  return (
    <>
      <Select
        label={t('evaluations.decide.level')}
        required
        allowDeselect={false}
        data={RATING_LEVELS.map((v) => ({ value: v, label: labels.ratingLevel(v) }))}
        value={level}
        onChange={(v) => onLevel(v as RatingLevel | null)}
        error={(tried && !level ? t('common.required') : undefined) ?? fieldError(error, 'level')}
        data-autofocus
      />
      <NumberInput
        label={t('evaluations.decide.score')}
        description={band ? t('evaluations.decide.scoreBand', { band: labels.ratingLevel(band) }) : t('evaluations.decide.scoreHint')}
        min={0}
        max={100}
        step={0.5}
        decimalScale={1}
        decimalSeparator=","
        allowedDecimalSeparators={['.', ',']}
        allowNegative={false}
        clampBehavior="strict"
        value={score}
        onChange={onScore}
        error={fieldError(error, 'score')}
        inputContainer={(input) => <Box maw="12rem">{input}</Box>}
      />
    </>
  )
}
