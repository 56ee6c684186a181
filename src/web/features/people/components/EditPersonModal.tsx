import { Button, Group, Stack } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../../common/contracts/people.ts'
import { AppModal } from '../../../components/AppModal.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { useUpdatePersonMutation } from '../api.ts'
import { formToChanges, PERSON_FIELDS, PersonFormFields, personToForm } from './PersonFormFields.tsx'

export function EditPersonModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdatePersonMutation(person.id)
  const [initial] = useState(() => personToForm(person))
  const [values, setValues] = useState(initial)

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const changes = formToChanges(initial, values)
    if (Object.keys(changes).length === 0) return onClose()
    mutation.mutate(changes, {
      onSuccess: (updated) => {
        notifySuccess(t('person.updated', { name: updated.fullName }))
        onClose()
      },
    })
  }

  return (
    <AppModal opened onClose={onClose} title={t('person.editTitle', { name: person.fullName })}>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <FormError error={mutation.error} fields={PERSON_FIELDS} />
          <PersonFormFields values={values} onChange={setValues} error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  )
}
