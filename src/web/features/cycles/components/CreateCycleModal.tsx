import { NumberInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError, optionalText } from '../../../components/forms.ts'
import { notifySuccess } from '../../../components/notify.ts'
import { useCreateCycleMutation } from '../api.ts'
import { CYCLE_FIELDS, CycleFields, DATE_KEYS, type CycleFormValues } from './CycleFields.tsx'

/** Suggested dates of a year: registration by the end of March, the mid-year review in June, the year-end one in December. */
function suggestedDates(year: number): Pick<CycleFormValues, (typeof DATE_KEYS)[number]> {
  return { registrationDeadline: `${year}-03-31`, midyearReviewDate: `${year}-06-30`, yearendReviewDate: `${year}-12-15` }
}

export function CreateCycleModal({ suggestedYear, onClose }: { suggestedYear: number; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mutation = useCreateCycleMutation()
  const [year, setYear] = useState<number | string>(suggestedYear)
  const [values, setValues] = useState<CycleFormValues>(() => ({
    themeTitle: '', themeScope: 'year', themeIssuer: '', guidanceDocument: '', ruleSetId: null, ...suggestedDates(suggestedYear),
  }))

  // A new year moves the suggested dates along, but never a date the user has typed.
  function changeYear(next: number | string) {
    const before = typeof year === 'number' ? suggestedDates(year) : null
    const after = typeof next === 'number' && next >= 1000 ? suggestedDates(next) : null
    setYear(next)
    if (!before || !after) return
    setValues((v) => ({ ...v, ...Object.fromEntries(DATE_KEYS.map((k) => [k, v[k] === before[k] ? after[k] : v[k]])) }))
  }

  function onSubmit() {
    if (typeof year !== 'number') return
    mutation.mutate(
      {
        year,
        themeTitle: values.themeTitle.trim(),
        themeScope: values.themeScope,
        themeIssuer: optionalText(values.themeIssuer),
        guidanceDocument: optionalText(values.guidanceDocument),
        registrationDeadline: values.registrationDeadline,
        midyearReviewDate: values.midyearReviewDate,
        yearendReviewDate: values.yearendReviewDate,
        ...(values.ruleSetId ? { ruleSetId: values.ruleSetId } : {}),
      },
      {
        onSuccess: (cycle) => {
          notifySuccess(t('cycles.created', { year: cycle.year }))
          onClose()
          void navigate(`/chu-ky/${cycle.id}`)
        },
      },
    )
  }

  return (
    <FormModal
      title={t('cycles.createTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={['year', ...CYCLE_FIELDS]}
      submitLabel={t('cycles.create')}
    >
      <NumberInput
        label={t('cycles.year')}
        required
        min={2016}
        max={2100}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={false}
        w={{ base: '100%', xs: 200 }}
        value={year}
        onChange={changeYear}
        error={fieldError(mutation.error, 'year')}
        data-autofocus
      />
      <CycleFields values={values} onChange={setValues} error={mutation.error} autoFocus={false} />
    </FormModal>
  )
}
