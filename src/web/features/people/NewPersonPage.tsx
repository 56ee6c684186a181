import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { ErrorState } from '../../components/ErrorState.tsx'
import { FormError } from '../../components/FormError.tsx'
import { Loading } from '../../components/Loading.tsx'
import { notifySuccess } from '../../components/notify.ts'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { useOrganization } from '../organizations/api.ts'
import { useCreatePersonMutation } from './api.ts'
import { emptyPersonForm, formToCreate, PERSON_FIELDS, PersonFormFields } from './components/PersonFormFields.tsx'
import { newPlacementForm, PLACEMENT_FIELDS, PlacementFields, placementBody } from './components/PlacementFields.tsx'

const FIELDS = [...PERSON_FIELDS, ...PLACEMENT_FIELDS.map((f) => `placement.${f}`)]

/** "Thêm người", opened from a unit's people tab (`?org=`): the person and their first unit. */
export function NewPersonPage() {
  const { t } = useTranslation()
  usePageTitle(t('person.createTitle'))
  const [params] = useSearchParams()
  const orgId = params.get('org') ?? ''
  const org = useOrganization(orgId, { enabled: Boolean(orgId) })
  if (orgId && org.isPending) return <Loading />
  if (orgId && org.error) {
    return (
      <>
        <Title order={1}>{t('person.createTitle')}</Title>
        <ErrorState error={org.error} onRetry={() => void org.refetch()} />
      </>
    )
  }
  return <NewPersonForm key={orgId} org={org.data ?? null} />
}

function NewPersonForm({ org }: { org: Parameters<typeof newPlacementForm>[0] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const mutation = useCreatePersonMutation()
  const [person, setPerson] = useState(emptyPersonForm)
  const [placement, setPlacement] = useState(() => newPlacementForm(org))

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    const place = placementBody(placement)
    mutation.mutate(
      { ...formToCreate(person), ...(place ? { placement: place } : {}) },
      {
        onSuccess: (created) => {
          notifySuccess(t('person.created', { name: created.fullName }))
          void navigate(`/nguoi/${created.id}`)
        },
      },
    )
  }

  return (
    <>
      <Title order={1}>{t('person.createTitle')}</Title>
      <Text>{t('person.createIntro')}</Text>
      <form onSubmit={onSubmit}>
        <Stack gap="md">
          <FormError error={mutation.error} fields={FIELDS} />
          <Stack gap="md" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ padding: 0, marginBottom: 'var(--mantine-spacing-sm)' }}>
              <Title order={2}>{t('person.details')}</Title>
            </legend>
            <PersonFormFields values={person} onChange={setPerson} error={mutation.error} />
          </Stack>
          <Stack gap="md" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ padding: 0, marginBottom: 'var(--mantine-spacing-sm)' }}>
              <Title order={2}>{t('person.firstPlacement')}</Title>
            </legend>
            <PlacementFields values={placement} onChange={setPlacement} error={mutation.error} prefix="placement." />
          </Stack>
          <Group justify="flex-end">
            <Button component={Link} to={org ? `/to-chuc/${org.id}?tab=nguoi` : '/nguoi'} variant="default">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('person.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  )
}
