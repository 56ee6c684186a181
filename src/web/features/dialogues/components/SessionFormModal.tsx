// Scheduling a session ("Lên lịch tiếp dân, đối thoại"), or changing a planned one: the committee (when scheduling),
// the kind, a title, the date and time, the place and who chairs it. The form checks what it can before sending.
import { Select, SimpleGrid, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { todayIso } from '../../../../common/dates.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose, notifySuccess } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import type { OrganizationSummary } from '../../../../common/contracts/organizations.ts'
import { KIND_VALUES, useCreateDialogueMutation, useUpdateDialogueMutation, type DialogueKind, type DialogueSession } from '../api.ts'
import { sessionProblems, type SessionDraft, type SessionProblems } from '../logic.ts'
import { dialoguePath } from '../paths.ts'

const FIELDS = ['orgId', 'kind', 'title', 'heldOn', 'startsAt', 'place', 'chair'] as const

function SessionFields({ draft, onChange, problems, error, withUnit, unit }: {
  draft: SessionDraft
  onChange: (next: SessionDraft) => void
  problems: SessionProblems
  error: unknown
  withUnit: boolean
  unit: OrganizationSummary | null
}) {
  const { t } = useTranslation()
  const set = (patch: Partial<SessionDraft>) => onChange({ ...draft, ...patch })
  const problem = (key: keyof SessionDraft) => (problems[key] ? t(`dialogues.form.problems.${problems[key]}`) : fieldError(error, key))
  const errorProps = { role: 'alert' }
  return (
    <>
      {withUnit && (
        <OrgPicker label={t('dialogues.form.unit')} value={draft.orgId} selected={unit} required onChange={(orgId) => set({ orgId })} error={problem('orgId')} />
      )}
      <Select
        label={t('dialogues.form.kind')}
        data={KIND_VALUES.map((k) => ({ value: k, label: t(`dialogues.kind.${k}`) }))}
        value={draft.kind}
        onChange={(kind) => kind && set({ kind })}
        allowDeselect={false}
        required
        error={fieldError(error, 'kind')}
        errorProps={errorProps}
      />
      <TextInput label={t('dialogues.form.title')} placeholder={t('dialogues.form.titlePlaceholder')} value={draft.title} onChange={(e) => set({ title: e.currentTarget.value })} required maxLength={300} error={problem('title')} errorProps={errorProps} data-autofocus={!withUnit || undefined} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput type="date" label={t('dialogues.form.heldOn')} description={t('dialogues.form.heldOnHint')} value={draft.heldOn} onChange={(e) => set({ heldOn: e.currentTarget.value })} required error={problem('heldOn')} errorProps={errorProps} />
        <TextInput type="time" label={t('dialogues.form.startsAt')} description={t('common.optional')} value={draft.startsAt} onChange={(e) => set({ startsAt: e.currentTarget.value })} error={problem('startsAt')} errorProps={errorProps} />
      </SimpleGrid>
      <TextInput label={t('dialogues.form.place')} value={draft.place} onChange={(e) => set({ place: e.currentTarget.value })} required maxLength={300} error={problem('place')} errorProps={errorProps} />
      <TextInput label={t('dialogues.form.chair')} description={t('dialogues.form.chairHint')} value={draft.chair} onChange={(e) => set({ chair: e.currentTarget.value })} required maxLength={300} error={problem('chair')} errorProps={errorProps} />
    </>
  )
}

/** Schedules a session for a unit (default: the unit shown on the list), then opens its page. */
export function CreateSessionModal({ unit, onClose }: { unit: OrganizationSummary | null; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mutation = useCreateDialogueMutation()
  const [draft, setDraft] = useState<SessionDraft>({ orgId: unit?.id ?? null, kind: 'reception', title: '', heldOn: '', startsAt: '07:30', place: '', chair: '' })
  const [problems, setProblems] = useState<SessionProblems>({})

  function onSubmit() {
    const found = sessionProblems(draft, todayIso())
    setProblems(found)
    if (Object.keys(found).length > 0 || !draft.orgId) return
    mutation.mutate(
      { orgId: draft.orgId, kind: draft.kind as DialogueKind, title: draft.title.trim(), heldOn: draft.heldOn, startsAt: draft.startsAt || null, place: draft.place.trim(), chair: draft.chair.trim() },
      {
        onSuccess: (created) => {
          notifySuccess(t('dialogues.form.created'))
          onClose()
          void navigate(dialoguePath(created.id))
        },
      },
    )
  }

  return (
    <FormModal title={t('dialogues.form.createTitle')} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={FIELDS} submitLabel={t('dialogues.form.create')}>
      <SessionFields draft={draft} onChange={setDraft} problems={problems} error={mutation.error} withUnit unit={unit} />
    </FormModal>
  )
}

/** Changes a planned session; only the fields that changed are sent. */
export function EditSessionModal({ session, onClose }: { session: DialogueSession; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateDialogueMutation(session.id)
  const [draft, setDraft] = useState<SessionDraft>({
    orgId: session.organization.id, kind: session.kind, title: session.title, heldOn: session.heldOn, startsAt: session.startsAt ?? '', place: session.place, chair: session.chair,
  })
  const [problems, setProblems] = useState<SessionProblems>({})

  function onSubmit() {
    // The date already set may lie outside the window by now: only a new date is checked.
    const found = sessionProblems(draft.heldOn === session.heldOn ? { ...draft, heldOn: todayIso() } : draft, todayIso())
    setProblems(found)
    if (Object.keys(found).length > 0) return
    mutation.mutate(
      { kind: draft.kind as DialogueKind, title: draft.title.trim(), heldOn: draft.heldOn, startsAt: draft.startsAt || null, place: draft.place.trim(), chair: draft.chair.trim() },
      notifyAndClose(t('dialogues.form.saved'), onClose),
    )
  }

  return (
    <FormModal title={t('dialogues.form.editTitle')} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={FIELDS}>
      <SessionFields draft={draft} onChange={setDraft} problems={problems} error={mutation.error} withUnit={false} unit={null} />
    </FormModal>
  )
}
