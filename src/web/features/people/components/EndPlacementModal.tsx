import { Select, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlacementEndReason } from '../../../../common/contracts/enums.ts'
import type { Placement } from '../../../../common/contracts/people.ts'
import { todayIso } from '../../../../common/dates.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { fieldError } from '../../../components/forms.ts'
import { END_REASON_VALUES, useLabels } from '../../../components/labels.ts'
import { notifyAndClose } from '../../../components/notify.ts'
import { useUpdatePlacementMutation } from '../api.ts'

const FIELDS = ['toDate', 'endReason'] as const

/** Ending a placement is an edit of it: the last day and why. */
export function EndPlacementModal({ personId, placement, onClose }: { personId: string; placement: Placement; onClose: () => void }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const mutation = useUpdatePlacementMutation(personId)
  const [toDate, setToDate] = useState(todayIso())
  const [endReason, setEndReason] = useState<PlacementEndReason | null>(null)
  const names = { position: placement.position, unit: placement.organization.name }

  function onSubmit() {
    if (!toDate || !endReason) return
    mutation.mutate({ placementId: placement.id, toDate, endReason }, notifyAndClose(t('placement.ended'), onClose))
  }

  return (
    <FormModal
      title={t('placement.endTitle', names)}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      submitLabel={t('placement.end')}
      submitDisabled={!toDate || !endReason}
    >
      <TextInput
        type="date"
        label={t('placement.toDate')}
        required
        min={placement.fromDate}
        value={toDate}
        onChange={(e) => setToDate(e.currentTarget.value)}
        error={fieldError(mutation.error, 'toDate')}
        data-autofocus
      />
      <Select<PlacementEndReason>
        label={t('placement.endReason')}
        required
        data={labels.options(END_REASON_VALUES, labels.endReason)}
        value={endReason}
        onChange={setEndReason}
        error={fieldError(mutation.error, 'endReason')}
      />
    </FormModal>
  )
}
