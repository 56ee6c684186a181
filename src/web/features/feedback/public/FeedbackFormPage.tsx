// "Gửi phản ánh, kiến nghị" (no account): the plain form, then the tracking code shown once with the reference, the
// deadlines and a way to the status page. The code lives in this page's memory only.
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconSend } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { isApiError } from '../../../api/client.ts'
import { ErrorState } from '../../../components/ErrorState.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { Loading } from '../../../components/Loading.tsx'
import { usePageTitle } from '../../../components/usePageTitle.ts'
import { fieldError } from '../../../components/forms.ts'
import { AttachmentPicker } from '../components/AttachmentPicker.tsx'
import { FeedbackFields } from '../components/FeedbackFields.tsx'
import { Receipt } from '../components/Receipt.tsx'
import { DRAFT_FIELDS, draftProblems, EMPTY_DRAFT, toSubmission, type DraftProblems } from '../draft.ts'
import { FEEDBACK_LOOKUP_PATH, feedbackStatusPath } from '../paths.ts'
import { useFeedbackOptions, useSubmitFeedbackMutation, type FeedbackReceipt } from '../publicApi.ts'

/** Too many submissions from this address: say so plainly (the server's limit is per address and window). */
function SubmitError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  if (isApiError(error) && error.status === 429) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('errors.actionFailed')}>
        {t('feedback.form.tooMany')}
      </Alert>
    )
  }
  return <FormError error={error} fields={[...DRAFT_FIELDS, 'files']} />
}

function SendForm({ onSent }: { onSent: (receipt: FeedbackReceipt) => void }) {
  const { t } = useTranslation()
  const options = useFeedbackOptions()
  const submit = useSubmitFeedbackMutation()
  const [draft, setDraft] = useState(EMPTY_DRAFT)
  const [problems, setProblems] = useState<DraftProblems>({})
  const [files, setFiles] = useState<File[]>([])
  const [preparing, setPreparing] = useState(false)

  if (options.isPending) return <Loading />
  if (options.error) return <ErrorState error={options.error} onRetry={() => void options.refetch()} />

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const found = draftProblems(draft, t)
    setProblems(found)
    if (Object.keys(found).length > 0 || preparing) return
    submit.mutate({ ...toSubmission(draft), files }, { onSuccess: onSent })
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="feedback-form-title">
      <Stack gap="lg">
        <FeedbackFields draft={draft} onChange={setDraft} options={options.data} problems={problems} error={submit.error} />
        <AttachmentPicker files={files} onChange={setFiles} onPreparing={setPreparing} error={fieldError(submit.error, 'files')} />
        <SubmitError error={submit.error} />
        <Button type="submit" size="lg" fullWidth loading={submit.isPending} disabled={preparing} leftSection={<IconSend size={22} aria-hidden />}>
          {t('feedback.form.submit')}
        </Button>
      </Stack>
    </form>
  )
}

export function FeedbackFormPage() {
  const { t } = useTranslation()
  usePageTitle(t('feedback.form.title'))
  const [receipt, setReceipt] = useState<FeedbackReceipt | null>(null)
  // A new form after sending: a fresh key empties every field.
  const [round, setRound] = useState(0)

  if (receipt) {
    return (
      <Receipt receipt={receipt} title={t('feedback.receipt.title')} note={t('feedback.receipt.warning')}>
        <Stack gap="sm" align="flex-start">
          <Button component={Link} to={feedbackStatusPath(receipt.trackingCode)} size="lg" variant="filled">
            {t('feedback.receipt.openStatus')}
          </Button>
          <Button
            variant="default"
            size="lg"
            onClick={() => {
              setReceipt(null)
              setRound((n) => n + 1)
            }}
          >
            {t('feedback.receipt.another')}
          </Button>
        </Stack>
      </Receipt>
    )
  }
  return (
    <>
      <Title order={1} id="feedback-form-title">
        {t('feedback.form.title')}
      </Title>
      <Text>{t('feedback.form.intro')}</Text>
      <Text>
        {t('feedback.form.lookupNote')}{' '}
        <Anchor component={Link} to={FEEDBACK_LOOKUP_PATH}>
          {t('feedback.lookupLink')}
        </Anchor>
      </Text>
      <SendForm key={round} onSent={setReceipt} />
    </>
  )
}
