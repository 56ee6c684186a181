// The level above decides an organization's rating: the level (the organization's proposal by default), the score it
// rests on (the self-assessed total by default) and a note. The server enforces the band and the top level's
// conditions, and says in words what is wrong; the decision is then locked.
import { Box, NumberInput, Select, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RATING_LEVELS, type RatingLevel, type RuleSetContent } from '../../../../common/contracts/rules.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useCollectiveDecideMutation, type CollectiveEvaluation } from '../api.ts'
import { bandFor } from '../rating.ts'

export function CollectiveDecideModal({ evaluation, bands, onClose }: { evaluation: CollectiveEvaluation; bands?: RuleSetContent['bands']; onClose: () => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const mutation = useCollectiveDecideMutation(evaluation.id)
  const e = evaluation
  const name = e.organization.name
  const [level, setLevel] = useState<RatingLevel | null>(e.proposedLevel)
  const [score, setScore] = useState<number | string>(e.total)
  const [note, setNote] = useState('')
  const [tried, setTried] = useState(false)
  const points = score === '' ? null : Number(String(score).replace(',', '.'))
  const band = bands && points !== null && Number.isFinite(points) ? bandFor(points, bands) : null

  function onSubmit() {
    setTried(true)
    if (!level) return
    const text = optionalText(note)
    mutation.mutate(
      { level, ...(points !== null ? { score: points } : {}), ...(text ? { note: text } : {}) },
      notifyAndClose(t('evaluations.collective.decide.done', { name, level: labels.ratingLevel(level) }), onClose),
    )
  }

  return (
    <FormModal
      title={t('evaluations.collective.decide.titleFor', { name })}
      intro={<Text>{t('evaluations.collective.decide.proposed', { level: labels.ratingLevel(e.proposedLevel), total: formatNumber(e.total) })}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['level', 'score', 'note']}
      submitLabel={t('evaluations.decide.action')}
      submitColor="teal"
      size="lg"
    >
      <Select
        label={t('evaluations.decide.level')}
        required
        allowDeselect={false}
        data={RATING_LEVELS.map((v) => ({ value: v, label: labels.ratingLevel(v) }))}
        value={level}
        onChange={(v) => setLevel(v as RatingLevel | null)}
        error={(tried && !level ? t('common.required') : undefined) ?? fieldError(mutation.error, 'level')}
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
        onChange={setScore}
        error={fieldError(mutation.error, 'score')}
        inputContainer={(input) => <Box maw="12rem">{input}</Box>}
      />
      <Textarea
        label={t('evaluations.collective.decide.note')}
        description={t('common.optional')}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={4000}
        value={note}
        onChange={(ev) => setNote(ev.currentTarget.value)}
        error={fieldError(mutation.error, 'note')}
      />
    </FormModal>
  )
}
