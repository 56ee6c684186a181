// "Đánh giá của bạn": the nomination's rubric for the model's area — each criterion with its maximum, a whole number each, the total
// kept live — and a comment; or "Tôi có xung đột lợi ích với hồ sơ này" with the reason (then no scores, and no step
// on the nomination afterwards). Written again, it replaces the reviewer's own at this level.
import { Anchor, Button, Checkbox, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { RUBRIC_TOTAL } from '../../../../common/contracts/rubrics.ts'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { rubricPath } from '../../rubrics/paths.ts'
import { useReviewMutation, type NominationDetail } from '../api.ts'

const errorProps = { role: 'alert' }

export function ReviewForm({ nomination }: { nomination: NominationDetail }) {
  const { t } = useTranslation()
  const area = nomination.model.area
  const rubric = nomination.rubric.criteria
  const mine = nomination.reviews.find((l) => l.level.id === nomination.at.id)?.reviews.find((r) => r.mine && !r.conflict)
  const mutation = useReviewMutation(nomination.id)
  const [conflict, setConflict] = useState(false)
  const [note, setNote] = useState('')
  const [scores, setScores] = useState<Record<string, number | ''>>(() => Object.fromEntries(rubric.map((c) => [c.key, mine?.scores?.[c.key] ?? ''])))
  const [comment, setComment] = useState(mine?.comment ?? '')
  const [problems, setProblems] = useState<Record<string, string>>({})
  const total = rubric.reduce((s, c) => s + (typeof scores[c.key] === 'number' ? (scores[c.key] as number) : 0), 0)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (conflict) {
      if (note.trim().length < 5) return setProblems({ conflictNote: t('nominations.review.noteTooShort') })
      setProblems({})
      return mutation.mutate({ conflict: true, conflictNote: note.trim() }, { onSuccess: () => notifySuccess(t('nominations.review.declared')) })
    }
    const missing = Object.fromEntries(rubric.filter((c) => scores[c.key] === '').map((c) => [c.key, t('nominations.review.scoreMissing')]))
    setProblems(missing)
    if (Object.keys(missing).length) return
    const body = { scores: Object.fromEntries(rubric.map((c) => [c.key, Number(scores[c.key])])), ...(comment.trim() ? { comment: comment.trim() } : {}) }
    mutation.mutate(body, { onSuccess: () => notifySuccess(t('nominations.review.saved')) })
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="nomination-review-title">
      <Title order={2} id="nomination-review-title">
        {t('nominations.review.title')}
      </Title>
      <Text>{t('nominations.review.intro', { area: t(`nominations.area.${area}`) })}</Text>
      <Text size="sm">
        {t('nominations.review.rubricName', { name: nomination.rubric.name })}{' '}
        <Anchor component={Link} to={rubricPath(nomination.rubric.id)} size="sm">
          {t('rubrics.view')}
        </Anchor>
      </Text>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <FormError error={mutation.error} fields={['conflictNote', 'comment', ...rubric.map((c) => `scores.${c.key}`)]} />
          <Checkbox label={t('nominations.review.conflict')} description={t('nominations.review.conflictHint')} checked={conflict} onChange={(e) => setConflict(e.currentTarget.checked)} />
          {conflict ? (
            <Textarea label={t('nominations.review.conflictNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxRows={6} maxLength={2000} required error={problems.conflictNote ?? fieldError(mutation.error, 'conflictNote')} errorProps={errorProps} />
          ) : (
            <>
              <Stack gap="sm" role="group" aria-label={t('nominations.review.scoresLabel')}>
                {rubric.map((c) => (
                  <NumberInput
                    key={c.key}
                    label={t('nominations.review.criterion', { label: c.title, max: c.maxPoints })}
                    value={scores[c.key]}
                    onChange={(value) => setScores((s) => ({ ...s, [c.key]: typeof value === 'number' ? value : '' }))}
                    min={0}
                    max={c.maxPoints}
                    allowDecimal={false}
                    allowNegative={false}
                    clampBehavior="strict"
                    required
                    styles={{ wrapper: { maxWidth: '10rem' } }}
                    error={problems[c.key] ?? fieldError(mutation.error, `scores.${c.key}`)}
                    errorProps={errorProps}
                  />
                ))}
              </Stack>
              <Text fw={700} aria-live="polite">{t('nominations.review.total', { total, max: RUBRIC_TOTAL })}</Text>
              <Textarea label={t('nominations.review.comment')} description={t('common.optional')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={4000} error={fieldError(mutation.error, 'comment')} errorProps={errorProps} />
            </>
          )}
          <Group>
            <Button type="submit" color={conflict ? 'red' : undefined} loading={mutation.isPending}>
              {conflict ? t('nominations.review.declare') : t('nominations.review.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  )
}
