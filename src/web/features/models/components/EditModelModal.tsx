// "Sửa thông tin": a model's title, area, movement, person (for a person, placed in the unit or below it), summary and
// measurable results. The story has its own editor on the page.
import { Select, Textarea, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { PersonPicker } from '../../../components/PersonPicker.tsx'
import { AREA_VALUES, useUpdateModelMutation, type ModelArea, type ModelDetail } from '../api.ts'
import { MovementSelect } from './MovementSelect.tsx'

const FIELDS = ['title', 'area', 'movementId', 'personId', 'summary', 'results'] as const
const errorProps = { role: 'alert' }

export function EditModelModal({ model, onClose }: { model: ModelDetail; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateModelMutation(model.id)
  const [title, setTitle] = useState(model.title)
  const [area, setArea] = useState<ModelArea>(model.area)
  const [movementId, setMovementId] = useState<string | null>(model.movement?.id ?? null)
  const [personId, setPersonId] = useState<string | null>(model.person?.id ?? null)
  const [summary, setSummary] = useState(model.summary)
  const [results, setResults] = useState(model.results)
  const [problems, setProblems] = useState<Partial<Record<'title' | 'summary' | 'personId', string>>>({})

  function onSubmit() {
    const found = {
      title: title.trim().length < 5 ? t('models.create.titleTooShort') : undefined,
      summary: summary.trim().length < 10 ? t('models.create.summaryTooShort') : undefined,
      personId: model.kind === 'person' && !personId ? t('common.required') : undefined,
    }
    setProblems(found)
    if (Object.values(found).some(Boolean)) return
    mutation.mutate({
      title: title.trim(), area, movementId, summary: summary.trim(), results: results.trim(),
      ...(model.kind === 'person' && personId && personId !== model.person?.id ? { personId } : {}),
    }, notifyAndClose(t('common.saved'), onClose))
  }

  return (
    <FormModal title={t('models.page.editTitle')} size="lg" onClose={onClose} onSubmit={onSubmit} pending={mutation.isPending} error={mutation.error} fields={FIELDS}>
      <TextInput label={t('models.create.titleLabel')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} required error={problems.title ?? fieldError(mutation.error, 'title')} errorProps={errorProps} data-autofocus />
      <Select
        label={t('models.create.area')}
        data={AREA_VALUES.map((a) => ({ value: a, label: t(`models.areaLong.${a}`) }))}
        value={area}
        onChange={(v) => v && setArea(v as ModelArea)}
        allowDeselect={false}
        required
        error={fieldError(mutation.error, 'area')}
      />
      {model.kind === 'person' && (
        <PersonPicker
          label={t('models.create.person')}
          description={t('models.page.personChangeHint')}
          value={personId}
          selected={model.person}
          required
          onChange={(id) => setPersonId(id)}
          error={problems.personId ?? fieldError(mutation.error, 'personId')}
        />
      )}
      <MovementSelect org={model.organization.id} value={movementId} current={model.movement?.name} onChange={setMovementId} error={fieldError(mutation.error, 'movementId')} />
      <Textarea label={t('models.create.summary')} description={t('models.create.summaryHint')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} autosize minRows={3} maxRows={8} maxLength={500} required error={problems.summary ?? fieldError(mutation.error, 'summary')} errorProps={errorProps} />
      <Textarea label={t('models.page.results')} description={t('models.page.resultsHint')} value={results} onChange={(e) => setResults(e.currentTarget.value)} autosize minRows={3} maxRows={10} maxLength={5000} error={fieldError(mutation.error, 'results')} errorProps={errorProps} />
    </FormModal>
  )
}
