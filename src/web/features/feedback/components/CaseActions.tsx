// The handling steps the server allows on a case (its `abilities`): acknowledge, write the draft answer, approve and
// publish it — the last one after a confirmation that says what gets masked; then re-routing or returning the case.
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconCircleCheck, IconDeviceFloppy, IconSend } from '@tabler/icons-react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMe } from '../../../api/session.tsx'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useAcknowledgeMutation, useApproveAnswerMutation, useDraftAnswerMutation, type FeedbackCase } from '../api.ts'
import { RoutingActions, routingAbilities } from './RoutingActions.tsx'

const ANSWER_MIN = 20

function AnswerEditor({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation()
  const save = useDraftAnswerMutation(item.id)
  const [text, setText] = useState(item.draftAnswer ?? '')
  const [problem, setProblem] = useState<string | null>(null)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const trimmed = text.trim()
    if (trimmed.length < ANSWER_MIN) return setProblem(t('feedback.case.answerTooShort'))
    setProblem(null)
    save.mutate(trimmed, { onSuccess: () => notifySuccess(t('feedback.case.draftSaved')) })
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('feedback.case.answer')}
          description={t('feedback.case.answerHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={5}
          maxRows={16}
          maxLength={5000}
          required
          error={problem ?? fieldError(save.error, 'text')}
          errorProps={{ role: 'alert' }}
        />
        <FormError error={save.error} fields={['text']} />
        <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={20} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
          {t('feedback.case.saveDraft')}
        </Button>
      </Stack>
    </form>
  )
}

export function CaseActions({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation()
  const acknowledge = useAcknowledgeMutation(item.id)
  const approve = useApproveAnswerMutation(item.id)
  const [confirming, setConfirming] = useState(false)
  const me = useMe()
  const { abilities } = item
  const routing = routingAbilities(item, me)
  const none = !abilities.acknowledge && !abilities.answer && !abilities.approve && !routing.transfer && !routing.return

  return (
    <Stack gap="md" component="section" aria-labelledby="feedback-actions-title">
      <Title order={2} id="feedback-actions-title">
        {t('feedback.case.actions')}
      </Title>
      {none && <Text>{t('feedback.case.noActions')}</Text>}
      {abilities.acknowledge && (
        <Stack gap="xs">
          <FormError error={acknowledge.error} />
          <Button
            color="teal"
            loading={acknowledge.isPending}
            leftSection={<IconCircleCheck size={20} aria-hidden />}
            onClick={() => acknowledge.mutate(undefined, { onSuccess: () => notifySuccess(t('feedback.case.acknowledged')) })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('feedback.case.acknowledge')}
          </Button>
        </Stack>
      )}
      {abilities.answer && <AnswerEditor key={item.draftAnswer ?? ''} item={item} />}
      {!abilities.answer && item.draftAnswer && (
        <Paper withBorder p="md" radius="md">
          <Text fw={700}>{t('feedback.case.currentDraft')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.draftAnswer}</Text>
        </Paper>
      )}
      {abilities.approve && (
        <Group>
          <Button leftSection={<IconSend size={20} aria-hidden />} onClick={() => setConfirming(true)}>
            {t('feedback.case.approve')}
          </Button>
        </Group>
      )}
      <RoutingActions item={item} />
      {confirming && (
        <ConfirmModal
          title={t('feedback.case.approveTitle')}
          message={t('feedback.case.approveMessage')}
          confirmLabel={t('feedback.case.approveConfirm')}
          danger={false}
          loading={approve.isPending}
          error={approve.error}
          onClose={() => {
            setConfirming(false)
            approve.reset()
          }}
          onConfirm={() =>
            approve.mutate(undefined, {
              onSuccess: () => {
                notifySuccess(t('feedback.case.approved'))
                setConfirming(false)
              },
            })
          }
        />
      )}
    </Stack>
  )
}
