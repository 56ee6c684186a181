// "Câu hỏi, kiến nghị" of a session: each with who raised it and the answer given there; the session's managers add,
// correct, remove them and take one in as a feedback case (then its reference links to the case).
import { Anchor, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconMessagePlus, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ConfirmModal } from '../../../components/ConfirmModal.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { feedbackCasePath } from '../../feedback/paths.ts'
import { useDeleteQuestionMutation, type DialogueQuestion, type DialogueSession } from '../api.ts'
import { AddQuestionModal, EditQuestionModal } from './QuestionModal.tsx'
import { TakeInModal } from './TakeInModal.tsx'

type Open = { kind: 'add' } | { kind: 'edit' | 'delete' | 'takeIn'; question: DialogueQuestion } | null

function QuestionItem({ question, index, canRecord, onOpen }: { question: DialogueQuestion; index: number; canRecord: boolean; onOpen: (o: Open) => void }) {
  const { t } = useTranslation()
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Stack gap={6}>
        <Text fw={500} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {index + 1}. {question.content}
        </Text>
        {question.raisedBy && <Text size="sm">{t('dialogues.questions.by', { name: question.raisedBy })}</Text>}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <Text span fw={700}>{t('dialogues.questions.response')}:</Text> {question.response ?? t('dialogues.questions.noResponse')}
        </Text>
        {question.feedbackCase && (
          <Text size="sm">
            {t('dialogues.questions.takenIn')}{' '}
            <Anchor component={Link} to={feedbackCasePath(question.feedbackCase.id)}>
              {question.feedbackCase.reference}
            </Anchor>
          </Text>
        )}
        {canRecord && (
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onOpen({ kind: 'edit', question })} aria-label={t('dialogues.questions.editNumbered', { n: index + 1 })}>
              {t('dialogues.questions.edit')}
            </Button>
            {!question.feedbackCase && (
              <>
                <Button size="xs" variant="outline" leftSection={<IconMessagePlus size={16} aria-hidden />} onClick={() => onOpen({ kind: 'takeIn', question })} aria-label={t('dialogues.questions.takeInNumbered', { n: index + 1 })}>
                  {t('dialogues.questions.takeIn')}
                </Button>
                <Button size="xs" variant="outline" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => onOpen({ kind: 'delete', question })} aria-label={t('dialogues.questions.deleteNumbered', { n: index + 1 })}>
                  {t('dialogues.questions.delete')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  )
}

export function QuestionsSection({ session }: { session: DialogueSession }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<Open>(null)
  const remove = useDeleteQuestionMutation(session.id)
  const canRecord = session.abilities.recordQuestions
  const close = () => {
    setOpen(null)
    remove.reset()
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby="dialogue-questions-title">
      <Group justify="space-between" align="center">
        <Title order={2} id="dialogue-questions-title">
          {t('dialogues.questions.title')}
        </Title>
        {canRecord && (
          <Button variant="outline" leftSection={<IconPlus size={20} aria-hidden />} onClick={() => setOpen({ kind: 'add' })}>
            {t('dialogues.questions.add')}
          </Button>
        )}
      </Group>
      {session.questions.length === 0 ? (
        <Text>{t('dialogues.questions.empty')}</Text>
      ) : (
        <Box component="ol" aria-label={t('dialogues.questions.title')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {session.questions.map((q, i) => (
            <QuestionItem key={q.id} question={q} index={i} canRecord={canRecord} onOpen={setOpen} />
          ))}
        </Box>
      )}
      {open?.kind === 'add' && <AddQuestionModal sessionId={session.id} onClose={close} />}
      {open?.kind === 'edit' && <EditQuestionModal sessionId={session.id} question={open.question} onClose={close} />}
      {open?.kind === 'takeIn' && <TakeInModal session={session} question={open.question} onClose={close} />}
      {open?.kind === 'delete' && (
        <ConfirmModal
          title={t('dialogues.questions.deleteTitle')}
          message={t('dialogues.questions.deleteMessage')}
          confirmLabel={t('dialogues.questions.delete')}
          loading={remove.isPending}
          error={remove.error}
          onClose={close}
          onConfirm={() => remove.mutate(open.question.id, { onSuccess: () => { notifySuccess(t('dialogues.questions.deleted')); close() } })}
        />
      )}
    </Stack>
  )
}
