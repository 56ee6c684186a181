// "Nhập phản ánh thay người dân": an office records a case received by phone, in person, at a dialogue or by mail,
// then reads the tracking code (shown once) and the reference to the citizen.
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BackLink } from '../../components/BackLink.tsx'
import { ErrorState } from '../../components/ErrorState.tsx'
import { FormError } from '../../components/FormError.tsx'
import { fieldError } from '../../components/forms.ts'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { ENTERED_CHANNEL_VALUES, useEnterFeedbackMutation, type EnteredChannel } from './api.ts'
import { AttachmentPicker } from './components/AttachmentPicker.tsx'
import { FeedbackFields } from './components/FeedbackFields.tsx'
import { Receipt } from './components/Receipt.tsx'
import { DRAFT_FIELDS, draftProblems, EMPTY_DRAFT, toSubmission, type DraftProblems } from './draft.ts'
import { FEEDBACK_INBOX_PATH } from './paths.ts'
import { useFeedbackOptions, type FeedbackReceipt } from './publicApi.ts'

function EnterForm({ onSent }: { onSent: (receipt: FeedbackReceipt) => void }) {
  const { t } = useTranslation()
  const options = useFeedbackOptions()
  const enter = useEnterFeedbackMutation()
  const [channel, setChannel] = useState<EnteredChannel>('phone')
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
    enter.mutate({ ...toSubmission(draft), channel, files }, { onSuccess: onSent })
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="feedback-enter-title">
      <Stack gap="lg">
        <Select
          label={t('feedback.enter.channel')}
          data={ENTERED_CHANNEL_VALUES.map((c) => ({ value: c, label: t(`feedback.channel.${c}`) }))}
          value={channel}
          onChange={(value) => value && setChannel(value as EnteredChannel)}
          allowDeselect={false}
          required
          error={fieldError(enter.error, 'channel')}
          errorProps={{ role: 'alert' }}
        />
        <FeedbackFields draft={draft} onChange={setDraft} options={options.data} problems={problems} error={enter.error} />
        <AttachmentPicker files={files} onChange={setFiles} onPreparing={setPreparing} error={fieldError(enter.error, 'files')} />
        <FormError error={enter.error} fields={[...DRAFT_FIELDS, 'channel', 'files']} />
        <Button type="submit" loading={enter.isPending} disabled={preparing} leftSection={<IconDeviceFloppy size={20} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
          {t('feedback.enter.submit')}
        </Button>
      </Stack>
    </form>
  )
}

export function FeedbackEnterPage() {
  const { t } = useTranslation()
  usePageTitle(t('feedback.enter.title'))
  const [receipt, setReceipt] = useState<FeedbackReceipt | null>(null)
  const [round, setRound] = useState(0)
  const back = <BackLink to={FEEDBACK_INBOX_PATH}>{t('feedback.case.back')}</BackLink>

  if (receipt) {
    return (
      <>
        {back}
        <Receipt receipt={receipt} title={t('feedback.receipt.enteredTitle')} note={t('feedback.receipt.readToCitizen')}>
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setReceipt(null)
                setRound((n) => n + 1)
              }}
            >
              {t('feedback.enter.another')}
            </Button>
          </Group>
        </Receipt>
      </>
    )
  }
  return (
    <>
      {back}
      <Title order={1} id="feedback-enter-title">
        {t('feedback.enter.title')}
      </Title>
      <Text>{t('feedback.enter.intro')}</Text>
      <EnterForm key={round} onSent={setReceipt} />
    </>
  )
}
