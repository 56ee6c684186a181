import { Button, Group, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { ErrorState } from '../../components/ErrorState.tsx'
import { Loading } from '../../components/Loading.tsx'
import { usePageTitle } from '../../components/usePageTitle.ts'
import { usePerson } from './api.ts'
import { EditPersonModal } from './components/EditPersonModal.tsx'
import { PersonDetails } from './components/PersonDetails.tsx'
import { PlacementsSection } from './components/PlacementsSection.tsx'

export function PersonPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const query = usePerson(id)
  const [editing, setEditing] = useState(false)
  usePageTitle(query.data?.fullName ?? t('people.searchTitle'))

  if (query.isPending) return <Loading />
  if (query.error) {
    return (
      <>
        <Title order={1}>{t('people.searchTitle')}</Title>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    )
  }
  const person = query.data
  return (
    <>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1}>{person.fullName}</Title>
        {person.abilities.update && (
          <Button variant="default" leftSection={<IconPencil size={20} aria-hidden />} onClick={() => setEditing(true)}>
            {t('person.edit')}
          </Button>
        )}
      </Group>
      <PersonDetails person={person} />
      <PlacementsSection person={person} />
      {editing && <EditPersonModal person={person} onClose={() => setEditing(false)} />}
    </>
  )
}
