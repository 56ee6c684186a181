import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../../common/contracts/people.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { notifyAndClose } from '../../../components/notify.ts'
import { useUpdatePersonMutation } from '../api.ts'
import { formToChanges, PERSON_FIELDS, PersonFormFields, personToForm } from './PersonFormFields.tsx'

export function EditPersonModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation()
  const mutation = useUpdatePersonMutation(person.id)
  const [initial] = useState(() => personToForm(person))
  const [values, setValues] = useState(initial)

  function onSubmit() {
    const changes = formToChanges(initial, values)
    if (Object.keys(changes).length === 0) return onClose()
    mutation.mutate(changes, notifyAndClose((updated) => t('person.updated', { name: updated.fullName }), onClose))
  }

  return (
    <FormModal
      title={t('person.editTitle', { name: person.fullName })}
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={PERSON_FIELDS}
    >
      <PersonFormFields values={values} onChange={setValues} error={mutation.error} />
    </FormModal>
  )
}
