// The level above decides an organization's rating: the level (the organization's proposal by default), the score it
// rests on (the self-assessed total by default) and a note. The server enforces the band and the top level's
// conditions, and says in words what is wrong; the decision is then locked.
import { Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RatingLevel, RuleSetContent } from '../../../../common/contracts/rules.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useCollectiveDecideMutation, type CollectiveEvaluation } from '../api.ts'
import { LevelAndScoreFields, scorePoints } from './LevelAndScoreFields.tsx'

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
  const points = scorePoints(score)

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
      <LevelAndScoreFields level={level} onLevel={setLevel} score={score} onScore={setScore} bands={bands} tried={tried} error={mutation.error} />
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
