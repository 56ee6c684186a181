// Recording a question (who raised it, what, and the answer given at the session), or correcting one.
import { Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, nullableText } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import type { QuestionBody } from '../../../../common/contracts/dialogues.ts'
import { useAddQuestionMutation, useUpdateQuestionMutation, type DialogueQuestion } from '../api.ts'

const CONTENT_MIN = 10

interface Saving {
  isPending: boolean
  error: unknown
  /** Sends the body; calls `onSuccess` when the server took it. */
  save: (body: QuestionBody, onSuccess: () => void) => void
}

function QuestionForm({ title, initial, mutation, done, onClose }: {
  title: string
  initial: { raisedBy: string; content: string; response: string }
  mutation: Saving
  done: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const [problem, setProblem] = useState<string | null>(null)
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }))

  function onSubmit() {
    if (values.content.trim().length < CONTENT_MIN) return setProblem(t('dialogues.questions.tooShort'))
    setProblem(null)
    const body = { raisedBy: nullableText(values.raisedBy), content: values.content.trim(), response: nullableText(values.response) }
    mutation.save(body, () => {
      notifySuccess(done)
      onClose()
    })
  }

  return (
    <FormModal title={title} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['raisedBy', 'content', 'response']}>
      <TextInput label={t('dialogues.questions.raisedBy')} description={t('dialogues.questions.raisedByHint')} value={values.raisedBy} onChange={(e) => set({ raisedBy: e.currentTarget.value })} maxLength={200} error={fieldError(mutation.error, 'raisedBy')} data-autofocus />
      <Textarea label={t('dialogues.questions.content')} description={t('dialogues.questions.contentHint')} value={values.content} onChange={(e) => set({ content: e.currentTarget.value })} autosize minRows={3} maxRows={12} maxLength={5000} required error={problem ?? fieldError(mutation.error, 'content')} errorProps={{ role: 'alert' }} />
      <Textarea label={t('dialogues.questions.response')} description={t('common.optional')} value={values.response} onChange={(e) => set({ response: e.currentTarget.value })} autosize minRows={2} maxRows={12} maxLength={5000} error={fieldError(mutation.error, 'response')} />
    </FormModal>
  )
}

export function AddQuestionModal({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useAddQuestionMutation(sessionId)
  const saving = { isPending: mutation.isPending, error: mutation.error, save: (body: QuestionBody, onSuccess: () => void) => mutation.mutate(body, { onSuccess }) }
  return <QuestionForm title={t('dialogues.questions.addTitle')} initial={{ raisedBy: '', content: '', response: '' }} mutation={saving} done={t('dialogues.questions.added')} onClose={onClose} />
}

export function EditQuestionModal({ sessionId, question, onClose }: { sessionId: string; question: DialogueQuestion; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateQuestionMutation(sessionId, question.id)
  const saving = { isPending: mutation.isPending, error: mutation.error, save: (body: QuestionBody, onSuccess: () => void) => mutation.mutate(body, { onSuccess }) }
  return (
    <QuestionForm
      title={t('dialogues.questions.editTitle')}
      initial={{ raisedBy: question.raisedBy ?? '', content: question.content, response: question.response ?? '' }}
      mutation={saving}
      done={t('common.saved')}
      onClose={onClose}
    />
  )
}
