// The decision on one member's rating: the level and the score it rests on (the self-assessed total by default).
// Going past the quota is refused (409) with the numbers in words; where the rules allow exceptions, the office may
// then resend it with a written justification (at least 20 characters, audited).
import { Alert, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RatingLevel, RuleSetContent } from '../../../../common/contracts/rules.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { quotaRefusal, useDecideMutation, type Evaluation } from '../api.ts'
import { useVoteTally } from './EvaluationFacts.tsx'
import { LevelAndScoreFields, scorePoints } from './LevelAndScoreFields.tsx'

export function DecideModal({ evaluation, bands, onClose }: { evaluation: Evaluation; bands?: RuleSetContent['bands']; onClose: () => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const tally = useVoteTally()
  const mutation = useDecideMutation(evaluation.id)
  const e = evaluation
  const [level, setLevel] = useState<RatingLevel | null>(e.proposedLevel)
  const [score, setScore] = useState<number | string>(e.selfTotal ?? '')
  const [justification, setJustification] = useState('')
  const [refusedLevel, setRefusedLevel] = useState<RatingLevel | null>(null)
  const [tried, setTried] = useState(false)
  const exception = refusedLevel !== null && level === refusedLevel
  const points = scorePoints(score)
  const tooShort = exception && justification.trim().length < 20

  function onSubmit() {
    setTried(true)
    if (!level || tooShort) return
    mutation.mutate(
      { level, ...(points !== null ? { score: points } : {}), ...(exception ? { exceptionJustification: justification.trim() } : {}) },
      {
        ...notifyAndClose(t('evaluations.decide.done', { name: e.person.fullName, level: labels.ratingLevel(level) }), onClose),
        onError: (error) => {
          if (!quotaRefusal(error)) return
          setRefusedLevel(level)
          setTried(false)
        },
      },
    )
  }

  return (
    <FormModal
      title={t('evaluations.decide.titleFor', { name: e.person.fullName })}
      intro={
        <Stack gap={4}>
          <Text>{t('evaluations.decide.self', { level: e.selfLevel ? labels.ratingLevel(e.selfLevel) : t('common.none'), total: e.selfTotal === null ? t('common.none') : formatNumber(e.selfTotal) })}</Text>
          <Text>{t('evaluations.decide.proposed', { level: labels.ratingLevel(e.proposedLevel), votes: tally(e.votes) })}</Text>
        </Stack>
      }
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['level', 'score', 'exceptionJustification']}
      submitLabel={exception ? t('evaluations.decide.withException') : t('evaluations.decide.action')}
      submitColor={exception ? 'red' : 'teal'}
      size="lg"
    >
      <LevelAndScoreFields level={level} onLevel={setLevel} score={score} onScore={setScore} bands={bands} tried={tried} error={mutation.error} />
      {exception && (
        <>
          <Alert color="red" variant="light" role="status">
            {t('evaluations.decide.exceptionIntro')}
          </Alert>
          <Textarea
            label={t('evaluations.decide.justification')}
            description={t('evaluations.decide.justificationHint')}
            required
            autosize
            minRows={3}
            maxRows={8}
            maxLength={4000}
            value={justification}
            onChange={(ev) => setJustification(ev.currentTarget.value)}
            error={tried && tooShort ? t('evaluations.decide.justificationHint') : fieldError(mutation.error, 'exceptionJustification')}
          />
        </>
      )}
    </FormModal>
  )
}
