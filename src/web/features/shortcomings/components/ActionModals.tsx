// Planning a remedial action (what, the owner unit and person, the due date), and reporting progress on one from a
// phone: how far it has come, what was done, whether it is now done, and up to three photos or PDFs as evidence.
import { Checkbox, NumberInput, Text, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { AttachmentPicker } from '../../feedback/components/AttachmentPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { useAddActionMutation, useReportActionMutation, type ShortcomingAction, type ShortcomingDetail } from '../api.ts'

const errorProps = { role: 'alert' }

export function AddActionModal({ shortcoming, onClose }: { shortcoming: ShortcomingDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useAddActionMutation(shortcoming.id)
  const [content, setContent] = useState('')
  const [ownerOrgId, setOwnerOrgId] = useState<string | null>(shortcoming.subjectKind === 'org' ? shortcoming.subject.id : null)
  const [ownerName, setOwnerName] = useState(shortcoming.subjectKind === 'person' ? shortcoming.subject.name : '')
  const [dueOn, setDueOn] = useState(shortcoming.dueOn ?? '')
  const [problems, setProblems] = useState<{ content?: string; ownerName?: string; dueOn?: string }>({})
  const subjectOrg = useOrganization(shortcoming.subjectKind === 'org' ? shortcoming.subject.id : '')

  function onSubmit() {
    const found = {
      content: content.trim().length < 5 ? t('shortcomings.addAction.contentTooShort') : undefined,
      ownerName: ownerName.trim().length < 2 ? t('common.required') : undefined,
      dueOn: dueOn ? undefined : t('common.required'),
    }
    setProblems(found)
    if (found.content || found.ownerName || found.dueOn) return
    mutation.mutate({ content: content.trim(), ownerOrgId, ownerName: ownerName.trim(), dueOn }, notifyAndClose(t('shortcomings.addAction.added'), onClose))
  }

  return (
    <FormModal title={t('shortcomings.addAction.title')} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={['content', 'ownerOrgId', 'ownerName', 'dueOn']}>
      <Textarea label={t('shortcomings.addAction.content')} description={t('shortcomings.addAction.contentHint')} value={content} onChange={(e) => setContent(e.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={2000} required error={problems.content ?? fieldError(mutation.error, 'content')} errorProps={errorProps} data-autofocus />
      <OrgPicker label={t('shortcomings.addAction.owner')} description={t('shortcomings.addAction.ownerHint')} value={ownerOrgId} selected={ownerOrgId === shortcoming.subject.id ? subjectOrg.data ?? null : null} onChange={setOwnerOrgId} error={fieldError(mutation.error, 'ownerOrgId')} />
      <TextInput label={t('shortcomings.addAction.ownerName')} description={t('shortcomings.addAction.ownerNameHint')} value={ownerName} onChange={(e) => setOwnerName(e.currentTarget.value)} maxLength={300} required error={problems.ownerName ?? fieldError(mutation.error, 'ownerName')} errorProps={errorProps} />
      <TextInput type="date" label={t('shortcomings.addAction.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} required maw="16rem" error={problems.dueOn ?? fieldError(mutation.error, 'dueOn')} errorProps={errorProps} />
    </FormModal>
  )
}

export function ReportActionModal({ shortcomingId, action, onClose }: { shortcomingId: string; action: ShortcomingAction; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useReportActionMutation(shortcomingId, action.id)
  const [progress, setProgress] = useState<number | string>(action.progress)
  const [note, setNote] = useState('')
  const [done, setDone] = useState(false)
  const [files, setFiles] = useState<File[]>([])
  const [preparing, setPreparing] = useState(false)
  const [problems, setProblems] = useState<{ progress?: string; note?: string }>({})

  function onSubmit() {
    const found = {
      progress: !done && typeof progress !== 'number' ? t('common.required') : undefined,
      note: note.trim().length < 5 ? t('shortcomings.report.noteTooShort') : undefined,
    }
    setProblems(found)
    if (found.progress || found.note || preparing) return
    mutation.mutate(
      { progress: done ? 100 : Number(progress), note: note.trim(), ...(done ? { status: 'done' as const } : {}), files },
      notifyAndClose(t('shortcomings.report.sent'), onClose),
    )
  }

  return (
    <FormModal
      title={t('shortcomings.report.title')}
      intro={<Text fw={500} style={{ overflowWrap: 'anywhere' }}>{action.content}</Text>}
      size="lg"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['progress', 'note', 'status', 'files']}
      submitLabel={t('shortcomings.report.submit')}
      submitDisabled={preparing}
    >
      <Checkbox label={t('shortcomings.report.done')} checked={done} onChange={(e) => setDone(e.currentTarget.checked)} size="md" />
      {!done && (
        <NumberInput label={t('shortcomings.report.progress')} min={0} max={100} step={10} allowDecimal={false} allowNegative={false} clampBehavior="strict" suffix=" %" maw="12rem" size="md" inputMode="numeric" value={progress} onChange={setProgress} required error={problems.progress ?? fieldError(mutation.error, 'progress')} errorProps={errorProps} />
      )}
      <Textarea label={t('shortcomings.report.note')} description={t('shortcomings.report.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={3} maxRows={10} maxLength={2000} required size="md" error={problems.note ?? fieldError(mutation.error, 'note')} errorProps={errorProps} data-autofocus />
      <AttachmentPicker files={files} onChange={setFiles} onPreparing={setPreparing} error={fieldError(mutation.error, 'files')} />
    </FormModal>
  )
}
