// Adding or changing one item of the draft (kept on the page until "Lưu"): area, what will be done, its product, deadline.
// An item carried over from a shortcoming named at last year's review keeps its area ("Khắc phục hạn chế, khuyết điểm").
import { Alert, Select, Textarea, TextInput } from '@mantine/core'
import { IconArrowForwardUp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormModal } from '../../../components/FormModal.tsx'
import type { CommitmentArea, CommitmentItemInput } from '../api.ts'
import { useCommitmentLabels } from './commitmentLabels.ts'

type Errors = Partial<Record<keyof CommitmentItemInput, string>>

export function ItemModal({ item, year, defaultArea, onDone, onClose }: {
  /** Editing this item; a new one when absent. */
  item?: CommitmentItemInput
  /** The cycle's year: deadlines fall in it or the next one. */
  year: number
  defaultArea: CommitmentArea
  onDone: (item: CommitmentItemInput) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const labels = useCommitmentLabels()
  const [values, setValues] = useState<CommitmentItemInput>(() => item ?? { area: defaultArea, content: '', target: '', deadline: '' })
  const [errors, setErrors] = useState<Errors>({})
  const set = <K extends keyof CommitmentItemInput>(key: K, value: CommitmentItemInput[K]) => setValues((v) => ({ ...v, [key]: value }))
  const min = `${year}-01-01`
  const max = `${year + 1}-12-31`
  const carried = Boolean(item?.shortcomingId)

  function onSubmit() {
    const next = { ...values, content: values.content.trim(), target: values.target.trim() }
    const found: Errors = {}
    if (next.content.length < 5) found.content = t('commitments.contentTooShort')
    if (next.target.length < 2) found.target = t('commitments.targetTooShort')
    if (!next.deadline || next.deadline < min || next.deadline > max) found.deadline = t('commitments.deadlineHint', { year, next: year + 1 })
    setErrors(found)
    if (Object.keys(found).length > 0) return
    onDone(next)
    onClose()
  }

  return (
    <FormModal
      title={item ? t('commitments.editItemTitle') : t('commitments.addItemTitle')}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={false}
      error={null}
      submitLabel={item ? t('commitments.applyItem') : t('commitments.addItem')}
      intro={carried && (
        <Alert color="gray" variant="light" icon={<IconArrowForwardUp aria-hidden />} title={t('commitments.carriedOver')} data-testid="carried-over-note">
          {t('commitments.carriedOverNote', { area: labels.area('shortcomings') })}
        </Alert>
      )}
    >
      <Select
        label={t('commitments.areaLabel')}
        required
        data={labels.areaOptions()}
        value={values.area}
        onChange={(v) => v && set('area', v as CommitmentArea)}
        allowDeselect={false}
        disabled={carried}
        data-autofocus={carried ? undefined : true}
      />
      <Textarea
        label={t('commitments.content')}
        description={t('commitments.contentHint')}
        required
        autosize
        minRows={3}
        maxRows={10}
        maxLength={2000}
        value={values.content}
        onChange={(e) => set('content', e.currentTarget.value)}
        error={errors.content}
        data-autofocus={carried ? true : undefined}
      />
      <TextInput
        label={t('commitments.target')}
        description={t('commitments.targetHint')}
        required
        maxLength={500}
        value={values.target}
        onChange={(e) => set('target', e.currentTarget.value)}
        error={errors.target}
      />
      <TextInput
        type="date"
        label={t('commitments.deadline')}
        description={t('commitments.deadlineHint', { year, next: year + 1 })}
        required
        min={min}
        max={max}
        value={values.deadline}
        onChange={(e) => set('deadline', e.currentTarget.value)}
        error={errors.deadline}
      />
    </FormModal>
  )
}
