import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Person } from '../../../../common/contracts/people.ts'
import { DefinitionList } from '../../../components/DefinitionList.tsx'
import { formatDate } from '../../../components/format.ts'
import { useLabels } from '../../../components/labels.ts'

/** Personal details as a definition list; contact details the reader may not see arrive as null. */
export function PersonDetails({ person }: { person: Person }) {
  const { t } = useTranslation()
  const labels = useLabels()
  const none = t('common.none')
  const rows: [string, string][] = [
    [t('person.gender'), person.gender ? labels.gender(person.gender) : none],
    [t('person.birthDate'), formatDate(person.birthDate) || none],
    [t('person.ethnicity'), person.ethnicity ?? none],
    [t('person.partyJoinDate'), formatDate(person.partyJoinDate) || none],
    [t('person.partyCardNumber'), person.partyCardNumber ?? none],
    [t('person.phone'), person.phone ?? none],
    [t('person.email'), person.email ?? none],
  ]
  return (
    <Stack gap="sm" component="section" aria-labelledby="person-details">
      <Title order={2} id="person-details">
        {t('person.details')}
      </Title>
      <DefinitionList items={rows} />
    </Stack>
  )
}
