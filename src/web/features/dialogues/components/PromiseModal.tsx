// Recording a promise made at a held session — what, the owner unit (the session's unit or one under it), the person
// answerable, the due date, and the question it answers — or changing an open one (the session's managers).
import { Select, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganizationSummary } from '../../../../common/contracts/organizations.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { useAddPromiseMutation, useUpdatePromiseMutation, type DialoguePromise, type DialogueSession } from '../api.ts'

const FIELDS = ['content', 'ownerOrgId', 'ownerName', 'dueOn', 'questionId'] as const
/** The select's "no question" choice (an empty value would read as no choice). */
const NONE = 'none'

interface Draft {
  content: string
  ownerOrgId: string | null
  ownerName: string
  dueOn: string
  questionId: string
}

type Problems = Partial<Record<keyof Draft, string>>

function useProblems() {
  const { t } = useTranslation()
  return (d: Draft): Problems => {
    const p: Problems = {}
    if (d.content.trim().length < 10) p.content = t('dialogues.promises.contentTooShort')
    if (!d.ownerOrgId) p.ownerOrgId = t('common.required')
    if (d.ownerName.trim().length < 2) p.ownerName = t('common.required')
    if (!d.dueOn) p.dueOn = t('common.required')
    return p
  }
}

function PromiseFields({ draft, onChange, problems, error, owner, questions }: {
  draft: Draft
  onChange: (d: Draft) => void
  problems: Problems
  error: unknown
  owner: OrganizationSummary | null
  questions: DialogueSession['questions'] | null
}) {
  const { t } = useTranslation()
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch })
  const err = (k: keyof Draft) => problems[k] ?? fieldError(error, k)
  const errorProps = { role: 'alert' }
  return (
    <>
      <Textarea label={t('dialogues.promises.content')} description={t('dialogues.promises.contentHint')} value={draft.content} onChange={(e) => set({ content: e.currentTarget.value })} autosize minRows={2} maxRows={8} maxLength={2000} required error={err('content')} errorProps={errorProps} data-autofocus />
      <OrgPicker label={t('dialogues.promises.owner')} description={t('dialogues.promises.ownerHint')} value={draft.ownerOrgId} selected={owner} required onChange={(ownerOrgId) => set({ ownerOrgId })} error={err('ownerOrgId')} />
      <TextInput label={t('dialogues.promises.ownerName')} description={t('dialogues.promises.ownerNameHint')} value={draft.ownerName} onChange={(e) => set({ ownerName: e.currentTarget.value })} maxLength={300} required error={err('ownerName')} errorProps={errorProps} />
      <TextInput type="date" label={t('dialogues.promises.dueOn')} value={draft.dueOn} onChange={(e) => set({ dueOn: e.currentTarget.value })} required maw="16rem" error={err('dueOn')} errorProps={errorProps} />
      {questions && questions.length > 0 && (
        <Select
          label={t('dialogues.promises.question')}
          data={[{ value: NONE, label: t('dialogues.promises.questionNone') }, ...questions.map((q, i) => ({ value: q.id, label: `${i + 1}. ${q.content.length > 90 ? `${q.content.slice(0, 89)}…` : q.content}` }))]}
          value={draft.questionId}
          onChange={(questionId) => questionId && set({ questionId })}
          allowDeselect={false}
          error={fieldError(error, 'questionId')}
        />
      )}
    </>
  )
}

export function AddPromiseModal({ session, onClose }: { session: DialogueSession; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useAddPromiseMutation(session.id)
  const problemsOf = useProblems()
  const [draft, setDraft] = useState<Draft>({ content: '', ownerOrgId: session.organization.id, ownerName: '', dueOn: '', questionId: NONE })
  const [problems, setProblems] = useState<Problems>({})
  const unit = useOrganization(session.organization.id)

  function onSubmit() {
    const found = problemsOf(draft)
    setProblems(found)
    if (Object.keys(found).length > 0 || !draft.ownerOrgId) return
    mutation.mutate(
      { content: draft.content.trim(), ownerOrgId: draft.ownerOrgId, ownerName: draft.ownerName.trim(), dueOn: draft.dueOn, questionId: draft.questionId === NONE ? null : draft.questionId },
      notifyAndClose(t('dialogues.promises.added'), onClose),
    )
  }

  return (
    <FormModal title={t('dialogues.promises.addTitle')} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={FIELDS}>
      <PromiseFields draft={draft} onChange={setDraft} problems={problems} error={mutation.error} owner={draft.ownerOrgId === session.organization.id ? unit.data ?? null : null} questions={session.questions} />
    </FormModal>
  )
}

export function EditPromiseModal({ promise, onClose }: { promise: DialoguePromise; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdatePromiseMutation(promise)
  const problemsOf = useProblems()
  const [draft, setDraft] = useState<Draft>({ content: promise.content, ownerOrgId: promise.owner.id, ownerName: promise.ownerName, dueOn: promise.dueOn, questionId: NONE })
  const [problems, setProblems] = useState<Problems>({})
  const owner = useOrganization(promise.owner.id)

  function onSubmit() {
    const found = problemsOf(draft)
    setProblems(found)
    if (Object.keys(found).length > 0 || !draft.ownerOrgId) return
    mutation.mutate(
      { content: draft.content.trim(), ownerOrgId: draft.ownerOrgId, ownerName: draft.ownerName.trim(), dueOn: draft.dueOn },
      notifyAndClose(t('common.saved'), onClose),
    )
  }

  return (
    <FormModal title={t('dialogues.promises.editTitle')} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={FIELDS}>
      <PromiseFields draft={draft} onChange={setDraft} problems={problems} error={mutation.error} owner={draft.ownerOrgId === promise.owner.id ? owner.data ?? null : null} questions={null} />
    </FormModal>
  )
}
