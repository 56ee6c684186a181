import { Button, Group, Stack } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../../common/contracts/people.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { useAddPlacementMutation } from '../api.ts'
import { newPlacementForm, PLACEMENT_FIELDS, PlacementFields, placementBody } from './PlacementFields.tsx'

export function AddPlacementModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useAddPlacementMutation(person.id)
  const hasPrimary = person.placements.some((p) => p.isPrimary && !p.toDate)
  const [values, setValues] = useState(() => newPlacementForm(null, !hasPrimary))

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const body = placementBody(values)
    if (!body) return
    mutation.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('placement.added'))
        onClose()
      },
    })
  }

  return (
    <AppModal opened onClose={onClose} title={t('placement.addTitle', { name: person.fullName })}>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <FormError error={mutation.error} fields={PLACEMENT_FIELDS} />
          <PlacementFields values={values} onChange={setValues} error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!values.org}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
