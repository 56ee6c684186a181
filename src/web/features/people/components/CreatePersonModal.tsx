import { Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { OrganizationSummary } from '../../../../common/contracts/organizations.ts'
import { FormModal } from '../../../components/FormModal.tsx'
import { notifySuccess } from '../../../components/notify.ts'
import { useCreatePersonMutation } from '../api.ts'
import { emptyPersonForm, formToCreate, PERSON_FIELDS, PersonFormFields } from './PersonFormFields.tsx'
import { newPlacementForm, PLACEMENT_FIELDS, PlacementFields, placementBody } from './PlacementFields.tsx'

const FIELDS = [...PERSON_FIELDS, ...PLACEMENT_FIELDS.map((f) => `placement.${f}`)]
const fieldset = { border: 0, padding: 0, margin: 0 } as const
const legend = { padding: 0, marginBottom: 'var(--mantine-spacing-sm)' } as const

/** "Thêm người" from a unit's people tab: the person and their place in that unit; then their page opens. */
export function CreatePersonModal({ org, onClose }: { org: OrganizationSummary; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mutation = useCreatePersonMutation()
  const [person, setPerson] = useState(emptyPersonForm)
  const [placement, setPlacement] = useState(() => newPlacementForm(org))

  function onSubmit() {
    const place = placementBody(placement)
    if (!place) return
    mutation.mutate(
      { ...formToCreate(person), placement: place },
      {
        onSuccess: (created) => {
          notifySuccess(t('person.created', { name: created.fullName }))
          onClose()
          void navigate(`/nguoi/${created.id}`)
        },
      },
    )
  }

  return (
    <FormModal
      title={t('person.createTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={onSubmit}
      pending={mutation.isPending}
      error={mutation.error}
      fields={FIELDS}
      intro={<Text>{t('person.createIntro')}</Text>}
      submitLabel={t('person.createSubmit')}
      submitDisabled={!placement.org}
    >
      <Stack gap="md" component="fieldset" style={fieldset}>
        <legend style={legend}>
          <Title order={3}>{t('person.details')}</Title>
        </legend>
        <PersonFormFields values={person} onChange={setPerson} error={mutation.error} />
      </Stack>
      <Stack gap="md" component="fieldset" style={fieldset}>
        <legend style={legend}>
          <Title order={3}>{t('person.firstPlacement')}</Title>
        </legend>
        <PlacementFields values={placement} onChange={setPlacement} error={mutation.error} prefix="placement." />
      </Stack>
    </FormModal>
  )
}
