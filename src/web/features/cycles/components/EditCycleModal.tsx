import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Cycle } from '../../../../common/contracts/cycles.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { nullableText } from '../../../components/forms.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useUpdateCycleMutation, type UpdateCycleInput } from '../api.ts'
import { CYCLE_FIELDS, CycleFields, DATE_KEYS, type CycleFormValues } from './CycleFields.tsx'

/** Sends only what changed; an emptied issuer or guidance document is cleared. */
export function EditCycleModal({ cycle, onClose }: { cycle: Cycle; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdateCycleMutation(cycle.id)
  const [values, setValues] = useState<CycleFormValues>(() => ({
    themeTitle: cycle.themeTitle,
    themeScope: cycle.themeScope,
    themeIssuer: cycle.themeIssuer ?? '',
    guidanceDocument: cycle.guidanceDocument ?? '',
    registrationDeadline: cycle.registrationDeadline,
    midyearReviewDate: cycle.midyearReviewDate,
    yearendReviewDate: cycle.yearendReviewDate,
    ruleSetId: cycle.ruleSet.id,
  }))

  function onSubmit() {
    const changes: UpdateCycleInput = {}
    const themeTitle = values.themeTitle.trim()
    if (themeTitle !== cycle.themeTitle) changes.themeTitle = themeTitle
    if (values.themeScope !== cycle.themeScope) changes.themeScope = values.themeScope
    const issuer = nullableText(values.themeIssuer)
    if (issuer !== cycle.themeIssuer) changes.themeIssuer = issuer
    const guidance = nullableText(values.guidanceDocument)
    if (guidance !== cycle.guidanceDocument) changes.guidanceDocument = guidance
    for (const key of DATE_KEYS) if (values[key] !== cycle[key]) changes[key] = values[key]
    if (values.ruleSetId && values.ruleSetId !== cycle.ruleSet.id) changes.ruleSetId = values.ruleSetId
    if (Object.keys(changes).length === 0) return onClose()
    mutation.mutate(changes, notifyAndClose(t('common.saved'), onClose))
  }

  return (
    <FormModal
      title={t('cycles.editTitle', { year: cycle.year })}
      size="xl"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={CYCLE_FIELDS}
    >
      <CycleFields
        values={values}
        onChange={setValues}
        error={mutation.error}
        currentRuleSet={cycle.ruleSet}
        ruleSetLocked={cycle.status !== 'preparing' && cycle.status !== 'registration'}
      />
    </FormModal>
  )
}
