// "Chưa thoả đáng? Mở lại": once, within 30 days of the answer, with the reason (at least 10 characters).
import { Button, Stack, Text, Textarea, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { useReopenFeedbackMutation } from '../publicApi.ts'

const REASON_MIN = 10

export function ReopenForm({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation()
  const reopen = useReopenFeedbackMutation(code)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const text = reason.trim()
    if (text.length < REASON_MIN) return setProblem(t('feedback.reopen.tooShort'))
    setProblem(null)
    reopen.mutate({ reason: text }, { onSuccess: onDone })
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="feedback-reopen-title">
      <Title order={2} id="feedback-reopen-title">
        {t('feedback.reopen.title')}
      </Title>
      <Text>{t('feedback.reopen.intro')}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('feedback.reopen.reason')}
            description={t('feedback.reopen.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={2000}
            size="lg"
            error={problem ?? fieldError(reopen.error, 'reason')}
            errorProps={{ role: 'alert' }}
          />
          <FormError error={reopen.error} fields={['reason']} />
          <Button type="submit" size="lg" variant="outline" loading={reopen.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('feedback.reopen.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  )
}
