import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../../common/contracts/people.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useAddPlacementMutation } from '../api.ts'
import { newPlacementForm, PLACEMENT_FIELDS, PlacementFields, placementBody } from './PlacementFields.tsx'

export function AddPlacementModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useAddPlacementMutation(person.id)
  const hasPrimary = person.placements.some((p) => p.isPrimary && !p.toDate)
  const [values, setValues] = useState(() => newPlacementForm(null, !hasPrimary))

  function onSubmit() {
    const body = placementBody(values)
    if (!body) return
    mutation.mutate(body, notifyAndClose(t('placement.added'), onClose))
  }

  return (
    <FormModal
      title={t('placement.addTitle', { name: person.fullName })}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={PLACEMENT_FIELDS}
      submitDisabled={!values.org}
    >
      <PlacementFields values={values} onChange={setValues} error={mutation.error} />
    </FormModal>
  )
}
