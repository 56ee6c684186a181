import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlacementEndReason } from '../../../../common/contracts/enums.ts'
import type { Placement } from '../../../../common/contracts/people.ts'
import { todayIso } from '../../../../common/dates.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { fieldError } from '../../../components/forms.ts'
import { END_REASON_VALUES, useLabels } from '../../../components/labels.ts'
import { notifySuccess } from '../../../components/notify.ts'
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

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!toDate || !endReason) return
    mutation.mutate(
      { placementId: placement.id, toDate, endReason },
      {
        onSuccess: () => {
          notifySuccess(t('placement.ended'))
          onClose()
        },
      },
    )
  }

  return (
    <AppModal opened onClose={onClose} title={t('placement.endTitle', names)}>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <FormError error={mutation.error} fields={FIELDS} />
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!toDate || !endReason}>
              {t('placement.end')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
