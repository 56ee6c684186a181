// "Ghi nhận hạn chế, khuyết điểm": the raising unit (it verifies the fix), the subject — a person placed under it or a
// unit under it (or itself) —, what the shortcoming is, its severity and cause, and a due date. From a feedback case
// the case is its source (shown, sent as sourceId).
import { Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { PersonPicker } from '../../../components/PersonPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { SEVERITY_VALUES, useCreateShortcomingMutation, type ShortcomingDetail, type ShortcomingSeverity, type SubjectKind } from '../api.ts'

const FIELDS = ['organizationId', 'subjectPersonId', 'subjectOrgId', 'description', 'severity', 'cause', 'dueOn', 'sourceId'] as const

interface Draft {
  organizationId: string | null
  kind: SubjectKind
  personId: string | null
  orgId: string | null
  description: string
  severity: ShortcomingSeverity
  cause: string
  dueOn: string
}

type Problems = Partial<Record<'organizationId' | 'subject' | 'description', string>>

export function CreateShortcomingModal({ defaultOrg, source, onClose, onCreated }: {
  /** The raising unit offered first (the register's unit, the case's handling unit). */
  defaultOrg: string | null
  /** A feedback case the shortcoming comes from. */
  source?: { caseId: string; reference: string }
  onClose: () => void
  onCreated?: (detail: ShortcomingDetail) => void
}) {
  const { t } = useTranslation()
  const mutation = useCreateShortcomingMutation()
  const unit = useOrganization(defaultOrg ?? '')
  const [draft, setDraft] = useState<Draft>({ organizationId: defaultOrg, kind: 'org', personId: null, orgId: null, description: '', severity: 'medium', cause: '', dueOn: '' })
  const [problems, setProblems] = useState<Problems>({})
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  const errorProps = { role: 'alert' }

  function onSubmit() {
    const subject = draft.kind === 'person' ? draft.personId : draft.orgId
    const found: Problems = {
      organizationId: draft.organizationId ? undefined : t('common.required'),
      subject: subject ? undefined : t('common.required'),
      description: draft.description.trim().length < 10 ? t('shortcomings.create.descriptionTooShort') : undefined,
    }
    setProblems(found)
    if (!draft.organizationId || !subject || found.description) return
    mutation.mutate({
      organizationId: draft.organizationId,
      ...(draft.kind === 'person' ? { subjectPersonId: subject } : { subjectOrgId: subject }),
      description: draft.description.trim(), severity: draft.severity, cause: optionalText(draft.cause) ?? null, dueOn: draft.dueOn || null,
      ...(source ? { source: 'feedback' as const, sourceId: source.caseId } : {}),
    }, {
      onSuccess: (detail) => {
        notifySuccess(t('shortcomings.create.created'))
        onClose()
        onCreated?.(detail)
      },
    })
  }

  return (
    <FormModal
      title={t('shortcomings.create.title')}
      intro={source ? <Text>{t('shortcomings.create.fromFeedback', { reference: source.reference })}</Text> : undefined}
      size="lg"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      submitLabel={t('shortcomings.register.record')}
    >
      <OrgPicker
        label={t('shortcomings.create.raisingUnit')}
        description={t('shortcomings.create.raisingHint')}
        value={draft.organizationId}
        selected={draft.organizationId === defaultOrg ? unit.data ?? null : null}
        required
        onChange={(organizationId) => set({ organizationId })}
        error={problems.organizationId ?? fieldError(mutation.error, 'organizationId')}
      />
      <Radio.Group label={t('shortcomings.create.subjectKind')} value={draft.kind} onChange={(kind) => set({ kind: kind as SubjectKind })} required>
        <Stack gap="xs" mt="xs">
          <Radio value="org" label={t('shortcomings.create.org')} />
          <Radio value="person" label={t('shortcomings.create.person')} />
        </Stack>
      </Radio.Group>
      {draft.kind === 'person' ? (
        <PersonPicker
          label={t('shortcomings.create.person')}
          description={t('shortcomings.create.personHint')}
          value={draft.personId}
          required
          onChange={(personId) => set({ personId })}
          error={problems.subject ?? fieldError(mutation.error, 'subjectPersonId')}
        />
      ) : (
        <OrgPicker
          label={t('shortcomings.create.org')}
          description={t('shortcomings.create.orgHint')}
          value={draft.orgId}
          required
          onChange={(orgId) => set({ orgId })}
          error={problems.subject ?? fieldError(mutation.error, 'subjectOrgId')}
        />
      )}
      <Textarea label={t('shortcomings.create.description')} description={t('shortcomings.create.descriptionHint')} value={draft.description} onChange={(e) => set({ description: e.currentTarget.value })} autosize minRows={3} maxRows={10} maxLength={2000} required error={problems.description ?? fieldError(mutation.error, 'description')} errorProps={errorProps} data-autofocus />
      <Select
        label={t('shortcomings.create.severity')}
        data={SEVERITY_VALUES.map((s) => ({ value: s, label: t(`shortcomings.severity.${s}`) }))}
        value={draft.severity}
        onChange={(severity) => severity && set({ severity: severity as ShortcomingSeverity })}
        allowDeselect={false}
        maw="16rem"
        error={fieldError(mutation.error, 'severity')}
      />
      <Textarea label={t('shortcomings.create.cause')} description={t('shortcomings.create.causeHint')} value={draft.cause} onChange={(e) => set({ cause: e.currentTarget.value })} autosize minRows={2} maxRows={6} maxLength={2000} error={fieldError(mutation.error, 'cause')} errorProps={errorProps} />
      <TextInput type="date" label={t('shortcomings.create.dueOn')} description={t('shortcomings.create.dueOnHint')} value={draft.dueOn} onChange={(e) => set({ dueOn: e.currentTarget.value })} maw="16rem" error={fieldError(mutation.error, 'dueOn')} errorProps={errorProps} />
      {source && fieldError(mutation.error, 'sourceId') && (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {fieldError(mutation.error, 'sourceId')}
        </Text>
      )}
    </FormModal>
  )
}
