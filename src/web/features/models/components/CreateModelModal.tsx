// "Thêm gương điển hình": what it is (a practice, a collective or a person), its title, the area of Chỉ thị 05 it
// exemplifies, the unit it belongs to, the person (placed in that unit or below it) for a person, the movement, and a
// short summary. The story, results and photos are added on the model's page.
import { Radio, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { OrgPicker } from '../../../components/OrgPicker.tsx'
import { PersonPicker } from '../../../components/PersonPicker.tsx'
import { useOrganization } from '../../organizations/api.ts'
import { AREA_VALUES, KIND_VALUES, useCreateModelMutation, type ModelArea, type ModelDetail, type ModelKind } from '../api.ts'
import { MovementSelect } from './MovementSelect.tsx'

const FIELDS = ['kind', 'title', 'area', 'movementId', 'organizationId', 'personId', 'summary'] as const
const errorProps = { role: 'alert' }

interface Draft {
  kind: ModelKind
  title: string
  area: ModelArea
  organizationId: string | null
  personId: string | null
  movementId: string | null
  summary: string
}

type Problems = Partial<Record<'title' | 'organizationId' | 'personId' | 'summary', string>>

export function CreateModelModal({ defaultOrg, onClose, onCreated }: { defaultOrg: string | null; onClose: () => void; onCreated: (detail: ModelDetail) => void }) {
  const { t } = useTranslation()
  const mutation = useCreateModelMutation()
  const unit = useOrganization(defaultOrg ?? '')
  const [draft, setDraft] = useState<Draft>({ kind: 'practice', title: '', area: 'style', organizationId: defaultOrg, personId: null, movementId: null, summary: '' })
  const [problems, setProblems] = useState<Problems>({})
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))

  function onSubmit() {
    const found: Problems = {
      title: draft.title.trim().length < 5 ? t('models.create.titleTooShort') : undefined,
      organizationId: draft.organizationId ? undefined : t('common.required'),
      personId: draft.kind === 'person' && !draft.personId ? t('common.required') : undefined,
      summary: draft.summary.trim().length < 10 ? t('models.create.summaryTooShort') : undefined,
    }
    setProblems(found)
    if (Object.values(found).some(Boolean) || !draft.organizationId) return
    mutation.mutate({
      kind: draft.kind, title: draft.title.trim(), area: draft.area, organizationId: draft.organizationId, movementId: draft.movementId,
      personId: draft.kind === 'person' ? draft.personId : null, summary: draft.summary.trim(),
    }, {
      onSuccess: (detail) => {
        notifySuccess(t('models.create.created'))
        onClose()
        onCreated(detail)
      },
    })
  }

  return (
    <FormModal title={t('models.create.title')} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={FIELDS} submitLabel={t('models.create.submit')}>
      <Radio.Group label={t('models.create.kind')} value={draft.kind} onChange={(kind) => set({ kind: kind as ModelKind })} required>
        <Stack gap="xs" mt="xs">
          {KIND_VALUES.map((k) => <Radio key={k} value={k} label={t(`models.kind.${k}`)} description={t(`models.kindHint.${k}`)} />)}
        </Stack>
      </Radio.Group>
      <TextInput label={t('models.create.titleLabel')} description={t('models.create.titleHint')} value={draft.title} onChange={(e) => set({ title: e.currentTarget.value })} maxLength={200} required error={problems.title ?? fieldError(mutation.error, 'title')} errorProps={errorProps} data-autofocus />
      <Select
        label={t('models.create.area')}
        description={t('models.create.areaHint')}
        data={AREA_VALUES.map((a) => ({ value: a, label: t(`models.areaLong.${a}`) }))}
        value={draft.area}
        onChange={(area) => area && set({ area: area as ModelArea })}
        allowDeselect={false}
        required
        error={fieldError(mutation.error, 'area')}
      />
      <OrgPicker
        label={t('models.create.unit')}
        description={t('models.create.unitHint')}
        value={draft.organizationId}
        selected={draft.organizationId === defaultOrg ? unit.data ?? null : null}
        required
        onChange={(organizationId) => set({ organizationId, movementId: null })}
        error={problems.organizationId ?? fieldError(mutation.error, 'organizationId')}
      />
      {draft.kind === 'person' && (
        <PersonPicker
          label={t('models.create.person')}
          description={t('models.create.personHint')}
          value={draft.personId}
          required
          onChange={(personId) => set({ personId })}
          error={problems.personId ?? fieldError(mutation.error, 'personId')}
        />
      )}
      <MovementSelect org={draft.organizationId} value={draft.movementId} onChange={(movementId) => set({ movementId })} error={fieldError(mutation.error, 'movementId')} />
      <Textarea label={t('models.create.summary')} description={t('models.create.summaryHint')} value={draft.summary} onChange={(e) => set({ summary: e.currentTarget.value })} autosize minRows={3} maxRows={8} maxLength={500} required error={problems.summary ?? fieldError(mutation.error, 'summary')} errorProps={errorProps} />
    </FormModal>
  )
}
