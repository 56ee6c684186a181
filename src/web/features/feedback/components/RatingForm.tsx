// Rating the published answer (once): five radios "1 sao" … "5 sao" in a labelled group, and an optional comment.
import { Button, Group, Radio, Stack, Textarea, Title } from '@mantine/core'
import { IconStarFilled } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../../components/FormError.tsx'
import { optionalText } from '../../../components/forms.ts'
import { useRateFeedbackMutation } from '../publicApi.ts'

const STARS = ['1', '2', '3', '4', '5'] as const

export function RatingForm({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation()
  const rate = useRateFeedbackMutation(code)
  const [rating, setRating] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!rating) return setProblem(t('feedback.rating.choose'))
    setProblem(null)
    rate.mutate({ rating: Number(rating), comment: optionalText(comment) }, { onSuccess: onDone })
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="feedback-rating-title">
      <Title order={2} id="feedback-rating-title">
        {t('feedback.rating.title')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Radio.Group
            label={t('feedback.rating.legend')}
            description={t('feedback.rating.hint')}
            value={rating}
            onChange={setRating}
            required
            error={problem}
            errorProps={{ role: 'alert' }}
            size="lg"
          >
            <Group gap="lg" mt="xs">
              {STARS.map((n) => (
                <Radio
                  key={n}
                  value={n}
                  size="lg"
                  label={
                    <Group gap={4} component="span" wrap="nowrap">
                      {t('feedback.rating.star', { n })}
                      <IconStarFilled size={18} color="var(--mantine-color-yellow-8)" aria-hidden />
                    </Group>
                  }
                />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('feedback.rating.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={1000}
            size="lg"
          />
          <FormError error={rate.error} fields={['rating', 'comment']} />
          <Button type="submit" size="lg" loading={rate.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('feedback.rating.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  )
}
