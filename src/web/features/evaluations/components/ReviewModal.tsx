// "Kiểm điểm tại chi bộ": the cell's collective review of one member — the meeting's date, who was there, the votes
// per level and the level the cell proposes, with its comment and the shortcomings it names (carried into the member's
// next commitment). Recorded again (corrected) until it is decided.
import { Group, NumberInput, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RATING_LEVELS, type RatingLevel } from '../../../../common/contracts/rules.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { formatNumber } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import type { Commitment } from '../../commitments/api.ts'
import { useReviewMutation, type Evaluation } from '../api.ts'
import { ShortcomingsField, useShortcomings } from './ShortcomingsField.tsx'

type Count = number | ''
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

export function ReviewModal({ commitment, evaluation, onClose }: { commitment: Commitment; evaluation?: Evaluation; onClose: () => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const mutation = useReviewMutation()
  const name = commitment.person.fullName
  const [date, setDate] = useState(evaluation?.reviewDate ?? today())
  const [present, setPresent] = useState<Count>(evaluation?.attendancePresent ?? '')
  const [total, setTotal] = useState<Count>(evaluation?.attendanceTotal ?? '')
  const [votes, setVotes] = useState<Record<RatingLevel, Count>>(() => evaluation?.votes ?? { excellent: 0, good: 0, complete: 0, incomplete: 0 })
  const [level, setLevel] = useState<RatingLevel | null>(evaluation?.proposedLevel ?? commitment.selfAssessment?.level ?? null)
  const [comment, setComment] = useState(evaluation?.comment ?? '')
  const shortcomings = useShortcomings(evaluation?.shortcomings ?? [])
  const [tried, setTried] = useState(false)

  const voted = RATING_LEVELS.reduce((s, l) => s + Number(votes[l] || 0), 0)
  const errors = {
    date: !date ? t('common.required') : undefined,
    present: present === '' || present < 1 ? t('common.required') : total !== '' && present > total ? t('evaluations.review.presentAboveTotal') : undefined,
    total: total === '' || total < 1 ? t('common.required') : undefined,
    votes: present !== '' && voted > present ? t('evaluations.review.votesAbovePresent', { votes: formatNumber(voted), present: formatNumber(present) }) : undefined,
    level: !level ? t('common.required') : undefined,
  }

  function onSubmit() {
    setTried(true)
    if (Object.values(errors).some(Boolean) || !level || !shortcomings.valid) return
    const v = (l: RatingLevel) => Number(votes[l] || 0)
    mutation.mutate(
      {
        commitmentId: commitment.id, reviewDate: date, attendancePresent: Number(present), attendanceTotal: Number(total),
        votes: { excellent: v('excellent'), good: v('good'), complete: v('complete'), incomplete: v('incomplete') },
        proposedLevel: level, comment: comment.trim() || null, shortcomings: shortcomings.texts,
      },
      notifyAndClose(t('evaluations.review.done', { name }), onClose),
    )
  }
  const show = (key: keyof typeof errors, path?: string) => (tried ? errors[key] : undefined) ?? (path ? fieldError(mutation.error, path) : undefined)

  return (
    <FormModal
      title={t('evaluations.review.titleFor', { name })}
      intro={<Text>{t('evaluations.review.intro')}</Text>}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['reviewDate', 'attendancePresent', 'attendanceTotal', 'votes', 'proposedLevel', 'comment', 'shortcomings', ...shortcomings.paths]}
      submitLabel={t('evaluations.review.submit')}
      size="lg"
    >
      <TextInput type="date" label={t('evaluations.review.date')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={show('date', 'reviewDate')} maw="14rem" data-autofocus />
      <Group grow align="flex-start">
        <NumberInput label={t('evaluations.review.present')} required min={1} max={1000} allowDecimal={false} allowNegative={false} value={present} onChange={(v) => setPresent(v === '' ? '' : Number(v))} error={show('present', 'attendancePresent')} />
        <NumberInput label={t('evaluations.review.total')} required min={1} max={1000} allowDecimal={false} allowNegative={false} value={total} onChange={(v) => setTotal(v === '' ? '' : Number(v))} error={show('total', 'attendanceTotal')} />
      </Group>
      <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <legend style={{ fontWeight: 500, marginBottom: 8, padding: 0 }}>{t('evaluations.review.votesLegend')}</legend>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {RATING_LEVELS.map((l) => (
            <NumberInput
              key={l}
              label={labels.ratingLevel(l)}
              min={0}
              max={1000}
              allowDecimal={false}
              allowNegative={false}
              value={votes[l]}
              onChange={(v) => setVotes((s) => ({ ...s, [l]: v === '' ? '' : Number(v) }))}
            />
          ))}
        </SimpleGrid>
        {show('votes', 'votes') && (
          <Text c="var(--mantine-color-error)" size="sm" mt={6} role="alert">
            {show('votes', 'votes')}
          </Text>
        )}
      </fieldset>
      <Select
        label={t('evaluations.proposedLevel')}
        description={commitment.selfAssessment ? t('evaluations.review.selfWas', { level: labels.ratingLevel(commitment.selfAssessment.level), total: formatNumber(commitment.selfAssessment.total) }) : undefined}
        required
        allowDeselect={false}
        data={RATING_LEVELS.map((v) => ({ value: v, label: labels.ratingLevel(v) }))}
        value={level}
        onChange={(v) => setLevel(v as RatingLevel | null)}
        error={show('level', 'proposedLevel')}
      />
      <Textarea label={t('evaluations.review.comment')} description={t('common.optional')} autosize minRows={2} maxRows={6} maxLength={4000} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={fieldError(mutation.error, 'comment')} />
      <ShortcomingsField state={shortcomings} tried={tried} error={mutation.error} />
    </FormModal>
  )
}
